import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * Inline constructs the entry model never uses: it slices the source text for
 * values and finds comments in text nodes itself. Several of them are
 * quadratic on hostile input in micromark (`[a](b` or `[ (](` repeated, `**_`
 * runs, `<![CDATA[`, backtick runs of growing length), so they are switched
 * off; block structure (and so every position the rules report) does not
 * depend on them.
 */
export const UNUSED_INLINE = [
  "attention",
  "autolink",
  "characterEscape",
  "characterReference",
  "codeText",
  "hardBreakEscape",
  "htmlText",
  "labelEnd",
  "labelStartImage",
  "labelStartLink",
];

const processor = unified()
  .use(remarkParse)
  .data("micromarkExtensions", [{ disable: { null: UNUSED_INLINE } }]);

/**
 * remark-parse, the parser of record, on one stretch of markdown. The bundles
 * load this module (and micromark) only when a file needs it: most entries
 * are read by the block scanner alone (see scripts/build.mjs and remark-lazy.ts).
 */
export function parseWithRemark(text: string): Root {
  return processor.parse(text);
}
