import { dateValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { isoDay } from "../util/dates.js";

/** What `check` gets when a config sets no options (the schema below documents each). */
const defaults = { maxAgeDays: 365 };

export default defineRule({
  id: "stale-date",
  description: "A date field (Last Update) should be more recent than `maxAgeDays` before today",
  category: "dates",
  defaultSeverity: "warn",
  fixable: false,
  defaults,
  options: (z) =>
    z
      .object({
        maxAgeDays: z
          .number()
          .int()
          .positive()
          .default(defaults.maxAgeDays)
          .meta({ description: "Oldest acceptable age in days" }),
      })
      .strict()
      .default(defaults),
  messages: {
    stale: "Unexpected `{{field}}` of `{{value}}`, {{age}} days before {{now}}: expected at most {{max}} days old",
  },
  check({ entry, schema, options, now, report }) {
    const today = isoDay(now);
    if (today === undefined) return;
    for (const { section, value, day } of dateValues(entry, schema)) {
      if (day === undefined || today - day <= options.maxAgeDays) continue;
      report({
        messageId: "stale",
        data: { field: section.name, value: value.text, age: today - day, now, max: options.maxAgeDays },
        range: value.range,
      });
    }
  },
});
