/**
 * MDX (Astro and Docusaurus content collections) puts ES module lines between
 * the front matter and the markdown: `import X from '../x.astro';`,
 * `export const meta = …`. They are code for the site's build, not the
 * entry's content, so they are blanked before the markdown is parsed, as
 * front matter is (see parseMarkdown): every position stays the file's own.
 *
 * Without an MDX parser the block is read as MDX's own rule reads it in
 * practice: a line starting with `import ` or `export ` in column 1 where a
 * paragraph may start (the body's first line or after a blank line), up to
 * the next blank line. Never inside a fenced code block or an HTML comment.
 * JSX (`<X />`, `{…}`) is left to markdown, which reads it as HTML and text.
 */

const ESM_START = /^(?:import|export)[ \t]/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const COMMENT_OPEN = /^ {0,3}<!--/;

/** Whether `path` is an MDX file, whose ESM lines are blanked. */
export function isMdxPath(path: string): boolean {
  return /\.mdx$/i.test(path);
}

/** `text` with every top-level ESM block from offset `from` on blanked (all but line breaks become spaces). */
export function blankEsmBlocks(text: string, from = 0): string {
  const ranges: Array<[number, number]> = [];
  let fence: string | undefined;
  let inComment = false;
  let inEsm = false;
  let previousBlank = true;
  for (let start = from; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    const blank = line.trim() === "";
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (inComment) {
      if (line.includes("-->")) inComment = false;
    } else if (inEsm && !blank) {
      (ranges.at(-1) as [number, number])[1] = end;
    } else if (previousBlank && ESM_START.test(line)) {
      inEsm = true;
      ranges.push([start, end]);
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = open[1];
      else if (COMMENT_OPEN.test(line) && !line.includes("-->")) inComment = true;
    }
    if (blank) inEsm = false;
    previousBlank = blank;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (ranges.length === 0) return text;
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    last = end;
  }
  return out + text.slice(last);
}

/** A closing fence: the opening's character, at least as many, nothing but spaces after. */
function closesFence(line: string, open: string): boolean {
  const trimmed = line.trim();
  const char = open[0] as string;
  return trimmed.length >= open.length && [...trimmed].every((c) => c === char);
}
