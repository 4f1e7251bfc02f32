import { checkedValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { isSpdxId, licenseSuggestion, listsLicenses } from "../rule-api/spdx.js";
import { looksUnknown } from "../rule-api/unknown-values.js";
import { derivedFrom } from "../util/derived.js";
import {
  canonicalUnit,
  didYouMean,
  isUnknownMarker,
  listAnd,
  quote,
  quoteList,
  SuggestionBudget,
} from "../util/text.js";

export default defineRule({
  id: "label-value",
  description: "A label or yes/no field should only hold values from the schema's list",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    case: "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` (values match case-sensitively)",
    commentary:
      "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` alone with the rest as an indented `  - ` note",
    suggest: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}} (did you mean `{{expected}}`?)",
    family: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}} ({{value}} is ambiguous: {{choices}}?)",
    combined: "Unexpected {{value}} for `{{field}}`, expected one value per item: {{parts}}",
    unknown: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}}",
  },
  check({ fieldMatches, report }) {
    // Suggestions by spelling are bounded per file (a pull request controls both the values and
    // the list), and remembered per list and value: a value repeated costs one search.
    const budget = new SuggestionBudget();
    const suggested = new Map<readonly string[], Map<string, Suggestion | undefined>>();
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      const allowed = spec.values;
      if (!allowed?.length || (spec.kind !== "label" && spec.kind !== "yes-no")) continue;
      const lookup = lookupOf(allowed);
      for (const value of checkedValues(match)) {
        const text = value.text;
        if (isUnknownMarker(text) || lookup.exact.has(text) || value.kind === "block") continue;
        // `N/A`, `Unknown`: unknown-marker's finding (and fix), not a wrong label.
        if (looksUnknown(text)) continue;
        const data = { value: quote(text), field: section.name, allowed: allowedList(allowed) };
        const sameCase = lookup.byLowerCase.get(text.toLowerCase());
        if (sameCase) {
          const fix = { range: [value.range.start.offset, value.range.end.offset] as [number, number], text: sameCase };
          report({ messageId: "case", data: { ...data, expected: sameCase }, range: value.range, fix });
          continue;
        }
        // `JavaScript / TypeScript`, `MIT OR Apache-2.0`: several allowed values in one item.
        const parts = text.split(SEPARATOR).filter(Boolean);
        if (parts.length > 1 && parts.every((p) => lookup.exact.has(p))) {
          report({
            messageId: "combined",
            data: { ...data, parts: listAnd(parts.map((p) => `\`- ${p}\``)) },
            range: value.range,
          });
          continue;
        }
        // `Yes (beta)`, `No - not documented`: an allowed value followed by a note.
        const prefix = prefixOf(text, lookup);
        if (prefix) {
          report({ messageId: "commentary", data: { ...data, expected: prefix }, range: value.range });
          continue;
        }
        let byValue = suggested.get(allowed);
        if (!byValue) {
          byValue = new Map();
          suggested.set(allowed, byValue);
        }
        if (!byValue.has(text)) byValue.set(text, suggestionFor(text, allowed, budget));
        const suggestion = byValue.get(text);
        report({
          messageId: suggestion ? ("choices" in suggestion ? "family" : "suggest") : "unknown",
          data: { ...data, ...suggestion },
          range: value.range,
        });
      }
    }
  },
});

/**
 * Between the parts of a combined value: a separator with the whitespace around it. The
 * whitespace before it is only taken from where a run of whitespace starts: tried from inside
 * a run too, `\s*` would rescan the rest of the run at every one of its characters (quadratic:
 * a comment blanked out in a value, 200,000 spaces, took 80 s), and from inside a run the
 * whole run, taken from its start, already matched or cannot.
 */
const SEPARATOR = /(?:(?<!\s)\s+)?(?:\/|,|;|&|\+|\band\b|\bor\b|\bOR\b|\bAND\b)\s*/;

/** A field's allowed values, looked up in time independent of their number; built once per list. */
interface Lookup {
  exact: ReadonlySet<string>;
  /** The first value of each lower-cased spelling. */
  byLowerCase: ReadonlyMap<string, string>;
  /** The values' letters, compared as a case-insensitive regular expression compares them. */
  trie: TrieNode;
  allowed: readonly string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The first place in the list of a value whose letters end here. */
  first?: number;
}

const lookupOf = derivedFrom((allowed: readonly string[]): Lookup => {
  const byLowerCase = new Map<string, string>();
  const trie: TrieNode = { next: new Map() };
  for (const [place, value] of allowed.entries()) {
    const lower = value.toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, value);
    let node = trie;
    // By UTF-16 units, as a regular expression without the `u` flag reads them.
    for (let i = 0; i < value.length; i++) {
      const letter = canonicalUnit(value[i] as string);
      let next = node.next.get(letter);
      if (!next) {
        next = { next: new Map() };
        node.next.set(letter, next);
      }
      node = next;
    }
    node.first ??= place;
  }
  return { exact: new Set(allowed), byLowerCase, trie, allowed };
});

/** After the allowed value a note starts with: whitespace, `,`, `;`, `:`, `(` or a dash. */
const NOTE_START = /[\s,;:(\u2013\u2014-]/i;

/**
 * The first allowed value (in the list's order) that `text` starts with, ignoring case, followed
 * by a note: what `/^value(?=[\s,;:(–—-])/i` finds for each value in turn, in one walk of the
 * text over the values' letters instead of one expression per value (values × allowed values).
 */
function prefixOf(text: string, lookup: Lookup): string | undefined {
  let node: TrieNode | undefined = lookup.trie;
  let first: number | undefined;
  for (let i = 0; node && i < text.length; i++) {
    if (node.first !== undefined && (first === undefined || node.first < first) && NOTE_START.test(text[i] as string)) {
      first = node.first;
    }
    node = node.next.get(canonicalUnit(text[i] as string));
  }
  return first === undefined ? undefined : lookup.allowed[first];
}

/** The quoted list of a field's values, for messages; built once per list. */
const allowedList = derivedFrom((allowed: readonly string[]): string => quoteList(allowed));

/** One value to suggest, or a license family's choices (`BSD`: `BSD-2-Clause` or `BSD-3-Clause`). */
type Suggestion = { expected: string } | { choices: string };

/**
 * The allowed value `text` was probably meant to be, where one is obvious: a part of one
 * combined value (`C++` → `C/C++`, `HTML` → `HTML/CSS`, `Other` → `Code/Other`), a license
 * by its full name or short form (`Apache License 2.0` → `Apache-2.0`; `BSD`, a family, gets
 * its choices), else the closest by spelling. Never one license for another: `EPL-2.0` is
 * one edit from `MPL-2.0`, but it is a real license the list lacks, not a typo.
 */
function suggestionFor(text: string, allowed: readonly string[], budget: SuggestionBudget): Suggestion | undefined {
  const part = partOf(text, allowed);
  if (part) return { expected: part };
  if (listsLicenses(allowed)) {
    const license = licenseSuggestion(text, allowed);
    if (license) return "one" in license ? { expected: license.one } : { choices: quoteList(license.family) };
  }
  const suggestion = didYouMean(text, allowed, budget);
  const otherLicense =
    suggestion !== undefined &&
    suggestion.toLowerCase() !== text.trim().toLowerCase() &&
    isSpdxId(text) &&
    isSpdxId(suggestion);
  return otherLicense || !suggestion ? undefined : { expected: suggestion };
}

/** The one allowed value that combines `text` with others (`C/C++` for `C++`), if exactly one does. */
function partOf(text: string, allowed: readonly string[]): string | undefined {
  const key = text.trim().toLowerCase();
  if (key === "") return undefined;
  const holders = combinedParts(allowed).get(key);
  return holders?.size === 1 ? [...holders][0] : undefined;
}

/** The `/`-separated parts of a list's combined values, each with the values it is part of; once per list. */
const combinedParts = derivedFrom((allowed: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> => {
  const parts = new Map<string, Set<string>>();
  for (const value of allowed) {
    if (!value.includes("/")) continue;
    for (const part of value.split("/")) {
      const key = part.trim().toLowerCase();
      if (key === "") continue;
      const holders = parts.get(key) ?? new Set<string>();
      holders.add(value);
      parts.set(key, holders);
    }
  }
  return parts;
});
