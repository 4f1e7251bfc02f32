import type { Fix } from "../diagnostics/diagnostic.js";
import { buildEntry } from "../model/build-entry.js";
import type { Entry, Heading, Section } from "../model/entry.js";
import { createSourceFile } from "../parse/source.js";
import { defineRule, type RuleContext } from "../rule-api/define-rule.js";
import { schemaOrigin } from "../rule-api/schema-origin.js";
import type { GroupSpec } from "../schema/types.js";
import { derivedFromSchema } from "../schema/types.js";
import { derivedFrom } from "../util/derived.js";
import { firstAtOrAfter, firstIndexWhere } from "../util/sorted-offsets.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "section-order",
  description: "Groups and the fields within a group should follow the schema's order",
  category: "structure",
  defaultSeverity: "warn",
  fixable: true,
  options: {
    ultimateLayout: {
      default: false,
      description:
        "Check the order on the ultimate-comparisons layout too (its framework ignores the order of an entry's `##` criteria, so by default it is not checked there)",
      schema: (z) => z.boolean(),
    },
  },
  messages: {
    before:
      "Unexpected `{{marks}} {{name}}` after `{{marks}} {{other}}`, expected it before, as {{schema}} orders them",
    after: "Unexpected `{{marks}} {{name}}` before `{{marks}} {{other}}`, expected it after, as {{schema}} orders them",
  },
  check({ entry, schema, options, report: reportAny }) {
    if (schema.schema.layout === "ultimate-comparisons" && !options.ultimateLayout) return;
    // Every finding names where the order comes from: a template, a schema file or a preset.
    const origin = schemaOrigin(schema.schema);
    const report: Reporter = (found) => reportAny({ ...found, data: { ...found.data, schema: origin } });
    const directives = directiveStarts(entry);
    checkOrder(entry, entry.groups, groupOrder(schema), report, directives);
    for (const group of entry.groups) {
      const spec = schema.group(group.name);
      if (spec) checkOrder(entry, group.fields, fieldOrder(spec), report, directives);
    }
  },
});

type Reporter = RuleContext<unknown>["report"];

/** The template's orders, derived once per schema and group rather than per entry. */
const groupOrder = derivedFromSchema((schema) => schema.groups.map((g) => g.name));
const fieldOrder = derivedFrom((group: GroupSpec) => group.fields.map((f) => f.name));

/** Each name's place in an order (its first), built once per order: looked up for each section. */
const ranksOf = derivedFrom((order: readonly string[]): ReadonlyMap<string, number> => {
  const ranks = new Map<string, number>();
  for (const [rank, name] of order.entries()) if (!ranks.has(name)) ranks.set(name, rank);
  return ranks;
});

/**
 * Where an entry's `catalog-lint-` comments start, ascending (comments are in file order):
 * found on the first fix asked for, then kept for the entry's other spans (per span: groups ×
 * comments). Kept by the check, not in a module slot that would hold the last entry.
 */
function directiveStarts(entry: Entry): () => number[] {
  let starts: number[] | undefined;
  return () => {
    starts ??= entry.comments.filter((c) => DIRECTIVE.test(c.text)).map((c) => c.range.start.offset);
    return starts;
  };
}

/**
 * Report only the sections that moved: the longest run already in template
 * order stays, every other known section is reported against its neighbour.
 */
function checkOrder(
  entry: Entry,
  sections: Section[],
  order: string[],
  report: Reporter,
  directives: () => number[],
): void {
  const rankOf = ranksOf(order);
  const seen = new Set<string>();
  const known = sections.filter((s) => {
    if (!rankOf.has(s.name) || seen.has(s.name)) return false;
    seen.add(s.name);
    return true;
  });
  const ranks = known.map((s) => rankOf.get(s.name) as number);
  const keep = longestIncreasing(ranks);
  const kept = [...keep].sort((a, b) => a - b);
  // Kept sections are in template order: their ranks increase along `kept`, so the neighbours
  // below are found by binary search, not by a scan per moved section (moved × kept).
  const keptRanks = kept.map((k) => ranks[k] as number);
  // One fix reorders the whole run, attached to the first report; only when every
  // section is known and unique, so nothing unknown has to be placed by guesswork.
  // Built only when there is a report: most entries are in order.
  let fixable = known.length === sections.length;
  const withFix = () => {
    if (!fixable) return {};
    fixable = false;
    const fix = reorder(entry, known, ranks, directives);
    return fix ? { fix } : {};
  };
  known.forEach((section, i) => {
    if (keep.has(i)) return;
    const rank = ranks[i] ?? 0;
    const marks = "#".repeat(section.depth);
    // Name a kept neighbour: one above that belongs below, or one below that belongs above.
    // The first kept section ranked after this one, if it is above it:
    const after = kept[firstAtOrAfter(keptRanks, rank + 1)];
    const above = after !== undefined && after < i ? after : undefined;
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
    // and the last kept section ranked before this one, if it is below it.
    const before = kept[firstAtOrAfter(keptRanks, rank) - 1];
    const below = before !== undefined && before > i ? before : undefined;
    const other = below !== undefined ? (known[below]?.name ?? "") : "";
    report({
      messageId: "after",
      data: { marks, name: plain(section.name), other: plain(other) },
      range: section.heading.range,
      ...withFix(),
    });
  });
}

/**
 * Replace the sections' span by the same sections, whole (heading and
 * content), in template order. The replacement is a permutation of the
 * span's text, or there is no fix: when anything lies between two sections
 * (a `# Reviewer aside` and its paragraph, ending one group before the next
 * starts), no section owns it and the fix would have to guess where it goes.
 */
function reorder(entry: Entry, sections: Section[], ranks: number[], directiveStarts: () => number[]): Fix | undefined {
  const { source } = entry;
  const first = sections[0];
  const last = sections.at(-1);
  if (!first || !last) return undefined;
  for (let i = 1; i < sections.length; i++) {
    if ((sections[i - 1] as Section).range.end.offset !== (sections[i] as Section).range.start.offset) return undefined;
  }
  // Each chunk starts at its heading's line: an indented `  ## Licensing` moves with its spaces.
  const starts = sections.map((s) => source.lineStarts[s.heading.range.start.line - 1] ?? s.range.start.offset);
  const end = last.range.end.offset;
  const chunks = sections.map((_, i) => ({
    text: source.text.slice(starts[i], starts[i + 1] ?? end),
    rank: ranks[i] ?? 0,
  }));
  const sorted = [...chunks].sort((a, b) => a.rank - b.rank);
  // The last section may end the file without a line break: when it moves up, it takes the
  // break of the section that now ends the span, which gives it up (the same characters, moved).
  const lastChunk = chunks.at(-1);
  const newLast = sorted.at(-1);
  if (lastChunk && newLast && newLast !== lastChunk && !LINE_BREAK_AT_END.test(lastChunk.text)) {
    const lineBreak = LINE_BREAK_AT_END.exec(newLast.text)?.[0] ?? "";
    newLast.text = newLast.text.slice(0, newLast.text.length - lineBreak.length);
    lastChunk.text += lineBreak;
  }
  const start = starts[0] ?? first.range.start.offset;
  // `catalog-lint-disable` and its kin act from where they are: moved (or with another section
  // moved under one on the line above), they would switch findings on or off elsewhere.
  const lineAbove = source.lineStarts[first.heading.range.start.line - 2] ?? 0;
  const directives = directiveStarts();
  const firstDirective = directives[firstAtOrAfter(directives, lineAbove)];
  if (firstDirective !== undefined && firstDirective < end) return undefined;
  const text = sorted.map((c) => c.text).join("");
  // A section followed by a heading closed all it opened (the heading is one), so it can be put
  // before any other; only the one ending the file may leave a `<!--` or code fence open.
  const lastMoves = end === source.text.length && newLast !== lastChunk;
  if (lastMoves && !keepsHeadings(entry, start, end, text)) return undefined;
  return { range: [start, end], text };
}

/**
 * Whether the text with the span replaced still has every heading it had. A
 * section that leaves an unclosed `<!--` or code fence open at the end of
 * the file would, moved up, swallow the sections put after it; parsing the
 * result is the one check that knows every such construct (and is made at
 * most twice per entry: for its groups, and for the fields of its last one).
 */
function keepsHeadings(entry: Entry, start: number, end: number, replacement: string): boolean {
  const { source } = entry;
  const after = source.text.slice(0, start) + replacement + source.text.slice(end);
  const key = (h: Heading) => `${h.depth} ${h.text}`;
  try {
    const now = buildEntry(createSourceFile(source.path, after)).headings.map(key).sort();
    const before = entry.headings.map(key).sort();
    return now.length === before.length && now.every((h, i) => h === before[i]);
  } catch {
    // Past the parser's limits: no fix rather than an unchecked one.
    return false;
  }
}

const LINE_BREAK_AT_END = /(?:\r\n|\r|\n)$/;
const DIRECTIVE = /^catalog-lint-/;

/** Indices of one longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    const low = firstIndexWhere(tails.length, (mid) => (values[tails[mid] ?? 0] ?? 0) >= value);
    if (low > 0) previous[i] = tails[low - 1] ?? -1;
    tails[low] = i;
  });
  const result = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) result.add(i);
  return result;
}
