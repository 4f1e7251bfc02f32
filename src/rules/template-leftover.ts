import type { Fix } from "../diagnostics/diagnostic.js";
import { lineEndOffset, lineText, type Range, rangeOf, type SourceFile } from "../parse/source.js";
import { firstAtOrAfter, offsetsOf } from "../sorted-offsets.js";
import { defineRule } from "./define-rule.js";
import { fieldMatches } from "./fields.js";
import { isUnknownMarker, quote } from "./text.js";

// `[TODO]`, `[TBD: pricing]`, `<!-- ToDo -->`: a marker someone meant to come back to.
const TODO = /\[(?:todo|tbd|fixme|xxx)\b[^\]]*\]/i;
const TODO_ALL = new RegExp(TODO.source, "gi");
// A whole value that is a bracketed instruction: `[Provide short description here]`.
const PLACEHOLDER = /^\[(?!\d+\])[^\]]{3,}\](?!\()$/;
// Comments that steer catalog-lint itself are not leftovers.
const DIRECTIVE = /^catalog-lint-/;

/** What `check` gets when a config sets no options (the schema below documents each). */
const defaults = { comments: true };

export default defineRule({
  id: "template-leftover",
  description: "An entry should not keep the template's guidance comments, placeholders or full option lists",
  category: "structure",
  defaultSeverity: "error",
  fixable: true,
  defaults,
  options: (z) =>
    z
      .object({
        comments: z
          .boolean()
          .default(defaults.comments)
          .meta({ description: "Report every HTML comment (the catalog forbids them in entries)" }),
      })
      .strict()
      .default(defaults),
  messages: {
    comment: "Unexpected template comment {{text}}, expected no HTML comments in an entry",
    todo: "Unexpected {{text}} marker, expected the finished value",
    placeholder: "Unexpected template placeholder brackets around {{text}}, expected the value without `[` `]`",
    bothYesNo: "Unexpected both `Yes` and `No` in `{{field}}`, expected one of them (or `-` if unknown)",
    fullList: "Unexpected full template list in `{{field}}` ({{count}} values), expected only the values that apply",
    marker: "Unexpected placeholder `-` beside values in `{{field}}`, expected it removed",
    underline:
      "Unexpected {{text}} right under a value, which makes markdown read the value as a heading; expected it removed (or a blank line before it)",
  },
  check({ entry, schema, options, report }) {
    for (const comment of entry.comments) {
      if (DIRECTIVE.test(comment.text)) continue;
      if (TODO.test(`[${comment.text}]`)) {
        report({ messageId: "todo", data: { text: quote(`<!-- ${comment.text} -->`) }, range: comment.range });
      } else if (options.comments) {
        report({
          messageId: "comment",
          data: { text: quote(`<!-- ${comment.text} -->`, 50) },
          range: comment.range,
          fix: removal(entry.source, comment.range),
        });
      }
    }

    for (const range of entry.setextUnderlines) {
      const text = entry.source.text.slice(range.start.offset, range.end.offset);
      report({ messageId: "underline", data: { text: quote(text) }, range });
    }

    // Markers in prose: the lead, values and notes; never inside code, where `[TODO]` is content.
    // Markers and placeholders both start with `[` (texts are made of the source's characters):
    // most prose has none, and is neither sliced nor masked.
    const brackets = offsetsOf(entry.source.text, "[");
    const prose: Array<{ text: string; range: Range }> = [];
    if (brackets.length > 0) {
      prose.push(...entry.lead.filter((b) => b.type !== "code"));
      for (const section of [...entry.orphanFields, ...entry.groups.flatMap((g) => [g, ...g.fields])]) {
        for (const value of section.values) if (value.blockType !== "code") prose.push(value, ...value.notes);
      }
    }
    for (const { text, range } of prose) {
      const next = firstAtOrAfter(brackets, range.start.offset);
      if (next === brackets.length || (brackets[next] as number) >= range.end.offset) continue;
      const raw = entry.source.text.slice(range.start.offset, range.end.offset);
      const masked = maskCode(raw);
      let found = false;
      for (const match of masked.matchAll(TODO_ALL)) {
        const start = range.start.offset + (match.index ?? 0);
        report({
          messageId: "todo",
          data: { text: quote(match[0]) },
          range: rangeOf(entry.source, start, start + match[0].length),
        });
        found = true;
      }
      if (!found && PLACEHOLDER.test(text)) report({ messageId: "placeholder", data: { text: quote(text) }, range });
    }

    for (const { section, spec } of fieldMatches(entry, schema)) {
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      const texts = values.map((v) => v.text);
      const first = values[0];
      if (!first) continue;
      if (spec.kind === "yes-no" && texts.includes("Yes") && texts.includes("No")) {
        report({ messageId: "bothYesNo", data: { field: section.name }, range: spanOf(values.map((v) => v.range)) });
      } else if (spec.values && spec.values.length >= 2 && spec.values.every((v) => texts.includes(v))) {
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

/** Inline code and comments replaced by spaces of the same length, so offsets stay true. */
function maskCode(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\r\n]/g, " "))
    .replace(/(`+)[\s\S]*?\1/g, (c) => c.replace(/[^\r\n]/g, " "));
}

/**
 * The edit that deletes a comment: its whole line(s) when nothing else is on
 * them, else just the comment. A deletion that would put a `---`/`===` line
 * right under text (a setext heading) keeps an empty line instead.
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
  // Only paragraph text above can turn into a heading (not a heading, list item or quote).
  const previous = range.start.line > 1 ? lineText(source, range.start.line - 1).trim() : "";
  const paragraphAbove = previous !== "" && !/^(#|[-*+>]|\d+[.)]|<!--)/.test(previous);
  const following = lineText(source, range.end.line + 1);
  if (paragraphAbove && /^ {0,3}(-+|=+)[ \t]*$/.test(following)) return { range: [lineStart, lineEnd], text: "" };
  return { range: [lineStart, nextLine], text: "" };
}

function spanOf(ranges: Range[]): Range {
  const first = ranges[0] as Range;
  const last = ranges.at(-1) as Range;
  return { start: first.start, end: last.end };
}
