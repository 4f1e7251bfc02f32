/**
 * Deterministic benchmark corpus: N catalog entries derived from the real
 * awesome-comparisons entries, in the catalog's own layout.
 *
 *   node --import tsx bench/generate-corpus.ts --count 10000 [--seed 1] [--out DIR] [--source DIR]
 *
 * - `configuration/` and every `datasets/<id>/config/` are copied verbatim, and so is a
 *   `TEMPLATE.md` found in a data folder (it is the schema of a dataset without a config template).
 * - Entry i is real entry `i mod 200` (sorted by path, so every dataset keeps its share) written to
 *   the same dataset's `data/` with a new name (title and file name), a new `Last Update` date and
 *   new rating scores. Everything else, including the real entries' mistakes (title without a
 *   space, `2025-05` dates, free-text ratings, template leftovers, unknown sections), is kept.
 * - Only a seeded PRNG (sfc32 seeded through xmur3 with `seed:i`) is used, so the same seed gives
 *   byte-identical files, and entry i is the same whatever N is (1k is a prefix of 10k).
 * - The output defaults to `<os.tmpdir()>/catalog-lint-bench/corpus-<N>-seed<seed>`; writing into
 *   the repository or /work/shared is refused, and an existing folder is only replaced when it
 *   holds this generator's marker file.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const DEFAULT_SOURCE = "/work/shared/corpus/awesome-comparisons";
export const MARKER = ".catalog-lint-bench.json";
const GENERATOR_VERSION = 1;
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FORBIDDEN_ROOTS = [REPO_ROOT, "/work/shared"];

/** Date window for `Last Update` (today is pinned to 2026-11-28 by the benchmark). */
const DATE_FROM = Date.UTC(2025, 8, 1); // 2025-09-01: ~19% older than 365 days (stale-date)
const DATE_TO = Date.UTC(2026, 11, 10); // 2026-12-10: ~3% after "today" (future-date)

export interface GenerateOptions {
  count: number;
  seed?: string;
  out?: string;
  source?: string;
}

export interface GeneratedCorpus {
  dir: string;
  /** Entries written (`count`). */
  entries: number;
  /** Markdown files under `datasets/<id>/data/` (entries plus copied data-folder templates). */
  dataFiles: number;
  bytes: number;
  /** sha256 over every written path and its bytes, in order: equal digests mean equal corpora. */
  digest: string;
  /** Path of entry 0, relative to `dir` (for one-file runs). */
  firstEntry: string;
  datasets: Record<string, number>;
}

export function defaultCorpusDir(count: number, seed: string): string {
  return join(tmpdir(), "catalog-lint-bench", `corpus-${count}-seed${seed}`);
}

// --- seeded PRNG -------------------------------------------------------------------------------

function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

/** sfc32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function createRng(seed: string): () => number {
  const next = xmur3(seed);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const int = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

// --- real corpus -------------------------------------------------------------------------------

interface SourceEntry {
  dataset: string;
  name: string;
  text: string;
}

interface SourceCatalog {
  root: string;
  datasets: string[];
  entries: SourceEntry[];
  /** Data-folder templates (`datasets/<id>/data/TEMPLATE.md`), copied as they are. */
  templates: string[];
}

function readSourceCatalog(root: string): SourceCatalog {
  const datasetsDir = join(root, "datasets");
  if (!existsSync(join(root, "configuration")) || !existsSync(datasetsDir)) {
    throw new Error(`${root} does not look like a catalog (no configuration/ or datasets/)`);
  }
  const datasets = readdirSync(datasetsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const entries: SourceEntry[] = [];
  const templates: string[] = [];
  for (const dataset of datasets) {
    const dataDir = join(datasetsDir, dataset, "data");
    if (!existsSync(dataDir)) continue;
    const names = readdirSync(dataDir)
      .filter((f) => f.endsWith(".md"))
      .sort();
    for (const name of names) {
      if (name === "TEMPLATE.md") templates.push(join("datasets", dataset, "data", name));
      else entries.push({ dataset, name, text: readFileSync(join(dataDir, name), "utf8") });
    }
  }
  if (entries.length === 0) throw new Error(`No entries under ${datasetsDir}/*/data/`);
  return { root, datasets, entries, templates };
}

// --- variation ---------------------------------------------------------------------------------

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ze",
  "tor",
  "vin",
  "qu",
  "sa",
  "nex",
  "bri",
  "do",
  "el",
  "fy",
  "gra",
  "hul",
];

function word(rng: () => number): string {
  let w = "";
  for (let n = int(rng, 2, 3); n > 0; n--) w += pick(rng, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const ISO_DATE_LINE = /^(\s*(?:[-*+][ \t]+)?)\d{4}-\d{2}-\d{2}([ \t]*)$/;
const RATING_SCORE = /^(\s*[-*+][ \t]+\[)[0-9](\].*)$/;
const BENCHMARK_PERCENT = /^(\s*[-*+][ \t]+[^:\n]+:[ \t]*)(\d{1,3})(?:\.(\d+))?%(.*)$/;

/** Vary one real entry: title name, `Last Update` ISO dates and rating scores; keep the rest. */
export function varyEntry(text: string, rng: () => number, suffix: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  let titled = false;
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!titled && /^#(?!#)/.test(line)) {
      titled = true;
      // `# Name - URL` (or the real `#Name - URL` mistake): rename; titles without ` - ` stay as they are.
      const dash = line.indexOf(" - ");
      if (dash > 0) lines[i] = `${line.slice(0, dash)} ${suffix}${line.slice(dash)}`;
      continue;
    }
    if (HEADING.test(line)) {
      section = line.replace(/^#+/, "").trim().toLowerCase();
      continue;
    }
    if (section === "last update") {
      const date = ISO_DATE_LINE.exec(line);
      if (date)
        lines[i] =
          `${date[1]}${isoDate(DATE_FROM + int(rng, 0, (DATE_TO - DATE_FROM) / 86400000) * 86400000)}${date[2]}`;
    } else if (section === "rating") {
      const score = RATING_SCORE.exec(line);
      if (score) {
        lines[i] = `${score[1]}${int(rng, 1, 5)}${score[2]}`;
        continue;
      }
      const bench = BENCHMARK_PERCENT.exec(line);
      if (bench) {
        const decimals = bench[3]?.length ?? 0;
        const value = (int(rng, 300, 999) / 10).toFixed(decimals);
        lines[i] = `${bench[1]}${value}%${bench[4]}`;
      }
    }
  }
  return lines.join(eol);
}

// --- output ------------------------------------------------------------------------------------

function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realish(path: string): string {
  // Resolve symlinks of the deepest existing ancestor so /tmp links cannot smuggle the output into the repo.
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

function prepareOutput(out: string, source: string): void {
  const target = realish(resolve(out));
  for (const root of [...FORBIDDEN_ROOTS, source]) {
    const forbidden = existsSync(root) ? realpathSync(root) : root;
    if (isWithin(target, forbidden) || isWithin(forbidden, target)) {
      throw new Error(`Refusing to write the benchmark corpus to ${out}: it overlaps ${root}`);
    }
  }
  if (existsSync(out)) {
    if (readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
      throw new Error(`Refusing to replace ${out}: it is not empty and has no ${MARKER} (not made by this generator)`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? "1";
  const count = options.count;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${count}`);
  const source = resolve(options.source ?? DEFAULT_SOURCE);
  const out = resolve(options.out ?? defaultCorpusDir(count, seed));
  const catalog = readSourceCatalog(source);
  prepareOutput(out, source);

  const hash = createHash("sha256");
  let bytes = 0;
  let dataFiles = 0;
  const write = (rel: string, content: string | Buffer) => {
    const path = join(out, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    const buffer = typeof content === "string" ? Buffer.from(content) : content;
    hash.update(`${rel}\0${buffer.length}\0`).update(buffer);
    bytes += buffer.length;
  };

  write(
    MARKER,
    `${JSON.stringify({ generator: GENERATOR_VERSION, source: basename(source), seed, count }, null, 2)}\n`,
  );
  // The schema side, verbatim: configuration/, datasets/<id>/config/, data-folder templates.
  const configDirs = ["configuration", ...catalog.datasets.map((d) => join("datasets", d, "config"))].filter((dir) =>
    existsSync(join(source, dir)),
  );
  for (const dir of configDirs) {
    cpSync(join(source, dir), join(out, dir), { recursive: true });
    for (const file of listFiles(join(out, dir))) hash.update(`${relative(out, file)}\0`).update(readFileSync(file));
  }
  for (const template of catalog.templates) {
    write(template, readFileSync(join(source, template)));
    dataFiles++;
  }

  const datasets: Record<string, number> = {};
  const width = Math.max(6, String(count - 1).length);
  let firstEntry = "";
  for (let i = 0; i < count; i++) {
    const real = catalog.entries[i % catalog.entries.length] as SourceEntry;
    const rng = createRng(`${seed}:${i}`);
    const suffix = word(rng);
    const file = `${slug(basename(real.name, ".md"))}-${slug(suffix)}-${String(i).padStart(width, "0")}.md`;
    const path = join("datasets", real.dataset, "data", file);
    write(path, varyEntry(real.text, rng, suffix));
    if (i === 0) firstEntry = path;
    datasets[real.dataset] = (datasets[real.dataset] ?? 0) + 1;
    dataFiles++;
  }
  return { dir: out, entries: count, dataFiles, bytes, digest: hash.digest("hex"), firstEntry, datasets };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

// --- command line ------------------------------------------------------------------------------

function main(argv: string[]): void {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(
        "node --import tsx bench/generate-corpus.ts --count N [--seed S] [--out DIR] [--source DIR]\n" +
          "  --count   entries to write (e.g. 1000, 10000, 100000)\n" +
          "  --seed    PRNG seed (default 1); same seed and count give byte-identical files\n" +
          `  --out     output folder (default ${defaultCorpusDir(0, "S").replace("corpus-0-", "corpus-N-")})\n` +
          `  --source  real catalog to derive entries from (default ${DEFAULT_SOURCE})\n`,
      );
      return;
    }
    const [key, inline] = arg.split("=", 2) as [string, string | undefined];
    if (!key.startsWith("--")) throw new Error(`Unexpected argument ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${key} needs a value`);
    args.set(key.slice(2), value);
  }
  for (const key of args.keys()) {
    if (!["count", "seed", "out", "source"].includes(key)) throw new Error(`Unknown option --${key}`);
  }
  const started = performance.now();
  const corpus = generateCorpus({
    count: Number(args.get("count") ?? "1000"),
    ...(args.has("seed") ? { seed: args.get("seed") } : {}),
    ...(args.has("out") ? { out: args.get("out") } : {}),
    ...(args.has("source") ? { source: args.get("source") } : {}),
  });
  const ms = performance.now() - started;
  process.stdout.write(
    `${corpus.dir}\n  ${corpus.entries} entries, ${corpus.dataFiles} data files, ${(corpus.bytes / 1048576).toFixed(1)} MiB, ` +
      `${ms.toFixed(0)} ms\n  sha256 ${corpus.digest}\n  per dataset: ${JSON.stringify(corpus.datasets)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-corpus: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
