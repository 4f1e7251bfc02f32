import type { Root } from "mdast";
import { remarkPackages } from "../util/packages.js";

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

let processor: { parse(text: string): Root } | undefined;

/**
 * remark-parse, the parser of record, on one stretch of markdown. It and
 * micromark are loaded on the first call: most entries are read by the block
 * scanner alone (src/parse/markdown.ts), so most runs never evaluate them.
 */
export function parseWithRemark(text: string): Root {
  if (!processor) {
    const { unified, remarkParse } = remarkPackages();
    processor = unified()
      .use(remarkParse)
      .data("micromarkExtensions", [{ disable: { null: UNUSED_INLINE } }]);
  }
  return processor.parse(text);
}
