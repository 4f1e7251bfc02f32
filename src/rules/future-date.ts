import { dateValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { frontMatterDates } from "../rule-api/front-matter-values.js";
import { isoDay } from "../util/dates.js";

export default defineRule({
  id: "future-date",
  description: "A date field (Last Update) should not be after today",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    future: "Unexpected `{{field}}` of `{{value}}`, after today ({{now}}): expected a date on or before today",
  },
  check({ entry, schema, fieldMatches, now, report }) {
    const today = isoDay(now);
    if (today === undefined) return;
    for (const { section, value, day } of dateValues(fieldMatches())) {
      if (day !== undefined && day > today) {
        report({ messageId: "future", data: { field: section.name, value: value.text, now }, range: value.range });
      }
    }
    // Front-matter keys the schema makes dates (`type: date`, `format: date`), in their own format.
    for (const { key, text, range, day } of frontMatterDates(entry, schema.schema)) {
      if (day !== undefined && day > today)
        report({ messageId: "future", data: { field: key, value: text, now }, range });
    }
  },
});
