import { defineRule } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "empty-section",
  description: "A field should hold a value, or `-` when the value is unknown",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    emptyField: "Unexpected empty field `### {{name}}`, expected a value or `-` if unknown",
    emptyGroup: "Unexpected empty group `## {{name}}`, expected its `###` fields",
  },
  check({ entry, schema, report }) {
    for (const group of entry.groups) {
      // A group with only a value (`## MCP-Client` + `- Yes`) is not empty.
      // `####` headings alone hold no value, so they do not make a section non-empty.
      if (group.fields.length === 0 && group.values.length === 0) {
        const spec = schema.group(group.name);
        if (!spec || spec.fields.length > 0 || spec.value) {
          report({ messageId: "emptyGroup", data: { name: plain(group.name) }, range: group.heading.range });
        }
      }
      for (const field of group.fields) {
        if (field.values.length === 0) {
          report({ messageId: "emptyField", data: { name: plain(field.name) }, range: field.heading.range });
        }
      }
    }
    for (const field of entry.orphanFields) {
      if (field.values.length === 0)
        report({ messageId: "emptyField", data: { name: plain(field.name) }, range: field.heading.range });
    }
  },
});
