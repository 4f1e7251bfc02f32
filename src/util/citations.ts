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

/** Where a bracket holding an `@` may be a citation: `[…@…]` on one line, no nested brackets. */
const BRACKET_WITH_AT = /\[[^[\]\n]*@[^[\]\n]*\]/g;

/** Every bracketed citation in `text`: each key with its offset in `text`. */
export function citationsIn(text: string): Array<{ key: string; offset: number }> {
  const found: Array<{ key: string; offset: number }> = [];
  for (const match of text.matchAll(BRACKET_WITH_AT)) {
    const keys = citationKeys(match[0]);
    if (!keys) continue;
    let from = 0;
    for (const key of keys) {
      const at = match[0].indexOf(`@${key}`, from) + 1;
      found.push({ key, offset: match.index + at });
      from = at + key.length;
    }
  }
  return found;
}

/** The entry keys of a BibTeX file (`@Article{key,`); `@comment`, `@string` and `@preamble` hold none. */
export function bibKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/^[ \t]*@([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]+)[ \t]*,/gm)) {
    const type = (match[1] ?? "").toLowerCase();
    if (type !== "comment" && type !== "string" && type !== "preamble" && match[2]) keys.push(match[2]);
  }
  return keys;
}
