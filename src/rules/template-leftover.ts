import { z } from "zod";
import type { Range } from "../parse/source.js";
import { defineRule } from "./define-rule.js";
import { fieldMatches } from "./fields.js";
import { isUnknownMarker, quote } from "./text.js";

// `[TODO]`, `[TBD: pricing]`, `<!-- ToDo -->`: a marker someone meant to come back to.
const TODO = /\[(?:todo|tbd|fixme|xxx)\b[^\]]*\]/i;
// A whole value that is a bracketed instruction: `[Provide short description here]`.
const PLACEHOLDER = /^\[(?!\d+\])[^\]]{3,}\](?!\()$/;
// Comments that steer catalog-lint itself are not leftovers.
const DIRECTIVE = /^catalog-lint-/;

export default defineRule({
  id: "template-leftover",
  description: "An entry should not keep the template's guidance comments, placeholders or full option lists",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  options: z
    .object({
      comments: z
        .boolean()
        .default(true)
        .meta({ description: "Report every HTML comment (the catalog forbids them in entries)" }),
    })
    .strict()
    .default({ comments: true }),
  messages: {
    comment: "Unexpected template comment {{text}}, expected no HTML comments in an entry",
    todo: "Unexpected {{text}} marker, expected the finished value",
    placeholder: "Unexpected template placeholder brackets around {{text}}, expected the value without `[` `]`",
    bothYesNo: "Unexpected both `Yes` and `No` in `{{field}}`, expected one of them (or `-` if unknown)",
    fullList: "Unexpected full template list in `{{field}}` ({{count}} values), expected only the values that apply",
    marker: "Unexpected placeholder `-` beside values in `{{field}}`, expected it removed",
    underline:
      "Unexpected placeholder {{text}} right under a value, which turns the value into a heading; expected it removed",
  },
  check({ entry, schema, options, report }) {
    for (const comment of entry.comments) {
      if (DIRECTIVE.test(comment.text)) continue;
      if (TODO.test(`[${comment.text}]`)) {
        report({ messageId: "todo", data: { text: quote(`<!-- ${comment.text} -->`) }, range: comment.range });
      } else if (options.comments) {
        report({ messageId: "comment", data: { text: quote(`<!-- ${comment.text} -->`, 50) }, range: comment.range });
      }
    }

    for (const range of entry.setextUnderlines) {
      const text = entry.source.text.slice(range.start.offset, range.end.offset);
      report({ messageId: "underline", data: { text: quote(text) }, range });
    }

    const texts: Array<{ text: string; range: Range }> = [...entry.lead];
    for (const section of [...entry.orphanFields, ...entry.groups.flatMap((g) => [g, ...g.fields])]) {
      for (const value of section.values) texts.push(value, ...value.notes);
    }
    for (const { text, range } of texts) {
      const todo = TODO.exec(text);
      if (todo) report({ messageId: "todo", data: { text: quote(todo[0]) }, range });
      else if (PLACEHOLDER.test(text)) report({ messageId: "placeholder", data: { text: quote(text) }, range });
    }

    for (const { section, spec } of fieldMatches(entry, schema)) {
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      const texts = values.map((v) => v.text);
      const first = values[0];
      if (!first) continue;
      if (spec.kind === "yes-no" && texts.includes("Yes") && texts.includes("No")) {
        report({ messageId: "bothYesNo", data: { field: section.name }, range: spanOf(values.map((v) => v.range)) });
      } else if (spec.values && spec.values.length >= 3 && spec.values.every((v) => texts.includes(v))) {
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

function spanOf(ranges: Range[]): Range {
  const first = ranges[0] as Range;
  const last = ranges.at(-1) as Range;
  return { start: first.start, end: last.end };
}
