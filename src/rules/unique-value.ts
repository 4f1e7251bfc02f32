import { entriesBySchema, holdersByValue, keysWith, peersWithValues } from "../rule-api/compared-values.js";
import { defineRule } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "unique-value",
  description: "A front-matter value whose key sets `unique` should be held by no other entry of the catalog",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    other:
      "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected a value no other entry has: `{{other}}` line {{line}} has it",
    same: "Unexpected `{{key}}` value `{{value}}` again in `{{file}}`, expected each value once: line {{line}} has it",
  },
  check() {
    // Only meaningful across files: see checkCatalog.
  },
  checkCatalog({ entries, schemaOf, report }) {
    for (const [schema, group] of entriesBySchema(entries, schemaOf)) {
      for (const [key, spec] of keysWith(schema, (s) => s.unique === true)) {
        for (const holders of holdersByValue(group, key).values()) {
          if (holders.length < 2) continue;
          for (const holder of holders) {
            if (!holder.entry.linted) continue;
            const elsewhere = holders.find((h) => h.entry !== holder.entry);
            const data = { key, value: plain(holder.value), file: plain(holder.entry.filePath) };
            if (elsewhere) {
              report(holder.entry.filePath, {
                messageId: "other",
                data: { ...data, other: plain(elsewhere.entry.filePath), line: elsewhere.range.start.line },
                range: holder.range,
              });
              continue;
            }
            // Twice in one entry's list: front-matter-value's finding when the key sets uniqueItems.
            const first = holders[0];
            if (spec.uniqueItems || !first || first === holder) continue;
            report(holder.entry.filePath, {
              messageId: "same",
              data: { ...data, line: first.range.start.line },
              range: holder.range,
            });
          }
        }
      }
    }
  },
  peerFilter: peersWithValues,
  // Entries of a catalog may each have their own folder (explore's topics/<slug>/).
  peerScope: "catalog",
});
