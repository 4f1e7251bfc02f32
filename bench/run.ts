/**
 * catalog-lint vs markdownlint-cli2 vs remark-lint on generated catalogs: wall time, files/s and
 * peak RSS of each tool run in its own child process, plus one-file startup overhead.
 * Prints figures only; it never fails on a time or memory limit.
 *
 *   npm run bench -- --sizes 1000,10000 [--runs 3] [--skip remark] [--json results.json]
 *
 * See bench/README.md for what each number means.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleOf, copyBundle } from "./copy-bundle.js";
import { type GeneratedCorpus, generateCorpus } from "./generate-corpus.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NODE_MODULES = join(REPO_ROOT, "node_modules");
const NOW = "2026-11-28";
const GLOB = "datasets/*/data/**/*.md";
const TIME_BIN = "/usr/bin/time";

type ToolId = "catalog-lint" | "markdownlint-cli2" | "remark";
const TOOL_IDS: ToolId[] = ["catalog-lint", "markdownlint-cli2", "remark"];
const SKIPPABLE = [...TOOL_IDS, "startup", "cache"];

interface Options {
  sizes: number[];
  runs: number;
  startupRuns: number;
  seed: string;
  skip: Set<string>;
  timeoutS: number;
  keep: boolean;
  json?: string;
  rss: "time" | "proc";
  cli: string;
}

interface Sample {
  wallMs: number;
  /** Peak resident set size of the child, KiB (undefined when it could not be read). */
  rssKiB?: number;
  /** User + system CPU seconds of the child (only with /usr/bin/time). */
  cpuS?: number;
  exit: number | null;
  signal: string | null;
  timedOut: boolean;
}

interface ToolResult {
  tool: ToolId;
  command: string;
  samples: Sample[];
  findings?: string;
  failure?: string;
}

// --- arguments ---------------------------------------------------------------------------------

const HELP = `Usage: npm run bench -- [options]

  --sizes <n,n>       corpus sizes in entries (default 1000), e.g. 1000,10000
  --runs <n>          timed runs per tool and size (default 3)
  --startup-runs <n>  runs per one-file/startup command (default 10)
  --seed <s>          corpus PRNG seed (default 1)
  --skip <ids>        skip tools: catalog-lint, markdownlint-cli2 (or markdownlint), remark, startup,
                      cache (catalog-lint --cache: one run to fill it, then --runs runs with nothing changed)
  --timeout <s>       kill a run after this many seconds (default 1800) and report it
  --rss <how>         time (/usr/bin/time -f %M, default when present) or proc (poll VmHWM)
  --cli <file>        catalog-lint bundle to time (default dist/cli.cjs; copied before timing)
  --keep              keep the generated corpora (default: deleted after each size)
  --json <file>       also write every sample as JSON
`;

function parseOptions(argv: string[]): Options | undefined {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(HELP);
      return undefined;
    }
    if (arg === "--keep") {
      flags.add("keep");
      continue;
    }
    const [key, inline] = arg.split("=", 2) as [string, string | undefined];
    const name = key.replace(/^--/, "");
    if (
      !key.startsWith("--") ||
      !["sizes", "runs", "startup-runs", "seed", "skip", "timeout", "rss", "cli", "json"].includes(name)
    ) {
      throw new Error(`Unknown argument ${arg}; see --help`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${key} needs a value`);
    values.set(name, value);
  }
  const positive = (name: string, fallback: number) => {
    const value = Number(values.get(name) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const sizes = (values.get("sizes") ?? "1000").split(",").map((s) => {
    const n = Number(s.trim().replace(/k$/i, "000"));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: \`${s}\` is not a positive integer`);
    return n;
  });
  const skip = new Set(
    (values.get("skip") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (s === "markdownlint" ? "markdownlint-cli2" : s)),
  );
  for (const s of skip)
    if (!SKIPPABLE.includes(s)) throw new Error(`--skip: unknown \`${s}\` (${SKIPPABLE.join(", ")})`);
  const rss = values.get("rss") ?? (existsSync(TIME_BIN) ? "time" : "proc");
  if (rss !== "time" && rss !== "proc") throw new Error("--rss must be time or proc");
  if (rss === "time" && !existsSync(TIME_BIN)) throw new Error(`--rss time needs ${TIME_BIN}`);
  const options: Options = {
    sizes,
    runs: positive("runs", 3),
    startupRuns: positive("startup-runs", 10),
    seed: values.get("seed") ?? "1",
    skip,
    timeoutS: positive("timeout", 1800),
    keep: flags.has("keep"),
    rss,
    cli: resolve(values.get("cli") ?? join(REPO_ROOT, "dist", "cli.cjs")),
  };
  const json = values.get("json");
  if (json) options.json = resolve(json);
  return options;
}

// --- child processes ---------------------------------------------------------------------------

/**
 * Every tool runs with the same small environment, as on a CI runner: this
 * machine's own sets NODE_EXTRA_CA_CERTS, which has every Node process read a
 * CA bundle when it starts (85 ms each; bench/startup.ts leaves it out too).
 * HOME stays: it is where catalog-lint keeps V8's code cache, as for any user.
 */
const childEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH ?? "",
  ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
  NO_COLOR: "1",
};

interface RunSpec {
  args: string[];
  cwd: string;
  stdout: string;
  stderr: string;
  rss: "time" | "proc" | "none";
  timeoutS: number;
  scratch: string;
}

/** The running child's process group, ended with us on Ctrl-C (it runs detached), and our scratch folder. */
let running: number | undefined;
let scratch: string | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (running !== undefined) {
      try {
        process.kill(-running, "SIGKILL");
      } catch {
        // already gone
      }
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Run `node <args>` once; wall time is measured here, from spawn to exit. */
function runNode(spec: RunSpec): Promise<Sample> {
  const out = openSync(spec.stdout, "w");
  const err = openSync(spec.stderr, "w");
  const timeFile = join(spec.scratch, "time.txt");
  const [command, args] =
    spec.rss === "time"
      ? [TIME_BIN, ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...spec.args]]
      : [process.execPath, spec.args];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: childEnv,
      stdio: ["ignore", out, err],
      detached: true, // its own process group, so a timeout can end it and its children
    });
    running = child.pid;
    let timedOut = false;
    let hwm: number | undefined;
    const poll =
      spec.rss === "proc"
        ? setInterval(() => {
            try {
              const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
              const kib = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
              if (kib > (hwm ?? 0)) hwm = kib;
            } catch {
              // exited between polls
            }
          }, 10)
        : undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, spec.timeoutS * 1000);
    child.on("error", reject);
    child.on("exit", (exit, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      running = undefined;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(out);
      closeSync(err);
      const sample: Sample = { wallMs, exit, signal, timedOut };
      if (spec.rss === "proc" && hwm !== undefined) sample.rssKiB = hwm;
      if (spec.rss === "time" && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        const line = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        const [rss, user, sys] = line.split(" ").map(Number);
        if (rss !== undefined && Number.isFinite(rss)) sample.rssKiB = rss;
        if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) sample.cpuS = user + sys;
        rmSync(timeFile);
      }
      resolvePromise(sample);
    });
  });
}

// --- tools -------------------------------------------------------------------------------------

function toolArgs(tool: ToolId, cli: string, target: string): string[] {
  switch (tool) {
    case "catalog-lint":
      return [cli, "--format", "json", "--now", NOW, target];
    case "markdownlint-cli2":
      // Default rules: no configuration file exists in the generated catalog or above it.
      return [join(NODE_MODULES, "markdownlint-cli2", "markdownlint-cli2-bin.mjs"), target];
    case "remark":
      // --no-config/--no-ignore: no rc files; no -o and --no-stdout: nothing is written; remark never
      // touches the network. The preset is passed by path as the catalog has no node_modules.
      return [
        join(NODE_MODULES, "remark-cli", "cli.js"),
        "--no-config",
        "--no-ignore",
        "--use",
        join(NODE_MODULES, "remark-preset-lint-recommended", "index.js"),
        "--quiet",
        "--frail",
        "--no-stdout",
        "--no-color",
        target,
      ];
  }
}

/** Read what a tool reported, to check it really linted the files (and show findings are non-trivial). */
function findingsOf(tool: ToolId, stdout: string, stderr: string, expectedFiles: number): string {
  const out = readFileSync(stdout, "utf8");
  const err = readFileSync(stderr, "utf8");
  switch (tool) {
    case "catalog-lint": {
      const files = JSON.parse(out) as Array<{ errorCount: number; warningCount: number }>;
      if (files.length !== expectedFiles) throw new Error(`linted ${files.length} files, expected ${expectedFiles}`);
      const errors = files.reduce((n, f) => n + f.errorCount, 0);
      const warnings = files.reduce((n, f) => n + f.warningCount, 0);
      return `${errors} errors, ${warnings} warnings`;
    }
    case "markdownlint-cli2": {
      const linted = Number(/Linting: (\d+) file/.exec(out + err)?.[1]);
      if (linted !== expectedFiles) throw new Error(`linted ${linted} files, expected ${expectedFiles}`);
      return `${/Summary: (\d+) error/.exec(out + err)?.[1] ?? "?"} errors`;
    }
    case "remark": {
      if (/Cannot process file|Cannot find module/.test(err)) throw new Error("remark could not load the preset");
      const total = /([⚠✖]) (\d+) (warnings?|errors?)/.exec(err);
      return total ? `${total[2]} ${total[3]}` : "0 warnings";
    }
  }
}

// --- statistics and formatting -----------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const seconds = (ms: number) => (ms >= 100_000 ? (ms / 1000).toFixed(0) : (ms / 1000).toFixed(ms >= 10_000 ? 1 : 2));
/** A path relative to the working directory when it is inside it, else absolute. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
};
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

function table(header: string[], rows: string[][], right: number[] = []): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right.includes(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function summarise(result: ToolResult) {
  const ok = result.samples.filter((s) => !s.timedOut && s.signal === null && (s.exit === 0 || s.exit === 1));
  const walls = ok.map((s) => s.wallMs);
  const rss = ok.map((s) => s.rssKiB).filter((v): v is number => v !== undefined);
  const cpu = ok.map((s) => s.cpuS).filter((v): v is number => v !== undefined);
  return {
    ok: ok.length > 0 && !result.failure,
    wall: walls.length ? median(walls) : Number.NaN,
    min: Math.min(...walls),
    max: Math.max(...walls),
    rss: rss.length ? Math.max(...rss) : undefined,
    cpu: cpu.length ? median(cpu) : undefined,
  };
}

// --- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) return;
  const work = mkdtempSync(join(tmpdir(), "catalog-lint-bench-run-"));
  scratch = work;
  // Time a snapshot of the bundle: others may rebuild dist/ while this runs.
  const cli = copyBundle(options.cli, join(work, "bundle"));
  const cliHash = createHash("sha256")
    .update(readFileSync(bundleOf(cli)))
    .digest("hex")
    .slice(0, 12);
  const rssHow =
    options.rss === "time"
      ? `${TIME_BIN} -f %M (ru_maxrss of the child)`
      : "polling /proc/<pid>/status VmHWM every 10 ms";
  const log = (text = "") => process.stdout.write(`${text}\n`);
  log(`catalog-lint benchmark, ${new Date().toISOString()}`);
  log(
    `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "?"}), bundle ${shown(options.cli)} sha256 ${cliHash}`,
  );
  log(`peak RSS: ${rssHow}; runs per tool: ${options.runs}; timeout ${options.timeoutS} s`);
  if (options.skip.size) log(`skipped: ${[...options.skip].join(", ")}`);

  const tools = TOOL_IDS.filter((t) => !options.skip.has(t));
  const all: Array<{ size: number; corpus: Omit<GeneratedCorpus, "dir">; results: ToolResult[] }> = [];
  const cacheRuns: Array<{ size: number; fill: Sample; warm: Sample[]; same: boolean }> = [];
  let startup: Array<{ label: string; samples: Sample[] }> | undefined;

  for (const size of options.sizes) {
    log();
    const generatedAt = performance.now();
    const corpus = generateCorpus({ count: size, seed: options.seed });
    log(
      `== ${size} entries: ${corpus.dataFiles} files, ${(corpus.bytes / 1048576).toFixed(1)} MiB in ${corpus.dir} ` +
        `(generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s, sha256 ${corpus.digest.slice(0, 12)})`,
    );
    const results: ToolResult[] = tools.map((tool) => ({
      tool,
      command: `node ${toolArgs(tool, "dist/cli.cjs", GLOB)
        .map((a) => a.replace(`${NODE_MODULES}/`, "node_modules/"))
        .join(" ")}`,
      samples: [],
    }));
    // Round-robin (A B C, A B C, …) so a slow patch on the shared machine hits every tool alike.
    for (let run = 1; run <= options.runs; run++) {
      for (const result of results) {
        if (result.failure) continue;
        const target = result.tool === "catalog-lint" ? corpus.dir : GLOB;
        const stdout = join(work, `${result.tool}.out`);
        const stderr = join(work, `${result.tool}.err`);
        const sample = await runNode({
          args: toolArgs(result.tool, cli, target),
          cwd: corpus.dir,
          stdout,
          stderr,
          rss: options.rss,
          timeoutS: options.timeoutS,
          scratch: work,
        });
        result.samples.push(sample);
        const status = sample.timedOut
          ? `timed out after ${options.timeoutS} s`
          : sample.signal
            ? `killed by ${sample.signal}`
            : sample.exit !== 0 && sample.exit !== 1
              ? `exit ${sample.exit}: ${readFileSync(stderr, "utf8").trim().split("\n").slice(-3).join(" / ")}`
              : undefined;
        if (status) result.failure = status;
        else if (run === 1) {
          try {
            // catalog-lint lints the entries (a data folder's TEMPLATE.md is the schema); the peers every data file.
            const expected = result.tool === "catalog-lint" ? corpus.entries : corpus.dataFiles;
            result.findings = findingsOf(result.tool, stdout, stderr, expected);
          } catch (error) {
            result.failure = (error as Error).message;
          }
        }
        log(
          `  run ${run}/${options.runs} ${result.tool.padEnd(17)} ${seconds(sample.wallMs).padStart(6)} s` +
            `${sample.rssKiB ? `  ${mib(sample.rssKiB).padStart(8)}` : ""}${status ? `  ${status}` : ""}`,
        );
      }
    }

    if (!options.skip.has("startup") && !startup) startup = await measureStartup(options, cli, corpus, work);

    // Nothing changed since the last run: catalog-lint --cache, filled once, then timed.
    const cold = results.find((r) => r.tool === "catalog-lint" && !r.failure);
    if (cold && !options.skip.has("cache")) {
      const spec = {
        args: [...toolArgs("catalog-lint", cli, corpus.dir), "--cache", "--cache-location", join(work, "cache.json")],
        cwd: corpus.dir,
        stdout: join(work, "cache.out"),
        stderr: join(work, "cache.err"),
        rss: options.rss,
        timeoutS: options.timeoutS,
        scratch: work,
      };
      const fill = await runNode(spec);
      const warm: Sample[] = [];
      for (let run = 1; run <= options.runs; run++) warm.push(await runNode(spec));
      // The warm report must be the cold one, byte for byte.
      const same = readFileSync(spec.stdout, "utf8") === readFileSync(join(work, "catalog-lint.out"), "utf8");
      cacheRuns.push({ size, fill, warm, same });
      log(
        `  --cache: filling ${seconds(fill.wallMs)} s, then nothing changed: ` +
          `${warm.map((w) => seconds(w.wallMs)).join(", ")} s (${same ? "same report" : "REPORT DIFFERS"})`,
      );
    }

    const { dir, ...kept } = corpus;
    all.push({ size, corpus: kept, results });
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }

  // --- report ---
  log();
  log(`Results (wall: median of ${options.runs}, min–max; peak RSS: max over runs; CPU: user+sys, median)`);
  const rows: string[][] = [];
  for (const { size, corpus, results } of all) {
    const base = results.find((r) => r.tool === "catalog-lint");
    const baseStats = base ? summarise(base) : undefined;
    for (const result of results) {
      const s = summarise(result);
      const ratio = (a: number | undefined, b: number | undefined) =>
        a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0
          ? `${(a / b).toFixed(2)}×`
          : "–";
      const isBase = result.tool === "catalog-lint";
      rows.push([
        String(size),
        result.tool,
        s.ok ? `${seconds(s.wall)} s` : "failed",
        s.ok ? `${seconds(s.min)}–${seconds(s.max)} s` : "",
        s.ok ? (corpus.dataFiles / (s.wall / 1000)).toFixed(0) : "",
        s.cpu !== undefined ? `${s.cpu.toFixed(1)} s` : "–",
        s.rss !== undefined ? mib(s.rss) : "–",
        isBase || !baseStats?.ok || !s.ok ? "" : ratio(baseStats.wall, s.wall),
        isBase || !baseStats?.ok || !s.ok ? "" : ratio(baseStats.rss, s.rss),
        result.failure ?? result.findings ?? "",
      ]);
    }
  }
  log(
    table(
      [
        "entries",
        "tool",
        "wall",
        "min–max",
        "files/s",
        "CPU",
        "peak RSS",
        "cl/peer wall",
        "cl/peer RSS",
        "findings (run 1)",
      ],
      rows,
      [0, 2, 3, 4, 5, 6, 7, 8],
    ),
  );
  log("cl/peer: catalog-lint's figure divided by the peer's (below 1× means catalog-lint is faster / smaller).");

  if (cacheRuns.length) {
    log();
    log(`catalog-lint --cache with nothing changed since the last run (median of ${options.runs})`);
    log(
      table(
        ["entries", "filling the cache", "nothing changed", "min–max", "CPU", "peak RSS", "report"],
        cacheRuns.map(({ size, fill, warm, same }) => {
          const walls = warm.map((w) => w.wallMs);
          const cpu = warm.flatMap((w) => (w.cpuS === undefined ? [] : [w.cpuS]));
          const rss = warm.flatMap((w) => (w.rssKiB === undefined ? [] : [w.rssKiB]));
          return [
            String(size),
            `${seconds(fill.wallMs)} s`,
            `${seconds(median(walls))} s`,
            `${seconds(Math.min(...walls))}–${seconds(Math.max(...walls))} s`,
            cpu.length ? `${median(cpu).toFixed(1)} s` : "–",
            rss.length ? mib(Math.max(...rss)) : "–",
            same ? "same as cold" : "differs",
          ];
        }),
        [0, 1, 2, 3, 4, 5],
      ),
    );
  }
  if (startup) {
    const base = median((startup[0] as { samples: Sample[] }).samples.map((s) => s.wallMs));
    log();
    log(`Startup (median of ${options.startupRuns} runs each, interleaved; overhead = median minus node -e 0)`);
    log(
      table(
        ["command", "median", "min–max", "over node -e 0"],
        startup.map(({ label, samples }) => {
          const walls = samples.map((s) => s.wallMs);
          const m = median(walls);
          return [
            label,
            `${m.toFixed(0)} ms`,
            `${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)} ms`,
            label === "node -e 0" ? "" : `+${(m - base).toFixed(0)} ms`,
          ];
        }),
        [1, 2, 3],
      ),
    );
  }
  log();
  log("For reference (the issue's targets, not checked here): 10k entries cold ≤ 12 s wall and ≤ 300 MiB;");
  log("one-file run ≤ 120 ms over node -e 0; markdownlint-cli2 measured elsewhere at ~88 s / 1.24 GiB on 10k.");

  if (options.json) {
    writeFileSync(
      options.json,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rss: rssHow, bundleSha256: cliHash, sizes: all, cache: cacheRuns, startup }, null, 2)}\n`,
    );
    log(`Samples written to ${options.json}`);
  }
  rmSync(work, { recursive: true, force: true });
}

async function measureStartup(
  options: Options,
  cli: string,
  corpus: GeneratedCorpus,
  work: string,
): Promise<Array<{ label: string; samples: Sample[] }>> {
  // One real entry of the generated catalog, linted from the catalog root (manifest, template and
  // criteria are read, as in a pre-commit hook on one file).
  const one = corpus.firstEntry;
  const commands: Array<{ label: string; args: string[] }> = [
    { label: "node -e 0", args: ["-e", "0"] },
    { label: "catalog-lint --version", args: [cli, "--version"] },
    { label: "catalog-lint one file (json)", args: toolArgs("catalog-lint", cli, one) },
    { label: "markdownlint-cli2 one file", args: toolArgs("markdownlint-cli2", cli, one) },
    { label: "remark one file", args: toolArgs("remark", cli, one) },
  ].filter((c) => !options.skip.has(c.label.split(" ")[0] as string));
  const samples = commands.map((c) => ({ label: c.label, samples: [] as Sample[] }));
  process.stdout.write(`  startup: ${options.startupRuns} × ${commands.length} one-file commands on ${one}\n`);
  for (let run = 0; run < options.startupRuns; run++) {
    for (const [i, command] of commands.entries()) {
      const sample = await runNode({
        args: command.args,
        cwd: corpus.dir,
        stdout: join(work, "startup.out"),
        stderr: join(work, "startup.err"),
        rss: "none",
        timeoutS: 60,
        scratch: work,
      });
      if (sample.exit !== 0 && sample.exit !== 1) {
        throw new Error(
          `${command.label} exited with ${sample.exit ?? sample.signal}: ${readFileSync(join(work, "startup.err"), "utf8")}`,
        );
      }
      samples[i]?.samples.push(sample);
    }
  }
  return samples;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
