import { isoDay } from "./dates.js";
import { defineRule, noOptions } from "./define-rule.js";
import { fieldMatches } from "./fields.js";

export default defineRule({
  id: "future-date",
  description: "A date field (Last Update) should not be after today",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    future: "Unexpected `{{field}}` of `{{value}}`, after today ({{now}}): expected a date on or before today",
  },
  check({ entry, schema, now, report }) {
    const today = isoDay(now);
    if (today === undefined) return;
    for (const { section, spec } of fieldMatches(entry, schema)) {
      if (spec.kind !== "date") continue;
      for (const value of section.values) {
        const day = isoDay(value.text);
        if (day !== undefined && day > today) {
          report({ messageId: "future", data: { field: section.name, value: value.text, now }, range: value.range });
        }
      }
    }
  },
});
