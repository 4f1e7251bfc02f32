import { allSections } from "../model/build-entry.js";
import { defineRule, noOptions } from "./define-rule.js";
import { suggestSection } from "./section-names.js";

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
    for (const section of allSections(entry)) {
      if (known.has(section.name)) continue;
      const suggestion = suggestSection(section.name, schema);
      report({
        messageId: suggestion ? "suggest" : "unknown",
        data: { name: section.name, schema: schema.schema.name, ...(suggestion ? { suggestion } : {}) },
        range: section.heading.textRange,
      });
    }
  },
});
