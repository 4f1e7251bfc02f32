import { derivedFrom } from "../util/derived.js";

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

export const phraseTable = derivedFrom((phrases: readonly string[]): PhraseTable => {
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
export function tableKey(text: string, table: PhraseTable): string | undefined {
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
export function clarification(text: string): RegExpExecArray | null {
  return text.charCodeAt(text.length - 1) === 41 ? CLARIFIED.exec(text) : null;
}
