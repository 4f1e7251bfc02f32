import type { Section } from "../model/entry.js";
import { defineRule } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

// A link, an image or a bare URL in a heading's own text: `###### Source: [Microsoft Docs](https://…)`.
const LINK_IN_TEXT = /\]\(|\]\[|<https?:\/\/|https?:\/\//i;
/** From this depth on, a heading in free markdown is small print (a caption, a credit), not a section. */
const CAPTION_DEPTH = 5;

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
    emptyHeading: "Unexpected empty section `{{marks}} {{name}}`, expected text, a list or other content under it",
  },
  check({ entry, schema, report }) {
    // `body.open`: the body is free markdown, where a heading the schema does not name is no
    // field: it needs content, not the catalog's `-`, and one whose own text is the content
    // (a link, small print) is not empty.
    const open = schema.schema.body?.open === true;
    const free = (section: Section) => open && !schema.group(section.name) && !schema.field(section.name);
    const reportField = (field: Section) => {
      if (field.values.length > 0) return;
      if (free(field) && isCaption(field)) return;
      report({
        messageId: free(field) ? "emptyHeading" : "emptyField",
        data: { marks: "#".repeat(field.depth), name: plain(field.name) },
        range: field.heading.range,
      });
    };
    for (const group of entry.groups) {
      // A group with only a value (`## MCP-Client` + `- Yes`) is not empty.
      // `####` headings alone hold no value, so they do not make a section non-empty.
      if (group.fields.length === 0 && group.values.length === 0 && !(free(group) && isCaption(group))) {
        const spec = schema.group(group.name);
        if (!spec || spec.fields.length > 0 || spec.value) {
          // Say what the schema puts there: a value (`## MCP-Client` + `- Yes`), fields, or,
          // for a group it does not know (a free body), just content.
          const messageId = !spec
            ? open
              ? "emptyHeading"
              : "emptySection"
            : spec.value
              ? "emptyValueGroup"
              : "emptyGroup";
          report({
            messageId,
            data: { marks: "#".repeat(group.depth), name: plain(group.name) },
            range: group.heading.range,
          });
        }
      }
      for (const field of group.fields) reportField(field);
    }
    for (const field of entry.orphanFields) reportField(field);
  },
});

/** A heading that is content itself: its text holds a link, or it is small print (`#####`, `######`). */
function isCaption(section: Section): boolean {
  return section.depth >= CAPTION_DEPTH || LINK_IN_TEXT.test(section.name);
}
