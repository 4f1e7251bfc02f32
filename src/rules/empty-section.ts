import { defineRule } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "empty-section",
  description: "A field should hold a value, or `-` when the value is unknown",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    emptyField: "Unexpected empty field `{{marks}} {{name}}`, expected a value or `-` if unknown",
    emptyGroup: "Unexpected empty group `{{marks}} {{name}}`, expected its `###` fields",
    emptyValueGroup: "Unexpected empty group `{{marks}} {{name}}`, expected a value or `-` if unknown",
    emptySection: "Unexpected empty section `{{marks}} {{name}}`, expected a value or fields under it",
  },
  check({ entry, schema, report }) {
    for (const group of entry.groups) {
      // A group with only a value (`## MCP-Client` + `- Yes`) is not empty.
      // `####` headings alone hold no value, so they do not make a section non-empty.
      if (group.fields.length === 0 && group.values.length === 0) {
        const spec = schema.group(group.name);
        if (!spec || spec.fields.length > 0 || spec.value) {
          // Say what the schema puts there: a value (`## MCP-Client` + `- Yes`), fields, or,
          // for a group it does not know (a free body), just content.
          const messageId = !spec ? "emptySection" : spec.value ? "emptyValueGroup" : "emptyGroup";
          report({
            messageId,
            data: { marks: "#".repeat(group.depth), name: plain(group.name) },
            range: group.heading.range,
          });
        }
      }
      for (const field of group.fields) {
        if (field.values.length === 0) {
          report({
            messageId: "emptyField",
            data: { marks: "#".repeat(field.depth), name: plain(field.name) },
            range: field.heading.range,
          });
        }
      }
    }
    for (const field of entry.orphanFields) {
      if (field.values.length === 0)
        report({
          messageId: "emptyField",
          data: { marks: "#".repeat(field.depth), name: plain(field.name) },
          range: field.heading.range,
        });
    }
  },
});
