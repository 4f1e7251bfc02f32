import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { type Range, rangeOf, type SourceFile } from "./source.js";

const processor = unified().use(remarkParse);

export interface ParsedMarkdown {
  tree: Root;
  /** The YAML front matter block, fences included, when the file starts with one. */
  frontMatter?: Range;
}

// `---` on the first line, then anything, then a closing `---` or `...` line.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Parse markdown with remark-parse. Front matter is blanked (every character but
 * line breaks becomes a space) instead of removed, so mdast positions stay those
 * of the original file.
 */
export function parseMarkdown(source: SourceFile): ParsedMarkdown {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) return { tree: processor.parse(source.text) };
  const block = match[0];
  const blanked = block.replace(/[^\r\n]/g, " ") + source.text.slice(block.length);
  return { tree: processor.parse(blanked), frontMatter: rangeOf(source, 0, block.length) };
}
