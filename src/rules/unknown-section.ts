import { allSections } from "../model/build-entry.js";
import { defineRule, noOptions } from "./define-rule.js";
import { didYouMean } from "./text.js";

export default defineRule({
  id: "unknown-section",
  description: "Group and field headings should be ones the schema (the dataset's template) defines",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    unknown: "Unexpected section `{{name}}`, expected a section of the `{{schema}}` template",
    suggest: "Unexpected section `{{name}}`, expected `{{suggestion}}` as the `{{schema}}` template writes it",
  },
  check({ entry, schema, report }) {
    const known = new Set(schema.knownNames());
    // Aliases (criteria ids, display names) point at the heading the template uses.
    const aliases = new Map<string, string>();
    for (const group of schema.schema.groups) {
      for (const field of [...group.fields, ...(group.value ? [group.value] : [])]) {
        for (const alias of field.aliases) if (!known.has(alias)) aliases.set(alias, field.name);
      }
    }
    const candidates = [...known];
    for (const section of allSections(entry)) {
      if (known.has(section.name)) continue;
      const suggestion = aliases.get(section.name) ?? didYouMean(section.name, candidates);
      report({
        messageId: suggestion ? "suggest" : "unknown",
        data: { name: section.name, schema: schema.schema.name, ...(suggestion ? { suggestion } : {}) },
        range: section.heading.textRange,
      });
    }
  },
});
