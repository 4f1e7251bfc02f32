import type { List, ListItem, Heading as MdHeading, Nodes, Paragraph, Root, RootContent } from "mdast";
import { parseFrontMatter } from "../parse/front-matter.js";
import { type ParsedMarkdown, parseMarkdown } from "../parse/markdown.js";
import { type Range, rangeOf, type SourceFile } from "../parse/source.js";
import { firstAtOrAfter, firstIndexWhere, offsetsOf } from "../util/sorted-offsets.js";
import type { Block, Comment, Entry, Group, Heading, Note, Section, Title, Value } from "./entry.js";

const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
// Inside a paragraph, `<!--` without its end is text (as CommonMark reads it).
const CLOSED_COMMENT = /<!--([\s\S]*?)-->/g;
// The title's name and URL are split at the last " - " (names may contain dashes).
const TITLE_PARTS = /^(.*\S)\s+-\s+(\S+)\s*$/;
const PSEUDO_TITLE = /^#(?!#)\S.*$/;
// The ultimate-comparisons framework's own split (its `splitNameUrl`): a name, a hyphen with or
// without spaces around it, and a URL starting with a scheme (http, https, ftp) or `www.`.
const LOOSE_TITLE_PARTS = /^(.*?\S)\s*-\s*((?:(?:https?|ftp):\/\/|www\.)\S+)\s*$/i;
// `# - https://x.dev` or `# - -`: a URL with no name before it.
const NAMELESS_TITLE = /^()-\s+(\S+)\s*$/;

/** Parse a file and shape it into the entry model. */
export function buildEntry(source: SourceFile): Entry {
  return entryFromMarkdown(source, parseMarkdown(source));
}

/** Shape an already parsed file into the entry model (the tree is only read; bench/stages.ts times this alone). */
export function entryFromMarkdown(source: SourceFile, { tree, frontMatter }: ParsedMarkdown): Entry {
  return new EntryBuilder(source, tree, frontMatter).build();
}

/** The model of a file that was not parsed (see `readable-file`): no title, no sections. */
export function emptyEntry(source: SourceFile): Entry {
  return {
    source,
    h1s: [],
    lead: [],
    beforeTitle: [],
    orphanFields: [],
    groups: [],
    headings: [],
    comments: [],
    setextUnderlines: [],
  };
}

class EntryBuilder {
  private readonly headings: Heading[] = [];
  private readonly comments: Comment[] = [];
  private readonly setextUnderlines: Range[] = [];

  constructor(
    private readonly source: SourceFile,
    private readonly tree: Root,
    private readonly frontMatter: Range | undefined,
  ) {}

  build(): Entry {
    this.collectAllComments();
    const children = this.tree.children;
    const h1s: Heading[] = [];
    const lead: Block[] = [];
    const beforeTitle: Block[] = [];
    const orphanFields: Section[] = [];
    const groups: Group[] = [];
    let group: Group | undefined;
    let section: Section | undefined;
    let content: RootContent[] = [];
    let seenH1 = false;

    const flush = () => {
      const target = section ?? group;
      if (target) this.fillSection(target, content);
      else pushAll(seenH1 ? lead : beforeTitle, this.blocks(content));
      content = [];
    };

    for (const node of children) {
      if (node.type !== "heading") {
        content.push(node);
        continue;
      }
      if (this.isSetext(node)) {
        // `2026-05-14` over a `-` line is a setext heading to markdown, but in a
        // catalog it is a value with the template's `-` left under it.
        content.push(this.setextAsParagraph(node));
        continue;
      }
      const heading = this.heading(node);
      this.headings.push(heading);
      if (heading.depth >= 4 && (section ?? group)) {
        // Deeper headings stay inside the current section as content.
        (section ?? group)?.subheadings.push(heading);
        content.push(node);
        continue;
      }
      flush();
      if (heading.depth === 1) {
        h1s.push(heading);
        seenH1 = true;
        group = undefined;
        section = undefined;
      } else if (heading.depth === 2) {
        group = { ...this.section(heading), fields: [] };
        groups.push(group);
        section = undefined;
      } else {
        section = this.section(heading);
        if (group) group.fields.push(section);
        else orphanFields.push(section);
      }
    }
    flush();
    this.closeRanges(groups, orphanFields);

    const entry: Entry = {
      source: this.source,
      h1s,
      lead,
      beforeTitle,
      orphanFields,
      groups,
      headings: this.headings,
      comments: this.comments,
      setextUnderlines: this.setextUnderlines,
    };
    const first = h1s[0];
    if (first) entry.title = this.title(first);
    else {
      const pseudo = this.pseudoTitle(children);
      if (pseudo) entry.pseudoTitle = pseudo;
    }
    const frontMatter = parseFrontMatter(this.source, this.frontMatter);
    if (frontMatter) entry.frontMatter = frontMatter;
    return entry;
  }

  /** Not an ATX heading: no `#` after up to three spaces (read in place: no slice per heading). */
  private isSetext(node: MdHeading): boolean {
    const { text } = this.source;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    let i = start;
    while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
    return !(i < end && text.charCodeAt(i) === 35);
  }

  /** The text lines of a setext heading as a paragraph; the underline is remembered. */
  private setextAsParagraph(node: MdHeading): Paragraph {
    const start = node.position?.start.offset ?? 0;
    const raw = this.slice(node);
    const underline = Math.max(raw.lastIndexOf("\n"), raw.lastIndexOf("\r")) + 1;
    const textEnd = start + raw.slice(0, underline).trimEnd().length;
    const lineStart = start + underline;
    const marks = raw.slice(underline);
    const markStart = lineStart + (marks.length - marks.trimStart().length);
    this.setextUnderlines.push(rangeOf(this.source, markStart, start + raw.trimEnd().length));
    const from = rangeOf(this.source, start, textEnd);
    return {
      type: "paragraph",
      children: [],
      position: {
        start: { line: from.start.line, column: from.start.column, offset: from.start.offset },
        end: { line: from.end.line, column: from.end.column, offset: from.end.offset },
      },
    };
  }

  private heading(node: MdHeading): Heading {
    const range = this.range(node);
    const raw = this.slice(node);
    // Heading text: strip the opening #s, an optional closing sequence, and spaces.
    const open = /^ {0,3}#+[ \t]*/.exec(raw)?.[0].length ?? 0;
    // A closing run of #s needs a space before it, and the one after the opening run counts (`## #` is empty).
    const body = withoutClosingSequence(` ${raw.slice(open)}`).slice(1);
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    const start = range.start.offset + open + lead;
    return { depth: node.depth, text, range, textRange: rangeOf(this.source, start, start + text.length) };
  }

  private section(heading: Heading): Section {
    return {
      heading,
      name: heading.text,
      depth: heading.depth,
      values: [],
      range: heading.range,
      comments: [],
      subheadings: [],
    };
  }

  private title(heading: Heading): Title {
    const spaced = TITLE_PARTS.exec(heading.text) ?? NAMELESS_TITLE.exec(heading.text);
    const match = spaced ?? LOOSE_TITLE_PARTS.exec(heading.text);
    const start = heading.textRange.start.offset;
    if (!match) {
      return { heading, name: heading.text, nameRange: heading.textRange };
    }
    const name = match[1] ?? "";
    const url = match[2] ?? "";
    const urlStart = start + heading.text.lastIndexOf(url);
    return {
      heading,
      name,
      nameRange: rangeOf(this.source, start, start + name.length),
      url,
      urlRange: rangeOf(this.source, urlStart, urlStart + url.length),
      ...(spaced ? {} : { looseSeparator: true as const }),
    };
  }

  private pseudoTitle(children: RootContent[]): Entry["pseudoTitle"] {
    const first = children.find((n) => !this.isOnlyComments(n));
    if (first?.type !== "paragraph") return undefined;
    const firstLine = this.slice(first).split(/\r?\n/)[0] ?? "";
    if (!PSEUDO_TITLE.test(firstLine)) return undefined;
    const start = first.position?.start.offset ?? 0;
    return { text: firstLine, range: rangeOf(this.source, start, start + firstLine.length) };
  }

  /** Turn a section's content nodes into values (and notes). */
  private fillSection(target: Section, nodes: RootContent[]): void {
    let lastLine: Value | undefined;
    for (const node of nodes) {
      if (node.type === "heading") continue;
      if (node.type === "html" && this.isOnlyComments(node)) continue;
      if (node.type === "list") {
        for (const item of node.children) {
          const indented = (item.position?.start.column ?? 1) > 1;
          // `2026-05-14` followed by `  - verified …`: the indented items note the line.
          if (indented && lastLine) {
            pushAll(lastLine.notes, this.notesOf(item, true));
            lastLine.fullRange = { start: lastLine.fullRange.start, end: this.range(item).end };
            continue;
          }
          target.values.push(this.itemValue(item));
          lastLine = undefined;
        }
        continue;
      }
      if (node.type === "paragraph") {
        const lines = this.lineValues(node);
        pushAll(target.values, lines);
        lastLine = lines.at(-1);
        continue;
      }
      const block = this.block(node);
      target.values.push({
        kind: "block",
        blockType: block.type,
        text: block.text,
        range: block.range,
        fullRange: block.range,
        notes: [],
      });
      lastLine = undefined;
    }
    pushAll(target.comments, this.commentsIn(nodes));
  }

  /**
   * The comments that lie inside one of `nodes`. Comments are collected in file
   * order and a section's nodes follow each other without overlapping, so one
   * walk over both does it (linear: a file of many comments and sections stays fast).
   */
  private commentsIn(nodes: RootContent[]): Comment[] {
    const found: Comment[] = [];
    const { comments } = this;
    const first = nodes[0];
    if (comments.length === 0 || !first) return found;
    const lastEnd = endOffset(nodes[nodes.length - 1] as RootContent);
    let n = 0;
    for (let c = firstCommentFrom(comments, startOffset(first)); c < comments.length; c++) {
      const { start, end } = (comments[c] as Comment).range;
      if (start.offset >= lastEnd) break;
      // Only the last node starting at or before the comment can hold it.
      while (n + 1 < nodes.length && startOffset(nodes[n + 1] as RootContent) <= start.offset) n++;
      const node = nodes[n] as RootContent;
      if (startOffset(node) <= start.offset && end.offset <= endOffset(node)) found.push(comments[c] as Comment);
    }
    return found;
  }

  private itemValue(item: ListItem): Value {
    const fullRange = this.range(item);
    const [first] = item.children;
    const notes: Note[] = [];
    for (const child of item.children.slice(first?.type === "paragraph" ? 1 : 0)) {
      if (child.type === "list") for (const sub of child.children) pushAll(notes, this.notesOf(sub, true));
    }
    // `- <!-- note --> mit` starts an HTML block in markdown; the text after the comment is the value.
    if (first?.type === "paragraph" || (first?.type === "html" && stripComments(this.slice(first)).trim() !== "")) {
      const { text, range } = this.textOf(first);
      return { kind: "item", text, range, fullRange, notes };
    }
    // `- -`: mdast sees a list item holding an empty nested item; it is the "-" marker.
    if (first?.type === "list" && first.children.length === 1 && first.children[0]?.children.length === 0) {
      const inner = this.range(first.children[0] as ListItem);
      return { kind: "item", text: "-", range: inner, fullRange, notes: [] };
    }
    const marker = rangeOf(this.source, fullRange.start.offset, fullRange.start.offset + 1);
    return { kind: "item", text: "", range: marker, fullRange, notes };
  }

  private notesOf(item: ListItem, recurse: boolean): Note[] {
    const notes: Note[] = [];
    const first = item.children[0];
    if (first?.type === "paragraph") notes.push(this.textOf(first));
    else notes.push({ text: "", range: this.range(item) });
    if (recurse) {
      for (const child of item.children) {
        if (child.type === "list") for (const sub of child.children) pushAll(notes, this.notesOf(sub, true));
      }
    }
    return notes;
  }

  /**
   * A node's source text with inline comments removed and lines joined by
   * spaces; the range spans the text itself, not comments around it, so a fix
   * of the value never touches a comment.
   */
  private textOf(node: Nodes): { text: string; range: Range } {
    const start = node.position?.start.offset ?? 0;
    const blanked = blankComments(this.slice(node));
    // Most values are one line: then the joined text is that line, trimmed.
    const oneLine = !blanked.includes("\n") && !blanked.includes("\r");
    const text = oneLine
      ? blanked.trim()
      : blanked
          .split(/\r?\n|\r/)
          .map((l) => l.trim())
          .filter(Boolean)
          .join(" ");
    const first = blanked.search(/\S/);
    const last = blanked.trimEnd().length;
    return { text, range: rangeOf(this.source, start + Math.max(first, 0), start + Math.max(last, 0)) };
  }

  /** A bare paragraph, one value per non-empty line. */
  private lineValues(node: Paragraph): Value[] {
    const start = node.position?.start.offset ?? 0;
    const raw = this.slice(node);
    const values: Value[] = [];
    // Lines end after `\n`, `\r\n` or a lone `\r`: scanned, not split by a regular expression.
    let offset = 0;
    while (offset < raw.length) {
      let bodyEnd = offset;
      while (bodyEnd < raw.length && raw.charCodeAt(bodyEnd) !== 10 && raw.charCodeAt(bodyEnd) !== 13) bodyEnd++;
      let next = bodyEnd;
      if (raw.charCodeAt(next) === 13) next++;
      if (raw.charCodeAt(next) === 10) next++;
      const body = blankComments(raw.slice(offset, bodyEnd));
      const text = body.trim();
      if (text) {
        const lead = body.length - body.trimStart().length;
        const range = rangeOf(this.source, start + offset + lead, start + offset + body.trimEnd().length);
        values.push({ kind: "line", text, range, fullRange: range, notes: [] });
      }
      offset = next;
    }
    return values;
  }

  private blocks(nodes: RootContent[]): Block[] {
    return nodes.filter((n) => !this.isOnlyComments(n)).map((n) => this.block(n));
  }

  private block(node: RootContent): Block {
    return { type: node.type, text: stripComments(this.slice(node)).trim(), range: this.range(node) };
  }

  private isOnlyComments(node: RootContent): boolean {
    return node.type === "html" && stripComments(this.slice(node)).trim() === "";
  }

  /**
   * Each section ends where the next heading of the same or a higher level
   * starts. One pass over headings and sections in file order: the open
   * sections form a stack of increasing depth, and a heading closes those at
   * its depth or deeper (linear, so 100,000 headings stay fast).
   */
  private closeRanges(groups: Group[], orphans: Section[]): void {
    const ordered = inFileOrder(orphans, groups);
    const boundaries = this.headings.filter((h) => h.depth <= 3);
    const open: Section[] = [];
    const close = (at: number, depth: number) => {
      while (open.length > 0 && (open.at(-1) as Section).depth >= depth) {
        const section = open.pop() as Section;
        section.range = rangeOf(this.source, section.heading.range.start.offset, at);
      }
    };
    let b = 0;
    for (const section of ordered) {
      const start = section.heading.range.start.offset;
      // Headings up to and including this section's own close what they follow.
      for (; b < boundaries.length && (boundaries[b] as Heading).range.start.offset <= start; b++) {
        const heading = boundaries[b] as Heading;
        close(heading.range.start.offset, heading.depth);
      }
      open.push(section);
    }
    for (; b < boundaries.length; b++) {
      const heading = boundaries[b] as Heading;
      close(heading.range.start.offset, heading.depth);
    }
    close(this.source.text.length, 0);
  }

  /** Every comment of the tree, in file order. */
  private collectAllComments(): void {
    // Most text holds no comment: find where `<!--` occurs once, and look only into nodes that have one.
    const opens = offsetsOf(this.source.text, "<!--");
    if (opens.length > 0) this.collectComments(this.tree, opens);
  }

  private collectComments(node: Nodes, opens: readonly number[]): void {
    // Inline HTML is not parsed (see parse/markdown.ts): comments inside a paragraph or heading are in its text.
    if (node.type === "html" || node.type === "text") {
      const start = node.position?.start.offset ?? 0;
      if (!opensWithin(opens, start, node.position?.end.offset ?? 0)) return;
      for (const match of this.slice(node).matchAll(node.type === "html" ? COMMENT : CLOSED_COMMENT)) {
        const at = start + (match.index ?? 0);
        this.comments.push({ text: (match[1] ?? "").trim(), range: rangeOf(this.source, at, at + match[0].length) });
      }
      return;
    }
    if ("children" in node) for (const child of node.children) this.collectComments(child as Nodes, opens);
  }

  private range(node: Nodes | List): Range {
    return rangeOf(this.source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  }

  private slice(node: Nodes): string {
    return this.source.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  }
}

const startOffset = (node: RootContent) => node.position?.start.offset ?? 0;
const endOffset = (node: RootContent) => node.position?.end.offset ?? 0;

/** Index of the first comment starting at or after `offset` (comments are in file order). */
function firstCommentFrom(comments: readonly Comment[], offset: number): number {
  return firstIndexWhere(comments.length, (index) => (comments[index] as Comment).range.start.offset >= offset);
}

/** Whether a `<!--` (offsets `opens`, ascending) lies wholly within `[start, end)`. */
function opensWithin(opens: readonly number[], start: number, end: number): boolean {
  const first = firstAtOrAfter(opens, start);
  return first < opens.length && (opens[first] as number) + 4 <= end;
}

/**
 * `text` without a closing run of `#`s (and the spaces around it), when a space
 * or tab precedes the run. A scan from the end rather than a regular
 * expression, which backtracks quadratically on a long run of spaces.
 */
function withoutClosingSequence(text: string): string {
  const space = (i: number) => text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
  let end = text.length;
  while (end > 0 && space(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === end || hashes === 0 || !space(hashes - 1)) return text;
  let cut = hashes;
  while (cut > 0 && space(cut - 1)) cut--;
  return text.slice(0, cut);
}

/** Comments replaced by spaces of the same length (line breaks kept), so offsets stay true. */
function blankComments(text: string): string {
  return text.includes("<!--") ? text.replace(COMMENT, (c) => c.replace(/[^\r\n]/g, " ")) : text;
}

function stripComments(text: string): string {
  return text.includes("<!--") ? text.replace(COMMENT, "") : text;
}

/** Sections of an entry in file order: groups followed by their fields. */
export function allSections(entry: Entry): Section[] {
  return inFileOrder(entry.orphanFields, entry.groups);
}

/**
 * Orphan fields, then each group followed by its fields, sorted by position.
 * They are nearly always in order already (orphans come before the first group
 * unless a second title intervenes): checked in one pass, sorted only if not.
 */
function inFileOrder(orphans: readonly Section[], groups: readonly Group[]): Section[] {
  const sections: Section[] = [...orphans];
  for (const group of groups) sections.push(group, ...group.fields);
  const start = (i: number) => (sections[i] as Section).heading.range.start.offset;
  for (let i = 1; i < sections.length; i++) {
    if (start(i - 1) > start(i))
      return sections.sort((a, b) => a.heading.range.start.offset - b.heading.range.start.offset);
  }
  return sections;
}

/**
 * `target.push(...items)` without the spread: a spread passes each item as an
 * argument, and some 150,000 of them (a 300 KB entry of one-line notes)
 * overflow the stack.
 */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
