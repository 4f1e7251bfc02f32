import type { Nodes, Root, RootContent } from "mdast";
import { scanBlocks } from "./block-scanner.js";
import { MAX_MARKERS_PER_LINE, MarkdownLimitError } from "./limits.js";
import { blankEsmBlocks, isMdxPath } from "./mdx-esm.js";
import { parseWithRemark } from "./remark.js";
import { type Range, rangeOf, type SourceFile } from "./source.js";

export interface ParsedMarkdown {
  tree: Root;
  /** The front matter block (YAML `---` or TOML `+++`), fences included, when the file starts with one. */
  frontMatter?: Range;
}

/**
 * Work micromark may do on one file: the sum, over the stretches it parses at
 * once (see `parseSegmented`), of the square of their work (see `parseWork`).
 * On hostile input its time grows with that square (long lazy paragraphs in a
 * list, nested lists that keep closing: about 40 ns per unit² measured on a
 * busy 2-core VM), so this bounds the parse of any file to about 15 s. The
 * real catalog's 200 entries are 60,000 units² at most, and 2 MB of them
 * joined in one file 2 million: entries never come near it.
 */
export const PARSE_BUDGET = 20_000 ** 2;
/** Work (see `parseWork`) below which consecutive segments are parsed together (tests set 0 to split them all). */
const MIN_BATCH = 128;
// `---` on the first line, then anything, then a closing `---` or `...` line.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// Hugo's TOML front matter: `+++` on the first line, then anything, then the next `+++` line.
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\+\+\+[ \t]*(?:\r?\n|$)/;
const PLUS = 43;

/**
 * Parse markdown with remark-parse. Front matter, and an MDX file's ESM blocks, are
 * blanked (every character but line breaks becomes a space) instead of removed, so
 * mdast positions stay those of the original file.
 */
export function parseMarkdown(source: SourceFile, options: ParseOptions = {}): ParsedMarkdown {
  const parse = (text: string) =>
    (options.scan !== false ? scanBlocks(text) : undefined) ?? parseSegmented(text, options.batch ?? MIN_BATCH);
  // Only a file starting with `+` is tried for TOML: a YAML one costs one comparison more.
  const match = (source.text.charCodeAt(0) === PLUS ? TOML_FRONT_MATTER : FRONT_MATTER).exec(source.text);
  // An MDX file's `import`/`export` lines are code, not content: blanked too (see mdx-esm.ts).
  const body = (text: string, from: number) => (isMdxPath(source.path) ? blankEsmBlocks(text, from) : text);
  if (!match) return { tree: parse(body(source.text, 0)) };
  const block = match[0];
  const blanked = block.replace(/[^\r\n]/g, " ") + source.text.slice(block.length);
  return { tree: parse(body(blanked, block.length)), frontMatter: rangeOf(source, 0, block.length) };
}

export interface ParseOptions {
  /**
   * Read plain entries with the block scanner (default), which gives
   * remark-parse's tree much faster, and parse with remark-parse only what it
   * does not model; false: always remark-parse (what tests compare with).
   */
  scan?: boolean;
  /** See MIN_BATCH (tests set 0 to parse every stretch between headings alone). */
  batch?: number;
}

/** A line where every open block of markdown has ended, so parsing may restart there. */
export interface SegmentStart {
  /** Offset of the line's first character. */
  offset: number;
  /** 1-based line number. */
  line: number;
}

const ATX_OPENING = /#{1,6}(?:[ \t\r\n]|$)/y;
const LETTER = /[A-Za-z]/;

/**
 * Lines that start a fresh top-level block whatever came before: an ATX
 * heading in column 1 (it closes every list and quote, and interrupts a
 * paragraph), and a line starting with a letter after a blank line (no list,
 * quote or paragraph continues across that). Only a fenced code block or an
 * HTML block still open at that line can swallow it, which `parseSegmented`
 * checks. The first line is never listed.
 */
export function segmentStarts(text: string): SegmentStart[] {
  const starts: SegmentStart[] = [];
  let line = 1;
  let previousBlank = false;
  let lineStart = 0;
  for (;;) {
    let end = lineStart;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (lineStart > 0) {
      const first = text[lineStart] ?? "";
      ATX_OPENING.lastIndex = lineStart;
      if ((first === "#" && ATX_OPENING.test(text)) || (previousBlank && LETTER.test(first))) {
        starts.push({ offset: lineStart, line });
      }
    }
    previousBlank = isBlank(text, lineStart, end);
    if (end >= text.length) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
    if (lineStart >= text.length) break;
  }
  return starts;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Parse work by line, as running totals (`work[n]` for lines 1…n): 1 per
 * line, plus its indentation, its list and quote markers, and the characters
 * that split inline text (`! & * < [ \\ ] _` and backticks). Work on hostile
 * input grows with the square of this within a stretch micromark parses at
 * once (see PARSE_BUDGET); text and long values count little. Throws when a
 * line opens more than MAX_MARKERS_PER_LINE lists or quotes (`- - - … x`,
 * `> 1. > 1. …`), which costs the square of that depth on its own; a line of
 * only `-`, `*` or `_` and spaces is a thematic break, whatever its length.
 */
function parseWork(text: string): Float64Array {
  const totals: number[] = [0];
  let total = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    let p = lineStart;
    let markers = 0;
    for (;;) {
      while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      const c = text.charCodeAt(p);
      let after = -1;
      if (c === 62)
        after = p + 1; // >
      else if (c === 45 || c === 42 || c === 43)
        after = p + 1; // - * +
      else if (c >= 48 && c <= 57) {
        let q = p;
        while (q < p + 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
        if (text.charCodeAt(q) === 46 || text.charCodeAt(q) === 41) after = q + 1; // . )
      }
      if (after < 0 || after > end) break;
      // A list marker needs a space, a tab or the line end after it; `>` does not.
      const next = text.charCodeAt(after);
      if (c !== 62 && after < end && next !== 32 && next !== 9) break;
      markers++;
      p = after;
    }
    if (markers > MAX_MARKERS_PER_LINE && !/^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/.test(text.slice(lineStart, end))) {
      throw new MarkdownLimitError("nesting", lineStart, end, markers);
    }
    let splits = 0;
    for (let i = p; i < end; i++) {
      const c = text.charCodeAt(i);
      // ! & * < [ \ ] _ `
      if (c === 33 || c === 38 || c === 42 || c === 60 || c === 91 || c === 92 || c === 93 || c === 95 || c === 96)
        splits++;
    }
    total += 1 + (p - lineStart) + splits;
    totals.push(total);
    if (end >= text.length) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return Float64Array.from(totals);
}

/**
 * Parse `text` one segment at a time (see `segmentStarts`) and join the trees,
 * giving the same tree as one parse of the whole text. micromark does work
 * proportional to the whole document for every list or quote it closes, so a
 * long file parsed at once takes quadratic time; segments keep that work local
 * to a section. Each segment is parsed with the line that starts the next one,
 * so its blocks end exactly as in the whole file; that line's own block is
 * dropped. When an earlier block (a fenced code or HTML block) takes the line
 * in, the next segment starts with that block instead.
 */
function parseSegmented(text: string, batch: number): Root {
  const work = parseWork(text);
  const starts = segmentStarts(text);
  const children: RootContent[] = [];
  let spent = 0;
  let largest = { from: 0, to: 0, work: 0 };
  /**
   * Parse `[from.offset, to.offset)` as a document of its own, plus the line at
   * `to` (see above), within PARSE_BUDGET.
   */
  const parse = (from: SegmentStart, to: SegmentStart | undefined) => {
    const end = to ? lineEnd(text, to.offset) : text.length;
    const cost = (work[to ? to.line : work.length - 1] ?? 0) - (work[from.line - 1] ?? 0);
    spent += cost ** 2;
    if (cost > largest.work) largest = { from: from.offset, to: to ? to.offset : text.length, work: cost };
    if (spent > PARSE_BUDGET) {
      throw new MarkdownLimitError("sections", largest.from, largest.to, largest.to - largest.from);
    }
    return parseWithRemark(text.slice(from.offset, end));
  };
  let start: SegmentStart = { offset: 0, line: 1 };
  let next = 0; // index in `starts` of the first start after `start`
  for (;;) {
    while (next < starts.length && (starts[next] as SegmentStart).offset <= start.offset) next++;
    // Each parse costs micromark ~0.2 ms to set up: batch short segments (a run of headings).
    // A long segment after short ones stays on its own (it is what a limit finding points at).
    let endIndex = next;
    const before = work[start.line - 1] ?? 0;
    const workBefore = (index: number) =>
      index < starts.length ? (work[(starts[index] as SegmentStart).line - 1] ?? 0) : (work.at(-1) ?? 0);
    while (
      endIndex < starts.length &&
      workBefore(endIndex) - before < batch &&
      workBefore(endIndex + 1) - before <= 4 * batch
    ) {
      endIndex++;
    }
    for (;;) {
      const end = endIndex < starts.length ? (starts[endIndex] as SegmentStart) : undefined;
      if (!end) {
        const segment = parse(start, undefined);
        for (const child of segment.children) children.push(shift(child, start));
        return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
      }
      const segment = parse(start, end);
      const last = segment.children.at(-1);
      const lastStart = last?.position?.start.offset ?? 0;
      if (last && lastStart === end.offset - start.offset) {
        // The next segment's first line began a block of its own: keep everything before it.
        for (const child of segment.children.slice(0, -1)) children.push(shift(child, start));
        start = end;
        break;
      }
      const lastLine = lastStart - ((last?.position?.start.column ?? 1) - 1);
      if (last && lastLine > 0) {
        // A block still open took the line in: keep the blocks before it, start again with it.
        for (const child of segment.children.slice(0, -1)) children.push(shift(child, start));
        start = { offset: start.offset + lastLine, line: start.line + (last.position?.start.line ?? 1) - 1 };
        break;
      }
      // The open block starts the segment: grow the segment (doubling, so the work stays linear).
      const wanted = start.offset + 2 * (end.offset - start.offset);
      while (endIndex < starts.length && (starts[endIndex] as SegmentStart).offset < wanted) endIndex++;
    }
  }
}

function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Move a segment's node (and everything in it) to where the segment sits in the file. */
function shift<T extends Nodes>(node: T, at: SegmentStart): T {
  if (at.offset === 0) return node;
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    const position = current.position;
    if (position) {
      position.start.offset = (position.start.offset ?? 0) + at.offset;
      position.start.line += at.line - 1;
      position.end.offset = (position.end.offset ?? 0) + at.offset;
      position.end.line += at.line - 1;
    }
    if ("children" in current) for (const child of current.children) stack.push(child as Nodes);
  }
  return node;
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}
