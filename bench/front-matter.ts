/**
 * In-process cost of reading front matter, the plain fast path against the full `yaml` parse
 * (src/parse/plain-front-matter.ts), on every `.md` file of a folder that starts with a block:
 *
 *   node --import tsx bench/front-matter.ts [--corpus DIR] [--passes 5]
 *
 * DIR defaults to the github/explore snapshot. Prints the CPU ms per block of each way (the best pass of `--passes`, each pass reading every block once),
 * and checks that both ways give the same data, problems and ranges of every top-level key.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { type FrontMatterRead, parseFrontMatter } from "../src/parse/front-matter.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { createSourceFile, type Range, type SourceFile } from "../src/parse/source.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set((process.argv[i] ?? "").replace(/^--/, ""), process.argv[i + 1] ?? "");
const corpus = args.get("corpus") ?? "/work/shared/corpus/github-explore";
const passes = Number(args.get("passes") ?? 5);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".md"))
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .sort();
}

const blocks: Array<{ source: SourceFile; block: Range }> = [];
for (const file of markdownFiles(corpus)) {
  const source = createSourceFile(file, readFileSync(file, "utf8"));
  const block = parseMarkdown(source).frontMatter;
  if (block) blocks.push({ source, block });
}

const cpuMsPerBlock = (read: FrontMatterRead) => {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < passes; pass++) {
    const start = process.cpuUsage();
    for (const { source, block } of blocks) parseFrontMatter(source, block, read);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / blocks.length);
  }
  return best;
};

let differing = 0;
for (const { source, block } of blocks) {
  const [a, b] = [parseFrontMatter(source, block, "plain-first"), parseFrontMatter(source, block, "full")];
  const keys = Object.keys(b?.data ?? {});
  const same =
    isDeepStrictEqual(a?.data, b?.data) &&
    isDeepStrictEqual(a?.problems, b?.problems) &&
    keys.every(
      (k) =>
        isDeepStrictEqual(a?.rangeOf([k]), b?.rangeOf([k])) &&
        isDeepStrictEqual(a?.rangeOf([k], "key"), b?.rangeOf([k], "key")),
    );
  if (!same) {
    differing++;
    process.stderr.write(`differs: ${source.path}\n`);
  }
}
if (blocks.length === 0) {
  process.stdout.write(`no front-matter blocks in ${corpus}\n`);
  process.exit(0);
}
cpuMsPerBlock("full"); // warm both ways up before timing
cpuMsPerBlock("plain-first");
const full = cpuMsPerBlock("full");
const plainFirst = cpuMsPerBlock("plain-first");
process.stdout.write(
  `${blocks.length} front-matter blocks in ${corpus}; best of ${passes} passes\n` +
    `full yaml parse: ${full.toFixed(3)} ms CPU per block\n` +
    `plain first:     ${plainFirst.toFixed(3)} ms CPU per block (${(full / plainFirst).toFixed(1)}× less)\n` +
    `reads that differ: ${differing}\n`,
);
if (differing > 0) process.exitCode = 1;
