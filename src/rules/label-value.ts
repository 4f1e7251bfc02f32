import { defineRule } from "./define-rule.js";
import { derivedFrom } from "./derived.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { didYouMean, isUnknownMarker, listAnd, quote, quoteList } from "./text.js";
import { looksUnknown } from "./unknown-marker.js";

export default defineRule({
  id: "label-value",
  description: "A label or yes/no field should only hold values from the schema's list",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  defaults: {},
  messages: {
    case: "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` (values match case-sensitively)",
    commentary:
      "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` alone with the rest as an indented `  - ` note",
    suggest: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}} (did you mean `{{expected}}`?)",
    combined: "Unexpected {{value}} for `{{field}}`, expected one value per item: {{parts}}",
    unknown: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}}",
  },
  check({ entry, schema, report }) {
    for (const match of fieldMatches(entry, schema)) {
      const { section, spec } = match;
      const allowed = spec.values;
      if (!allowed?.length || (spec.kind !== "label" && spec.kind !== "yes-no")) continue;
      for (const value of checkedValues(match)) {
        const text = value.text;
        if (isUnknownMarker(text) || allowed.includes(text) || value.kind === "block") continue;
        // `N/A`, `Unknown`: unknown-marker's finding (and fix), not a wrong label.
        if (looksUnknown(text)) continue;
        const data = { value: quote(text), field: section.name, allowed: allowedList(allowed) };
        const sameCase = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
        if (sameCase) {
          const fix = { range: [value.range.start.offset, value.range.end.offset] as [number, number], text: sameCase };
          report({ messageId: "case", data: { ...data, expected: sameCase }, range: value.range, fix });
          continue;
        }
        // `JavaScript / TypeScript`, `MIT OR Apache-2.0`: several allowed values in one item.
        const parts = text.split(/\s*(?:\/|,|;|&|\+|\band\b|\bor\b|\bOR\b|\bAND\b)\s*/).filter(Boolean);
        if (parts.length > 1 && parts.every((p) => allowed.includes(p))) {
          report({
            messageId: "combined",
            data: { ...data, parts: listAnd(parts.map((p) => `\`- ${p}\``)) },
            range: value.range,
          });
          continue;
        }
        // `Yes (beta)`, `No - not documented`: an allowed value followed by a note.
        const prefix = allowed.find((a) => prefixPattern(a).test(text));
        if (prefix) {
          report({ messageId: "commentary", data: { ...data, expected: prefix }, range: value.range });
          continue;
        }
        const suggestion = didYouMean(text, allowed);
        report({
          messageId: suggestion ? "suggest" : "unknown",
          data: { ...data, ...(suggestion ? { expected: suggestion } : {}) },
          range: value.range,
        });
      }
    }
  },
});

/** `Yes` → `/^Yes(?=[\s,;:(–—-])/i`: the allowed value followed by a note; built once per value. */
const prefixPatterns = new Map<string, RegExp>();
function prefixPattern(allowed: string): RegExp {
  let pattern = prefixPatterns.get(allowed);
  if (!pattern) {
    pattern = new RegExp(`^${escapeRegExp(allowed)}(?=[\\s,;:(\\u2013\\u2014-])`, "i");
    prefixPatterns.set(allowed, pattern);
  }
  return pattern;
}

/** The quoted list of a field's values, for messages; built once per list. */
const allowedList = derivedFrom((allowed: readonly string[]) => quoteList(allowed));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
