import type { Range } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { isDisputed } from "../rule-api/schema-disputes.js";
import type { GroupSpec } from "../schema/types.js";
import { derivedFrom } from "../util/derived.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "section-placement",
  description: "A field should sit under its own group at `###`, and a group at `##`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    wrongGroup: "Unexpected `{{marks}} {{name}}` under `## {{actual}}`, expected it under `## {{expected}}`",
    noGroup: "Unexpected `{{marks}} {{name}}` before any group, expected it under `## {{expected}}`",
    fieldAsGroup: "Unexpected `## {{name}}`, expected the field heading `### {{name}}` under `## {{expected}}`",
    groupAsField: "Unexpected `{{marks}} {{name}}`, expected the group heading `## {{name}}`",
    deepField: "Unexpected `{{marks}} {{name}}`, expected the field heading `### {{name}}` under `## {{expected}}`",
    valueOnGroup: "Unexpected value directly under `## {{name}}`, expected it under a `### {{name}}` field heading",
    contentOnGroup:
      "Unexpected content directly under `## {{name}}`, expected it under one of the group's `###` fields",
  },
  check({ entry, schema, report }) {
    // A known field or group written as `####` (or deeper) inside a field: markdown nests it, so
    // its values would silently join the field above. (Directly under a group, the content is
    // already reported as `valueOnGroup`/`contentOnGroup`, once.)
    const reportDeepHeadings = (field: { subheadings: readonly { text: string; depth: number; range: Range }[] }) => {
      for (const heading of field.subheadings) {
        const marks = "#".repeat(heading.depth);
        const known = schema.field(heading.text);
        if (known) {
          report({
            messageId: "deepField",
            data: { marks, name: plain(heading.text), expected: known.group.name },
            range: heading.range,
          });
        } else if (schema.group(heading.text)) {
          report({ messageId: "groupAsField", data: { marks, name: plain(heading.text) }, range: heading.range });
        }
      }
    };
    for (const section of entry.orphanFields) {
      const known = schema.field(section.name);
      if (known) {
        report({
          messageId: "noGroup",
          data: { marks: "#".repeat(section.depth), name: plain(section.name), expected: known.group.name },
          range: section.heading.range,
        });
      } else if (schema.group(section.name)) {
        report({
          messageId: "groupAsField",
          data: { marks: "#".repeat(section.depth), name: plain(section.name) },
          range: section.heading.range,
        });
      }
    }
    for (const group of entry.groups) {
      const groupSpec = schema.group(group.name);
      if (!groupSpec) {
        const known = schema.field(group.name);
        if (known) {
          report({
            messageId: "fieldAsGroup",
            data: { name: plain(group.name), expected: known.group.name },
            range: group.heading.range,
          });
        }
      } else if (!groupSpec.value && group.values.length > 0 && !isDisputed(entry, schema, group, "valueOnGroup")) {
        // (A disputed group value, which the template and the criteria disagree on, is schema-conflict's.)
        const sameNameField = fieldNames(groupSpec).has(group.name);
        const hasField = group.fields.some((f) => f.name === group.name);
        // The template has `## X` then `### X`; the entry put X's value on the group line.
        if (sameNameField && !hasField) {
          report({ messageId: "valueOnGroup", data: { name: plain(group.name) }, range: group.heading.range });
        } else {
          const first = group.values[0];
          const last = group.values.at(-1);
          if (first && last) {
            report({
              messageId: "contentOnGroup",
              data: { name: plain(group.name) },
              range: { start: first.fullRange.start, end: last.fullRange.end },
            });
          }
        }
      }
      for (const field of group.fields) {
        reportDeepHeadings(field);
        if (groupSpec && fieldNames(groupSpec).has(field.name)) continue;
        const known = schema.field(field.name);
        if (known && groupSpec) {
          report({
            messageId: "wrongGroup",
            data: {
              marks: "#".repeat(field.depth),
              name: plain(field.name),
              actual: plain(group.name),
              expected: known.group.name,
            },
            range: field.heading.range,
          });
        } else if (!known && schema.group(field.name) && field.name !== group.name) {
          report({
            messageId: "groupAsField",
            data: { marks: "#".repeat(field.depth), name: plain(field.name) },
            range: field.heading.range,
          });
        }
      }
    }
  },
});

/**
 * A group's field names, built once per group of the schema: looked up for each field of an
 * entry (a pull request's template and entry, fields × fields, when compared one by one).
 */
const fieldNames = derivedFrom((group: GroupSpec): ReadonlySet<string> => new Set(group.fields.map((f) => f.name)));
