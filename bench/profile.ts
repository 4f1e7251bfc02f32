/**
 * Where catalog-lint's time goes: runs `node --cpu-prof dist/cli.cjs` on a generated corpus and
 * attributes every sample to a pipeline stage, using the `// src/…` and `// node_modules/…`
 * module markers esbuild leaves in the (unminified) bundle.
 *
 *   node --import tsx bench/profile.ts [--size 10000] [--seed 1] [--corpus DIR] [--cli dist/cli.cjs] [--top 25]
 *   node --import tsx bench/profile.ts --profile FILE.cpuprofile [--bundle cli-bundle.cjs]   # analyse only
 *
 * The bundle is copied next to the profile before the run (others may rebuild dist/ meanwhile),
 * and that copy is what the profile is analysed against.
 *
 * A sample's stage is decided by its leaf frame when that is file-system work or the garbage
 * collector, else by the leaf-most frame that belongs to catalog-lint's own source (so micromark
 * called from src/parse counts as parse, the yaml package called from src/schema as schema, and
 * fastest-levenshtein called from a rule as rules).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleOf, copyBundle } from "./copy-bundle.js";
import { generateCorpus } from "./generate-corpus.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(REPO_ROOT, "dist", "cli.cjs");
const NOW = "2026-11-28";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  stages: Array<[string, number]>;
  rules: Array<[string, number]>;
  selfFunctions: Array<[string, number]>;
  packages: Array<[string, number]>;
}

/** Maps a line of dist/cli-bundle.cjs to the source module esbuild bundled there. */
function bundleModules(bundlePath: string): (line: number) => string {
  const marks: Array<[number, string]> = [];
  readFileSync(bundlePath, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (/^\/\/ (src|node_modules)\//.test(line)) marks.push([i, line.slice(3)]);
    });
  return (line) => {
    let low = 0;
    let high = marks.length - 1;
    let found = "(bundle prologue)";
    while (low <= high) {
      const mid = (low + high) >> 1;
      const mark = marks[mid] as [number, string];
      if (mark[0] <= line) {
        found = mark[1];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
}

const IO_FUNCTIONS = new Set([
  "readFileUtf8",
  "readFileSync",
  "statSync",
  "existsSync",
  "lstatSync",
  "openSync",
  "readSync",
  "closeSync",
  "readdirSync",
  "realpathSync",
  "writeSync",
  "writeFileSync",
  "writeOrBuffer",
  "handleWriteReq",
  "writeUtf8String",
]);

const RULE_HELPERS = new Set(["define-rule", "dates", "fields", "index", "section-names", "text"]);

function stageOf(module: string, fn: string): string {
  if (module.startsWith("src/parse/markdown")) return "parse (remark-parse + micromark → mdast)";
  if (module.startsWith("src/parse/source")) return "positions (line index, pointAt)";
  if (module.startsWith("src/model/")) return "model (mdast → entry)";
  if (module.startsWith("src/rules/")) return "rules";
  if (module.startsWith("src/schema/")) return "schema (templates, criteria YAML, zod)";
  if (module.startsWith("src/config/")) return "config (load, per-file lookup)";
  if (module.startsWith("src/files/")) return "discovery (globs)";
  if (module.startsWith("src/diagnostics/")) return "diagnostics (compare, sort)";
  if (module.startsWith("src/reporters/")) return "report (format output)";
  if (module === "src/lint/linter.ts") return fn === "lintSource" || fn === "report" ? "rules" : "lint loop";
  if (module.startsWith("src/")) return "cli";
  return "";
}

export function analyseProfile(profilePath: string, bundlePath = CLI): ProfileSummary {
  const profile = JSON.parse(readFileSync(profilePath, "utf8")) as CpuProfile;
  const moduleAt = bundleModules(bundlePath);
  const bundleUrl = pathToFileURL(resolve(bundlePath)).href;
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const moduleOf = (frame: CallFrame): string =>
    frame.url === bundleUrl || frame.url.endsWith("/dist/cli-bundle.cjs")
      ? moduleAt(frame.lineNumber)
      : frame.url || `(${frame.functionName || "native"})`;

  // Time per node: a sample's delta is the time since the previous sample.
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  const stages = new Map<string, number>();
  const rules = new Map<string, number>();
  const selfFunctions = new Map<string, number>();
  const packages = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let total = 0;

  for (const [id, us] of time) {
    if (us === 0) continue;
    total += us;
    const leaf = nodes.get(id) as ProfileNode;
    const leafModule = moduleOf(leaf.callFrame);
    const name = leaf.callFrame.functionName || "(anonymous)";
    add(selfFunctions, `${name}  ${leafModule}`, us);
    const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(leafModule)?.[1];
    add(packages, pkg ?? (leafModule.startsWith("src/") ? "catalog-lint src/" : leafModule), us);

    let stage = "";
    if (name === "(garbage collector)") stage = "GC (garbage collector)";
    else if (name === "(idle)" || name === "(program)") stage = "VM (program, idle)";
    else if (IO_FUNCTIONS.has(name) || /^node:(internal\/)?fs/.test(leafModule)) stage = "I/O (fs calls)";
    let rule = "";
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = (nodes.get(cur) as ProfileNode).callFrame;
      const module = moduleOf(frame);
      if (!stage) stage = stageOf(module, frame.functionName);
      const ruleFile = /^src\/rules\/([a-z-]+)\.ts$/.exec(module)?.[1];
      if (!rule && ruleFile && !RULE_HELPERS.has(ruleFile)) rule = ruleFile;
      if (stage && (rule || !stage.startsWith("rules"))) break;
    }
    if (!stage) stage = "startup and other (module load, VM)";
    add(stages, stage, us);
    if (stage === "rules") add(rules, rule || "(dispatch: lintSource, report, sort)", us);
  }
  const sorted = (map: Map<string, number>) =>
    [...map].map(([k, v]) => [k, v / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total / 1000,
    stages: sorted(stages),
    rules: sorted(rules),
    selfFunctions: sorted(selfFunctions),
    packages: sorted(packages),
  };
}

export function formatSummary(summary: ProfileSummary, top: number): string {
  const table = (title: string, rows: Array<[string, number]>, limit: number, of = summary.totalMs) => {
    const lines = rows
      .slice(0, limit)
      .map(
        ([k, ms]) =>
          `  ${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${k}`,
      );
    const shown = rows.slice(0, limit).reduce((n, [, ms]) => n + ms, 0);
    const rest = rows.reduce((n, [, ms]) => n + ms, 0) - shown;
    if (rest > 0.5)
      lines.push(`  ${rest.toFixed(0).padStart(8)} ms ${((100 * rest) / of).toFixed(1).padStart(5)}%  (rest)`);
    return `${title}\n${lines.join("\n")}`;
  };
  return [
    `Sampled CPU time: ${(summary.totalMs / 1000).toFixed(2)} s (main thread)`,
    table("By stage (leaf-most catalog-lint frame; fs calls and GC by leaf):", summary.stages, 20),
    table("Rules (inclusive of helpers they call; % of total):", summary.rules, 20),
    table("By package (self time):", summary.packages, 15),
    table(`Top ${top} functions (self time):`, summary.selfFunctions, top),
  ].join("\n\n");
}

function main(argv: string[]): void {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [key, inline] = arg.split("=", 2) as [string, string | undefined];
    if (!key.startsWith("--")) throw new Error(`Unexpected argument ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${key} needs a value`);
    args.set(key.slice(2), value);
  }
  for (const key of args.keys()) {
    if (!["size", "seed", "corpus", "top", "profile", "cli", "bundle"].includes(key))
      throw new Error(`Unknown option --${key}`);
  }
  const top = Number(args.get("top") ?? "25");
  let profilePath = args.get("profile");
  let bundle = args.get("bundle");
  if (profilePath) {
    const beside = join(dirname(resolve(profilePath)), "cli-bundle.cjs");
    bundle ??= existsSync(beside) ? beside : bundleOf(CLI);
  } else {
    const size = Number(args.get("size") ?? "10000");
    let corpus = args.get("corpus");
    if (!corpus) {
      process.stderr.write(`Generating ${size} entries…\n`);
      corpus = generateCorpus({ count: size, seed: args.get("seed") ?? "1" }).dir;
    }
    const dir = mkdtempSync(join(tmpdir(), "catalog-lint-prof-"));
    const entry = copyBundle(resolve(args.get("cli") ?? CLI), dir);
    bundle = bundleOf(entry);
    const out = openSync(join(dir, "report.json"), "w");
    process.stderr.write(`Profiling node --cpu-prof ${args.get("cli") ?? CLI} --format json --now ${NOW} ${corpus}\n`);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ["--cpu-prof", `--cpu-prof-dir=${dir}`, entry, "--format", "json", "--now", NOW, corpus],
      { cwd: corpus, stdio: ["ignore", out, "inherit"] },
    );
    const wall = (performance.now() - started) / 1000;
    if (run.status !== 0 && run.status !== 1) throw new Error(`catalog-lint exited with ${run.status ?? run.signal}`);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error(`No .cpuprofile written to ${dir}`);
    profilePath = join(dir, file);
    process.stdout.write(`Wall time under the profiler: ${wall.toFixed(2)} s; profile: ${profilePath}\n\n`);
    rmSync(join(dir, "report.json"));
  }
  process.stdout.write(`${formatSummary(analyseProfile(profilePath, bundle), top)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`profile: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
