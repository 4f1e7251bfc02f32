import { defineRule } from "../rule-api/define-rule.js";
import { looksUnknown } from "../rule-api/unknown-values.js";
import { isUnknownMarker, looseKey, plain, quote } from "../util/text.js";

// `[4] Strong local-first design`
const STARS = /^\[([^\]]*)\]\s*(.*)$/;
// `MMLU: 90.8%`, `Elo: 2150`, `Speed: 160 tokens/s`, `CC-Bench: 48.6% win rate vs Claude Sonnet 4`.
// The number and an optional `%`, then, if anything, commentary: a word or a `(qualifier)`
// after a space, or a `(qualifier)` right after. As with `[N] commentary`, the catalog sets no
// limit on it (FORMATTING.md, the templates), so neither does the rule; `90.8 %` stays wrong.
const SCORE = /^(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,6})?(%?)(?:\s+[\p{L}(~<>≈±].*|\s*\(.*)?$/su;
// `MMLU 90.8` / `MMLU 90.8%`: a benchmark line missing its colon.
// Only short names (up to four words) count, so prose ending in a number does not.
const NO_COLON = /^([A-Za-z][\w.-]*(?:\s[\w.-]+){0,3})\s+(\d{1,9}(?:\.\d{1,6})?%?)$/;

export default defineRule({
  id: "rating-format",
  description: "Each Rating line should be `[N] commentary` or a benchmark `Name: 90.8%` / `Name: 2150`",
  category: "ratings",
  defaultSeverity: "error",
  fixable: false,
  options: {
    min: { default: 1, description: "Lowest star rating", schema: (z) => z.number().int() },
    max: { default: 5, description: "Highest star rating", schema: (z) => z.number().int() },
  },
  messages: {
    starRange: "Unexpected rating {{stars}}, expected a whole number from {{min}} to {{max}} in brackets",
    noCommentary: "Unexpected rating {{stars}} without commentary, expected `[{{n}}] why`",
    noColon: "Unexpected {{value}}, expected `{{name}}: {{score}}`",
    score: "Unexpected score {{score}} for `{{name}}`, expected a number such as `90.8%` or `2150`",
    percent: "Unexpected score `{{score}}` for `{{name}}`, expected a percentage from 0% to 100%",
    duplicate: "Unexpected repeated `{{name}}` benchmark, expected it once (first at line {{line}})",
    shape: "Unexpected rating {{value}}, expected `[N] commentary` (N from {{min}} to {{max}}) or `Benchmark: 90.8%`",
  },
  check({ fieldMatches, options, report }) {
    for (const { section, spec } of fieldMatches()) {
      if (spec.kind !== "rating") continue;
      const benchmarks = new Map<string, number>();
      for (const value of section.values) {
        const text = value.text;
        // `Not Available`: unknown-marker's finding, not a malformed rating.
        if (isUnknownMarker(text) || looksUnknown(text)) continue;
        const { range } = value;
        const scale = { min: options.min, max: options.max };
        const stars = STARS.exec(text);
        if (stars) {
          const n = stars[1]?.trim() ?? "";
          const shown = quote(`[${stars[1] ?? ""}]`);
          if (!/^\d+$/.test(n) || Number(n) < options.min || Number(n) > options.max) {
            report({ messageId: "starRange", data: { stars: shown, ...scale }, range });
          } else if (!stars[2]?.trim()) {
            report({ messageId: "noCommentary", data: { stars: shown, n: Number(n) }, range });
          }
          continue;
        }
        const colon = text.indexOf(":");
        const name = text.slice(0, colon).trim();
        if (colon > 0 && name !== "" && !/^https?$/i.test(name)) {
          const score = text.slice(colon + 1).trim();
          const parsed = SCORE.exec(score);
          if (!parsed) {
            report({ messageId: "score", data: { name, score: quote(score) }, range });
            continue;
          }
          const number = Number.parseFloat(score.replace(/,/g, ""));
          if (parsed[2] === "%" && number > 100) {
            report({ messageId: "percent", data: { name, score: plain(score) }, range });
            continue;
          }
          const key = looseKey(name);
          const firstLine = benchmarks.get(key);
          if (firstLine !== undefined) {
            report({ messageId: "duplicate", data: { name, line: firstLine }, range });
          } else benchmarks.set(key, range.start.line);
          continue;
        }
        const noColon = NO_COLON.exec(text);
        if (noColon) {
          report({
            messageId: "noColon",
            data: { value: quote(text), name: noColon[1] ?? "", score: noColon[2] ?? "" },
            range,
          });
          continue;
        }
        report({ messageId: "shape", data: { value: quote(text), ...scale }, range });
      }
    }
  },
});
