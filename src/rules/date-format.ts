import { isoDay } from "./dates.js";
import { defineRule, noOptions } from "./define-rule.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { isUnknownMarker, quote } from "./text.js";

export default defineRule({
  id: "date-format",
  description: "A date field should hold a real calendar date written `YYYY-MM-DD`",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    format: "Unexpected {{value}} for `{{field}}`, expected an ISO date `YYYY-MM-DD`",
    invalid: "Unexpected {{value}} for `{{field}}`, expected a real calendar date",
  },
  check({ entry, schema, report }) {
    for (const match of fieldMatches(entry, schema)) {
      const { section, spec } = match;
      if (spec.kind !== "date") continue;
      for (const value of checkedValues(match)) {
        if (isUnknownMarker(value.text) || isoDay(value.text) !== undefined) continue;
        const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(value.text);
        report({
          messageId: looksIso ? "invalid" : "format",
          data: { value: quote(value.text), field: section.name },
          range: value.range,
        });
      }
    }
  },
});
