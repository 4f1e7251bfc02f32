import { entriesBySchema, holdersByValue, keysWith, peersWithValues, valuesOf } from "../rule-api/compared-values.js";
import { defineRule } from "../rule-api/define-rule.js";
import { closestMatch, plain } from "../util/text.js";

export default defineRule({
  id: "reference",
  description:
    "A front-matter value whose key sets `references` should (resolve: true) or should not (resolve: false) be another entry's value of the key it names",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unresolved: "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected the `{{target}}` of another entry",
    unresolvedSuggest:
      "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected the `{{target}}` of another entry (did you mean `{{suggestion}}`, `{{other}}` line {{line}}?)",
    resolved:
      "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected no other entry's `{{target}}`: `{{other}}` line {{line}} has it",
  },
  check() {
    // Only meaningful across files: see checkCatalog.
  },
  checkCatalog({ entries, schemaOf, report }) {
    for (const [schema, group] of entriesBySchema(entries, schemaOf)) {
      for (const [key, spec] of keysWith(schema, (s) => s.references !== undefined)) {
        const { key: target, resolve } = spec.references as { key: string; resolve: boolean };
        const targets = holdersByValue(group, target);
        const names = [...targets.keys()];
        for (const held of valuesOf(group, key)) {
          if (!held.entry.linted) continue;
          const other = targets.get(held.value)?.find((t) => t.entry !== held.entry);
          // Made for a finding only: a catalog's thousands of values mostly resolve.
          const data = () => ({ key, value: plain(held.value), file: plain(held.entry.filePath), target });
          if (!resolve) {
            if (other) {
              report(held.entry.filePath, {
                messageId: "resolved",
                data: { ...data(), other: plain(other.entry.filePath), line: other.range.start.line },
                range: held.range,
              });
            }
            continue;
          }
          if (other) continue;
          const close = closestMatch(held.value, names)?.match;
          const suggested = close === undefined ? undefined : targets.get(close)?.find((t) => t.entry !== held.entry);
          if (close !== undefined && suggested) {
            report(held.entry.filePath, {
              messageId: "unresolvedSuggest",
              data: {
                ...data(),
                suggestion: plain(close),
                other: plain(suggested.entry.filePath),
                line: suggested.range.start.line,
              },
              range: held.range,
            });
          } else report(held.entry.filePath, { messageId: "unresolved", data: data(), range: held.range });
        }
      }
    }
  },
  peerFilter: peersWithValues,
  // Entries of a catalog may each have their own folder (explore's topics/<slug>/).
  peerScope: "catalog",
});
