/**
 * In-process parse throughput on a generated catalog: remark-parse (the parser of record),
 * catalog-lint's block scanner (which gives remark-parse's tree for plain entries) and what
 * catalog-lint runs per file (the scanner, remark-parse for the rest), against other ways to get
 * the same block structure.
 *
 *   node --import tsx bench/parsers.ts [--size 1000] [--corpus DIR] [--passes 3]
 *
 * Each parser runs `passes` times over all entry texts (already in memory); the first pass is
 * "cold" (JIT warming up, as in a CLI run), the best later pass is "warm".
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fromMarkdown } from "mdast-util-from-markdown";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { scanBlocks } from "../src/parse/block-scanner.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { UNUSED_INLINE } from "../src/parse/remark.js";
import { createSourceFile } from "../src/parse/source.js";
import { generateCorpus } from "./generate-corpus.js";

type Parse = (text: string) => unknown;

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Floor: one pass over the lines classifying headings, list items, fences and comments. */
function lineScan(text: string): number {
  let blocks = 0;
  let fence = "";
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = "";
    } else {
      const f = FENCE.exec(line);
      if (f) fence = (f[1] as string).slice(0, 3);
      else if (HEADING.test(line) || ITEM.test(line) || line.includes("<!--")) blocks++;
    }
    start = end + 1;
  }
  return blocks;
}

async function parsers(): Promise<Array<[string, Parse]>> {
  const remark = unified().use(remarkParse);
  const list: Array<[string, Parse]> = [
    ["remark-parse", (t) => remark.parse(t)],
    [
      "mdast-util-from-markdown, inline constructs disabled",
      (t) => fromMarkdown(t, { extensions: [{ disable: { null: UNUSED_INLINE } }] }),
    ],
    ["block scanner (undefined where it gives up)", scanBlocks],
    ["parseMarkdown (what catalog-lint runs per file)", (t) => parseMarkdown(createSourceFile("entry.md", t))],
  ];
  try {
    // Only present as a dependency of markdownlint-cli2; measured for scale, not proposed as-is.
    const { default: MarkdownIt } = (await import("markdown-it" as string)) as {
      default: new (preset: string) => { parse(src: string, env: object): unknown[] };
    };
    const md = new MarkdownIt("commonmark");
    list.push(["markdown-it 14 (commonmark, block + inline tokens)", (t) => md.parse(t, {})]);
  } catch {
    // not installed
  }
  list.push(["line scan (regex per line; lower bound)", lineScan]);
  return list;
}

function readEntries(root: string): string[] {
  const texts: string[] = [];
  const datasets = join(root, "datasets");
  for (const dataset of readdirSync(datasets).sort()) {
    let names: string[];
    try {
      names = readdirSync(join(datasets, dataset, "data")).sort();
    } catch {
      continue;
    }
    for (const name of names)
      if (name.endsWith(".md")) texts.push(readFileSync(join(datasets, dataset, "data", name), "utf8"));
  }
  return texts;
}

async function main(argv: string[]): Promise<void> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] as string;
    if (!["--size", "--corpus", "--passes"].includes(key) || argv[i + 1] === undefined) {
      throw new Error(`Unexpected argument ${key}; usage: bench/parsers.ts [--size N] [--corpus DIR] [--passes N]`);
    }
    args.set(key.slice(2), argv[i + 1] as string);
  }
  const corpus = args.get("corpus") ?? generateCorpus({ count: Number(args.get("size") ?? "1000") }).dir;
  const passes = Math.max(2, Number(args.get("passes") ?? "3"));
  const texts = readEntries(corpus);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  process.stdout.write(`${texts.length} files, ${(bytes / 1048576).toFixed(1)} MiB from ${corpus}\n\n`);
  const rows: string[] = [];
  for (const [name, parse] of await parsers()) {
    const times: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      const started = performance.now();
      for (const text of texts) parse(text);
      times.push(performance.now() - started);
    }
    const cold = times[0] as number;
    const warm = Math.min(...times.slice(1));
    rows.push(
      `${name.padEnd(54)} cold ${(cold / 1000).toFixed(2).padStart(6)} s  warm ${(warm / 1000).toFixed(2).padStart(6)} s` +
        `  ${((bytes / 1048576 / warm) * 1000).toFixed(2).padStart(6)} MiB/s  ${((warm / texts.length) * 1000).toFixed(0).padStart(6)} µs/file`,
    );
    process.stdout.write(`${rows.at(-1)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`parsers: ${(error as Error).message}\n`);
    process.exitCode = 2;
  });
}
