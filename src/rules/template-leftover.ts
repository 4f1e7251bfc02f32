import type { Fix } from "../diagnostics/diagnostic.js";
import type { Comment, Entry } from "../model/entry.js";
import { lineEndOffset, lineText, pointAt, type Range, rangeOf, type SourceFile } from "../parse/source.js";
import { defineRule, type Report } from "../rule-api/define-rule.js";
import { copiesATemplate } from "../rule-api/schema-origin.js";
import type { CatalogSchema } from "../schema/types.js";
import { isBracketedCitation } from "../util/citations.js";
import { firstAtOrAfter, offsetsOf } from "../util/sorted-offsets.js";
import { commentKey, isUnknownMarker, quote } from "../util/text.js";

// `[TODO]`, `[TBD: pricing]`, `<!-- ToDo -->`: a marker someone meant to come back to.
const TODO = /\[(?:todo|tbd|fixme|xxx)\b[^\]]*\]/i;
const TODO_ALL = new RegExp(TODO.source, "gi");
// A whole value that is a bracketed instruction: `[Provide short description here]`.
const PLACEHOLDER = /^\[(?!\d+\])[^\]]{3,}\](?!\()$/;
// Comments that steer catalog-lint itself are not leftovers.
const DIRECTIVE = /^catalog-lint-/;

/**
 * The longest comment `--fix` removes, in lines. CommonMark ends a `<!--`
 * only at the next `-->` or at the end of its container, so a reviewer's
 * `<!-- check this` left open turns the entry's own text, up to a later
 * comment's `-->` or the end of the file, into "the comment". The longest
 * comment in the three corpora catalog-lint is tried on is 5 lines (the
 * default template's guidance); twice that leaves room for a longer note and
 * none for a stretch of an entry.
 */
export const MAX_REMOVED_COMMENT_LINES = 10;

/**
 * The fewest allowed values whose full list kept in an entry is a leftover: with two, keeping
 * both is often the answer (Linux and Windows), and yes/no fields have their own check.
 */
export const MIN_FULL_LIST = 3;

export default defineRule({
  id: "template-leftover",
  description: "An entry should not keep the template's guidance comments, placeholders or full option lists",
  category: "structure",
  defaultSeverity: "error",
  fixable: true,
  options: {
    comments: {
      default: true,
      description:
        "Report every HTML comment where the schema's template guides with comments (`templateComments`: a template that has comments, the preset), which an entry should not keep",
      schema: (z) => z.boolean(),
    },
    fullListFields: {
      default: [],
      description:
        "Fields whose full list of allowed values, kept whole, is reported even where the template does not say to keep only the values that apply",
      schema: (z) => z.array(z.string().min(1)),
    },
  },
  messages: {
    comment: "Unexpected template comment {{text}}, expected no HTML comments in an entry",
    otherComment:
      "Unexpected HTML comment {{text}}, expected no HTML comments in an entry (the template's guidance comments removed, and no others)",
    unclosed:
      "Unexpected unclosed HTML comment {{text}}: with no `-->` markdown hides everything after it to the end of {{container}} ({{lines}}); expected `-->` where the comment should end (`--fix` does not remove it)",
    suspect:
      "Unexpected HTML comment {{text}} ({{lines}}), expected no HTML comments in an entry; `--fix` does not remove it because it {{why}}, so its `<!--` may have been left open, hiding the entry's own text up to a later `-->`: check what it hides, then close it earlier or remove it by hand",
    endsList:
      "Unexpected template comment {{text}}, expected no HTML comments in an entry; `--fix` does not remove it because it ends the list above it: without it the indented line {{line}} would join the list's last item (a value would become its note). Remove it by hand, and indent that line as you mean it",
    otherEndsList:
      "Unexpected HTML comment {{text}}, expected no HTML comments in an entry; `--fix` does not remove it because it ends the list above it: without it the indented line {{line}} would join the list's last item (a value would become its note). Remove it by hand, and indent that line as you mean it",
    todo: "Unexpected {{text}} marker, expected the finished value",
    templateLine:
      "Unexpected template line {{text}} in the entry, expected it removed: the template's lead describes the dataset, not this entry",
    placeholder: "Unexpected template placeholder brackets around {{text}}, expected the value without `[` `]`",
    bothYesNo: "Unexpected both `Yes` and `No` in `{{field}}`, expected one of them (or `-` if unknown)",
    fullList: "Unexpected full template list in `{{field}}` ({{count}} values), expected only the values that apply",
    marker: "Unexpected placeholder `-` beside values in `{{field}}`, expected it removed",
    underline:
      "Unexpected {{text}} right under a value, which makes markdown read the value as a heading; expected it removed (or a blank line before it)",
  },
  check({ entry, fieldMatches, options, report, schema }) {
    const { source } = entry;
    reportTemplateLines(entry, schema.schema, report);
    // Only a template can leave comments, placeholders and `-` underlines behind: in entries
    // written freely (a schema file's: a Jekyll or Astro collection) they are the author's own.
    const templated = copiesATemplate(schema.schema);
    const leftoverComments = options.comments && schema.schema.templateComments === true;
    // The template's own comments, where the schema knows them (one built from a template): any other
    // comment is the author's, reported as well but not called the template's. The preset and a
    // schema file know none, and call no comment the template's.
    const templatesOwn = new Set(schema.schema.templateCommentTexts);
    for (const comment of entry.comments) {
      if (!isClosed(source, comment)) {
        // Whatever `comments` says: an open comment hides content, it is no matter of style.
        const container = isAtFileEnd(source, comment) ? "the file" : "its list item or quote";
        const { range, data } = hiding(source, comment);
        report({ messageId: "unclosed", data: { ...data, container }, range });
        continue;
      }
      if (DIRECTIVE.test(comment.text)) continue;
      if (TODO.test(`[${comment.text}]`)) {
        report({ messageId: "todo", data: { text: quote(`<!-- ${comment.text} -->`) }, range: comment.range });
      } else if (leftoverComments) {
        const why = notRemovableBecause(source, comment);
        const joining = why === undefined ? indentedLineJoining(source, comment) : undefined;
        const text = quote(`<!-- ${comment.text} -->`, 50);
        if (why !== undefined) {
          const { range, data } = hiding(source, comment);
          report({ messageId: "suspect", data: { ...data, why }, range });
        } else {
          const own = templatesOwn.has(commentKey(comment.text));
          if (joining !== undefined) {
            const messageId = own ? "endsList" : "otherEndsList";
            report({ messageId, data: { text, line: joining }, range: comment.range });
          } else {
            const messageId = own ? "comment" : "otherComment";
            report({ messageId, data: { text }, range: comment.range, fix: removal(source, comment.range) });
          }
        }
      }
    }

    for (const range of templated ? entry.setextUnderlines : []) {
      const text = entry.source.text.slice(range.start.offset, range.end.offset);
      report({ messageId: "underline", data: { text: quote(text) }, range });
    }

    // Markers in prose: the lead, values and notes; never inside code, where `[TODO]` is content.
    // Markers and placeholders both start with `[` (texts are made of the source's characters):
    // most prose has none, and is neither sliced nor masked.
    const brackets = offsetsOf(entry.source.text, "[");
    const prose: Array<{ text: string; range: Range }> = [];
    if (brackets.length > 0) {
      // Pushed one by one: spread into `push`, 200,000 notes under one value overflow the stack.
      // With no `#` title (a front-matter title), the text before the first heading is the entry's lead.
      const lead = entry.title ? entry.lead : entry.beforeTitle;
      for (const block of lead) if (block.type !== "code") prose.push(block);
      for (const section of [...entry.orphanFields, ...entry.groups.flatMap((g) => [g, ...g.fields])]) {
        for (const value of section.values) {
          if (value.blockType === "code") continue;
          prose.push(value);
          for (const note of value.notes) prose.push(note);
        }
      }
    }
    for (const { text, range } of prose) {
      const next = firstAtOrAfter(brackets, range.start.offset);
      if (next === brackets.length || (brackets[next] as number) >= range.end.offset) continue;
      const raw = entry.source.text.slice(range.start.offset, range.end.offset);
      const masked = maskCode(raw);
      let found = false;
      // A marker ends at the first `]` after it: none after the last `]`. Searched up to it, so a
      // `[todo` without one is not read to the end of the text, once per `[todo` (quadratic).
      for (const match of masked.slice(0, masked.lastIndexOf("]") + 1).matchAll(TODO_ALL)) {
        const start = range.start.offset + (match.index ?? 0);
        report({
          messageId: "todo",
          data: { text: quote(match[0]) },
          range: rangeOf(entry.source, start, start + match[0].length),
        });
        found = true;
      }
      // `[@key]` is a pandoc citation (src/util/citations.ts), which the citation rule checks.
      if (!found && templated && PLACEHOLDER.test(text) && !isBracketedCitation(text))
        report({ messageId: "placeholder", data: { text: quote(text) }, range });
    }

    for (const { section, spec } of fieldMatches()) {
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      // A set: the template's list (a pull request's criteria) and the values are otherwise their product.
      const texts = new Set(values.map((v) => v.text));
      const first = values[0];
      if (!first) continue;
      if (spec.kind === "yes-no" && texts.has("Yes") && texts.has("No")) {
        report({ messageId: "bothYesNo", data: { field: section.name }, range: spanOf(values.map((v) => v.range)) });
      } else if (
        spec.values &&
        spec.values.length >= MIN_FULL_LIST &&
        (spec.keepOnlyApplicable || options.fullListFields.includes(spec.name)) &&
        spec.values.every((v) => texts.has(v))
      ) {
        report({
          messageId: "fullList",
          data: { field: section.name, count: spec.values.length },
          range: spanOf(values.map((v) => v.range)),
        });
      }
      for (const value of section.values) {
        if (value.kind === "item" && isUnknownMarker(value.text) && value.notes.length === 0) {
          report({ messageId: "marker", data: { field: section.name }, range: value.range });
        }
      }
    }
  },
});

/** Whether the comment ends with its own `-->` (else it runs to the end of its container). */
function isClosed(source: SourceFile, comment: Comment): boolean {
  const { start, end } = comment.range;
  // `<!--` and `-->` must not share a dash: the shortest closed comment is `<!---->`.
  return end.offset - start.offset >= 7 && source.text.startsWith("-->", end.offset - 3);
}

/** Nothing but spaces after the comment (looked for from its end: many open comments, one per list item, stay linear). */
function isAtFileEnd(source: SourceFile, comment: Comment): boolean {
  const text = /\S/g;
  text.lastIndex = comment.range.end.offset;
  return text.exec(source.text) === null;
}

/**
 * How a comment that may hide text is reported: at its first line, quoted up
 * to that line's end (the rest is what it hides), with the lines it spans
 * up to its last one with text (an open comment may end in blank lines).
 */
function hiding(source: SourceFile, comment: Comment): { range: Range; data: { text: string; lines: string } } {
  const { start, end } = comment.range;
  const range = rangeOf(source, start.offset, Math.max(start.offset, lineEndOffset(source, start.line)));
  const length = source.text.slice(start.offset, end.offset).trimEnd().length;
  const last = pointAt(source, start.offset + Math.max(length - 1, 0)).line;
  const text = quote(source.text.slice(range.start.offset, range.end.offset), 50);
  return { range, data: { text, lines: last > start.line ? `lines ${start.line}–${last}` : `line ${start.line}` } };
}

/**
 * Why a closed comment is not safe to remove, or undefined when it is. Each
 * reason is a sign that the `-->` closing it was meant for a later comment:
 * the comment is long, or holds what a note never does and an entry always
 * does (another `<!--`, a blank line, a heading).
 */
function notRemovableBecause(source: SourceFile, comment: Comment): string | undefined {
  const { start, end } = comment.range;
  const lineCount = end.line - start.line + 1;
  if (lineCount > MAX_REMOVED_COMMENT_LINES) {
    return `spans ${lineCount} lines (more than ${MAX_REMOVED_COMMENT_LINES})`;
  }
  const inner = source.text.indexOf("<!--", start.offset + 4);
  if (inner !== -1 && inner < end.offset) return `holds another \`<!--\` (line ${pointAt(source, inner).line})`;
  for (let line = start.line + 1; line <= end.line; line++) {
    const text = lineText(source, line);
    if (text.trim() === "") return `holds a blank line (line ${line})`;
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(text)) return `holds the heading ${quote(text, 40)} (line ${line})`;
  }
  return undefined;
}

/** Lines looked through (blank, or a comment alone) for the lines around a comment: enough for a template's comment stacks, and linear. */
const NEIGHBOUR_SCAN = 20;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/**
 * The indented line after a comment on its own lines that would join the
 * list item above it once the comment is gone, or undefined. At the left
 * margin the comment ends the list (CommonMark's own way to end one), so
 * `- Yes`, the comment, then `  - note` are two values; without it, a value
 * and its note. Blank lines and other comments between are looked through.
 */
function indentedLineJoining(source: SourceFile, comment: Comment): number | undefined {
  const { start, end } = comment.range;
  const lineStart = source.lineStarts[start.line - 1] ?? start.offset;
  if (source.text.slice(lineStart, start.offset).trim() !== "") return undefined;
  const last = source.lineStarts.length;
  const skip = (line: number) => {
    const text = lineText(source, line);
    return text.trim() === "" || COMMENT_LINE.test(text);
  };
  let above = start.line - 1;
  while (above > 0 && above > start.line - NEIGHBOUR_SCAN && skip(above)) above--;
  let below = end.line + 1;
  while (below <= last && below < end.line + NEIGHBOUR_SCAN && skip(below)) below++;
  if (above < 1 || below > last) return undefined;
  const inList = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^\s+\S/.test(lineText(source, above));
  return inList && /^\s+\S/.test(lineText(source, below)) ? below : undefined;
}

/** Inline code and comments replaced by spaces of the same length, so offsets stay true. */
function maskCode(text: string): string {
  return maskCodeSpans(text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank));
}

/** Every character but line breaks as a space. */
const blank = (text: string) => text.replace(/[^\r\n]/g, " ");

/**
 * What `text.replace(/(`+)[\s\S]*?\1/g, blank)` gives, in time linear in the text. That
 * expression tries every shorter run of backticks in turn and reads the rest of the text for
 * each (200,000 backticks and one more took 12.6 s). From a run of `r` backticks it takes the
 * most backticks `k` of which `k` more follow: at once inside the run when `k` is at most half
 * of it, else at the start of the first later run of at least `k`. So it depends only on the
 * runs' lengths: the longest run after each one, and the next run longer than each one, found
 * once, lead to each match (each run is passed over once: the next match starts after it).
 */
export function maskCodeSpans(text: string): string {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = text.indexOf("`"); i !== -1; i = text.indexOf("`", i)) {
    let end = i;
    while (text.charCodeAt(end) === 96) end++;
    starts.push(i);
    lengths.push(end - i);
    i = end;
  }
  const runs = starts.length;
  if (runs === 0) return text;
  const longestFrom = new Array<number>(runs + 1).fill(0);
  for (let i = runs - 1; i >= 0; i--) longestFrom[i] = Math.max(lengths[i] as number, longestFrom[i + 1] as number);
  // The next run longer than each one (`runs` when there is none).
  const nextLonger = new Array<number>(runs).fill(runs);
  const open: number[] = [];
  for (let i = 0; i < runs; i++) {
    while (open.length > 0 && (lengths[open.at(-1) as number] as number) < (lengths[i] as number)) {
      nextLonger[open.pop() as number] = i;
    }
    open.push(i);
  }
  let masked = "";
  let copied = 0;
  let run = 0;
  let at = starts[0] as number;
  while (run < runs) {
    const runEnd = (starts[run] as number) + (lengths[run] as number);
    const start = Math.max(at, starts[run] as number);
    const own = runEnd - start;
    const k = Math.min(own, longestFrom[run + 1] as number);
    let end: number;
    if (2 * k > own) {
      // The first later run of at least `k` backticks closes it.
      let closing = run + 1;
      while ((lengths[closing] as number) < k) closing = nextLonger[closing] as number;
      end = (starts[closing] as number) + k;
      run = closing;
    } else if (own >= 2) {
      end = start + 2 * Math.floor(own / 2);
    } else break; // one backtick and none after it: no more matches
    masked += text.slice(copied, start) + blank(text.slice(start, end));
    copied = end;
    at = end;
    if (at >= (starts[run] as number) + (lengths[run] as number)) run++;
  }
  return masked + text.slice(copied);
}

/**
 * The edit that deletes a comment: its whole line(s) when nothing else is on
 * them, else just the comment. A comment on its own lines also keeps apart
 * the lines around it; when they would meet, an empty line stays instead.
 */
function removal(source: SourceFile, range: Range): Fix {
  const { text } = source;
  const lineStart = source.lineStarts[range.start.line - 1] ?? range.start.offset;
  const nextLine = source.lineStarts[range.end.line] ?? text.length;
  const lineEnd = lineEndOffset(source, range.end.line);
  const alone =
    text.slice(lineStart, range.start.offset).trim() === "" && text.slice(range.end.offset, lineEnd).trim() === "";
  if (!alone) {
    // Inline: take one space before the comment with it, so `Yes <!-- x -->` becomes `Yes`.
    const start = text[range.start.offset - 1] === " " ? range.start.offset - 1 : range.start.offset;
    return { range: [start, range.end.offset], text: "" };
  }
  const previous = range.start.line > 1 ? lineText(source, range.start.line - 1) : "";
  const following = lineText(source, range.end.line + 1);
  if (canContinue(previous) && wouldContinue(following)) return { range: [lineStart, lineEnd], text: "" };
  return { range: [lineStart, nextLine], text: "" };
}

/** A line whose paragraph (of text, a list item or a quote) a next line can continue: not blank, a heading, a fence or a comment. */
function canContinue(line: string): boolean {
  return line.trim() !== "" && !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~|<!--)/.test(line) && !/-->\s*$/.test(line);
}

/**
 * A line that, right under text, would join it rather than start a block of
 * its own: `- AIE/Model` and a stray line would become one value, text over
 * `---` a heading. Blank lines, headings, list items with text, quotes and
 * fences start their own; anything else (another comment included, which
 * may be removed too) is kept apart.
 */
function wouldContinue(line: string): boolean {
  return line.trim() !== "" && !/^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}(?:[ \t]|$)|>|```|~~~)/.test(line);
}

function spanOf(ranges: Range[]): Range {
  const first = ranges[0] as Range;
  const last = ranges.at(-1) as Range;
  return { start: first.start, end: last.end };
}

/**
 * Lines of the template's lead kept in the entry's lead (between its title and its first
 * heading), as written (`**Dataset ID:** aie-model`): the template's, not the entry's. The
 * fix removes the line, only where the next line is blank, a heading or the end (removing it
 * from under text could make a `-` below it a heading underline); the template itself is
 * not checked.
 */
function reportTemplateLines(entry: Entry, schema: CatalogSchema, report: (r: Report) => void): void {
  const lines = schema.boilerplate;
  if (!lines?.length || !entry.title || schema.source === entry.source.path) return;
  const wanted = new Set(lines);
  const { source } = entry;
  const from = entry.title.heading.range.end.line + 1;
  const next = entry.headings.find((h) => h.range.start.line >= from);
  const count = source.lineStarts.length;
  const to = next ? next.range.start.line - 1 : count;
  const start = (line: number) => source.lineStarts[line - 1] ?? source.text.length;
  for (let line = from; line <= to; line++) {
    const text = lineText(source, line);
    const trimmed = text.trim();
    if (!wanted.has(trimmed)) continue;
    const startOffset = start(line) + text.indexOf(trimmed);
    const range = rangeOf(source, startOffset, startOffset + trimmed.length);
    const after = line < count ? lineText(source, line + 1).trim() : "";
    const removable = line === count || after === "" || /^#{1,6}(?:\s|$)/.test(after);
    // With a blank line on each side, one of them goes too: the lead keeps its spacing.
    const blankAround = after === "" && line < count && lineText(source, line - 1).trim() === "";
    const fix: Fix | undefined = removable
      ? { range: [start(line), start(line + (blankAround ? 2 : 1))], text: "" }
      : undefined;
    report({ messageId: "templateLine", data: { text: quote(trimmed) }, range, ...(fix ? { fix } : {}) });
  }
}
