/**
 * Startup of the CLI and the Action, for issue 5's target (one-file run ≤ 120 ms over `node -e 0`):
 * medians of interleaved runs of `node -e 0`, `--version`, a one-file lint of the generated 1k
 * catalog and of the real catalog, the whole real catalog (200 entries, on worker threads), and `dist/index.cjs` started with a fake runner environment
 * (no files, then one file), and one file of each with a YAML config setting a rule's options (what
 * loads `yaml` and zod). Prints figures only; it never fails on a time. `--json` writes every
 * sample, for a comparison the table does not make (minimums, quartiles).
 *
 *   node --import tsx bench/startup.ts [--runs 15] [--cli dist/cli.cjs,other/cli.cjs] [--action dist/index.cjs,…]
 *     [--json samples.json]
 *
 * Several bundles (comma-separated, same count for --cli and --action) are timed side by side as
 * A, B…, each command's bundles in a rotating order, so a busy patch of a shared machine hits
 * them alike. Bundles are copied first (others may rebuild dist/ meanwhile). Every child runs in
 * its own process with no NODE_OPTIONS; wall time is from spawn to exit, CPU is user + system of
 * all its threads in microseconds, from bench/cpu-at-exit.cjs (steadier than wall on a busy machine).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyBundle } from "./copy-bundle.js";
import { DEFAULT_SOURCE, defaultCorpusDir, generateCorpus, MARKER } from "./generate-corpus.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NOW = "2026-11-28";
/** Preloaded into every child: writes its CPU time at exit (see the file). */
const CPU_AT_EXIT = join(REPO_ROOT, "bench", "cpu-at-exit.cjs");
/** The real catalog's entry the issue measures. */
const REAL_ENTRY = "datasets/aie-model/data/deepseek-r1.md";

interface Options {
  runs: number;
  clis: string[];
  actions: string[];
  corpus: string;
  real: string;
  json?: string;
}

function parseOptions(argv: string[]): Options {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] as string;
    const value = argv[i + 1];
    if (!["--runs", "--cli", "--action", "--corpus", "--real", "--json"].includes(key) || value === undefined) {
      throw new Error(
        `usage: bench/startup.ts [--runs n] [--cli a.js,b.js] [--action a.js,b.js] [--corpus DIR] [--real DIR] [--json FILE]`,
      );
    }
    values.set(key.slice(2), value);
  }
  const list = (name: string, fallback: string) => (values.get(name) ?? fallback).split(",").map((p) => resolve(p));
  const clis = list("cli", join(REPO_ROOT, "dist", "cli.cjs"));
  const actions = list("action", join(REPO_ROOT, "dist", "index.cjs"));
  if (clis.length !== actions.length) throw new Error("--cli and --action need the same number of bundles");
  const runs = Number(values.get("runs") ?? 15);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  return {
    runs,
    clis,
    actions,
    corpus: resolve(values.get("corpus") ?? defaultCorpusDir(1000, "1")),
    real: resolve(values.get("real") ?? DEFAULT_SOURCE),
    ...(values.has("json") ? { json: resolve(values.get("json") as string) } : {}),
  };
}

interface Sample {
  wallMs: number;
  cpuMs?: number;
}

const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NO_COLOR: "1" };

/** Run `node <args>` once; exit codes other than `allowed` (findings give 1) are errors of the benchmark. */
function runNode(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  scratch: string,
  allowed: number[],
): Promise<Sample> {
  const cpuFile = join(scratch, "cpu.txt");
  rmSync(cpuFile, { force: true });
  const full = ["--require", CPU_AT_EXIT, ...args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    // Output goes to /dev/null, not through a pipe to this process (which would steal CPU).
    const child = spawn(process.execPath, full, {
      cwd,
      env: { ...env, CATALOG_LINT_BENCH_CPU_FILE: cpuFile },
      stdio: "ignore",
    });
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (signal || !allowed.includes(code ?? -1)) {
        fail(new Error(`node ${args.join(" ")} (in ${cwd}) exited with ${signal ?? code}`));
        return;
      }
      const sample: Sample = { wallMs };
      if (existsSync(cpuFile)) {
        const micros = Number(readFileSync(cpuFile, "utf8"));
        if (Number.isFinite(micros)) sample.cpuMs = micros / 1000;
      }
      done(sample);
    });
  });
}

interface Command {
  label: string;
  /** Per bundle index: the arguments, working directory and environment. */
  run: (bundle: number) => { args: string[]; cwd: string; env: NodeJS.ProcessEnv };
  /** `node -e 0` is the same for every bundle: run once per round. */
  shared?: boolean;
  /** The Action is run with `fail-on: never`, so anything but 0 means it could not run. */
  allowed?: number[];
}

/**
 * The Action as a runner starts it: a workflow_dispatch event (so no API call lists files),
 * log annotations, no job summary; `paths` picks the files. GITHUB_OUTPUT is a scratch file.
 */
function actionEnv(workspace: string, paths: string, scratch: string, config?: string): NodeJS.ProcessEnv {
  const output = join(scratch, "github-output.txt");
  writeFileSync(output, "");
  return {
    ...childEnv,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_REPOSITORY: "octo-org/catalog",
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: "f".repeat(40),
    GITHUB_API_URL: "http://127.0.0.1:9",
    GITHUB_OUTPUT: output,
    CATALOG_LINT_NOW: NOW,
    "INPUT_GITHUB-TOKEN": "unused",
    INPUT_PATHS: paths,
    INPUT_ANNOTATIONS: "commands",
    INPUT_SUMMARY: "false",
    "INPUT_ONLY-CHANGED": "true",
    "INPUT_FAIL-ON": "never",
    ...(config ? { INPUT_CONFIG: config } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The generated catalog's first aie-model entry (the dataset of the real catalog's measured entry). */
function firstEntryOf(corpus: string): string {
  const data = join(corpus, "datasets", "aie-model", "data");
  const name = readdirSync(data)
    .sort()
    .find((n) => n.endsWith(".md") && n !== "TEMPLATE.md");
  if (!name) throw new Error(`no entry in ${data}`);
  return `datasets/aie-model/data/${name}`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), "catalog-lint-startup-"));
  try {
    if (!existsSync(join(options.corpus, MARKER))) {
      mkdirSync(dirname(options.corpus), { recursive: true });
      generateCorpus({ count: 1000, seed: "1", out: options.corpus });
    }
    const oneGenerated = firstEntryOf(options.corpus);
    const real = existsSync(join(options.real, REAL_ENTRY)) ? options.real : undefined;
    // One folder per bundle, with the scripts beside it (see copyBundle).
    const copy = (file: string, i: number, kind: string) =>
      copyBundle(file, join(scratch, `${String.fromCharCode(65 + i)}-${kind}`));
    const clis = options.clis.map((f, i) => copy(f, i, "cli"));
    const actions = options.actions.map((f, i) => copy(f, i, "action"));
    const lintArgs = (bundle: number, file: string) => [clis[bundle] as string, "--format", "json", "--now", NOW, file];
    // A config as a catalog would write one: a rule's options, so the run parses YAML and checks it with zod.
    const config = join(scratch, "catalog-lintrc.yaml");
    writeFileSync(config, "rules:\n  stale-date:\n    - warn\n    - maxAgeDays: 365\n");
    const commands: Command[] = [
      { label: "node -e 0", shared: true, run: () => ({ args: ["-e", "0"], cwd: scratch, env: childEnv }) },
      {
        label: "cli --version",
        run: (b) => ({ args: [clis[b] as string, "--version"], cwd: scratch, env: childEnv }),
      },
      {
        label: "cli one file, 1k corpus",
        run: (b) => ({ args: lintArgs(b, oneGenerated), cwd: options.corpus, env: childEnv }),
      },
      ...(real
        ? [
            {
              label: "cli one file, real catalog",
              run: (b: number) => ({ args: lintArgs(b, REAL_ENTRY), cwd: real, env: childEnv }),
            },
            {
              label: "cli whole real catalog",
              run: (b: number) => ({ args: lintArgs(b, "."), cwd: real, env: childEnv }),
            },
          ]
        : []),
      {
        label: "cli one file, 1k corpus, YAML config",
        run: (b) => ({ args: [...lintArgs(b, oneGenerated), "--config", config], cwd: options.corpus, env: childEnv }),
      },
      {
        label: "action, no file",
        allowed: [0],
        run: (b) => ({
          args: [actions[b] as string],
          cwd: options.corpus,
          env: actionEnv(options.corpus, "no-such-folder/*.md", scratch),
        }),
      },
      {
        label: "action, one file (1k corpus)",
        allowed: [0],
        run: (b) => ({
          args: [actions[b] as string],
          cwd: options.corpus,
          env: actionEnv(options.corpus, oneGenerated, scratch),
        }),
      },
      {
        label: "action, one file, YAML config",
        allowed: [0],
        run: (b) => ({
          args: [actions[b] as string],
          cwd: options.corpus,
          env: actionEnv(options.corpus, oneGenerated, scratch, config),
        }),
      },
    ];
    const bundles = clis.length;
    const samples = commands.map((c) => Array.from({ length: c.shared ? 1 : bundles }, () => [] as Sample[]));
    process.stdout.write(
      `startup: node ${process.version}, ${cpus().length} CPUs, ${options.runs} rounds × ${commands.length} commands × ${bundles} bundle(s)\n`,
    );
    for (let round = 0; round < options.runs; round++) {
      for (const [c, command] of commands.entries()) {
        const count = command.shared ? 1 : bundles;
        for (let k = 0; k < count; k++) {
          const bundle = (k + round) % count; // rotate which bundle goes first
          const { args, cwd, env } = command.run(bundle);
          samples[c]?.[bundle]?.push(await runNode(args, cwd, env, scratch, command.allowed ?? [0, 1]));
        }
      }
    }
    const baseWall = median((samples[0]?.[0] ?? []).map((s) => s.wallMs));
    const baseCpu = median((samples[0]?.[0] ?? []).flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs])));
    const rows: string[][] = [];
    for (const [c, command] of commands.entries()) {
      for (const [b, list] of (samples[c] ?? []).entries()) {
        const walls = list.map((s) => s.wallMs);
        const cpu = list.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
        const wall = median(walls);
        const over = (value: number, base: number, digits = 0) => (c === 0 ? "" : `+${(value - base).toFixed(digits)}`);
        rows.push([
          command.label,
          command.shared ? "" : String.fromCharCode(65 + b),
          wall.toFixed(0),
          `${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)}`,
          over(wall, baseWall),
          cpu.length ? median(cpu).toFixed(1) : "",
          cpu.length ? over(median(cpu), baseCpu, 1) : "",
        ]);
      }
    }
    const header = ["command", "bundle", "wall ms", "min–max", "over node -e 0", "CPU ms", "CPU over node -e 0"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
    process.stdout.write(`${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`);
    for (const [i, file] of options.clis.entries()) {
      process.stdout.write(`${String.fromCharCode(65 + i)}: ${file} + ${options.actions[i]}\n`);
    }
    process.stdout.write("Medians; the target is a one-file run ≤ 120 ms over node -e 0 (wall).\n");
    if (options.json) {
      const bundlesOf = [...options.clis.map((cli, i) => ({ cli, action: options.actions[i] }))];
      const byCommand = commands.map((command, c) => ({ label: command.label, samples: samples[c] }));
      writeFileSync(
        options.json,
        `${JSON.stringify({ node: process.version, bundles: bundlesOf, commands: byCommand })}\n`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/startup: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
