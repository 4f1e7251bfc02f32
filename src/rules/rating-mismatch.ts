import type { Range } from "../parse/source.js";
import { rangeOf } from "../parse/source.js";
import { defineRule } from "./define-rule.js";
import { fieldMatches } from "./fields.js";

/** A Rating line `- MMLU: 90.8%`. */
const RATING_LINE = /^([^:[\]]{1,80}?)\s*:\s*(\d{1,3}(?:\.\d{1,4})?)\s*%/;

/** Words before a percentage that make it a bound or a change, not a score. */
const BOUND =
  /\b(?:break(?:s|ing)?|over|above|beyond|than|exceed(?:s|ing)?|surpass(?:es|ing)?|nearly|almost|about|around|approximately|under|below|up to|by|gains?|improvement of)\s*~?$/i;

function overlaps(a: RegExpMatchArray, b: RegExpMatchArray): boolean {
  const [aStart, bStart] = [a.index ?? 0, b.index ?? 0];
  return aStart < bStart + b[0].length && bStart < aStart + a[0].length;
}

interface Benchmark {
  name: string;
  value: number;
  text: string;
  line: number;
}

export default defineRule({
  id: "rating-mismatch",
  description: "A benchmark figure stated in the lead or a description should equal that benchmark's Rating line",
  category: "ratings",
  defaultSeverity: "error",
  fixable: false,
  defaults: {},
  messages: {
    mismatch:
      "Unexpected `{{stated}}` for {{name}} in {{where}}, expected `{{rated}}` as the Rating says (line {{line}})",
  },
  check({ entry, schema, report }) {
    const matches = fieldMatches(entry, schema);
    const benchmarks: Benchmark[] = [];
    for (const match of matches.filter((m) => m.spec.kind === "rating")) {
      for (const value of match.section.values) {
        const line = RATING_LINE.exec(value.text);
        if (line?.[1] && line[2]) {
          benchmarks.push({
            name: line[1].trim(),
            value: Number(line[2]),
            text: `${line[2]}%`,
            line: value.range.start.line,
          });
        }
      }
    }
    if (benchmarks.length === 0) return;

    // Prose that restates figures: the lead and the description fields, never Notes or Rating.
    const prose: Array<{ range: Range; where: string }> = entry.lead
      .filter((b) => b.type === "paragraph")
      .map((b) => ({ range: b.range, where: "the lead" }));
    for (const match of matches) {
      if (match.spec.kind !== "text" || !/description$/i.test(match.spec.name)) continue;
      for (const value of match.section.values) prose.push({ range: value.range, where: `\`${match.section.name}\`` });
    }

    // Longest names first, so `66.7% on SWE-bench Multilingual` is never read as `SWE-bench`.
    const byLength = [...benchmarks].sort((a, b) => b.name.length - a.name.length);
    for (const benchmark of byLength) {
      const longer = byLength.filter((b) => b.name.length > benchmark.name.length).flatMap((b) => statements(b.name));
      const patterns = statements(benchmark.name);
      for (const { range, where } of prose) {
        const raw = entry.source.text.slice(range.start.offset, range.end.offset);
        for (const pattern of patterns) {
          for (const found of raw.matchAll(pattern)) {
            const figure = found.groups?.figure;
            if (!figure || sameFigure(figure, benchmark.value)) continue;
            const at = range.start.offset + (found.index ?? 0) + found[0].indexOf(`${figure}%`);
            const before = raw.slice(Math.max(0, at - range.start.offset - 24), at - range.start.offset);
            // `break 80% on …`, `over 70%`, `nearly 13%`: a bound or a comparison, not the score.
            if (BOUND.test(before)) continue;
            // The same figure belongs to a longer benchmark name stated at this spot.
            if (
              longer.some((p) => [...raw.matchAll(p)].some((m) => m.groups?.figure === figure && overlaps(m, found)))
            ) {
              continue;
            }
            report({
              messageId: "mismatch",
              data: { stated: `${figure}%`, name: benchmark.name, where, rated: benchmark.text, line: benchmark.line },
              range: rangeOf(entry.source, at, at + figure.length + 1),
            });
          }
        }
      }
    }
  },
});

/**
 * Ways prose ties a percentage to a benchmark: `90.8% on MMLU`, `MMLU: 90.8%`,
 * `MMLU of 90.8%`, `MMLU score of 90.8%`, `MMLU (90.8%)`. The name matches
 * loosely (case, spaces, hyphens) but as a whole word: `MMLU` is not `MMLU-Pro`.
 */
function statements(name: string): RegExp[] {
  const loose = name
    .trim()
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s-]*");
  const end = "(?![\\w-]*\\w)";
  const start = "(?<![\\w-])";
  const figure = "(?<figure>\\d{1,3}(?:\\.\\d{1,4})?)";
  return [
    new RegExp(`${figure}%\\s+(?:on|in)\\s+(?:the\\s+)?${start}${loose}${end}`, "gi"),
    new RegExp(`${start}${loose}${end}(?:\\s+score)?\\s*(?::|of|at|=)\\s*${figure}%`, "gi"),
    // `SWE-bench (73.8%)`, but not `SWE-bench (5.8% improvement …)`.
    new RegExp(`${start}${loose}${end}\\s*\\(\\s*${figure}%\\s*\\)`, "gi"),
  ];
}

/** `91%` states `90.8%` rounded; `90.8%` and `88.0%` differ. */
function sameFigure(stated: string, rated: number): boolean {
  const decimals = stated.includes(".") ? (stated.split(".")[1]?.length ?? 0) : 0;
  const factor = 10 ** decimals;
  return Math.round(rated * factor) === Math.round(Number(stated) * factor);
}
