/**
 * Pandoc citations (https://pandoc.org/MANUAL.html#citation-syntax): `[@key]`, `[@a; @b]`,
 * `[see @key, p. 3]`, `[-@key]`, and `@key` in running text. A key starts with a letter, a digit
 * or `_` and goes on with those and internal punctuation (`:.#$%&-+?<>~/`), as pandoc reads it:
 * `Adi:2004:ASM:988145.988150` is one key.
 */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
// One citation of a bracket: a short prefix (`see`, `e.g.`), `@key` or `-@key`, a locator (`, p. 3`).
// A long prefix is prose that mentions an `@handle` (`[Supports @Agent commands …]`), not a citation.
const PART = new RegExp(String.raw`^\s*(?:[^@;\]]{0,20}\s)?-?@(${KEY})(?:\s*,[^;\]]*)?\s*$`, "u");

/** Whether `text` (a bracketed value, `[@key]`) is a pandoc citation, not a template placeholder. */
export function isBracketedCitation(text: string): boolean {
  return citationKeys(text) !== undefined;
}

/** The keys of a bracketed citation (`[@a; see @b, p. 3]` → `a`, `b`), undefined when `text` is none. */
export function citationKeys(text: string): string[] | undefined {
  if (!text.startsWith("[") || !text.endsWith("]")) return undefined;
  const keys: string[] = [];
  for (const part of text.slice(1, -1).split(";")) {
    const key = PART.exec(part)?.[1];
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}
