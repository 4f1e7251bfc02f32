import type { Fix } from "../diagnostics/diagnostic.js";
import type { Section } from "../model/entry.js";
import { lineEnding, type SourceFile } from "../parse/source.js";
import type { GroupSpec } from "../schema/types.js";
import { defineRule, type RuleContext } from "./define-rule.js";
import { derivedFrom, derivedFromSchema } from "./derived.js";
import { plain } from "./text.js";

export default defineRule({
  id: "section-order",
  description: "Groups and the fields within a group should follow the schema's order",
  category: "structure",
  defaultSeverity: "warn",
  fixable: true,
  defaults: {},
  messages: {
    before: "Unexpected `{{marks}} {{name}}` after `{{marks}} {{other}}`, expected it before (template order)",
    after: "Unexpected `{{marks}} {{name}}` before `{{marks}} {{other}}`, expected it after (template order)",
  },
  check({ entry, schema, report }) {
    checkOrder(entry.source, entry.groups, groupOrder(schema), report);
    for (const group of entry.groups) {
      const spec = schema.group(group.name);
      if (spec) checkOrder(entry.source, group.fields, fieldOrder(spec), report);
    }
  },
});

type Reporter = RuleContext<unknown>["report"];

/** The template's orders, derived once per schema and group rather than per entry. */
const groupOrder = derivedFromSchema((schema) => schema.groups.map((g) => g.name));
const fieldOrder = derivedFrom((group: GroupSpec) => group.fields.map((f) => f.name));

/**
 * Report only the sections that moved: the longest run already in template
 * order stays, every other known section is reported against its neighbour.
 */
function checkOrder(source: SourceFile, sections: Section[], order: string[], report: Reporter): void {
  const seen = new Set<string>();
  const known = sections.filter((s) => {
    if (!order.includes(s.name) || seen.has(s.name)) return false;
    seen.add(s.name);
    return true;
  });
  const ranks = known.map((s) => order.indexOf(s.name));
  const keep = longestIncreasing(ranks);
  const kept = [...keep].sort((a, b) => a - b);
  // One fix reorders the whole run, attached to the first report; only when every
  // section is known and unique, so nothing unknown has to be placed by guesswork.
  // Built only when there is a report: most entries are in order.
  let fixable = known.length === sections.length;
  const withFix = () => {
    if (!fixable) return {};
    fixable = false;
    const fix = reorder(source, known, ranks);
    return fix ? { fix } : {};
  };
  known.forEach((section, i) => {
    if (keep.has(i)) return;
    const rank = ranks[i] ?? 0;
    const marks = "#".repeat(section.depth);
    // Name a kept neighbour: one above that belongs below, or one below that belongs above.
    const above = kept.find((k) => k < i && (ranks[k] ?? 0) > rank);
    if (above !== undefined) {
      const other = known[above]?.name ?? "";
      report({
        messageId: "before",
        data: { marks, name: plain(section.name), other: plain(other) },
        range: section.heading.range,
        ...withFix(),
      });
      return;
    }
    const below = kept.filter((k) => k > i && (ranks[k] ?? 0) < rank).at(-1);
    const other = below !== undefined ? (known[below]?.name ?? "") : "";
    report({
      messageId: "after",
      data: { marks, name: plain(section.name), other: plain(other) },
      range: section.heading.range,
      ...withFix(),
    });
  });
}

/** Replace the sections' span by the same sections, whole (heading and content), in template order. */
function reorder(source: SourceFile, sections: Section[], ranks: number[]): Fix | undefined {
  const first = sections[0];
  const last = sections.at(-1);
  if (!first || !last) return undefined;
  const eol = lineEnding(source);
  const chunks = sections.map((s, i) => ({
    text: source.text.slice(s.range.start.offset, s.range.end.offset),
    rank: ranks[i] ?? 0,
  }));
  const lastChunk = chunks.at(-1);
  // The last section may end the file without a line break; every moved chunk needs one.
  const missingBreak = lastChunk !== undefined && !/\r?\n$/.test(lastChunk.text);
  if (lastChunk && missingBreak) lastChunk.text += eol;
  let text = [...chunks]
    .sort((a, b) => a.rank - b.rank)
    .map((c) => c.text)
    .join("");
  if (missingBreak) text = text.slice(0, text.length - eol.length);
  return { range: [first.range.start.offset, last.range.end.offset], text };
}

/** Indices of one longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] ?? -1;
    tails[low] = i;
  });
  const result = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) result.add(i);
  return result;
}
