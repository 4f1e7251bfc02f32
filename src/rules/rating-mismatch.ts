import type { Range } from "../parse/source.js";
import { rangeOf } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { canonicalUnit } from "../util/text.js";

/** A Rating line `- MMLU: 90.8%`. */
const RATING_LINE = /^([^:[\]]{1,80}?)\s*:\s*(\d{1,3}(?:\.\d{1,4})?)\s*%/;

/** Words before a percentage that make it a bound or a change, not a score. */
const BOUND =
  /\b(?:break(?:s|ing)?|over|above|beyond|than|exceed(?:s|ing)?|surpass(?:es|ing)?|nearly|almost|about|around|approximately|under|below|up to|by|gains?|improvement of)\s*~?$/i;

interface Benchmark {
  name: string;
  value: number;
  text: string;
  line: number;
}

export default defineRule({
  id: "rating-mismatch",
  description: "A benchmark figure stated in the lead or a description should equal that benchmark's Rating line",
  category: "ratings",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    mismatch:
      "Unexpected `{{stated}}` for {{name}} in {{where}}, expected `{{rated}}` as the Rating says (line {{line}})",
  },
  check({ entry, fieldMatches, report }) {
    const matches = fieldMatches();
    const benchmarks: Benchmark[] = [];
    for (const match of matches.filter((m) => m.spec.kind === "rating")) {
      for (const value of match.section.values) {
        const line = RATING_LINE.exec(value.text);
        if (line?.[1] && line[2]) {
          benchmarks.push({
            name: line[1].trim(),
            value: Number(line[2]),
            text: `${line[2]}%`,
            line: value.range.start.line,
          });
        }
      }
    }
    if (benchmarks.length === 0) return;

    // Prose that restates figures: the lead (paragraphs, lists, tables; never code), the
    // description fields, and the Rating's own commentary (`- [4] …`) and sub-bullets. Never
    // Notes: on real entries they compare other models and variants (`R1-Distill-Qwen-7B scores
    // 55.5% on AIME 2024`), not this entry's score.
    const prose: Array<{ range: Range; where: string }> = entry.lead
      .filter((b) => b.type !== "code" && b.type !== "html")
      .map((b) => ({ range: b.range, where: "the lead" }));
    for (const match of matches) {
      const where = `\`${match.section.name}\``;
      if (match.spec.kind === "rating") {
        for (const value of match.section.values) {
          if (!RATING_LINE.test(value.text)) prose.push({ range: value.range, where });
          for (const note of value.notes) prose.push({ range: note.range, where: `a note of ${where}` });
        }
        continue;
      }
      if (match.spec.kind !== "text" || !/description$/i.test(match.spec.name)) continue;
      for (const value of match.section.values) prose.push({ range: value.range, where });
    }

    const index = indexNames(benchmarks.map((b) => b.name));
    const raws = prose.map(({ range }) => entry.source.text.slice(range.start.offset, range.end.offset));
    const found = raws.map((raw) => findStatements(raw, index));
    // Each name's statements across the prose, in the order of the prose.
    const byName = new Map<string, Array<{ place: number; statement: Statement }>>();
    for (const [place, { byName: inPlace }] of found.entries()) {
      for (const [name, statements] of inPlace) {
        const list = byName.get(name) ?? [];
        for (const statement of statements) list.push({ place, statement });
        byName.set(name, list);
      }
    }
    // Longest names first, so `66.7% on SWE-bench Multilingual` is never read as `SWE-bench`.
    const byLength = [...benchmarks].sort((a, b) => b.name.length - a.name.length);
    for (const benchmark of byLength) {
      for (const { place, statement } of byName.get(benchmark.name) ?? []) {
        const { figure, at } = statement;
        if (sameFigure(figure, benchmark.value)) continue;
        const raw = raws[place] as string;
        // `break 80% on …`, `over 70%`, `nearly 13%`: a bound or a comparison, not the score.
        if (BOUND.test(raw.slice(Math.max(0, at - 24), at))) continue;
        // The same figure belongs to a longer benchmark name stated at this spot (the same figure
        // at the same offset: statements that overlap hold their figure at one place, unless a
        // name itself holds a figure, `5% gain`).
        if (((found[place] as Statements).longestNameAt.get(at) ?? 0) > benchmark.name.length) continue;
        const { range, where } = prose[place] as { range: Range; where: string };
        const offset = range.start.offset + at;
        report({
          messageId: "mismatch",
          data: { stated: `${figure}%`, name: benchmark.name, where, rated: benchmark.text, line: benchmark.line },
          range: rangeOf(entry.source, offset, offset + figure.length + 1),
        });
      }
    }
  },
});

/*
 * Finding where prose states a benchmark's figure, in time linear in the prose (times the
 * longest name, 80 characters), whatever the number of benchmarks: issue 19 measured 465 s
 * for one entry of 20,000 Rating lines when each name had regular expressions of its own
 * (three per name, rebuilt for every shorter name).
 *
 * Prose ties a percentage to a benchmark as `90.8% on MMLU`, `MMLU: 90.8%`, `MMLU of 90.8%`,
 * `MMLU score of 90.8%` or `MMLU (90.8%)`. The name matches loosely (case; spaces and hyphens
 * between its words, or none) but as a whole word: `MMLU` is not `MMLU-Pro`. So the names go
 * into a trie of their letters, walked from each word start in the prose; where a name ends,
 * three fixed expressions, the same for every name, read the figure before or after it.
 */

/** A figure, `90.8%`. */
const FIGURE = String.raw`(?<figure>\d{1,3}(?:\.\d{1,4})?)%`;
/** A name ends at a word's end (`MMLU` is not `MMLU-Pro`), sticky at the name's end. */
const NAME_END = /(?![\w-]*\w)/y;
/** In order of the statements' kinds: the figure before the name, then `: figure`, then `(figure)`. */
const BEFORE_NAME = new RegExp(String.raw`(?<=${FIGURE}\s+(?:on|in)\s+(?:the\s+)?)`, "iyd");
const AFTER_NAME = [
  new RegExp(String.raw`(?:\s+score)?\s*(?::|of|at|=)\s*${FIGURE}`, "iyd"),
  // `SWE-bench (73.8%)`, but not `SWE-bench (5.8% improvement …)`.
  new RegExp(String.raw`\s*\(\s*${FIGURE}\s*\)`, "iyd"),
];
/** A year or version right after a name (`AIME 2024`, `LiveCodeBench v6`), not a figure (`MMLU 90%`), sticky at the name's end. */
const QUALIFIER = /[ \t]+v?\d+(?:\.\d+)?(?![\d.]*%)/iy;
const SEPARATOR = /[\s-]/;
const WORD_OR_HYPHEN = /[\w-]/;

/** One figure stated for a name: `at` is the figure's offset in the prose. */
interface Statement {
  figure: string;
  at: number;
}

interface Statements {
  /** By benchmark name, in the order the kinds above, then their place in the prose. */
  byName: Map<string, Statement[]>;
  /** The longest name any statement gives the figure at each offset. */
  longestNameAt: Map<number, number>;
}

/** Names with the same letters and the same word breaks match the same text. */
interface Spelling {
  /** Offsets into the name's letters (spaces and hyphens left out) where a new word starts. */
  breaks: ReadonlySet<number>;
  names: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The spellings whose letters end here. */
  spellings: Spelling[];
  /** Which names match, by where the text had spaces or hyphens (`3,8`): worked out once each. */
  matches: Map<string, Matching>;
}

interface Matching {
  names: string[];
  longest: number;
}

const newNode = (): TrieNode => ({ next: new Map(), spellings: [], matches: new Map() });

/** The names' trie: letters compared as a case-insensitive regular expression compares them. */
function indexNames(names: readonly string[]): TrieNode {
  const root = newNode();
  const spellings = new Map<string, Spelling>();
  for (const name of new Set(names)) {
    const words = name.split(/[\s-]+/).filter(Boolean);
    // UTF-16 units, as a regular expression without the `u` flag compares them.
    const letters = words.join("").split("").map(canonicalUnit);
    if (letters.length === 0) continue;
    const breaks = words.slice(0, -1).map((_, i) => words.slice(0, i + 1).join("").length);
    const id = `${letters.join("")}\0${breaks.join(",")}`;
    let spelling = spellings.get(id);
    if (!spelling) {
      spelling = { breaks: new Set(breaks), names: [] };
      spellings.set(id, spelling);
      let node = root;
      for (const letter of letters) {
        let next = node.next.get(letter);
        if (!next) {
          next = newNode();
          node.next.set(letter, next);
        }
        node = next;
      }
      node.spellings.push(spelling);
    }
    spelling.names.push(name);
  }
  return root;
}

function findStatements(raw: string, root: TrieNode): Statements {
  const found: Statements = { byName: new Map(), longestNameAt: new Map() };
  // Every statement has a figure.
  if (!raw.includes("%")) return found;
  const kinds: Array<Array<{ names: string[]; statement: Statement; start: number }>> = [[], [], []];
  for (let start = 0; start < raw.length; start++) {
    if (!root.next.has(canonicalUnit(raw[start] as string))) continue;
    if (start > 0 && WORD_OR_HYPHEN.test(raw[start - 1] as string)) continue;
    // Walk the trie over the name's letters; spaces and hyphens between them are noted, not matched.
    let node = root;
    const gaps: number[] = [];
    let depth = 0;
    for (let at = start; at < raw.length; at++) {
      const c = raw[at] as string;
      if (SEPARATOR.test(c)) {
        if (gaps.at(-1) !== depth) gaps.push(depth);
        continue;
      }
      const next = node.next.get(canonicalUnit(c));
      if (!next) break;
      node = next;
      depth++;
      if (node.spellings.length === 0) continue;
      const end = at + 1;
      NAME_END.lastIndex = end;
      if (!NAME_END.test(raw)) continue;
      const stated = figuresAround(raw, start, end);
      // `55.5% on AIME 2024`, `82.8% on LiveCodeBench v6`: a year or version after the name makes
      // it another benchmark than the Rating's plain `AIME`.
      QUALIFIER.lastIndex = end;
      if (QUALIFIER.test(raw)) stated[0] = undefined;
      if (stated.every((s) => s === undefined)) continue;
      const { names, longest } = namesMatching(node, gaps);
      if (names.length === 0) continue;
      for (const [kind, statement] of stated.entries()) {
        if (!statement) continue;
        (kinds[kind] as Array<{ names: string[]; statement: Statement; start: number }>).push({
          names,
          statement,
          start: kind === 0 ? statement.at : start,
        });
        found.longestNameAt.set(statement.at, Math.max(found.longestNameAt.get(statement.at) ?? 0, longest));
      }
    }
  }
  for (const list of kinds) {
    list.sort((a, b) => a.start - b.start);
    for (const { names, statement } of list) {
      for (const name of names) {
        const statements = found.byName.get(name) ?? [];
        statements.push(statement);
        found.byName.set(name, statements);
      }
    }
  }
  return found;
}

/** The figure stated before the name at `start`..`end`, and after it in each of the two ways. */
function figuresAround(raw: string, start: number, end: number): Array<Statement | undefined> {
  const read = (pattern: RegExp, from: number): Statement | undefined => {
    pattern.lastIndex = from;
    const match = pattern.exec(raw);
    const figure = match?.groups?.figure;
    const at = match?.indices?.groups?.figure?.[0];
    return figure === undefined || at === undefined ? undefined : { figure, at };
  };
  return [read(BEFORE_NAME, start), ...AFTER_NAME.map((pattern) => read(pattern, end))];
}

/** The names whose word breaks include every place the text had spaces or hyphens. */
function namesMatching(node: TrieNode, gaps: readonly number[]): Matching {
  const key = gaps.join(",");
  let matching = node.matches.get(key);
  if (!matching) {
    const names = node.spellings.filter((s) => gaps.every((g) => s.breaks.has(g))).flatMap((s) => s.names);
    matching = { names, longest: names.reduce((longest, name) => Math.max(longest, name.length), 0) };
    node.matches.set(key, matching);
  }
  return matching;
}

/** `91%` states `90.8%` rounded; `90.8%` and `88.0%` differ. */
function sameFigure(stated: string, rated: number): boolean {
  const decimals = stated.includes(".") ? (stated.split(".")[1]?.length ?? 0) : 0;
  const factor = 10 ** decimals;
  return Math.round(rated * factor) === Math.round(Number(stated) * factor);
}
