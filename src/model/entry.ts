import type { FrontMatter } from "../parse/front-matter.js";
import type { Range, SourceFile } from "../parse/source.js";

export type { FrontMatter } from "../parse/front-matter.js";

/**
 * The entry model: one catalog file as the rules see it. Everything carries the
 * range it came from, so a rule can point at the exact characters it means.
 *
 *   # Name - URL              → title
 *   lead paragraphs           → lead
 *   ## Group                  → groups[i]            (depth 2)
 *   ### Field                 → groups[i].fields[j]  (depth 3)
 *   - value                   → field.values[k]
 *     - note                  → value.notes[l]
 */
export interface Entry {
  source: SourceFile;
  title?: Title;
  /** Every depth-1 heading, in file order (the first is `title`). */
  h1s: Heading[];
  /** Blocks between the title and the first `##` heading. */
  lead: Block[];
  /** Non-comment blocks before the first `#` heading (the title must come first). */
  beforeTitle: Block[];
  /** `###` (or deeper) sections that appear before any `##` group. */
  orphanFields: Section[];
  groups: Group[];
  /** Every heading of the file in order, whatever its depth. */
  headings: Heading[];
  /** Every HTML comment, wherever it sits. */
  comments: Comment[];
  /** The front matter block (YAML `---` or TOML `+++`), parsed (an unclosed block is one with a problem). */
  frontMatter?: FrontMatter;
  /**
   * `-` or `=` lines directly under text, which markdown reads as a setext
   * heading underline. The model keeps the text as a value instead.
   */
  setextUnderlines: Range[];
  /** The text looks like a title but is not a heading (`#Name - URL` without the space). */
  pseudoTitle?: { text: string; range: Range };
}

export interface Heading {
  depth: number;
  /** Heading text as written, trimmed, without the `#` marks. */
  text: string;
  range: Range;
  /** Range of `text` only, for messages about the name. */
  textRange: Range;
}

export interface Title {
  heading: Heading;
  name: string;
  nameRange: Range;
  /** What follows the last ` - `: a URL or the `-` "no URL" marker. */
  url?: string;
  urlRange?: Range;
  /**
   * Set when the name and URL are joined as the ultimate-comparisons framework reads them but not
   * by ` - `: `Name-https://x.dev`, `Name -https://x.dev` (the title rule decides by the schema).
   */
  looseSeparator?: true;
}

export interface Block {
  type: string;
  text: string;
  range: Range;
}

export interface Comment {
  /** The comment body without `<!--` and `-->`, trimmed. */
  text: string;
  range: Range;
}

export type ValueKind = "item" | "line" | "block";

export interface Value {
  kind: ValueKind;
  /** For a `block` value, its mdast type (`code`, `table`, `blockquote`…). */
  blockType?: string;
  /**
   * The value as written: the item's first paragraph without the list marker, a
   * bare line, or a block's source. An empty list item (`-`) gives `""`; `- -`
   * gives `"-"`. Inline HTML comments are removed.
   */
  text: string;
  /** Range of `text` (for an empty item: the list marker). */
  range: Range;
  /** Range of the whole value including its notes (for moves and deletions). */
  fullRange: Range;
  /** Indented sub-bullets under the value: free-form clarifications. */
  notes: Note[];
}

export interface Note {
  text: string;
  range: Range;
}

export interface Section {
  heading: Heading;
  name: string;
  depth: number;
  /** Top-level list items, bare lines and other blocks, in order. */
  values: Value[];
  /** From the heading to just before the next heading of the same or lower depth. */
  range: Range;
  /** Comments directly in this section (not in nested sections). */
  comments: Comment[];
  /** Headings deeper than the field level inside this section. */
  subheadings: Heading[];
}

export interface Group extends Section {
  fields: Section[];
}
