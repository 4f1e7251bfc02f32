import { defineRule, noOptions } from "./define-rule.js";

export default defineRule({
  id: "section-placement",
  description: "A field should sit under its own group at `###`, and a group at `##`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    wrongGroup: "Unexpected `### {{name}}` under `## {{actual}}`, expected it under `## {{expected}}`",
    noGroup: "Unexpected `### {{name}}` before any group, expected it under `## {{expected}}`",
    fieldAsGroup: "Unexpected `## {{name}}`, expected the field heading `### {{name}}` under `## {{expected}}`",
    groupAsField: "Unexpected `### {{name}}`, expected the group heading `## {{name}}`",
    valueOnGroup: "Unexpected value directly under `## {{name}}`, expected it under a `### {{name}}` field heading",
  },
  check({ entry, schema, report }) {
    for (const section of entry.orphanFields) {
      const known = schema.field(section.name);
      if (known) {
        report({
          messageId: "noGroup",
          data: { name: section.name, expected: known.group.name },
          range: section.heading.range,
        });
      } else if (schema.group(section.name)) {
        report({ messageId: "groupAsField", data: { name: section.name }, range: section.heading.range });
      }
    }
    for (const group of entry.groups) {
      const groupSpec = schema.group(group.name);
      if (!groupSpec) {
        const known = schema.field(group.name);
        if (known) {
          report({
            messageId: "fieldAsGroup",
            data: { name: group.name, expected: known.group.name },
            range: group.heading.range,
          });
        }
      } else if (!groupSpec.value && group.values.length > 0 && groupSpec.fields.some((f) => f.name === group.name)) {
        // The template has `## X` then `### X`; the entry put X's value on the group.
        const hasField = group.fields.some((f) => f.name === group.name);
        if (!hasField) report({ messageId: "valueOnGroup", data: { name: group.name }, range: group.heading.range });
      }
      for (const field of group.fields) {
        if (groupSpec?.fields.some((f) => f.name === field.name)) continue;
        const known = schema.field(field.name);
        if (known && groupSpec) {
          report({
            messageId: "wrongGroup",
            data: { name: field.name, actual: group.name, expected: known.group.name },
            range: field.heading.range,
          });
        } else if (!known && schema.group(field.name) && field.name !== group.name) {
          report({ messageId: "groupAsField", data: { name: field.name }, range: field.heading.range });
        }
      }
    }
  },
});
