/**
 * What a column of values looks like: the shapes init recognises in front
 * matter and in `###` field values (dates in one format, URLs on a few hosts,
 * `owner/name`, slugs, small closed sets).
 */
import { byCount, nearlyAll, outliersAllowed, tally } from "./agreement.js";
import { splitMisspellings } from "./spelling.js";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/** Date formats a catalog writes, in the schema language's tokens (`dateFormat`). */
export const DATE_FORMATS: ReadonlyArray<[string, RegExp]> = [
  ["YYYY-MM-DD", /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/],
  ["MMMM D, YYYY", new RegExp(`^(${MONTHS}) ([1-9]|[12]\\d|3[01]), \\d{4}$`)],
  ["MMM D, YYYY", new RegExp(`^(${SHORT_MONTHS}) ([1-9]|[12]\\d|3[01]), \\d{4}$`)],
  ["D MMMM YYYY", new RegExp(`^([1-9]|[12]\\d|3[01]) (${MONTHS}) \\d{4}$`)],
  ["MMMM YYYY", new RegExp(`^(${MONTHS}) \\d{4}$`)],
  ["YYYY/MM/DD", /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/],
  ["DD.MM.YYYY", /^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.\d{4}$/],
];

/** The one date format (nearly) all of `values` are written in; a column of bare years is none. */
export function dateFormatOf(values: readonly string[]): { format: string; count: number } | undefined {
  if (values.length === 0) return undefined;
  let best: { format: string; count: number } | undefined;
  for (const [format, shape] of DATE_FORMATS) {
    const count = values.filter((v) => shape.test(v)).length;
    if (count > (best?.count ?? 0)) best = { format, count };
  }
  return best && nearlyAll(best.count, values.length) ? best : undefined;
}

const URL_SHAPE = /^https?:\/\/[^\s/]+[^\s]*$/i;

export interface UrlShape {
  count: number;
  /** Set when every URL is https. */
  httpsOnly: boolean;
  /** The hosts, when a few hosts hold every URL (`github.com`). */
  hosts?: string[];
}

/** Whether (nearly) all values are http(s) URLs, and on which hosts. */
export function urlShapeOf(values: readonly string[]): UrlShape | undefined {
  const urls = values.filter((v) => URL_SHAPE.test(v));
  if (urls.length === 0 || !nearlyAll(urls.length, values.length)) return undefined;
  const hosts = tally(urls.map((u) => hostOf(u)).filter((h): h is string => h !== undefined));
  const httpsOnly = urls.every((u) => /^https:/i.test(u));
  // A few hosts shared by many URLs: the catalog links to one site (github.com, en.wikipedia.org).
  const fewHosts = hosts.size <= 3 && urls.length >= 3 * hosts.size && urls.length >= 3;
  return { count: urls.length, httpsOnly, ...(fewHosts ? { hosts: [...hosts.keys()].sort() } : {}) };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Named shapes of strings, checked in order; the first that (nearly) every value has wins. */
export const STRING_SHAPES: ReadonlyArray<{ name: string; pattern: string; test: RegExp }> = [
  { name: "`owner/name`", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", test: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/ },
  { name: "a lowercase slug", pattern: "^[a-z0-9][a-z0-9-]*$", test: /^[a-z0-9][a-z0-9-]*$/ },
];

/** A shape every value has (all of them: a pattern is a hard rule), for five values or more. */
export function stringShapeOf(values: readonly string[]): (typeof STRING_SHAPES)[number] | undefined {
  if (values.length < 5) return undefined;
  return STRING_SHAPES.find((shape) => values.every((v) => shape.test.test(v)));
}

export interface ClosedSet {
  /** The values the catalog uses, most used first. */
  values: string[];
  /** Rare values written like a used one (`Git-basd` for `Git-based`): not in the set. */
  misspelt: Map<string, string>;
}

/**
 * A small closed set: few distinct values, each used again and again
 * (at most 12 values, on average three times each or more, six uses at least).
 * Values longer than 40 characters are prose, not labels.
 */
export function closedSetOf(values: readonly string[]): ClosedSet | undefined {
  if (values.length < 6 || values.some((v) => v.length > 40 || v.trim() === "")) return undefined;
  const counts = tally(values);
  const { kept, misspelt } = splitMisspellings(counts);
  if (kept.length > 12 || values.length < 3 * kept.length) return undefined;
  // Most uses are of values used more than once (a column of names is no closed set).
  const repeated = kept.filter((v) => (counts.get(v) ?? 0) > 1).reduce((sum, v) => sum + (counts.get(v) ?? 0), 0);
  if (repeated < values.length - outliersAllowed(values.length) - misspelt.size) return undefined;
  return { values: byCount(new Map(kept.map((v) => [v, counts.get(v) ?? 0]))).map(([v]) => v), misspelt };
}
