import { distance } from "fastest-levenshtein";

/**
 * Quote a value for a message: inline-code backticks, long values cut in the
 * middle of nothing important, newlines shown as spaces.
 */
export function quote(value: string, max = 60): string {
  // Control characters (ESC sequences, NUL…) from an entry must not reach a terminal raw.
  const flat = value
    .replace(/\s+/g, " ")
    .replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return `\`${cut.replace(/`/g, "'")}\``;
}

/**
 * Items joined as English lists them, as `Intl.ListFormat("en")` does
 * (`a`, `a and b`, `a, b, and c`; test/rules.test.ts compares the two).
 * Not Intl itself: its first use starts ICU, 20 ms, a tenth of a one-file run.
 */
function englishList(items: readonly string[], word: "and" | "or"): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(", ")}, ${word} ${items.at(-1)}`;
}

/** `a`, `b`, and `c`: items joined for a message. */
export function listAnd(items: readonly string[]): string {
  return englishList(items, "and");
}

/** `a`, `b`, `c` and 4 more — lists are cut after `limit` items. */
export function quoteList(values: readonly string[], limit = 3): string {
  const shown = values.slice(0, limit).map((v) => quote(v));
  if (values.length > limit) shown.push(`${values.length - limit} more`);
  return englishList(shown, "or");
}

/** Lower case without spaces, hyphens or underscores: `Free Trial` ~ `freetrial`. */
export function looseKey(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The closest candidate, or undefined when nothing is close enough: a loose
 * match (case, spaces, hyphens) wins, then the smallest edit distance within a
 * third of the word's length.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  return closestMatch(value, candidates)?.match;
}

/**
 * Names longer than this get no suggestion by spelling, only a loose match: no heading or label
 * comes near, and an edit distance costs the product of the two lengths (an 800,000-character
 * heading took 186 s against a template's fields).
 */
export const MAX_SUGGESTED_LENGTH = 256;

/**
 * The closest candidate and whether it is the only one that close (a fix may
 * only rename to an unambiguous suggestion).
 */
export function closestMatch(
  value: string,
  candidates: readonly string[],
): { match: string; unique: boolean } | undefined {
  const key = looseKey(value);
  const { byKey, keyed } = indexOf(candidates);
  const loose = byKey.get(key);
  if (loose) return { match: loose[0] as string, unique: loose.length === 1 };
  if (key.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let ties = 0;
  for (const [candidate, other] of keyed) {
    // The distance is at least the difference in length: such a candidate is never close
    // enough, so it can neither win nor tie with one that is.
    if (Math.abs(other.length - key.length) > limit) continue;
    const d = distance(key, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      ties = 1;
    } else if (d === bestDistance) ties++;
  }
  return best !== undefined && bestDistance <= limit ? { match: best, unique: ties === 1 } : undefined;
}

interface CandidateIndex {
  /** Candidates by loose key, in their order. */
  byKey: Map<string, string[]>;
  /** Each candidate with its loose key, in their order. */
  keyed: Array<[string, string]>;
}

/** The lists are the schema's (field names, label values), asked about once per finding: indexed once. */
const indexes = new WeakMap<readonly string[], CandidateIndex>();

function indexOf(candidates: readonly string[]): CandidateIndex {
  let index = indexes.get(candidates);
  if (!index) {
    index = { byKey: new Map(), keyed: [] };
    for (const candidate of candidates) {
      const key = looseKey(candidate);
      index.keyed.push([candidate, key]);
      const same = index.byKey.get(key);
      if (same) same.push(candidate);
      else index.byKey.set(key, [candidate]);
    }
    indexes.set(candidates, index);
  }
  return index;
}

/** The catalog's "unknown" marker: a bare `-` item (`""`) or `- -` (`"-"`). */
export function isUnknownMarker(text: string): boolean {
  return text === "" || text === "-";
}

/**
 * Text for inside a message's own backticks (`### {{name}}`): no backticks or
 * control characters, long text cut.
 */
export function plain(value: string, max = 80): string {
  return quote(value, max).slice(1, -1);
}
