import { allSections } from "../model/build-entry.js";
import type { Section } from "../model/entry.js";
import { defineRule } from "../rule-api/define-rule.js";
import { isDisputed } from "../rule-api/schema-disputes.js";
import { schemaOrigin } from "../rule-api/schema-origin.js";
import { suggestSectionMatch } from "../rule-api/section-names.js";
import { plain, SuggestionBudget } from "../util/text.js";

export default defineRule({
  id: "unknown-section",
  description: "Group and field headings should be ones the schema (the dataset's template) defines",
  category: "structure",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    unknown: "Unexpected section `{{marks}} {{name}}`, expected a section of {{schema}}",
    suggest: "Unexpected section `{{marks}} {{name}}`, expected `{{marks}} {{suggestion}}` as {{schema}} writes it",
    empty: "Unexpected empty heading `{{marks}}`, expected a section name",
  },
  check({ entry, schema, report }) {
    const present = new Set(allSections(entry).map((s) => s.name));
    const budget = new SuggestionBudget();
    for (const group of entry.groups) {
      check(group, undefined);
      for (const field of group.fields) check(field, group.name);
    }
    for (const field of entry.orphanFields) check(field, undefined);

    function check(section: Section, groupName: string | undefined): void {
      const marks = "#".repeat(section.depth);
      if (section.name === "") {
        report({ messageId: "empty", data: { marks }, range: section.heading.range });
        return;
      }
      // `body.open`: any heading is allowed (each needs content: empty-section).
      if (schema.schema.body?.open) return;
      // The template and the criteria disagree on it: schema-conflict says which one it follows.
      if (isDisputed(entry, schema, section, "field") || isDisputed(entry, schema, section, "group")) return;
      if (section.depth <= 2) {
        // A field written as a group (`## Version`) is section-placement's finding.
        if (schema.group(section.name) || schema.field(section.name)) return;
      } else {
        if (schema.field(section.name)) return;
        // A group written as a field elsewhere (`### Licensing` under `## General Info`) is section-placement's.
        if (schema.group(section.name) && section.name !== groupName) return;
      }
      const suggested = suggestSectionMatch(section.name, section.depth, schema, budget);
      const suggestion = suggested?.match;
      // Rename only to the one close name, and only when the entry does not have it already.
      const safe = suggested?.unique && !present.has(suggested.match);
      const { start, end } = section.heading.textRange;
      report({
        messageId: suggestion ? "suggest" : "unknown",
        data: {
          marks,
          name: plain(section.name),
          schema: schemaOrigin(schema.schema),
          ...(suggestion ? { suggestion } : {}),
        },
        range: section.heading.textRange,
        ...(safe && suggestion
          ? { fix: { range: [start.offset, end.offset] as [number, number], text: suggestion } }
          : {}),
      });
    }
  },
});
