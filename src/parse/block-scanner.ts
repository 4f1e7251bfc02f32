import type { Break, Heading, Html, List, ListItem, Paragraph, Root, RootContent, Text } from "mdast";
import type { Position } from "unist";
import { MAX_MARKERS_PER_LINE } from "./limits.js";

/**
 * A line-by-line reader for the plain markdown catalog entries are written in:
 * ATX headings, paragraphs, `-`/`*`/`+`/`1.` lists nested by indentation, and
 * HTML comment blocks. For such a text it returns the tree remark-parse gives
 * (with inline constructs switched off, see markdown.ts): same nodes, same
 * positions, in one pass and without micromark's per-character machinery,
 * which is most of the time a lint takes.
 *
 * remark-parse stays the parser of record: at the first line this reader does
 * not model exactly (a fence, a quote, a table-less HTML block, a setext
 * underline, a thematic break, indented code, a tab in indentation, a heading
 * inside a list…) it gives up and returns `undefined`, and the caller parses
 * the text with remark-parse. test/block-scanner.test.ts checks, on every real
 * entry, on mutated entries and on random mixes of block syntax, that whatever
 * it accepts yields the entry model remark-parse's tree yields.
 */
export function scanBlocks(text: string): Root | undefined {
  try {
    return new BlockScanner(text).scan();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Thrown inside the scanner at the first construct it does not model. */
const GIVE_UP = Symbol("give up");

interface OpenItem {
  node: ListItem;
  list: List;
  /** Column (0-based, in spaces) where the item's content starts; later lines need this much indentation. */
  contentColumn: number;
}

interface OpenParagraph {
  node: Paragraph;
  /** Text node being extended; a hard line break (two trailing spaces) starts another. */
  text: Text;
  /** Where the last line's content ends before trailing whitespace, and how many spaces trail it. */
  lastContentEnd: number;
  lastTrailingSpaces: number;
  /** Where the last line ends, before its line ending. */
  lastLineEnd: number;
}

enum Tip {
  None,
  Paragraph,
  Html,
}

class BlockScanner {
  private readonly root: Root;
  private readonly items: OpenItem[] = [];
  private tip: Tip = Tip.None;
  private paragraph: OpenParagraph | undefined;
  private html: Html | undefined;

  // The line being read: offsets of its start and end (before the line ending), and its number.
  private lineStart = 0;
  private lineEnd = 0;
  private line = 1;

  constructor(private readonly text: string) {
    this.root = { type: "root", children: [], position: this.position(0, 1, 1, 0, 1, 1) };
  }

  scan(): Root {
    const { text } = this;
    // A tab anywhere may change indentation widths, and remark-parse replaces NUL: rare cases, left to it.
    if (text.includes("\t") || text.includes("\0")) throw GIVE_UP;
    let start = 0;
    for (;;) {
      let end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
      this.lineStart = start;
      this.lineEnd = end;
      this.readLine();
      if (end >= text.length) break;
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      this.line++;
      if (start >= text.length) {
        // An HTML block still open takes in the final line ending, as remark-parse reads it.
        if (this.tip === Tip.Html) {
          this.lineStart = this.lineEnd = start;
          this.extendHtml();
        }
        break;
      }
    }
    // An unclosed comment in a list item, ending the file with a line of spaces: micromark's
    // positions there follow its internals; left to remark-parse.
    if (this.tip === Tip.Html && this.items.length > 0 && this.lineEnd > this.lineStart) {
      if (text.slice(this.lineStart, this.lineEnd).trim() === "") throw GIVE_UP;
    }
    const root = this.root.position as Position;
    root.end = { line: this.line, column: text.length - this.previousLineStart(text.length) + 1, offset: text.length };
    return this.root;
  }

  private readLine(): void {
    const { text, lineStart, lineEnd } = this;
    this.markersOnLine = 0;
    let first = lineStart;
    while (first < lineEnd && text.charCodeAt(first) === 32) first++;
    const blank = first === lineEnd;
    const indent = first - lineStart;

    // Which open list items this line continues: blank lines continue items with content,
    // other lines need the item's content indentation.
    let matched = 0;
    for (const item of this.items) {
      if (blank ? item.node.children.length === 0 : indent < item.contentColumn) break;
      matched++;
    }
    const allMatched = matched === this.items.length;

    if (this.tip === Tip.Html) {
      // An unclosed comment in a list item that ends here: remark-parse's positions then follow
      // micromark's internals (the item ends inside the next line); left to it.
      if (!allMatched) throw GIVE_UP;
      this.extendHtml();
      return;
    }
    if (blank) {
      this.closeItems(matched);
      this.tip = Tip.None;
      return;
    }
    // As in micromark: with every item continued and a paragraph open, a new list item on this
    // line interrupts the paragraph, which an empty item or an ordered one not at 1 cannot do.
    this.openBlocks(first, matched, allMatched && this.tip === Tip.Paragraph);
  }

  /** Read the line from `at` on, inside the first `matched` open items. */
  private openBlocks(at: number, matched: number, interrupting: boolean): void {
    const { text, lineEnd } = this;
    const base = matched > 0 ? (this.items[matched - 1] as OpenItem).contentColumn : 0;
    const indent = at - this.lineStart - base;
    const paragraphOpen = this.tip === Tip.Paragraph;
    if (indent >= 4) {
      // Indented code, unless it continues a paragraph (it cannot interrupt one).
      if (paragraphOpen) {
        this.continueParagraph(at);
        return;
      }
      throw GIVE_UP;
    }
    const c = text.charCodeAt(at);
    const rest = lineEnd - at;
    if ((c === 61 || c === 45) && paragraphOpen && isRunOf(c, text, at, lineEnd)) {
      // A `===` or `---` line under a paragraph makes it a heading (before `---` could be a break).
      // Only at the top level, where no container can make the line lazy; in a list, left to remark-parse.
      if (this.paragraphDepth === 0 && this.items.length === 0) {
        this.setextHeading(c === 61 ? 1 : 2);
        return;
      }
      if (c === 61 || interrupting) throw GIVE_UP;
    }
    // Left to remark-parse: `>` quotes, ``` and ~~~ fences, `___` breaks.
    if (c === 62) throw GIVE_UP;
    if ((c === 96 || c === 126) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c) throw GIVE_UP;
    if (c === 95 && isThematicBreak(text, at, lineEnd)) throw GIVE_UP;
    if (c === 60) {
      if (!text.startsWith("<!--", at) || text.startsWith("<!-->", at) || text.startsWith("<!--->", at)) {
        throw GIVE_UP;
      }
      this.closeItems(matched);
      this.openHtml(matched);
      return;
    }
    if (c === 35) {
      let hashes = 1;
      while (hashes < rest && text.charCodeAt(at + hashes) === 35) hashes++;
      const after = text.charCodeAt(at + hashes);
      if (hashes <= 6 && (hashes === rest || after === 32)) {
        // A heading inside a list item, or indented, is left to remark-parse.
        if (matched > 0 || indent > 0) throw GIVE_UP;
        this.closeItems(0);
        this.openHeading(hashes);
        return;
      }
    }
    if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) {
      if (isThematicBreak(text, at, lineEnd)) throw GIVE_UP;
      const marker = listMarker(text, at, lineEnd);
      if (marker && !(interrupting && (marker.empty || (marker.start ?? 1) !== 1))) {
        if (marker.spaces >= 5 && !marker.empty) throw GIVE_UP; // the content is indented code
        this.countMarker();
        this.openItem(at, matched, marker);
        if (marker.empty) return;
        const content = at + marker.width + marker.spaces;
        this.openBlocks(content, matched + 1, interrupting);
        return;
      }
    }
    if (paragraphOpen) {
      this.continueParagraph(at);
      return;
    }
    this.closeItems(matched);
    this.openParagraph(at, matched);
  }

  // ---- lists ----

  private openItem(at: number, matched: number, marker: ListMarker): void {
    const { text } = this;
    const kind = marker.start === undefined ? text.charAt(at) : text.charAt(at + marker.width - 1);
    // A closed item's list, or the container's last block, takes the item when it is the same kind of list.
    const container = matched > 0 ? (this.items[matched - 1] as OpenItem).node : this.root;
    this.closeItems(matched);
    this.tip = Tip.None;
    const last = container.children.at(-1);
    let list: List;
    if (last?.type === "list" && this.kinds.get(last) === kind) {
      list = last;
    } else {
      list = {
        type: "list",
        ordered: marker.start !== undefined,
        start: marker.start ?? null,
        spread: false,
        children: [],
        position: this.span(at),
      };
      (container.children as RootContent[]).push(list);
      this.kinds.set(list, kind);
    }
    const end = marker.empty ? this.lineEnd : at + marker.width;
    const node: ListItem = {
      type: "listItem",
      spread: false,
      checked: null,
      children: [],
      position: this.span(at, end),
    };
    list.children.push(node);
    const column = at - this.lineStart + marker.width + (marker.empty ? 1 : marker.spaces);
    this.items.push({ node, list, contentColumn: column });
    this.extendItems(end);
  }

  /** Kind of each list: its bullet, or `.`/`)` when ordered; an item of another kind starts a new list. */
  private readonly kinds = new WeakMap<List, string>();

  /** Close the open items from `depth` on (their lists stay the container's last block). */
  private closeItems(depth: number): void {
    if (this.items.length > depth) this.items.length = depth;
    // A paragraph in a closed item ends with it.
    if (this.tip === Tip.Paragraph && this.paragraphDepth > depth) this.tip = Tip.None;
  }

  /** How many open items the open paragraph is in. */
  private paragraphDepth = 0;

  /** Grow every open item (and its list) to end at `end`, on the current line. */
  private extendItems(end: number): void {
    for (const item of this.items) {
      this.setEnd(item.node.position as Position, end);
      this.setEnd(item.list.position as Position, end);
    }
  }

  /** List markers opened on the current line. */
  private markersOnLine = 0;

  /**
   * More markers on one line than entries use (`- - - … x`): left to
   * remark-parse's path, which refuses the file with a `readable-file` finding
   * that counts them.
   */
  private countMarker(): void {
    if (++this.markersOnLine > MAX_MARKERS_PER_LINE) throw GIVE_UP;
  }

  // ---- leaves ----

  private openHeading(hashes: number): void {
    const { text, lineStart, lineEnd } = this;
    let contentStart = lineStart + hashes;
    while (contentStart < lineEnd && text.charCodeAt(contentStart) === 32) contentStart++;
    let contentEnd = lineEnd;
    while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    // A closing run of #s, preceded by a space (or the opening run's space), is not content.
    let closing = contentEnd;
    while (closing > contentStart && text.charCodeAt(closing - 1) === 35) closing--;
    if (closing < contentEnd && (closing === contentStart || text.charCodeAt(closing - 1) === 32)) {
      contentEnd = closing;
      while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    }
    const children: Text[] = [];
    if (contentEnd > contentStart) {
      children.push({
        type: "text",
        value: text.slice(contentStart, contentEnd),
        position: this.span(contentStart, contentEnd),
      });
    }
    const heading: Heading = {
      type: "heading",
      depth: hashes as Heading["depth"],
      children,
      position: this.span(lineStart, lineEnd),
    };
    this.root.children.push(heading);
    this.tip = Tip.None;
  }

  /**
   * The open top-level paragraph as the heading a `===` (depth 1) or `---`
   * (depth 2) line under it makes: its children, from its start to the end
   * of that line, as remark-parse gives it.
   */
  private setextHeading(depth: 1 | 2): void {
    const { node } = this.paragraph as OpenParagraph;
    const heading: Heading = {
      type: "heading",
      depth,
      children: node.children as Heading["children"],
      position: node.position as Position,
    };
    this.setEnd(heading.position as Position, this.lineEnd);
    // An open top-level paragraph is the root's last block.
    this.root.children[this.root.children.length - 1] = heading;
    this.tip = Tip.None;
  }

  private openParagraph(at: number, matched: number): void {
    const container = matched > 0 ? (this.items[matched - 1] as OpenItem).node : this.root;
    const { contentEnd, spaces } = this.trailing(at);
    const text: Text = { type: "text", value: this.text.slice(at, contentEnd), position: this.span(at, contentEnd) };
    const node: Paragraph = { type: "paragraph", children: [text], position: this.span(at, this.lineEnd) };
    (container.children as RootContent[]).push(node);
    this.paragraph = { node, text, lastContentEnd: contentEnd, lastTrailingSpaces: spaces, lastLineEnd: this.lineEnd };
    this.paragraphDepth = matched;
    this.tip = Tip.Paragraph;
    this.extendItems(this.lineEnd);
  }

  private continueParagraph(at: number): void {
    const paragraph = this.paragraph as OpenParagraph;
    const { contentEnd, spaces } = this.trailing(at);
    if (paragraph.lastTrailingSpaces >= 2) {
      // A hard line break: the previous line's text ends, a break, and new text starts here.
      const breakNode: Break = { type: "break", position: this.spanFrom(paragraph.lastContentEnd, this.lineStart) };
      const text: Text = { type: "text", value: this.text.slice(at, contentEnd), position: this.span(at, contentEnd) };
      paragraph.node.children.push(breakNode, text);
      paragraph.text = text;
    } else {
      // As remark-parse gives it: lines joined by their line endings, without indentation or trailing spaces.
      paragraph.text.value += this.text.slice(paragraph.lastLineEnd, this.lineStart) + this.text.slice(at, contentEnd);
      this.setEnd(paragraph.text.position as Position, contentEnd);
    }
    this.setEnd(paragraph.node.position as Position, this.lineEnd);
    paragraph.lastContentEnd = contentEnd;
    paragraph.lastTrailingSpaces = spaces;
    paragraph.lastLineEnd = this.lineEnd;
    // A lazy line (less indented than the items it is in) still belongs to them.
    this.extendItems(this.lineEnd);
  }

  /** Where the open HTML block's lines start (its container's content column), and where its last line ended. */
  private htmlColumn = 0;
  private htmlLineEnd = 0;

  private openHtml(matched: number): void {
    const container = matched > 0 ? (this.items[matched - 1] as OpenItem).node : this.root;
    // An HTML block keeps its indentation: it starts at its container's content column.
    this.htmlColumn = matched > 0 ? (this.items[matched - 1] as OpenItem).contentColumn : 0;
    const start = this.lineStart + this.htmlColumn;
    const html: Html = {
      type: "html",
      value: this.text.slice(start, this.lineEnd),
      position: this.span(start, this.lineEnd),
    };
    (container.children as RootContent[]).push(html);
    this.html = html;
    this.htmlLineEnd = this.lineEnd;
    this.tip = this.closesComment(start + 4) ? Tip.None : Tip.Html;
    this.extendItems(this.lineEnd);
  }

  private extendHtml(): void {
    const html = this.html as Html;
    // Each line joins the value without its containers' indentation (what remark-parse gives).
    const from = Math.min(this.lineStart + this.htmlColumn, this.lineEnd);
    html.value += this.text.slice(this.htmlLineEnd, this.lineStart) + this.text.slice(from, this.lineEnd);
    this.htmlLineEnd = this.lineEnd;
    this.setEnd(html.position as Position, this.lineEnd);
    this.extendItems(this.lineEnd);
    if (this.closesComment(this.lineStart)) this.tip = Tip.None;
  }

  /** Whether `-->` occurs on the current line from `from` on: it ends an HTML comment block. */
  private closesComment(from: number): boolean {
    const close = this.text.indexOf("-->", from);
    return close !== -1 && close + 3 <= this.lineEnd;
  }

  /** Where a line's content ends (before trailing spaces), and how many spaces trail it. */
  private trailing(at: number): { contentEnd: number; spaces: number } {
    let contentEnd = this.lineEnd;
    while (contentEnd > at && this.text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    return { contentEnd, spaces: this.lineEnd - contentEnd };
  }

  // ---- positions ----

  /** A position on the current line, from `start` to `end` (default: `start`). */
  private span(start: number, end = start): Position {
    const column = (offset: number) => offset - this.lineStart + 1;
    return this.position(start, this.line, column(start), end, this.line, column(end));
  }

  /** A position from `start`, on the previous line, to `end` on the current one. */
  private spanFrom(start: number, end: number): Position {
    const previous = this.previousLineStart(start);
    return this.position(start, this.line - 1, start - previous + 1, end, this.line, end - this.lineStart + 1);
  }

  private previousLineStart(offset: number): number {
    let i = offset;
    while (i > 0 && this.text.charCodeAt(i - 1) !== 10 && this.text.charCodeAt(i - 1) !== 13) i--;
    return i;
  }

  private setEnd(position: Position, end: number): void {
    position.end = { line: this.line, column: end - this.lineStart + 1, offset: end };
  }

  private position(
    startOffset: number,
    startLine: number,
    startColumn: number,
    endOffset: number,
    endLine: number,
    endColumn: number,
  ): Position {
    return {
      start: { line: startLine, column: startColumn, offset: startOffset },
      end: { line: endLine, column: endColumn, offset: endOffset },
    };
  }
}

interface ListMarker {
  /** Characters of the marker (`-`: 1, `12.`: 3). */
  width: number;
  /** Spaces after it (0 when the line ends there). */
  spaces: number;
  empty: boolean;
  /** The number of an ordered list item. */
  start?: number;
}

/** The list marker at `at`, if the line starts a list item there. */
function listMarker(text: string, at: number, end: number): ListMarker | undefined {
  const c = text.charCodeAt(at);
  let width: number;
  let start: number | undefined;
  if (c === 45 || c === 42 || c === 43) width = 1;
  else {
    let digits = 0;
    while (digits < 10 && at + digits < end && isDigit(text.charCodeAt(at + digits))) digits++;
    const delimiter = text.charCodeAt(at + digits);
    if (digits === 0 || digits > 9 || (delimiter !== 46 && delimiter !== 41)) return undefined;
    width = digits + 1;
    start = Number(text.slice(at, at + digits));
  }
  let spaces = 0;
  while (at + width + spaces < end && text.charCodeAt(at + width + spaces) === 32) spaces++;
  const empty = at + width + spaces === end;
  if (!empty && spaces === 0) return undefined;
  return start === undefined ? { width, spaces, empty } : { width, spaces, empty, start };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `---`, `* * *`, `_ _ _`: three or more of one marker, and spaces. */
function isThematicBreak(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let count = 0;
  for (let i = at; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (d !== 32) return false;
  }
  return count >= 3;
}

/** `-`, `==`: a run of `char`, then spaces (a setext underline after a paragraph). */
function isRunOf(char: number, text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && text.charCodeAt(i) === char) i++;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i === end;
}
