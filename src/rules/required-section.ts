import { allSections } from "../model/build-entry.js";
import type { Group } from "../model/entry.js";
import { defineRule } from "../rule-api/define-rule.js";
import { suggestSection } from "../rule-api/section-names.js";
import { SuggestionBudget } from "../util/text.js";

export default defineRule({
  id: "required-section",
  description: "Every required group and field of the schema should be present",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    group: "Missing group `## {{group}}`, expected it after {{after}}",
    field: "Missing field `### {{field}}` in `## {{group}}`",
  },
  check({ entry, schema, report }) {
    // `body.open`: no section is required, whatever the groups.
    if (schema.schema.body?.open) return;
    // A section written at the wrong level or under the wrong group is present:
    // `section-placement` reports it, so it is not also "missing" here.
    // A misspelt heading (`FreeTrial`) is reported once, by `unknown-section`.
    const budget = new SuggestionBudget();
    const present = new Set(
      allSections(entry).flatMap((s) => [s.name, suggestSection(s.name, s.depth, schema, budget) ?? s.name]),
    );
    // The first group of each name: looked up once per group of the schema.
    const groups = new Map<string, Group>();
    for (const group of entry.groups) if (!groups.has(group.name)) groups.set(group.name, group);
    const anchor = entry.title?.heading.range ?? {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 1, offset: 0 },
    };
    let after = "the title";
    for (const groupSpec of schema.schema.groups) {
      const group = groups.get(groupSpec.name);
      if (!group) {
        if (groupSpec.required && !present.has(groupSpec.name)) {
          report({ messageId: "group", data: { group: groupSpec.name, after }, range: anchor });
        }
        continue;
      }
      after = `\`## ${groupSpec.name}\``;
      for (const field of groupSpec.fields) {
        if (!field.required || present.has(field.name)) continue;
        report({ messageId: "field", data: { field: field.name, group: groupSpec.name }, range: group.heading.range });
      }
    }
  },
});
