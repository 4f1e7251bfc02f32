import type { Entry, Section } from "../model/entry.js";
import type { SchemaIndex } from "../schema/types.js";
import { isoDay } from "./dates.js";
import { defineRule } from "./define-rule.js";
import { checkedValues, fieldMatches } from "./fields.js";

export default defineRule({
  id: "last-update-not-bumped",
  description: "An entry whose content changed since the base revision should move its Last Update forward",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  defaults: {},
  messages: {
    notBumped:
      "Unexpected `{{field}}` of `{{value}}` in an entry changed since the base revision, expected a date after `{{base}}`",
  },
  check({ entry, base, schema, report }) {
    if (!base) return; // a plain run, or a file new in this change
    const now = dateField(entry, schema);
    const before = dateField(base, schema);
    if (!now?.date || !before?.date) return; // missing or malformed dates are other rules' findings
    if (isoDay(now.date.text) === undefined || isoDay(before.date.text) === undefined) return;
    if ((isoDay(now.date.text) ?? 0) > (isoDay(before.date.text) ?? 0)) return;
    if (contentWithoutDates(entry, schema) === contentWithoutDates(base, schema)) return;
    report({
      messageId: "notBumped",
      data: { field: now.section.name, value: now.date.text, base: before.date.text },
      range: now.date.range,
    });
  },
});

/** The first date field of the entry and its first value. */
function dateField(entry: Entry, schema: SchemaIndex) {
  const match = fieldMatches(entry, schema).find((m) => m.spec.kind === "date");
  if (!match) return undefined;
  return { section: match.section, date: checkedValues(match)[0] };
}

/**
 * The entry's text with its date sections cut out and whitespace normalised,
 * so a changed line ending or a bumped date alone is not "content changed".
 */
function contentWithoutDates(entry: Entry, schema: SchemaIndex): string {
  const cuts: Section[] = fieldMatches(entry, schema)
    .filter((m) => m.spec.kind === "date")
    .map((m) => m.section);
  let text = entry.source.text;
  for (const section of cuts.sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    text = text.slice(0, section.range.start.offset) + text.slice(section.range.end.offset);
  }
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}
