import type { Entry, Section } from "../model/entry.js";
import { checkedValues, type FieldMatch, fieldMatches as fieldMatchesOf } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { isoDay } from "../util/dates.js";

export default defineRule({
  id: "last-update-not-bumped",
  description: "An entry whose content changed since the base revision should move its Last Update forward",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    notBumped:
      "Unexpected `{{field}}` of `{{value}}` in an entry changed since the base revision, expected a date after `{{base}}`",
  },
  check({ entry, base, schema, fieldMatches, report }) {
    if (!base) return; // a plain run, or a file new in this change
    // The context's matches are this file's; the base revision's are this rule's alone.
    const matches = fieldMatches();
    const baseMatches = fieldMatchesOf(base, schema);
    const now = dateField(matches);
    const before = dateField(baseMatches);
    if (!now?.date || !before?.date) return; // missing or malformed dates are other rules' findings
    if (isoDay(now.date.text) === undefined || isoDay(before.date.text) === undefined) return;
    if ((isoDay(now.date.text) ?? 0) > (isoDay(before.date.text) ?? 0)) return;
    if (contentWithoutDates(entry, matches) === contentWithoutDates(base, baseMatches)) return;
    report({
      messageId: "notBumped",
      data: { field: now.section.name, value: now.date.text, base: before.date.text },
      range: now.date.range,
    });
  },
});

/** The first date field of the entry and its first value. */
function dateField(matches: readonly FieldMatch[]) {
  const match = matches.find((m) => m.spec.kind === "date");
  if (!match) return undefined;
  return { section: match.section, date: checkedValues(match)[0] };
}

/**
 * The entry's text with its date sections cut out and whitespace normalised,
 * so a changed line ending or a bumped date alone is not "content changed".
 */
function contentWithoutDates(entry: Entry, matches: readonly FieldMatch[]): string {
  const cuts: Section[] = matches.filter((m) => m.spec.kind === "date").map((m) => m.section);
  cuts.sort((a, b) => b.range.start.offset - a.range.start.offset);
  return normalized(cutOut(entry.source.text, cuts));
}

/**
 * `text` with each section's range cut out, last first, each cut taken from the text the cuts
 * after it left (`text.slice(0, start) + text.slice(end)` in turn): a group's range holds its
 * fields', and a `## Last Update` group with a value holding a date field is cut on the text
 * its field's cut shortened. Kept as it was, without a copy of the text per cut (date sections
 * × the file's length: 8,000 of them took 15 s): the text is its untouched head, up to the last
 * cut's start, then pieces of it, kept as offsets.
 */
function cutOut(text: string, sections: readonly Section[]): string {
  let head = text.length;
  // The pieces after the head, the first one last.
  const tail: Array<[number, number]> = [];
  for (const { range } of sections) {
    const [start, end] = [Math.min(range.start.offset, head), range.end.offset];
    if (end <= head) {
      if (end < head) tail.push([end, head]);
    } else {
      // Skip `end - head` characters of the tail.
      let skip = end - head;
      while (skip > 0 && tail.length > 0) {
        const piece = tail.at(-1) as [number, number];
        const length = piece[1] - piece[0];
        if (length > skip) {
          piece[0] += skip;
          break;
        }
        tail.pop();
        skip -= length;
      }
    }
    head = start;
  }
  let result = text.slice(0, head);
  for (let i = tail.length - 1; i >= 0; i--) {
    const [from, to] = tail[i] as [number, number];
    result += text.slice(from, to);
  }
  return result;
}

/** Lines trimmed, blank ones dropped. */
function normalized(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}
