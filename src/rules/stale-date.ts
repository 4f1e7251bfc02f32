import { dateValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { frontMatterDates } from "../rule-api/front-matter-values.js";
import { isoDay } from "../util/dates.js";

export default defineRule({
  id: "stale-date",
  description: "A date field (Last Update) should be more recent than `maxAgeDays` before today",
  category: "dates",
  defaultSeverity: "warn",
  fixable: false,
  options: {
    maxAgeDays: {
      default: 365,
      description: "Oldest acceptable age in days",
      schema: (z) => z.number().int().positive(),
    },
  },
  messages: {
    stale: "Unexpected `{{field}}` of `{{value}}`, {{age}} days before {{now}}: expected at most {{max}} days old",
  },
  check({ entry, schema, fieldMatches, options, now, report }) {
    const today = isoDay(now);
    if (today === undefined) return;
    for (const { section, value, day } of dateValues(fieldMatches())) {
      if (day === undefined || today - day <= options.maxAgeDays) continue;
      report({
        messageId: "stale",
        data: { field: section.name, value: value.text, age: today - day, now, max: options.maxAgeDays },
        range: value.range,
      });
    }
    // Front-matter keys the schema makes dates (`type: date`, `format: date`), in their own format.
    for (const { key, text, range, day } of frontMatterDates(entry, schema.schema)) {
      if (day === undefined || today - day <= options.maxAgeDays) continue;
      report({
        messageId: "stale",
        data: { field: key, value: text, age: today - day, now, max: options.maxAgeDays },
        range,
      });
    }
  },
});
