import type { Value } from "../model/entry.js";
import { lineText, type SourceFile } from "../parse/source.js";
import type { FieldSpec } from "../schema/types.js";
import { defineRule } from "./define-rule.js";
import { derivedFrom } from "./derived.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { isUnknownMarker, plain, quote } from "./text.js";

/** Words and phrases that say "unknown" (or "there is none") in place of the catalog's `-`. */
export const UNKNOWN_PHRASES: readonly string[] = [
  "N/A",
  "NA",
  "n.a.",
  "Unknown",
  "TBD",
  "TBC",
  "TBA",
  "?",
  "None",
  "Not available",
  "Not applicable",
  "Not publicly documented",
  "Not documented",
  "Not specified",
  "Not disclosed",
  "Undisclosed",
  "Unverified",
];

// `Unknown (last checked 2025-10-19)`: an unknown phrase and one parenthetical, nothing after it.
const CLARIFIED = /^(.*?\S)\s*\(([^()]*)\)$/;
// `*N/A*`, `**TBD**`, `` `?` ``: emphasis or code around the whole phrase.
const WRAPPED = /^([*_`]+)(.+?)\1$/;

/** Compare phrases loosely: letter case, spacing, a final period and emphasis do not matter. */
export function phraseKey(text: string): string {
  const inner = WRAPPED.exec(text.trim())?.[2] ?? text;
  const key = inner.trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
  return /^\?+$/.test(key) ? "?" : key;
}

/** A list of phrases by their keys, the first phrase of a key winning: one lookup per value, not one per phrase. */
interface PhraseTable {
  byKey: ReadonlyMap<string, string>;
  /** The longest key: a text whose key is surely longer is no phrase (see `keyLongerThan`). */
  longest: number;
}

const phraseTable = derivedFrom((phrases: readonly string[]): PhraseTable => {
  const byKey = new Map<string, string>();
  for (const phrase of phrases) {
    const key = phraseKey(phrase);
    if (!byKey.has(key)) byKey.set(key, phrase);
  }
  return { byKey, longest: Math.max(0, ...[...byKey.keys()].map((k) => k.length)) };
});

/**
 * Whether the key of `text` is surely longer than `length`. The key keeps every
 * printable ASCII character of the text but emphasis marks (and `?`), less one
 * final period, and lower case never shortens text; so long prose is told
 * apart from every phrase after a few characters, without building its key.
 */
function keyLongerThan(text: string, length: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // `!`..`~` except `*`, `_`, backtick and `?`.
    if (c > 32 && c < 127 && c !== 42 && c !== 95 && c !== 96 && c !== 63 && ++kept > length + 1) return true;
  }
  return false;
}

/** The key of `text` when it is one of `table`'s keys. */
function tableKey(text: string, table: PhraseTable): string | undefined {
  if (keyLongerThan(text, table.longest)) return undefined;
  const key = phraseKey(text);
  return key !== "" && table.byKey.has(key) ? key : undefined;
}

/** The phrase of `phrases` that `text` is, as a whole (`N/A`, `unknown.`, `??`), if any. */
export function unknownPhrase(text: string, phrases: readonly string[]): string | undefined {
  const table = phraseTable(phrases);
  const key = tableKey(text, table);
  return key === undefined ? undefined : table.byKey.get(key);
}

/**
 * Whether `text` is an unknown written in words, alone or with a parenthetical
 * (`N/A`, `Unknown (last checked 2025-10-19)`), by the default phrases.
 * `unknown-marker` reports these; other value rules skip them so one mistake
 * gets one finding.
 */
export function looksUnknown(text: string): boolean {
  if (unknownPhrase(text, UNKNOWN_PHRASES)) return true;
  const clarified = clarification(text.trim());
  return clarified !== null && unknownPhrase(clarified[1] ?? "", UNKNOWN_PHRASES) !== undefined;
}

/** `CLARIFIED.exec(text)`, skipping the expression for the many values that cannot match (no final `)`). */
function clarification(text: string): RegExpExecArray | null {
  return text.charCodeAt(text.length - 1) === 41 ? CLARIFIED.exec(text) : null;
}

/** Keys of a field's own values (`None` in a Testing label), derived once per field spec. */
const allowedKeys = derivedFrom((spec: FieldSpec): ReadonlySet<string> => new Set((spec.values ?? []).map(phraseKey)));

/** What `check` gets when a config sets no options (the schema below documents each). */
const defaults = { marker: "-", phrases: [...UNKNOWN_PHRASES] };

export default defineRule({
  id: "unknown-marker",
  description: "An unknown value should be written as the catalog's marker `-`, not as `N/A`, `Unknown` or `TBD`",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  defaults,
  options: (z) =>
    z
      .object({
        marker: z
          .string()
          .min(1)
          .default(defaults.marker)
          .meta({ description: "What the catalog writes for an unknown value (the fix writes it)" }),
        phrases: z.array(z.string().min(1)).default(defaults.phrases).meta({
          description:
            "Values that mean unknown; matched as the whole value, ignoring letter case, spacing and a final period",
        }),
      })
      .strict()
      .default(defaults),
  messages: {
    whole:
      "Unexpected {{value}} for `{{field}}`, expected `{{marker}}`, the catalog's marker for an unknown or missing value",
    clarified:
      "Unexpected {{value}} for `{{field}}`, expected `{{marker}}` with the clarification {{note}} moved to an indented `  - ` note",
  },
  check({ entry, schema, options, report }) {
    const markerKey = phraseKey(options.marker);
    const phrases = phraseTable(options.phrases);
    for (const match of fieldMatches(entry, schema)) {
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
