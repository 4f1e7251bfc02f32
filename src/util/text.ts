import { distance } from "fastest-levenshtein";
import { firstAtOrAfter } from "./sorted-offsets.js";

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

/**
 * A UTF-16 unit as a case-insensitive regular expression without the `u` flag compares it
 * (ECMAScript's Canonicalize): upper case, unless that is not one unit or turns a non-ASCII
 * unit into ASCII (`ſ` stays `ſ`, not `S`).
 */
export function canonicalUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : unit;
  const upper = unit.toUpperCase();
  return upper.length !== 1 || upper.charCodeAt(0) < 128 ? unit : upper;
}

/**
 * A count and its noun: `1 error`, `2 errors`. `many` is the plural when it is
 * not `one` and an `s` (`3 files have`, `2 more results were`).
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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
export function didYouMean(
  value: string,
  candidates: readonly string[],
  budget?: SuggestionBudget,
): string | undefined {
  return closestMatch(value, candidates, budget)?.match;
}

/**
 * Names longer than this get no suggestion by spelling, only a loose match: no heading or label
 * comes near, and an edit distance costs the product of the two lengths (an 800,000-character
 * heading took 186 s against a template's fields).
 */
export const MAX_SUGGESTED_LENGTH = 256;

/**
 * The closest candidate and whether it is the only one that close (a fix may
 * only rename to an unambiguous suggestion). With a `budget`, a search by
 * spelling that does not fit what is left of it gives no suggestion (a loose
 * match always does).
 */
export function closestMatch(
  value: string,
  candidates: readonly string[],
  budget?: SuggestionBudget,
): { match: string; unique: boolean } | undefined {
  const key = looseKey(value);
  const index = indexOf(candidates);
  const loose = index.byKey.get(key);
  if (loose) return { match: loose[0] as string, unique: loose.length === 1 };
  if (key.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(key.length / 3));
  const [from, to] = lengthWindow(index, key.length, limit);
  if (budget && !budget.affords(candidates, key, windowCost(index, key.length, from, to))) return undefined;
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let ties = 0;
  for (let i = from; i < to; i++) {
    const place = index.byLength[i] as number;
    const candidate = (index.keyed[place] as [string, string])[1];
    if (extendsWord(key, candidate)) continue;
    const d = distance(key, candidate);
    // The first candidate (in the list's order) of the smallest distance wins.
    if (d < bestDistance) {
      best = place;
      bestDistance = d;
      ties = 1;
    } else if (d === bestDistance) {
      ties++;
      if (place < (best as number)) best = place;
    }
  }
  return best !== undefined && bestDistance <= limit
    ? { match: (index.keyed[best] as [string, string])[0], unique: ties === 1 }
    : undefined;
}

/**
 * Whether `key` is `candidate` with more letters around it (`latexmk` for `latex`, `xelatex`,
 * `gitlabci` for `gitlab`): a different, real thing, not a slip of the keyboard, so no
 * suggestion. A plural (`tools` for `tool`) is the same word; a shorter key (`pytho` for
 * `python`) or a stray mark (`repo#`) may be a slip.
 */
function extendsWord(key: string, candidate: string): boolean {
  const at = key.indexOf(candidate);
  if (at < 0 || key.length <= candidate.length) return false;
  const extra = key.slice(0, at) + key.slice(at + candidate.length);
  return LETTERS.test(extra) && key !== `${candidate}s` && key !== `${candidate}es`;
}
const LETTERS = /^\p{L}+$/u;

/**
 * Whether `closestMatch(value, candidates, budget)` may search by spelling: true when it need
 * not (a loose match, or a name too long) or the search fits the budget, which is then charged.
 * For answers remembered across files (which must cost each file what computing them would).
 */
export function affordsSuggestion(value: string, candidates: readonly string[], budget: SuggestionBudget): boolean {
  const key = looseKey(value);
  const index = indexOf(candidates);
  if (index.byKey.has(key) || key.length > MAX_SUGGESTED_LENGTH) return true;
  const [from, to] = lengthWindow(index, key.length, Math.max(1, Math.floor(key.length / 3)));
  return budget.affords(candidates, key, windowCost(index, key.length, from, to));
}

/**
 * The work one rule may spend on one file's suggestions by spelling, in cells of edit-distance
 * tables (the product of the two lengths) plus `PAIR_COST` per candidate compared. Without a
 * bound, both the names asked about (an entry's values and headings) and the candidates (a
 * pull request's template or criteria file) grow with the input, and so does their product:
 * 4,000 misspelt labels against 4,000 allowed values took 6.5 s. Past it, the names left get
 * no suggestion by spelling (a loose match or an alias still counts). In the three real
 * corpora one rule spends at most 11,500 on a file (570,000 on all 1,600), a 350th of this.
 */
export const SUGGESTION_BUDGET = 4_000_000;
/** What comparing one pair costs beside its cells (a call of about 40 ns, as much as 64 cells). */
const PAIR_COST = 64;

/**
 * What is left of `SUGGESTION_BUDGET` for one rule on one file. Each name is charged once per
 * candidate list, the same whether its answer is computed or remembered, so what a file gets
 * never depends on the files linted before it.
 */
export class SuggestionBudget {
  private readonly charged = new Map<readonly string[], Map<string, boolean>>();
  constructor(private remaining = SUGGESTION_BUDGET) {}

  /** Whether a search costing `cost` for `key` among `candidates` fits (charged on its first ask). */
  affords(candidates: readonly string[], key: string, cost: number): boolean {
    let keys = this.charged.get(candidates);
    if (!keys) {
      keys = new Map();
      this.charged.set(candidates, keys);
    }
    let fits = keys.get(key);
    if (fits === undefined) {
      fits = cost <= this.remaining;
      if (fits) this.remaining -= cost;
      keys.set(key, fits);
    }
    return fits;
  }
}

interface CandidateIndex {
  /** Candidates by loose key, in their order. */
  byKey: Map<string, string[]>;
  /** Each candidate with its loose key, in their order. */
  keyed: Array<[string, string]>;
  /** Places in `keyed` by the length of their key (then their order). */
  byLength: number[];
  /** The key lengths of `byLength`, ascending. */
  lengths: number[];
  /** `sums[i]`: the sum of `lengths[0..i)`. */
  sums: number[];
}

/** The lists are the schema's (field names, label values), asked about once per finding: indexed once. */
const indexes = new WeakMap<readonly string[], CandidateIndex>();

function indexOf(candidates: readonly string[]): CandidateIndex {
  let index = indexes.get(candidates);
  if (!index) {
    const byKey = new Map<string, string[]>();
    const keyed: Array<[string, string]> = [];
    for (const candidate of candidates) {
      const key = looseKey(candidate);
      keyed.push([candidate, key]);
      const same = byKey.get(key);
      if (same) same.push(candidate);
      else byKey.set(key, [candidate]);
    }
    const byLength = keyed.map((_, i) => i).sort((a, b) => keyLength(keyed, a) - keyLength(keyed, b) || a - b);
    const lengths = byLength.map((i) => keyLength(keyed, i));
    const sums = [0];
    for (const length of lengths) sums.push((sums.at(-1) as number) + length);
    index = { byKey, keyed, byLength, lengths, sums };
    indexes.set(candidates, index);
  }
  return index;
}

const keyLength = (keyed: ReadonlyArray<[string, string]>, i: number) => (keyed[i] as [string, string])[1].length;

/**
 * The places `[from, to)` in `byLength` of the keys within `limit` of `length` in length. The
 * edit distance is at least the difference in length: a candidate further apart is never close
 * enough, so it can neither win nor tie with one that is.
 */
function lengthWindow(index: CandidateIndex, length: number, limit: number): [number, number] {
  return [firstAtOrAfter(index.lengths, length - limit), firstAtOrAfter(index.lengths, length + limit + 1)];
}

/** What comparing a key of `length` with the candidates `[from, to)` of `byLength` costs (see SUGGESTION_BUDGET). */
function windowCost(index: CandidateIndex, length: number, from: number, to: number): number {
  return length * ((index.sums[to] as number) - (index.sums[from] as number)) + PAIR_COST * (to - from);
}

/**
 * A comment's text as compared with the template's (`templateCommentTexts`): trimmed, runs of
 * whitespace as one space, so a comment re-wrapped or re-indented in an entry is still the template's.
 */
export function commentKey(text: string): string {
  return text.trim().replace(/\s+/g, " ");
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
