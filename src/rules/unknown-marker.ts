import type { Value } from "../model/entry.js";
import { checkedValues, type FieldMatch } from "../model/fields.js";
import { lineText, type SourceFile } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { clarification, phraseKey, phraseTable, tableKey, UNKNOWN_PHRASES } from "../rule-api/unknown-values.js";
import type { FieldSpec } from "../schema/types.js";
import { derivedFrom } from "../util/derived.js";
import { isUnknownMarker, plain, quote } from "../util/text.js";

/** Keys of a field's own values (`None` in a Testing label), derived once per field spec. */
const allowedKeys = derivedFrom((spec: FieldSpec): ReadonlySet<string> => new Set((spec.values ?? []).map(phraseKey)));

export default defineRule({
  id: "unknown-marker",
  description: "An unknown value should be written as the catalog's marker `-`, not as `N/A`, `Unknown` or `TBD`",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  options: {
    marker: {
      default: "-",
      description: "What the catalog writes for an unknown value (the fix writes it)",
      schema: (z) => z.string().min(1),
    },
    phrases: {
      default: [...UNKNOWN_PHRASES],
      description:
        "Values that mean unknown; matched as the whole value, ignoring letter case, spacing and a final period",
      schema: (z) => z.array(z.string().min(1)),
    },
  },
  messages: {
    whole:
      "Unexpected {{value}} for `{{field}}`, expected `{{marker}}`, the catalog's marker for an unknown or missing value",
    clarified:
      "Unexpected {{value}} for `{{field}}`, expected `{{marker}}` with the clarification {{note}} moved to an indented `  - ` note",
    freeAccess:
      "Unexpected {{value}} for `{{field}}`, expected `Yes`: the template counts free access (like open source) as `{{field}}`, and `{{openSource}}` is `Yes` (line {{line}})",
  },
  check({ entry, fieldMatches, options, report }) {
    const markerKey = phraseKey(options.marker);
    const phrases = phraseTable(options.phrases);
    // Where the template counts free access like open source as the field's `Yes` (Free Trial),
    // an open-source entry's `N/A` means `Yes`, not unknown: `-` would change what it says.
    let openSource: { field: string; value: Value } | null | undefined;
    const openSourceYes = () => {
      openSource ??= openSourceValue(fieldMatches()) ?? null;
      return openSource;
    };
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      // `None` is a real answer where the field's list offers it (a Testing or Verification label).
      const allowed = allowedKeys(spec);
      // A phrase of the list, not allowed by the field, and not the marker itself.
      const isUnknown = (text: string) => {
        const key = tableKey(text, phrases);
        return key !== undefined && !allowed.has(key) && key !== markerKey;
      };
      // Quoted only for a finding: most values are fine.
      const data = (value: Value) => ({
        value: quote(value.text),
        field: plain(section.name),
        marker: plain(options.marker),
      });
      // Beside a value that stays, the marker would be template-leftover's `-` beside values: no fix.
      // Found once per section, on the first finding that asks (per finding: values × values).
      let keeps: boolean | undefined;
      const keepsValue = () => {
        keeps ??= section.values.some((v) => !isUnknownMarker(v.text) && !isUnknown(v.text));
        return keeps;
      };
      for (const value of checkedValues(match)) {
        if (value.kind === "block" || value.text === options.marker) continue;
        if (isUnknown(value.text)) {
          const yes = spec.kind === "yes-no" && countsOpenSource(spec) ? openSourceYes() : null;
          if (yes) {
            report({
              messageId: "freeAccess",
              data: { ...data(value), openSource: plain(yes.field), line: yes.value.range.start.line },
              range: value.range,
            });
            continue;
          }
          const range: [number, number] = [value.range.start.offset, value.range.end.offset];
          const fix = canReplace(entry.source, value) && !keepsValue() ? { fix: { range, text: options.marker } } : {};
          report({ messageId: "whole", data: data(value), range: value.range, ...fix });
          continue;
        }
        // A clarification would be lost by a fix: report it, and say where it goes.
        const clarified = clarification(value.text);
        if (clarified && isUnknown(clarified[1] ?? "") && (clarified[2] ?? "").trim() !== "") {
          report({
            messageId: "clarified",
            data: { ...data(value), note: quote((clarified[2] ?? "").trim()) },
            range: value.range,
          });
        }
      }
    }
  },
});

// `Free access (like opensource), or free (potentially limited) trial available`: the templates'
// Free Trial, where open source counts as free access.
const FREE_LIKE_OPEN_SOURCE = /\bfree\b[^()]*\(\s*like\s+open[\s-]?source\s*\)/i;

/** Whether the field's description counts an open-source tool as `Yes` (a Free Trial). */
function countsOpenSource(spec: FieldSpec): boolean {
  return spec.description !== undefined && FREE_LIKE_OPEN_SOURCE.test(spec.description);
}

/** The entry's yes/no Opensource field and its value, when that value is `Yes` (and alone). */
function openSourceValue(matches: readonly FieldMatch[]): { field: string; value: Value } | undefined {
  for (const match of matches) {
    if (match.spec.kind !== "yes-no" || !/^open[\s-]?source$/i.test(match.section.name)) continue;
    const values = checkedValues(match).filter((v) => v.kind !== "block");
    const [value] = values;
    if (values.length === 1 && value && value.text.trim() === "Yes") return { field: match.section.name, value };
  }
  return undefined;
}

/**
 * Whether the marker can replace the value in place. A list item always can
 * (`- N/A` → `- -`). A bare line only when the line above is blank, a heading
 * or a comment: under a text line, a lone `-` would turn that line into a
 * setext heading.
 */
function canReplace(source: SourceFile, value: Value): boolean {
  if (value.kind === "item") return true;
  const line = value.range.start.line;
  if (line === 1) return true;
  const above = lineText(source, line - 1).trim();
  return above === "" || /^#{1,6}(?:\s|$)/.test(above) || /^<!--.*-->$/.test(above);
}
