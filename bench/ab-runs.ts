/**
 * Whole-catalog runs of several CLI bundles side by side, interleaved, cold (no `--cache`) and
 * warm (`--cache`, nothing changed): for a before/after on a machine too busy for `npm run
 * bench`'s wall times. Each round runs every bundle once cold, then once warm, in a rotating
 * order; CPU is user + system of all threads (bench/cpu-at-exit.cjs). Each bundle is copied,
 * runs once cold and once with `--cache` first (its code cache and results cache filled), and
 * has its own results cache. Prints figures only.
 *
 *   node --import tsx bench/ab-runs.ts --corpus DIR --cli old/cli.cjs,dist/cli.cjs [--rounds 6]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyBundle } from "./copy-bundle.js";

const CPU_AT_EXIT = join(dirname(fileURLToPath(import.meta.url)), "cpu-at-exit.cjs");

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): void {
  const corpus = option(argv, "corpus");
  const clis = option(argv, "cli")?.split(",");
  const rounds = Number(option(argv, "rounds") ?? 6);
  if (!corpus || !clis || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error("usage: bench/ab-runs.ts --corpus DIR --cli a/cli.cjs,b/cli.cjs [--rounds 6]");
  }
  const scratch = mkdtempSync(join(tmpdir(), "catalog-lint-ab-"));
  try {
    const copies = clis.map((cli, i) => copyBundle(resolve(cli), join(scratch, String.fromCharCode(65 + i))));
    const run = (cli: string, warm: boolean): Sample => {
      const cpuFile = join(dirname(cli), "cpu.txt");
      const cache = warm ? ["--cache", "--cache-location", join(dirname(cli), "results")] : [];
      const args = ["--require", CPU_AT_EXIT, cli, "--format", "json", "--now", "2026-11-28", "-o", "/dev/null"];
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [...args, ...cache, "."], {
        cwd: resolve(corpus),
        stdio: "ignore",
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          NO_COLOR: "1",
          CATALOG_LINT_BENCH_CPU_FILE: cpuFile,
        },
      });
      if (child.status !== 0 && child.status !== 1)
        throw new Error(`${cli} exited with ${child.status ?? child.signal}`);
      return {
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
        cpuMs: Number(readFileSync(cpuFile, "utf8")) / 1000,
      };
    };
    for (const cli of copies) {
      run(cli, false);
      run(cli, true);
    }
    const samples = copies.map(() => ({ cold: [] as Sample[], warm: [] as Sample[] }));
    for (let round = 0; round < rounds; round++) {
      for (const warm of [false, true]) {
        for (let k = 0; k < copies.length; k++) {
          const i = (k + round) % copies.length;
          samples[i]?.[warm ? "warm" : "cold"].push(run(copies[i] as string, warm));
        }
      }
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    };
    const figure = (list: Sample[], key: keyof Sample) => {
      const values = list.map((s) => s[key] / 1000);
      return `${median(values).toFixed(2)} s (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
    };
    process.stdout.write(`${corpus}: ${rounds} rounds, medians (min–max)\n`);
    for (const [i, cli] of clis.entries()) {
      const { cold, warm } = samples[i] as { cold: Sample[]; warm: Sample[] };
      process.stdout.write(
        `${String.fromCharCode(65 + i)}: ${cli}\n  cold  wall ${figure(cold, "wallMs")}  CPU ${figure(cold, "cpuMs")}\n  warm  wall ${figure(warm, "wallMs")}  CPU ${figure(warm, "cpuMs")}\n`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench/ab-runs: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
