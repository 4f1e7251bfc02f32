import type { Section } from "../model/entry.js";
import { defineRule } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "duplicate-section",
  description: "A group should appear once per entry, and a field once per group",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    duplicate: "Unexpected repeated `{{marks}} {{name}}`, expected it once (first at line {{line}})",
  },
  check({ entry, report }) {
    const check = (sections: Section[]) => {
      const seen = new Map<string, Section>();
      for (const section of sections) {
        const first = seen.get(section.name);
        if (!first) {
          seen.set(section.name, section);
          continue;
        }
        report({
          messageId: "duplicate",
          data: { marks: "#".repeat(section.depth), name: plain(section.name), line: first.heading.range.start.line },
          range: section.heading.range,
        });
      }
    };
    check(entry.groups);
    check(entry.orphanFields);
    for (const group of entry.groups) check(group.fields);
  },
});
