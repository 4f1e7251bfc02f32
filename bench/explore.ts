/**
 * The github/explore snapshot (1,255 topics, 111 collections: front matter) linted cold with
 * examples/github-explore/'s config, beside a generated awesome-comparisons corpus (10,000 entries by
 * default): wall time, CPU and peak RSS of `dist/cli.cjs`, each run in its own child process, with no
 * results cache (`--cache` is not given). Prints figures only; it never fails on a time or memory limit.
 *
 *   node --import tsx bench/explore.ts [--runs 5] [--snapshot DIR] [--size 10000] [--skip awesome]
 *                                      [--grow 4] [--cli dist/cli.cjs] [--no-code-cache]
 *
 * The snapshot is copied (links dereferenced) into a temporary folder with the example's
 * `.catalog-lintrc.yaml` and `catalog-lint/` in its root, as its README says to install them; the
 * bundle is copied too (others may rebuild dist/ meanwhile). Runs alternate between the two corpora.
 * `--grow N` adds the snapshot grown to N times its topics (copies named `<topic>-copy-<k>`, their
 * `topic`, `aliases` and `related` renamed alike, so they stay valid and unique): how time and
 * memory go with the number of entries. `--no-code-cache` sets CATALOG_LINT_CODE_CACHE=0: V8 compiles the bundle at every run, as on a
 * fresh CI runner (by default the first run writes the user's code cache and later runs use it).
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyBundle } from "./copy-bundle.js";
import { generateCorpus } from "./generate-corpus.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLE = join(REPO_ROOT, "examples", "github-explore");
const DEFAULT_SNAPSHOT = "/work/shared/corpus/github-explore";
const NOW = "2026-11-28";
const TIME_BIN = "/usr/bin/time";

interface Options {
  runs: number;
  snapshot: string;
  size: number;
  skipAwesome: boolean;
  cli: string;
  codeCache: boolean;
  grow: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    snapshot: DEFAULT_SNAPSHOT,
    size: 10_000,
    skipAwesome: false,
    cli: join(REPO_ROOT, "dist", "cli.cjs"),
    codeCache: true,
    grow: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--runs") options.runs = Number(value());
    else if (arg === "--snapshot") options.snapshot = resolve(value());
    else if (arg === "--size") options.size = Number(value().replace(/k$/i, "000"));
    else if (arg === "--skip") options.skipAwesome = value().split(",").includes("awesome");
    else if (arg === "--cli") options.cli = resolve(value());
    else if (arg === "--no-code-cache") options.codeCache = false;
    else if (arg === "--grow") options.grow = Number(value());
    else throw new Error(`unknown option ${arg} (see the comment at the top of bench/explore.ts)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error("--runs must be a positive integer");
  if (!Number.isInteger(options.size) || options.size < 1) throw new Error("--size must be a positive integer");
  if (!Number.isInteger(options.grow) || options.grow < 1) throw new Error("--grow must be a positive integer");
  if (!existsSync(join(options.snapshot, "topics"))) throw new Error(`${options.snapshot} has no topics/ folder`);
  if (!existsSync(options.cli)) throw new Error(`${options.cli} is missing: run \`npm run build\` first`);
  return options;
}

interface Sample {
  wallMs: number;
  rssKiB?: number;
  cpuS?: number;
  exit: number | null;
}

/** One `node <cli> --format json --now …` in `cwd`; wall time from spawn to exit, RSS and CPU from /usr/bin/time. */
function runCli(cli: string, cwd: string, scratch: string, env: NodeJS.ProcessEnv): Promise<Sample> {
  const out = openSync(join(scratch, "out.json"), "w");
  const err = openSync(join(scratch, "err.txt"), "w");
  const timeFile = join(scratch, "time.txt");
  const args = [cli, "--format", "json", "--now", NOW];
  const timed = existsSync(TIME_BIN);
  const [command, commandArgs] = timed
    ? [TIME_BIN, ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, { cwd, env, stdio: ["ignore", out, err] });
    child.on("error", fail);
    child.on("exit", (exit) => {
      const sample: Sample = { wallMs: Number(process.hrtime.bigint() - started) / 1e6, exit };
      closeSync(out);
      closeSync(err);
      if (timed && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        const [rss, user, sys] = (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
        if (rss !== undefined && Number.isFinite(rss)) sample.rssKiB = rss;
        if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) sample.cpuS = user + sys;
        rmSync(timeFile);
      }
      if (exit !== 0 && exit !== 1) {
        fail(
          new Error(`catalog-lint exited with ${exit} in ${cwd}: ${readFileSync(join(scratch, "err.txt"), "utf8")}`),
        );
      } else done(sample);
    });
  });
}

/**
 * `explore` grown to `times` its topics: each topic copied `times - 1` times as `<topic>-copy-<k>`,
 * with the names in `topic`, `aliases` and `related` renamed alike (a related topic's copy exists,
 * an alias stays no topic's name and no other's alias), so the copies are as valid as the originals.
 */
function growExplore(explore: string, times: number, into: string): string {
  cpSync(explore, into, { recursive: true });
  const topics = join(into, "topics");
  const names = readdirSync(topics).filter((name) => existsSync(join(topics, name, "index.md")));
  for (let k = 1; k < times; k++) {
    for (const name of names) {
      const copy = join(topics, `${name}-copy-${k}`);
      cpSync(join(topics, name), copy, { recursive: true });
      const index = join(copy, "index.md");
      const renamed = readFileSync(index, "utf8").replace(
        /^(topic|aliases|related):[ \t]*(.*)$/gm,
        (_line, key: string, list: string) =>
          `${key}: ${list
            .split(",")
            .map((item) => (item.trim() === "" ? item : `${item.trim()}-copy-${k}`))
            .join(", ")}`,
      );
      writeFileSync(index, renamed);
    }
  }
  return into;
}

/** Files, errors and warnings of the last run's JSON report. */
function reportCounts(scratch: string): { files: number; errors: number; warnings: number } {
  const results = JSON.parse(readFileSync(join(scratch, "out.json"), "utf8")) as Array<{
    errorCount: number;
    warningCount: number;
  }>;
  return {
    files: results.length,
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), "catalog-lint-bench-explore-"));
  try {
    const cli = copyBundle(options.cli, join(scratch, "bundle"));
    const explore = join(scratch, "github-explore");
    cpSync(options.snapshot, explore, { recursive: true, dereference: true });
    cpSync(join(EXAMPLE, ".catalog-lintrc.yaml"), join(explore, ".catalog-lintrc.yaml"));
    cpSync(join(EXAMPLE, "catalog-lint"), join(explore, "catalog-lint"), { recursive: true });
    const corpora: Array<{ label: string; dir: string; samples: Sample[]; counts?: ReturnType<typeof reportCounts> }> =
      [{ label: "github/explore snapshot, examples/github-explore config", dir: explore, samples: [] }];
    if (options.grow > 1) {
      corpora.push({
        label: `github/explore grown to ${options.grow}× its topics, same config`,
        dir: growExplore(explore, options.grow, join(scratch, "github-explore-grown")),
        samples: [],
      });
    }
    if (!options.skipAwesome) {
      const generated = generateCorpus({ count: options.size, out: join(scratch, "awesome-comparisons") });
      corpora.push({
        label: `awesome-comparisons generated, ${options.size} entries`,
        dir: generated.dir,
        samples: [],
      });
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? "",
      ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
      NO_COLOR: "1",
      ...(options.codeCache ? {} : { CATALOG_LINT_CODE_CACHE: "0" }),
    };
    process.stdout.write(
      `node ${process.version}, ${cpus().length} CPUs; ${options.runs} runs each, alternating; no --cache; V8 code cache ${options.codeCache ? "on (the first run writes it)" : "off"}\n`,
    );
    for (let run = 0; run < options.runs; run++) {
      for (const corpus of corpora) {
        const sample = await runCli(cli, corpus.dir, scratch, env);
        corpus.samples.push(sample);
        corpus.counts ??= reportCounts(scratch);
        process.stdout.write(
          `  ${corpus.label}: run ${run + 1}: ${(sample.wallMs / 1000).toFixed(2)} s${sample.rssKiB ? `, ${(sample.rssKiB / 1024).toFixed(0)} MiB` : ""}\n`,
        );
      }
    }
    process.stdout.write(
      "\n| corpus | files | wall median (min–max) | CPU median | files/s | peak RSS | errors, warnings |\n",
    );
    process.stdout.write("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const corpus of corpora) {
      const walls = corpus.samples.map((s) => s.wallMs / 1000);
      const cpu = corpus.samples.flatMap((s) => (s.cpuS === undefined ? [] : [s.cpuS]));
      const rss = corpus.samples.flatMap((s) => (s.rssKiB === undefined ? [] : [s.rssKiB]));
      const files = corpus.counts?.files ?? 0;
      process.stdout.write(
        `| ${corpus.label} | ${files} | ${median(walls).toFixed(2)} s (${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)}) | ${cpu.length ? `${median(cpu).toFixed(2)} s` : "–"} | ${Math.round(files / median(walls))} | ${rss.length ? `${(Math.max(...rss) / 1024).toFixed(0)} MiB` : "–"} | ${corpus.counts?.errors ?? "–"}, ${corpus.counts?.warnings ?? "–"} |\n`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
