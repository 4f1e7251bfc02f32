import { dateValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { toIsoDate } from "../util/dates.js";
import { isUnknownMarker, quote } from "../util/text.js";

export default defineRule({
  id: "date-format",
  description: "A date field should hold a real calendar date written `YYYY-MM-DD`",
  category: "dates",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    format: "Unexpected {{value}} for `{{field}}`, expected an ISO date `YYYY-MM-DD`",
    invalid: "Unexpected {{value}} for `{{field}}`, expected a real calendar date",
    fixable: "Unexpected {{value}} for `{{field}}`, expected the ISO date `{{iso}}`",
  },
  check({ fieldMatches, report }) {
    for (const { section, value, day } of dateValues(fieldMatches())) {
      if (isUnknownMarker(value.text) || day !== undefined) continue;
      const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(value.text);
      const iso = looksIso ? undefined : toIsoDate(value.text);
      report({
        messageId: looksIso ? "invalid" : iso ? "fixable" : "format",
        data: { value: quote(value.text), field: section.name, ...(iso ? { iso } : {}) },
        range: value.range,
        ...(iso
          ? { fix: { range: [value.range.start.offset, value.range.end.offset] as [number, number], text: iso } }
          : {}),
      });
    }
  },
});
