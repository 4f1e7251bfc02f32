/**
 * `engines.node` says which Node.js versions run catalog-lint: none that lacks an API the code
 * calls. TypeScript's `lib` (ES2023) already refuses newer JavaScript built-ins in src/, but
 * @types/node describes the newest Node 20, so a Node API added in a later 20.x (or only in 22)
 * type-checks. The table below gives, for each such API the code uses or could reach for, the
 * first release that has it on each line; a line missing from an entry never had it.
 *
 * Measured when the table was written: the bundled CLI gave byte-identical output on the three
 * real catalogs under Node 20.0, 20.14, 20.15, 22.0, 22.2 and 24.0, and only `--cache` (zlib.crc32)
 * failed below 20.15 and on 22.0-22.1.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };

type Version = [number, number, number];

interface NodeApi {
  name: string;
  /** How a use of it reads in src/ or the CLI's bundles. */
  use: RegExp;
  /** The first version that has it, by major line (the lowest line that has it also stands for every later line). */
  since: Record<number, string>;
}

const APIS: NodeApi[] = [
  { name: "zlib.crc32", use: /\bcrc32\(/, since: { 20: "20.15.0", 22: "22.2.0" } },
  { name: "process.getBuiltinModule", use: /\bgetBuiltinModule\(/, since: { 20: "20.16.0", 22: "22.3.0" } },
  { name: "util.parseArgs allowNegative", use: /\ballowNegative\b/, since: { 20: "20.16.0", 22: "22.4.0" } },
  { name: "path.matchesGlob", use: /\bmatchesGlob\(/, since: { 20: "20.17.0", 22: "22.5.0" } },
  { name: "stream.duplexPair", use: /\bduplexPair\(/, since: { 20: "20.17.0", 22: "22.6.0" } },
  { name: "fs.glob / fs.globSync", use: /\bfs\w*\.glob(Sync)?\(|\bfs\.promises\.glob\(/, since: { 22: "22.0.0" } },
  { name: "module.enableCompileCache", use: /\benableCompileCache\(/, since: { 22: "22.8.0" } },
  { name: "URL.parse", use: /\bURL\.parse\(/, since: { 22: "22.1.0" } },
  { name: "Promise.withResolvers", use: /\bPromise\.withResolvers\(/, since: { 22: "22.0.0" } },
  { name: "Array.fromAsync", use: /\bArray\.fromAsync\(/, since: { 22: "22.0.0" } },
  { name: "Object.groupBy / Map.groupBy", use: /\b(Object|Map)\.groupBy\(/, since: { 21: "21.0.0" } },
  {
    name: "Set methods",
    use: /\.(symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    since: { 22: "22.0.0" },
  },
  { name: "RegExp.escape", use: /\bRegExp\.escape\(/, since: { 24: "24.0.0" } },
];

/** What the CLI runs: our sources, and the bundles `dist/cli.cjs` loads (the Action runs on node24). */
function sources(): Array<{ file: string; text: string }> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  files.push(...["cli.cjs", "cli-bundle.cjs", "re2js.cjs", "remark-parser.cjs"].map((f) => join(ROOT, "dist", f)));
  return files.map((file) => ({ file: file.slice(ROOT.length + 1), text: readFileSync(file, "utf8") }));
}

function version(text: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) throw new Error(`Unexpected version \`${text}\`, expected X.Y.Z`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The lower bound of one `||` part of `engines.node`: `^X.Y.Z` (that major line) or `>=X.Y.Z` (X or X.Y may be short). */
function part(text: string): { low: Version; sameMajor: boolean } {
  const m = /^\s*(\^|>=)(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(text);
  if (!m) throw new Error(`Unexpected engines.node part \`${text.trim()}\`, expected ^X.Y.Z or >=X.Y.Z`);
  return { low: [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)], sameMajor: m[1] === "^" };
}

/** Whether `engines.node` admits `v`: parts of `^X.Y.Z` and `>=X.Y.Z` joined by `||`, the only forms used here. */
function admits(range: string, v: Version): boolean {
  return range.split("||").some((text) => {
    const { low, sameMajor } = part(text);
    return compare(v, low) >= 0 && (!sameMajor || v[0] === low[0]);
  });
}

function has(api: NodeApi, v: Version): boolean {
  const lines = Object.keys(api.since)
    .map(Number)
    .sort((a, b) => a - b);
  const own = api.since[v[0]];
  if (own) return compare(v, version(own)) >= 0;
  // A line after the last one listed has it from its first release; a line before or between does not.
  return v[0] > (lines.at(-1) as number);
}

/** Every minor release of each line from 20 to 26, and each version the table names. */
function probes(): Version[] {
  const all: Version[] = [];
  for (let major = 20; major <= 26; major++) for (let minor = 0; minor <= 20; minor++) all.push([major, minor, 0]);
  for (const api of APIS) for (const v of Object.values(api.since)) all.push(version(v));
  return all;
}

describe("engines.node", () => {
  const range = pkg.engines.node;

  it("admits the Node versions CI, the Action and users run: the latest 20, 22 and 24", () => {
    for (const v of ["20.19.0", "22.12.0", "24.0.0"]) expect(admits(range, version(v)), v).toBe(true);
  });

  it("admits no version that lacks a Node API the CLI calls", () => {
    const used = APIS.filter((api) => sources().some(({ text }) => api.use.test(text)));
    // zlib.crc32 checks the --cache file; the table is only trusted while it still finds that use.
    expect(used.map((api) => api.name)).toContain("zlib.crc32");
    for (const api of used) {
      const where = sources().find(({ text }) => api.use.test(text))?.file;
      for (const v of probes()) {
        if (!admits(range, v) || has(api, v)) continue;
        throw new Error(
          `engines.node \`${range}\` admits Node ${v.join(".")}, which lacks ${api.name} (used in ${where}; since ${Object.values(api.since).join(", ")})`,
        );
      }
    }
  });

  it("is no stricter than the code: each line starts at the first release with every API used", () => {
    // The lowest version on each admitted line should be exactly what the table demands there.
    const used = APIS.filter((api) => sources().some(({ text }) => api.use.test(text)));
    for (const text of range.split("||")) {
      const { low } = part(text);
      const needed =
        used
          .map((api) => api.since[low[0]])
          .filter((v): v is string => v !== undefined)
          .map(version)
          .sort(compare)
          .at(-1) ?? ([low[0], 0, 0] as Version);
      expect(low.join("."), `engines.node \`${text.trim()}\``).toBe(needed.join("."));
    }
  });
});
