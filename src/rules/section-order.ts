import type { Section } from "../model/entry.js";
import { defineRule, noOptions, type RuleContext } from "./define-rule.js";
import { plain } from "./text.js";

export default defineRule({
  id: "section-order",
  description: "Groups and the fields within a group should follow the schema's order",
  category: "structure",
  defaultSeverity: "warn",
  fixable: false,
  options: noOptions,
  messages: {
    before: "Unexpected `{{marks}} {{name}}` after `{{marks}} {{other}}`, expected it before (template order)",
    after: "Unexpected `{{marks}} {{name}}` before `{{marks}} {{other}}`, expected it after (template order)",
  },
  check({ entry, schema, report }) {
    const groupOrder = schema.schema.groups.map((g) => g.name);
    checkOrder(entry.groups, groupOrder, report);
    for (const group of entry.groups) {
      const spec = schema.group(group.name);
      if (spec)
        checkOrder(
          group.fields,
          spec.fields.map((f) => f.name),
          report,
        );
    }
  },
});

type Reporter = RuleContext<unknown>["report"];

/**
 * Report only the sections that moved: the longest run already in template
 * order stays, every other known section is reported against its neighbour.
 */
function checkOrder(sections: Section[], order: string[], report: Reporter): void {
  const seen = new Set<string>();
  const known = sections.filter((s) => {
    if (!order.includes(s.name) || seen.has(s.name)) return false;
    seen.add(s.name);
    return true;
  });
  const ranks = known.map((s) => order.indexOf(s.name));
  const keep = longestIncreasing(ranks);
  const kept = [...keep].sort((a, b) => a - b);
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
      });
      return;
    }
    const below = kept.filter((k) => k > i && (ranks[k] ?? 0) < rank).at(-1);
    const other = below !== undefined ? (known[below]?.name ?? "") : "";
    report({
      messageId: "after",
      data: { marks, name: plain(section.name), other: plain(other) },
      range: section.heading.range,
    });
  });
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
