/**
 * Costs a pull request can force (issue 19, items 3-5): each is bounded, and the bound is
 * asserted on counts and sizes (regular expressions built, list elements scanned, edit-distance
 * cells, characters copied, bytes), never on time.
 * How the costs grow is shown apart, by bench/growth.ts.
 */
import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig, type RuleSetting } from "../../src/config/load.js";
import { MAX_FILE_SIZE_LIMIT, ruleOptionsSchema, untrustedMaxFileSize } from "../../src/config/schema.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import {
  applyDirectives,
  DIRECTIVE_KINDS,
  type Directive,
  type DirectiveKind,
} from "../../src/diagnostics/directives.js";
import { Linter, lintSource } from "../../src/lint/linter.js";
import { buildEntry } from "../../src/model/build-entry.js";
import type { Entry, Section } from "../../src/model/entry.js";
import { checkedValues, fieldMatches, fieldMatchesOnce } from "../../src/model/fields.js";
import type { EntrySummary } from "../../src/model/summary.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../src/parse/limits.js";
import { createSourceFile } from "../../src/parse/source.js";
import type { Report, Rule } from "../../src/rule-api/define-rule.js";
import { isSpdxId, licenseSuggestion } from "../../src/rule-api/spdx.js";
import { looksUnknown } from "../../src/rule-api/unknown-values.js";
import duplicateEntry from "../../src/rules/duplicate-entry.js";
import { rulesById } from "../../src/rules/index.js";
import inlineConfig from "../../src/rules/inline-config.js";
import labelValue from "../../src/rules/label-value.js";
import lastUpdateNotBumped from "../../src/rules/last-update-not-bumped.js";
import ratingMismatch from "../../src/rules/rating-mismatch.js";
import templateLeftover, { maskCodeSpans } from "../../src/rules/template-leftover.js";
import { readCriteria } from "../../src/schema/criteria.js";
import { loadSchemaOption } from "../../src/schema/resolve.js";
import {
  type CatalogSchema,
  type FieldSpec,
  type GroupSpec,
  indexSchema,
  type SchemaIndex,
} from "../../src/schema/types.js";
import { isoDay } from "../../src/util/dates.js";
import {
  closestMatch,
  isUnknownMarker,
  listAnd,
  looseKey,
  MAX_SUGGESTED_LENGTH,
  quote,
  quoteList,
  SUGGESTION_BUDGET,
} from "../../src/util/text.js";
import { applyDirectivesBefore } from "../fixtures/costs/directives-before.js";
import ratingMismatchBefore from "../fixtures/costs/rating-mismatch-before.js";
import { CLEAN, cli, lintHostile } from "../helpers/hostile.js";
import { lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

/** Edit distances computed, in cells of their tables (length × length); failing past `limit`. */
const levenshtein = vi.hoisted(() => ({ cells: 0, limit: Number.POSITIVE_INFINITY }));
vi.mock("fastest-levenshtein", async (importOriginal) => {
  const real = await importOriginal<typeof import("fastest-levenshtein")>();
  const distance = (a: string, b: string) => {
    levenshtein.cells += a.length * b.length;
    if (levenshtein.cells > levenshtein.limit) throw new Error(`edit distances over ${levenshtein.limit} cells`);
    return real.distance(a, b);
  };
  return { ...real, distance };
});

afterEach(() => vi.restoreAllMocks());

/**
 * Counts `new RegExp(…)` while `run` runs, and fails it at once past `limit` or on a source
 * `refused` (the code before the fix would otherwise build 150 million, or backtrack for hours).
 */
function countRegExps<T>(limit: number, run: () => T, refused?: string): { result: T; built: number } {
  const Real = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args, newTarget) {
      if (++built > limit) throw new Error(`more than ${limit} regular expressions built`);
      if (args[0] === refused) throw new Error(`${refused} would run on a backtracking engine`);
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    return { result: run(), built };
  } finally {
    globalThis.RegExp = Real;
  }
}

describe("a config's regular expression is matched in linear time (item 3)", () => {
  it("filename: ^(a+)+$ on 40 `a`s and `!.md` ends, with the finding", () => {
    const config = { ".catalog-lintrc.yaml": "rules:\n  filename: [warn, {pattern: '^(a+)+$'}]\n" };
    const name = `${"a".repeat(40)}!.md`;
    // Backtracking takes 2^40 steps here (26 `a`s took 2.65 s): JavaScript's engine must never see it.
    const { result } = countRegExps(10_000, () => lintHostile(name, "# Tool - https://tool.dev\n", config), "^(a+)+$");
    const { messages } = result;
    expect(messages.filter((m) => m.ruleId === "filename").map((m) => m.message)).toEqual([
      `Unexpected file name \`${name}\`, expected a name matching \`^(a+)+$\``,
    ]);
  });

  const refused: Array<[string, string, RegExp]> = [
    ["a backreference", "(a)\\\\1", /without backreferences, but it has `\\1`/],
    ["a named backreference", "(?<x>a)\\\\k<x>", /without backreferences, but it has `\\k<x>`/],
    ["a lookahead", "^(?!draft-).*\\\\.md$", /without lookahead or lookbehind, but it has `\(\?!`/],
    ["a lookbehind", "(?<=x)y", /without lookahead or lookbehind/],
    ["a syntax error", "^(a", /expected a valid regular expression .*: missing closing \) at `\^\(a`/],
    [
      "a huge counted repeat",
      "^[a-z]{1000}[0-9]{1000}x$",
      /expected a simpler regular expression: it compiles to \d+ instructions/,
    ],
  ];
  for (const [what, pattern, message] of refused) {
    it(`refuses ${what} in one line naming the key`, () => {
      const text = `rules:\n  filename: [warn, {pattern: "${pattern}"}]\n`;
      expect(() => parseConfig(text, "rc.yaml")).toThrow(/^rc\.yaml:2: `rules\.filename\.1\.pattern`: found `.*`, /);
      expect(() => parseConfig(text, "rc.yaml")).toThrow(message);
    });
  }

  it("accepts JavaScript's syntax that RE2 spells otherwise", () => {
    const config = parseConfig("rules:\n  filename: [warn, {pattern: '^(?<id>\\d{3})-\\u00e9?[a-z]+\\.md$'}]\n", "rc");
    expect(config.rules?.filename).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------

const schema = indexSchema(loadSchemaOption("awesome-comparisons", process.cwd()).schema);

function check(rule: Rule, text: string): Diagnostic[] {
  return checkEntry(rule, buildEntry(createSourceFile("entry.md", text)));
}

function checkEntry(rule: Rule, entry: Entry): Diagnostic[] {
  const found: Diagnostic[] = [];
  rule.check({
    entry,
    schema,
    options: {},
    ruleIds: [...rulesById.keys()],
    fieldMatches: fieldMatchesOnce(entry, schema),
    now: "2026-11-28",
    report: ({ range, data }) =>
      found.push({ ruleId: rule.id, severity: "error", message: JSON.stringify(data), range }),
  });
  return found.sort((a, b) => a.range.start.offset - b.range.start.offset || a.message.localeCompare(b.message));
}

const entryWith = (lead: string, ratings: readonly string[], description = "A model.") =>
  `# Model - https://model.dev\n\n${lead}\n\n## General Info\n\n### Rating\n${ratings.map((r) => `- ${r}`).join("\n")}\n\n### Description\n${description}\n`;

describe("rating-mismatch is linear in the Rating's lines (item 4)", () => {
  const manyRatings = (count: number) => Array.from({ length: count }, (_, i) => `Bench ${i}: ${i % 100}.5%`);

  for (const count of [10_000, 20_000]) {
    it(`builds no regular expression per benchmark: ${count.toLocaleString("en")} Rating lines`, () => {
      const text = entryWith("It scores 40.5% on Bench 7 and Bench 12 (12.5%).", manyRatings(count));
      // Before: three per name and three more for each longer name, 150 million at 10,000.
      const { result, built } = countRegExps(1000, () => check(ratingMismatch, text));
      expect(built).toBeLessThan(10);
      expect(result.map((d) => JSON.parse(d.message))).toEqual([
        expect.objectContaining({ stated: "40.5%", name: "Bench 7", rated: "7.5%" }),
      ]);
    });
  }

  it("does work in proportion to prose plus benchmarks, not their product", () => {
    // Regular expression runs (`exec`, which `test`, `split` and `matchAll` call) stand for the work.
    const runs = (ratings: number) => {
      const lead = Array.from({ length: 200 }, (_, i) => `Bench ${i}: ${i}.5%`).join(", ");
      const entry = buildEntry(createSourceFile("entry.md", entryWith(lead, manyRatings(ratings))));
      const exec = vi.spyOn(RegExp.prototype, "exec");
      countRegExps(1000, () => checkEntry(ratingMismatch, entry));
      const count = exec.mock.calls.length;
      exec.mockRestore();
      return count;
    };
    const [small, large] = [runs(1_000), runs(4_000)];
    // Four times the benchmarks, the same prose: at most four times the work.
    expect(large).toBeLessThanOrEqual(4 * small);
  });

  it("finds what the quadratic version found, on generated prose (property)", () => {
    // Names that contain one another, share letters, differ in case or spacing, or fold oddly (`ſ`, `İ`).
    const names = ["MMLU", "MMLU-Pro", "mmlu pro", "SWE-bench", "SWE-bench Verified", "SWE bench Multilingual"];
    names.push("AIME 2024", "AIME", "the Test", "A-B", "a b c", "Pass@1", "GPQA (Diamond)", "x1", "ſtar", "İ", "Δelta");
    const others = ["swe-bench", "SWE--bench", "SWE  bench", "star", "STAR", "i", "ΔELTA", "on", "in the", "of"];
    others.push("score", ":", "(", ")", "=", "at", "over", "about", "-", "and", ",", "the", "1", "%");
    const word = fc.constantFrom(...names, ...others);
    const decimals = fc.constantFrom("", "", ".5", ".25", ".0", ".12345", "0", "00");
    const figure = fc.tuple(fc.integer({ min: 0, max: 12 }), decimals).map(([a, b]) => `${a}${b}%`);
    const before = fc.constantFrom(" on ", " in the ", " ON  the ", "  in ");
    const after = fc.constantFrom(": ", " score of ", " of ", " at ", "=", " (", " Score  of ");
    const closing = fc.constantFrom("", ")", " )", " improvement");
    const phrase = fc.oneof(
      fc.tuple(figure, before, word).map((t) => t.join("")),
      fc.tuple(word, after, figure, closing).map((t) => t.join("")),
      word,
      figure,
    );
    const gap = fc.constantFrom(" ", "  ", "", "-", "\n", " - ");
    const prose = fc.array(fc.tuple(phrase, gap), { minLength: 1, maxLength: 40 }).map(
      (t) =>
        t
          .map(([p, g]) => p + g)
          .join(" ")
          .trim() || "x",
    );
    const rating = fc.tuple(fc.constantFrom(...names), figure).map(([n, f]) => `${n}: ${f}`);
    let reported = 0;
    fc.assert(
      fc.property(prose, prose, fc.array(rating, { minLength: 1, maxLength: 8 }), (lead, description, ratings) => {
        const text = entryWith(lead, ratings, description);
        const found = check(ratingMismatch, text);
        reported += found.length;
        expect(found).toEqual(check(ratingMismatchBefore, text));
      }),
      { numRuns: 1000, seed: 19 },
    );
    // The generator states mismatched figures often enough to compare findings, not just silence.
    expect(reported).toBeGreaterThan(300);
  });
});

// ---------------------------------------------------------------------------------------------

describe("inline directives cost (directives + findings) × log (item 5)", () => {
  const at = (line: number) => ({ line, column: 1, offset: line * 10 });
  const directive = (kind: DirectiveKind, line: number, rules: string[] = []): Directive => ({
    kind,
    rules,
    range: { start: at(line), end: at(line) },
  });
  const finding = (ruleId: string, line: number): Diagnostic => ({
    ruleId,
    severity: "error",
    message: "",
    range: { start: at(line), end: at(line) },
  });

  /** Directives whose every property read is counted, failing past `limit`. */
  function counted(directives: Directive[], limit: number): { directives: Directive[]; reads: () => number } {
    let reads = 0;
    const handler: ProxyHandler<Directive> = {
      get(target, key, receiver) {
        if (++reads > limit) throw new Error(`more than ${limit} reads of directives`);
        return Reflect.get(target, key, receiver);
      },
    };
    return { directives: directives.map((d) => new Proxy(d, handler)), reads: () => reads };
  }

  it("50,000 enable comments and 50,000 findings: reads of directives grow with their sum", () => {
    const count = 50_000;
    const directives = Array.from({ length: count }, (_, i) =>
      directive(i % 2 ? "enable" : "disable", 2 * i, ["title"]),
    );
    const findings = Array.from({ length: count }, (_, i) => finding(i % 3 ? "title" : "url", 2 * i + 1));
    // Before: every finding read every directive, 2.5 billion times (21.5 s).
    const { directives: watched, reads } = counted(directives, 40 * 2 * count);
    const kept = applyDirectives(findings, watched);
    // `title` is off after each `disable` (lines 0, 4, 8, …) until the next `enable`.
    expect(kept).toEqual(findings.filter((f) => f.ruleId === "url" || (f.range.start.line - 1) % 4 === 2));
    expect(reads()).toBeLessThan(40 * 2 * count);
  });

  it("keeps exactly what reading every directive kept (property)", () => {
    const rule = fc.constantFrom("a", "b", "c");
    const arbitraryDirective = fc
      .tuple(fc.constantFrom(...DIRECTIVE_KINDS), fc.integer({ min: 1, max: 30 }), fc.array(rule, { maxLength: 2 }))
      .map(([kind, line, rules]) => directive(kind, line, rules));
    const arbitraryFinding = fc.tuple(rule, fc.integer({ min: 1, max: 32 })).map(([id, line]) => finding(id, line));
    const runs = 2000;
    let dropped = 0;
    let kept = 0;
    fc.assert(
      fc.property(
        fc.array(arbitraryDirective, { maxLength: 12 }),
        fc.array(arbitraryFinding, { maxLength: 20 }),
        (d, f) => {
          const after = applyDirectives(f, d);
          if (after.length < f.length) dropped++;
          if (after.length > 0) kept++;
          expect(after).toEqual(applyDirectivesBefore(f, d));
        },
      ),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: in a third of the runs directives drop findings, and in a third findings stay
    // (1,333 and 975 of 2,000 on 2026-12-02).
    expect(dropped).toBeGreaterThan(runs / 3);
    expect(kept).toBeGreaterThan(runs / 3);
  });
});

describe("did-you-mean compares names of bounded length (item 5)", () => {
  afterEach(() => {
    levenshtein.cells = 0;
    levenshtein.limit = Number.POSITIVE_INFINITY;
  });

  it("an 800,000-character heading gets its finding without an edit distance per field", () => {
    const text = `${CLEAN}\n### ${"x".repeat(800_000)}\n- Yes\n`;
    // Before: 800,000 × each field's length, for every field of the template (186 s).
    levenshtein.limit = 1_000_000;
    const found = lintText(text, { rules: ["unknown-section"] });
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/^Unexpected section `### x+…`/)]);
    expect(levenshtein.cells).toBe(0);
  });

  it("a template field of 800,000 characters, misspelt by one, costs no edit distance", () => {
    const field = "x".repeat(800_000);
    const dir = tempDir("costs", { "TEMPLATE.md": `# Name - URL\n\n## General Info\n\n### ${field}\n- value\n` });
    const text = `# Tool - https://tool.dev\n\n## General Info\n\n### ${field.slice(0, -1)}y\n- Yes\n`;
    // Before: one distance of 800,000 × 800,000 cells (186 s).
    levenshtein.limit = 1_000_000;
    const found = lintText(text, { rules: ["unknown-section"], schema: "TEMPLATE.md", cwd: dir });
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/^Unexpected section `### x+…`/)]);
    expect(levenshtein.cells).toBe(0);
  });

  it("still suggests by spelling, and skips only candidates too far apart in length", () => {
    expect(closestMatch("Licence", ["Languages", "License", "Last Update"])).toEqual({
      match: "License",
      unique: true,
    });
    expect(closestMatch("Free-trial", ["Free Trial", "FreeTrial"])).toEqual({ match: "Free Trial", unique: false });
    levenshtein.cells = 0;
    closestMatch("Licence", ["License", "A very long field name indeed"]);
    expect(levenshtein.cells).toBe("licence".length * "license".length);
  });
});

describe("a criteria file's aliases are bounded (item 5)", () => {
  const bomb = (() => {
    const lines = ['l0: &l0 ["lol"]'];
    for (let i = 1; i <= 8; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(", ")}]`,
      );
    return `${lines.join("\n")}\ncriteria:\n  - Bomb:\n      type: LABEL\n      values: [*l8]\n`;
  })();

  it("a billion laughs is one error naming the line, not 1.27 GB", () => {
    // Before: the criteria's values were read as text, 10^8 of them, until `Invalid string length`.
    expect(() => readCriteria(bomb)).toThrow(
      /^line 6: the aliases \(`\*name`\) stand for more than 100,000 values, expected a criteria file that repeats an anchor a few times/,
    );
  });

  it("merge keys copying a large map many times count too", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i}: 1`).join(", ");
    const uses = Array.from({ length: 2000 }, (_, i) => `  - C${i}: {<<: *base}`);
    // 2,000 × 2,000 keys copied: 4 million; the budget stops it at the 50th use.
    expect(() => readCriteria([`base: &base {${keys}}`, "criteria:", ...uses].join("\n"))).toThrow(
      /^line 52: the aliases/,
    );
  });

  it("through the CLI, the error names the file and the line", () => {
    const dir = tempDir("costs", {
      "datasets/x/config/comparison.yml": bomb,
      "datasets/x/data/entry.md": CLEAN,
    });
    const run = cli(["--format", "json", "datasets/x/data/entry.md"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^catalog-lint: Cannot read the criteria file .*datasets\/x\/config\/comparison\.yml: line 6: the aliases .* Fix its YAML or pass --schema\.\n$/,
    );
  });

  it("a syntax error is one line too", () => {
    expect(() => readCriteria("criteria:\n  - Tools: [unclosed\n")).toThrow(
      /^line 3, column 1: unexpected end of the stream within a flow collection$/,
    );
  });
});

describe("a pull request's config cannot raise the limits without bound (item 5)", () => {
  it("maxFileSize has an upper bound, and the Action can ignore a raised value", () => {
    expect(() => parseConfig(`maxFileSize: ${MAX_FILE_SIZE_LIMIT + 1}\n`, "rc.yaml")).toThrow(
      /^rc\.yaml:1: `maxFileSize`: found `16777217`, expected at most 16777216 \(16 MiB\)/,
    );
    expect(parseConfig(`maxFileSize: ${MAX_FILE_SIZE_LIMIT}\n`, "rc.yaml").maxFileSize).toBe(MAX_FILE_SIZE_LIMIT);
    expect(untrustedMaxFileSize({ maxFileSize: 30_000_000 })).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(untrustedMaxFileSize({ maxFileSize: 1000 })).toBe(1000);
    expect(untrustedMaxFileSize({})).toBe(DEFAULT_MAX_FILE_SIZE);
  });

  it("bounds the number of globs, their length and their wildcards", () => {
    const globs = JSON.stringify({ include: Array.from({ length: 100_000 }, (_, i) => `d${i}/**/*.md`) });
    expect(() => parseConfig(globs, "rc.json")).toThrow(/^rc\.json:1: `include`: found .*, expected at most 200 globs/);
    expect(() => parseConfig(`exclude: ["${"a".repeat(501)}"]\n`, "rc.yaml")).toThrow(
      /`exclude\.0`: found .*, expected a glob of at most 500 characters/,
    );
    expect(() => parseConfig(`include: ["*a*a*a*b.md"]\n`, "rc.yaml")).toThrow(
      /`include\.0`: found `"\*a\*a\*a\*b\.md"`, expected at most 2 `\*` in one path segment, found 4/,
    );
    expect(parseConfig(`exclude: ["**/*draft*", "datasets/*/data/**/*.md"]\n`, "rc.yaml").exclude).toHaveLength(2);
  });

  for (const [key, text] of [
    ["include.0", "include: ['']\n"],
    ["exclude.0", "exclude: ['']\n"],
    ["overrides.0.files", "overrides: [{files: '', rules: {title: off}}]\n"],
  ] as const) {
    it(`an empty glob (\`${key}\`) is a one-line config error, not a stack trace`, () => {
      const dir = tempDir("costs", { ".catalog-lintrc.yaml": text, "entry.md": "# Tool - https://tool.dev\n" });
      const run = cliIn(dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `catalog-lint: .catalog-lintrc.yaml:1: \`${key}\`: found \`""\`, expected a glob such as \`datasets/*/data/**/*.md\`, not an empty string; remove it\n`,
      );
    });
  }
});

function cliIn(dir: string) {
  return cli(["--format", "json"], dir);
}

// ---------------------------------------------------------------------------------------------
// Item 5, the rest: every rule's cost in what a pull request controls (values, sections,
// headings, the template's fields, the criteria's values, the config's lists, changed entries).

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Elements of arrays scanned while `run` runs: each call of `includes`, `indexOf`, `find`,
 * `findIndex`, `findLast`, `some`, `every` or `filter` counts the array's length (what it scans
 * at most). Fails at once past `limit`: the code before the fixes scanned a list per value, 10^8
 * elements and more.
 */
function scanned<T>(limit: number, run: () => T): { result: T; scanned: number } {
  const methods = ["includes", "indexOf", "find", "findIndex", "findLast", "some", "every", "filter"] as const;
  const prototype = Array.prototype as unknown as Record<string, Method>;
  const originals = methods.map((name) => prototype[name] as Method);
  let count = 0;
  methods.forEach((name, i) => {
    const original = originals[i] as Method;
    prototype[name] = function (this: unknown[], ...args: unknown[]) {
      count += this.length;
      if (count > limit) throw new Error(`more than ${limit} array elements scanned`);
      return original.apply(this, args);
    } as Method;
  });
  try {
    return { result: run(), scanned: count };
  } finally {
    methods.forEach((name, i) => {
      prototype[name] = originals[i] as Method;
    });
  }
}

/** Calls `watch(self, args)` for every call of `prototype[name]` while `run` runs. */
function watching<T>(prototype: object, name: string | symbol, watch: Method, run: () => T): T {
  const target = prototype as Record<string | symbol, Method>;
  const original = target[name] as Method;
  target[name] = function (this: unknown, ...args: unknown[]) {
    watch.call(this, ...args);
    return original.apply(this, args);
  } as Method;
  try {
    return run();
  } finally {
    target[name] = original;
  }
}

const field = (name: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind: "text",
  multiple: true,
  required: false,
  aliases: [],
  ...extra,
});
const group = (name: string, fields: FieldSpec[] = [], extra: Partial<GroupSpec> = {}): GroupSpec => ({
  name,
  required: false,
  fields,
  ...extra,
});
const schemaOf = (...groups: GroupSpec[]): CatalogSchema => ({ name: "test", groups });

/** The rules named, with their default options or those given, on `text`, as the CLI runs them. */
function lintWith(
  text: string,
  index: SchemaIndex,
  ids: string[],
  options: Record<string, unknown> = {},
  base?: string,
): Diagnostic[] {
  const settings = new Map<string, RuleSetting>();
  for (const id of ids) {
    const rule = rulesById.get(id) as Rule;
    settings.set(id, { severity: rule.defaultSeverity, options: ruleOptionsSchema(rule).parse(options[id]) });
  }
  return lintSource(createSourceFile("entry.md", text), {
    schema: index,
    rules: settings,
    now: "2026-11-28",
    ...(base !== undefined ? { base: createSourceFile("entry.md", base) } : {}),
  });
}

/** A rule's reports on a parsed entry, as they are (message ids, data, ranges, fixes). */
function reportsOf(rule: Rule, entry: Entry, index: SchemaIndex, base?: Entry): Report[] {
  const found: Report[] = [];
  rule.check({
    entry,
    schema: index,
    options: rule.defaults,
    now: "2026-11-28",
    base,
    ruleIds: [...rulesById.keys()],
    fieldMatches: fieldMatchesOnce(entry, index),
    report: (r) => found.push(r),
  });
  return found;
}

const TITLE = "# Tool - https://tool.dev\n\nTool does one thing.\n\n";
const countBy = (found: readonly Diagnostic[]) => {
  const counts: Record<string, number> = {};
  for (const d of found) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
  return counts;
};

describe("label-value is near-linear in values and allowed values (item 5)", () => {
  afterEach(() => {
    levenshtein.cells = 0;
    levenshtein.limit = Number.POSITIVE_INFINITY;
  });

  it("3,000 values against 3,000 allowed values: the list is indexed once, no expression per value", () => {
    const n = 3000;
    const allowed = Array.from({ length: n }, (_, i) => `Label${i}`);
    const index = indexSchema(schemaOf(group("Tags", [field("Tags", { kind: "label", values: allowed })])));
    // A third in the wrong case, a third with a note, a third misspelt.
    const values = allowed.map((v, i) => [v.toLowerCase(), `${v} (beta)`, `Lable${i}`][i % 3]);
    const text = `${TITLE}## Tags\n\n### Tags\n${values.map((v) => `- ${v}`).join("\n")}\n`;
    const entry = buildEntry(createSourceFile("entry.md", text));
    // Before: every value scanned the list (`includes`, `find`) and tried an expression per
    // allowed value (3,000 built), and the misspelt ones an edit distance each (3 million).
    levenshtein.limit = SUGGESTION_BUDGET;
    const { result, built } = countRegExps(100, () => scanned(40 * n, () => reportsOf(labelValue, entry, index)));
    expect(built).toBeLessThan(10);
    expect(result.scanned).toBeLessThan(40 * n);
    expect(levenshtein.cells).toBeLessThanOrEqual(SUGGESTION_BUDGET);
    const ids = result.result.map((r) => r.messageId);
    expect(ids.filter((id) => id === "case")).toHaveLength(n / 3);
    expect(ids.filter((id) => id === "commentary")).toHaveLength(n / 3);
    // Suggested as long as the budget lasts, then named without a suggestion.
    expect(ids.filter((id) => id === "suggest").length).toBeGreaterThan(10);
    expect(ids.filter((id) => id === "suggest" || id === "unknown")).toHaveLength(n / 3);
  });

  it("a value repeated costs one search", () => {
    const allowed = Array.from({ length: 500 }, (_, i) => `Label${i}`);
    const index = indexSchema(schemaOf(group("Tags", [field("Tags", { kind: "label", values: allowed })])));
    const text = `${TITLE}## Tags\n\n### Tags\n${"- Lable7\n".repeat(5000)}`;
    const found = reportsOf(labelValue, buildEntry(createSourceFile("entry.md", text)), index);
    expect(found.every((r) => r.messageId === "suggest" && r.data?.expected === "Label7")).toBe(true);
    // One search among the values of a near length (all 500): at most 500 distances of 6 × 8 cells.
    expect(levenshtein.cells).toBeLessThanOrEqual(500 * 48);
  });

  it("whitespace before a separator is read from the start of its run only", () => {
    // The expression that splits `JavaScript / TypeScript` into its parts. Tried from inside a
    // run of whitespace, `\s*` rescanned the rest of the run at each of its characters
    // (200,000 spaces, as a comment blanked out in a value leaves: 80 s).
    const index = indexSchema(schemaOf(group("Tags", [field("Tags", { kind: "label", values: ["Yes"] })])));
    const value = `Partial${" ".repeat(1000)}/ Beta`;
    const entry = buildEntry(createSourceFile("entry.md", `${TITLE}## Tags\n\n### Tags\n- ${value}\n`));
    const splitters: RegExp[] = [];
    watching(
      RegExp.prototype,
      Symbol.split,
      function (this: unknown) {
        splitters.push(this as RegExp);
      },
      () => reportsOf(labelValue, entry, index),
    );
    expect(splitters).toHaveLength(1);
    const sticky = new RegExp((splitters[0] as RegExp).source, "y");
    // The positions from which the expression reads the spaces up to the `/`: one per run.
    let reading = 0;
    for (let at = 0; at < value.length; at++) {
      sticky.lastIndex = at;
      const match = sticky.exec(value);
      if (match && /^\s/.test(match[0])) reading++;
    }
    expect(reading).toBe(1);
  });

  it("splits values as the expression before did (property)", () => {
    const before = /\s*(?:\/|,|;|&|\+|\band\b|\bor\b|\bOR\b|\bAND\b)\s*/;
    const index = indexSchema(schemaOf(group("Tags", [field("Tags", { kind: "label", values: ["Yes"] })])));
    const splitter = (() => {
      const found: RegExp[] = [];
      const entry = buildEntry(createSourceFile("entry.md", `${TITLE}## Tags\n\n### Tags\n- A / B\n`));
      watching(
        RegExp.prototype,
        Symbol.split,
        function (this: unknown) {
          found.push(this as RegExp);
        },
        () => reportsOf(labelValue, entry, index),
      );
      return found[0] as RegExp;
    })();
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\u00a0",
      "/",
      ",",
      ";",
      "&",
      "+",
      "and",
      "or",
      "OR",
      "AND",
      "a",
      "Xand",
      "x",
    );
    const runs = 5000;
    let split = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        const parts = text.split(splitter);
        if (parts.length > 1) split++;
        expect(parts).toEqual(text.split(before));
      }),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: most texts hold a separator (3,787 of 5,000).
    expect(split).toBeGreaterThan(runs / 3);
  });

  it("finds what scanning the list found, on generated values and lists (property)", () => {
    const word = fc.constantFrom(
      ...["Yes", "yes", "YES", "No", "MIT", "mit", "Apache-2.0", "Apache 2.0", "Code/Editor", "Code", "Editor"],
      ...["a", "and", "or", "OR", "", "ſtar", "STAR", "star", "İ", "i", "ı", "K", "\u212a", "ß", "SS", "ǅ", "ǆ"],
      ...["x\ud83d\ude00", "Lable", "Label", "N/A", "TypeScript", "Typescript"],
    );
    const separator = fc.constantFrom(" ", "  ", "/", " / ", ",", ";", "&", " and ", " or ", " (", ":", "-", " - ");
    const value = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 4 }).map((parts) =>
      parts
        .map(([w, sep]) => w + sep)
        .join("")
        .trim(),
    );
    const runs = 3000;
    let reported = 0;
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(value, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("label" as const, "yes-no" as const),
        (allowed, values, kind) => {
          const index = indexSchema(schemaOf(group("G", [field("F", { kind, values: allowed })])));
          const text = `${TITLE}## G\n\n### F\n${values.map((v) => `- ${v}`).join("\n")}\n`;
          const entry = buildEntry(createSourceFile("entry.md", text));
          const found = reportsOf(labelValue, entry, index);
          if (found.length > 0) reported++;
          expect(found).toEqual(labelValueBefore(entry, index));
        },
      ),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: nearly every run has a value to report (2,995 of 3,000).
    expect(reported).toBeGreaterThan(runs / 3);
  });
});

describe("did-you-mean is bounded per file, and the same whatever was linted before (item 5)", () => {
  afterEach(() => {
    levenshtein.cells = 0;
    levenshtein.limit = Number.POSITIVE_INFINITY;
  });

  const fields = Array.from({ length: 2000 }, (_, i) => field(`Field ${i}`));
  const misspelt = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => `### Fiedl ${from + i}\n- x\n`).join("\n");

  it("a template of 2,000 fields and 2,000 misspelt headings: edit distances within the budget", () => {
    const index = indexSchema(schemaOf(group("G", fields, { required: true })));
    // Before: each heading compared with every field of its length, twice (unknown-section and
    // required-section): 8 million distances.
    levenshtein.limit = 2 * SUGGESTION_BUDGET;
    const found = lintWith(`${TITLE}## G\n\n${misspelt(2000)}`, index, ["unknown-section", "required-section"]);
    expect(levenshtein.cells).toBeLessThanOrEqual(2 * SUGGESTION_BUDGET);
    expect(countBy(found)["unknown-section"]).toBe(2000);
    expect(found.filter((d) => d.message.includes("expected `### Field ")).length).toBeGreaterThan(10);
  });

  it("a file's suggestions do not depend on the files linted before it", () => {
    // Suggestions are remembered across files by name; the budget charges a remembered one as
    // if it were computed, so a file gets what it gets alone.
    const text = `${TITLE}## G\n\n${misspelt(600)}`;
    const alone = lintWith(text, indexSchema(schemaOf(group("G", fields))), ["unknown-section"]);
    const copy = indexSchema(schemaOf(group("G", fields)));
    lintWith(`${TITLE}## G\n\n${misspelt(600, 300)}`, copy, ["unknown-section"]);
    expect(lintWith(text, copy, ["unknown-section"])).toEqual(alone);
    // And the budget did run out in it.
    const suggested = alone.filter((d) => d.message.includes("expected `### Field ")).length;
    expect(suggested).toBeGreaterThan(10);
    expect(suggested).toBeLessThan(600);
  });

  it("a criteria file giving 5,000 fields one alias: the alias's names are listed without a scan each", () => {
    const n = 5000;
    const index = indexSchema(
      schemaOf(
        group(
          "G",
          Array.from({ length: n }, (_, i) => field(`F${i}`, { aliases: ["Same"] })),
        ),
      ),
    );
    // Before: each field's name was looked for among the alias's names so far (12.5 million).
    const { result, scanned: count } = scanned(20 * n, () =>
      lintWith(`${TITLE}## G\n\n### Same\n- x\n`, index, ["unknown-section"]),
    );
    expect(count).toBeLessThan(20 * n);
    expect(result.map((d) => d.message)).toEqual([expect.stringContaining("expected `### F0`")]);
  });

  it("5,000 misspelt rule ids in directives: edit distances within the budget", () => {
    const comments = Array.from({ length: 5000 }, (_, i) => `<!-- catalog-lint-disable titel-${i} -->`).join("\n");
    levenshtein.limit = SUGGESTION_BUDGET;
    const found = reportsOf(inlineConfig, buildEntry(createSourceFile("entry.md", `${CLEAN}\n${comments}\n`)), schema);
    expect(found).toHaveLength(5000);
    expect(levenshtein.cells).toBeLessThanOrEqual(SUGGESTION_BUDGET);
  });

  it("compares only candidates of a near length, and suggests what comparing all did (property)", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", " ", "-", "_", "d"), maxLength: 9 });
    const runs = 20_000;
    let suggested = 0;
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 12 }), (value, candidates) => {
        const match = closestMatch(value, candidates);
        if (match !== undefined) suggested++;
        expect(match).toEqual(closestMatchBefore(value, candidates));
      }),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: a quarter of the runs get a suggestion (8,031 of 20,000).
    expect(suggested).toBeGreaterThan(runs / 4);
  });
});

describe("value and structure rules look the schema up, never scan it per section (item 5)", () => {
  it("template fields × entry sections: section-order, section-placement, required-section", () => {
    const n = 2000;
    const fields = Array.from({ length: n }, (_, i) => field(`F${i}`));
    const groups = Array.from({ length: n }, (_, i) => group(`G${i}`));
    const index = indexSchema(schemaOf(group("Main", fields), ...groups));
    // Fields kept in order (F0, F1, …) between fields out of order (F1999, F1998, …), and the
    // groups in reverse: a moved section looked for its neighbour among all kept ones, each
    // section for its rank in the template's order, each field in its group's fields, each
    // group of the template among the entry's groups.
    const order = Array.from({ length: n }, (_, i) => (i % 2 ? `F${n - 1 - (i >> 1)}` : `F${i >> 1}`));
    const text = `${TITLE}## Main\n\n${order.map((f) => `### ${f}\n- x\n`).join("\n")}\n${groups
      .map((g) => `## ${g.name}\n`)
      .reverse()
      .join("\n")}`;
    const entry = buildEntry(createSourceFile("entry.md", text));
    for (const id of ["section-order", "section-placement", "required-section"]) {
      const rule = rulesById.get(id) as Rule;
      // Before: 12 million elements (section-order), 4 million (the other two).
      const { scanned: count } = scanned(60 * n, () => reportsOf(rule, entry, index));
      expect({ id, count: count < 60 * n }).toEqual({ id, count: true });
    }
    expect(countBy(lintWith(text, index, ["section-order"]))["section-order"]).toBe(n / 2 - 1 + n - 1);
  });

  it("a full list of 3,000 values plus 3,000 more: single-value and template-leftover", () => {
    const n = 3000;
    const allowed = Array.from({ length: n }, (_, i) => `L${i}`);
    const index = indexSchema(
      schemaOf(group("G", [field("F", { kind: "label", values: allowed, multiple: false, keepOnlyApplicable: true })])),
    );
    const values = [...allowed, ...allowed.map((v) => `${v}x`)];
    const entry = buildEntry(
      createSourceFile("entry.md", `${TITLE}## G\n\n### F\n${values.map((v) => `- ${v}`).join("\n")}\n`),
    );
    for (const id of ["single-value", "template-leftover"]) {
      const { result, scanned: count } = scanned(40 * n, () => reportsOf(rulesById.get(id) as Rule, entry, index));
      // Before: every allowed value looked for among the values, every value among the allowed.
      expect({ id, count: count < 40 * n }).toEqual({ id, count: true });
      expect(result.length).toBe(id === "single-value" ? n : 1);
    }
  });

  it("10,000 `N/A` values in one field: unknown-marker asks once whether a value stays", () => {
    const n = 10_000;
    const index = indexSchema(schemaOf(group("G", [field("Notes")])));
    const entry = buildEntry(createSourceFile("entry.md", `${TITLE}## G\n\n### Notes\n${"- N/A\n".repeat(n)}`));
    // Before: every finding read every value of the field (10^8).
    const { result, scanned: count } = scanned(20 * n, () =>
      reportsOf(rulesById.get("unknown-marker") as Rule, entry, index),
    );
    expect(count).toBeLessThan(20 * n);
    expect(result).toHaveLength(n);
    expect(result.every((r) => r.fix?.text === "-")).toBe(true);
  });

  it("2,000 Repo fields against a config of 2,000 hosts: repo-url walks a host's labels", () => {
    const n = 2000;
    const hosts = Array.from({ length: n }, (_, i) => `git${i}.example`);
    const repos = Array.from({ length: n }, (_, i) => `### Repo\n- https://www.product${i}.dev/x\n`).join("\n");
    const text = `${TITLE}## General Info\n\n### Repo\n- https://code.git7.example/a\n\n${repos}`;
    // Before: every Repo value compared with every host.
    const { result, scanned: count } = scanned(20 * n, () =>
      lintWith(text, schema, ["repo-url"], { "repo-url": { hosts } }),
    );
    expect(count).toBeLessThan(20 * n);
    expect(result).toHaveLength(n);
  });

  it("1,000 Opensource fields and 1,000 License values: license-consistency names the licenses once", () => {
    const n = 1000;
    const licenses = "- Proprietary\n".repeat(n);
    const text = `${TITLE}## Licensing\n\n### License\n${licenses}\n${"### Opensource\n- Yes\n\n".repeat(n)}`;
    // Before: each Opensource value checked every license again, and its message listed them all:
    // 1,000 × 1,000 of them, 26 MB of messages.
    const { result: found, scanned: count } = scanned(20 * n, () => lintWith(text, schema, ["license-consistency"]));
    expect(count).toBeLessThan(20 * n);
    expect(found).toHaveLength(n);
    const bytes = found.reduce((sum, d) => sum + d.message.length, 0);
    expect(bytes).toBeLessThan(500 * n);
    expect(found[0]?.message).toContain("`Proprietary` (line 12), and 995 more");
  });
});

describe("last-update-not-bumped copies the text once, whatever the number of date fields (item 5)", () => {
  const dates = (count: number, note: string) =>
    Array.from({ length: count }, (_, i) => `### Last Update\n- 2026-01-01\n\n### Notes\n- ${note} ${i}\n`).join("\n");

  it("2,000 Last Update fields: characters copied grow with the text, not with it times the fields", () => {
    const text = `${TITLE}## General Info\n\n${dates(2000, "now")}`;
    const base = `${TITLE}## General Info\n\n${dates(2000, "before")}`;
    const [entry, baseEntry] = [text, base].map((t) => buildEntry(createSourceFile("entry.md", t))) as [Entry, Entry];
    let copied = 0;
    const limit = 4 * (text.length + base.length);
    // Before: the text was cut once per field, a copy of all of it each time (15 s at 8,000).
    const found = watching(
      String.prototype,
      "slice",
      function (this: unknown, ...args: unknown[]) {
        const [from = 0, to = (this as string).length] = args as number[];
        copied += Math.max(0, Math.min(to, (this as string).length) - from);
        if (copied > limit) throw new Error(`more than ${limit} characters copied`);
      },
      () => reportsOf(lastUpdateNotBumped, entry, schema, baseEntry),
    );
    expect(copied).toBeLessThanOrEqual(limit);
    expect(found.map((r) => r.messageId)).toEqual(["notBumped"]);
  });

  it("cuts what cutting each section in turn cut, nested sections too (property)", () => {
    const date = (name: string) => field(name, { kind: "date", multiple: false });
    const index = indexSchema(
      schemaOf(
        group("Last Update", [date("Last Update"), field("Notes")]),
        group("G", [date("Last Update"), date("Updated")]),
      ),
    );
    const piece = fc.constantFrom(
      ...["## Last Update\n- 2026-01-01\n", "## Last Update\n", "### Last Update\n- 2026-01-01\n"],
      ...["### Updated\n- 2026-01-02\n", "### Notes\n- a\n", "### Notes\n- b\n", "## G\n", "text\n", "\n"],
    );
    const runs = 5000;
    let reported = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.array(piece, { maxLength: 14 }), (now, before) => {
        const entry = buildEntry(createSourceFile("entry.md", `${TITLE}${now.join("")}`));
        const base = buildEntry(createSourceFile("entry.md", `${TITLE}${before.join("")}`));
        const found = reportsOf(lastUpdateNotBumped, entry, index, base);
        if (found.length > 0) reported++;
        expect(found).toEqual(lastUpdateBefore(entry, base, index));
      }),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: a fifth of the runs are reported (1,501 of 5,000).
    expect(reported).toBeGreaterThan(runs / 5);
  });
});

describe("template-leftover reads prose once (item 5)", () => {
  it("`[todo` without a `]` after it: the marker expression never searches past the last `]`", () => {
    const text = `${TITLE}## General Info\n\n### Notes\n- [x] ${"[todo ".repeat(40_000)}\n`;
    const subjects: string[] = [];
    // Before: each `[todo` read the rest of the value looking for its `]` (4.7 s at 40,000).
    watching(
      String.prototype,
      "matchAll",
      function (this: unknown) {
        subjects.push(this as string);
      },
      () => reportsOf(templateLeftover, buildEntry(createSourceFile("entry.md", text)), schema),
    );
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) expect(subject === "" || subject.endsWith("]")).toBe(true);
  });

  it("inline code is masked without the backtracking expression", () => {
    const text = `${TITLE}## General Info\n\n### Notes\n- [x] ${"`".repeat(100_001)} a [TODO] b\n`;
    const sources: string[] = [];
    // Before: `(`+)[\s\S]*?\1` tried every shorter run and read the rest of the text for each
    // (12.6 s for 200,000 backticks).
    const found = watching(
      RegExp.prototype,
      Symbol.replace,
      function (this: unknown) {
        sources.push((this as RegExp).source);
      },
      () => reportsOf(templateLeftover, buildEntry(createSourceFile("entry.md", text)), schema),
    );
    expect(sources.filter((s) => s.includes("`+"))).toEqual([]);
    expect(found.map((r) => r.data?.text)).toEqual(["`[TODO]`"]);
  });

  it("masks what the expression masked (property)", () => {
    const blank = (text: string) => text.replace(/[^\r\n]/g, " ");
    const unit = fc.constantFrom("`", "`", "`", "a", "\n", " ", "\r");
    const runs = 50_000;
    let masked = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const out = maskCodeSpans(text);
        if (out !== text) masked++;
        expect(out).toBe(text.replace(/(`+)[\s\S]*?\1/g, blank));
      }),
      { numRuns: runs, seed: 19 },
    );
    // Not vacuous: half the texts have code spans to mask (28,256 of 50,000).
    expect(masked).toBeGreaterThan(runs / 3);
  });

  it("200,000 notes under one value do not overflow the stack", () => {
    const text = `${TITLE}## General Info\n\n### Notes\n- [TBD]\n${"  - note\n".repeat(200_000)}`;
    const found = reportsOf(templateLeftover, buildEntry(createSourceFile("entry.md", text)), schema);
    expect(found.map((r) => r.messageId)).toEqual(["todo"]);
  });
});

describe("catalog-level findings (item 5)", () => {
  it("5,000 findings on a file of 5,000 directives: the directives are indexed once", () => {
    const count = 5000;
    const dir = tempDir("costs", { "entry.md": CLEAN });
    const linter = new Linter({ cwd: dir, config: { config: {}, dir }, now: "2026-11-28" });
    const at = (line: number) => ({ line, column: 1, offset: line * 10 });
    const reports = Array.from({ length: count }, (_, i) => ({
      rule: duplicateEntry,
      report: {
        messageId: "name",
        data: { name: "Tool", other: "other.md", line: 1 },
        range: { start: at(2 * i + 1), end: at(2 * i + 1) },
      },
    }));
    // Every other finding is on a line a `disable-next-line` switches off.
    const directives: Directive[] = Array.from({ length: count / 2 }, (_, i) => ({
      kind: "disable-next-line",
      rules: ["duplicate-entry"],
      range: { start: at(4 * i), end: at(4 * i) },
    }));
    let reads = 0;
    const limit = 40 * 2 * count;
    const watched = directives.map(
      (d) =>
        new Proxy(d, {
          get(target, key, receiver) {
            if (++reads > limit) throw new Error(`more than ${limit} reads of directives`);
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    const result = { filePath: "entry.md", diagnostics: [] as Diagnostic[] };
    // Before: each finding indexed (and sorted) every directive anew: 5,000 × 2,500 × log.
    linter.addCatalogFindings(result, reports, watched);
    expect(reads).toBeLessThan(limit);
    expect(result.diagnostics).toHaveLength(count / 2);
    expect(result.diagnostics.every((d) => (d.range.start.line - 1) % 4 === 2)).toBe(true);
  });

  it("duplicate-entry: 3,000 repositories shared by two entries are reported without a search each", () => {
    const n = 3000;
    const range = (line: number) => ({
      start: { line, column: 3, offset: line * 40 },
      end: { line, column: 30, offset: line * 40 + 27 },
    });
    const summary = (filePath: string, linted: boolean): EntrySummary => ({
      filePath,
      folder: "data",
      repos: Array.from({ length: n }, (_, i) => ({ url: `https://github.com/acme/tool-${i}`, range: range(i + 1) })),
      linted,
    });
    const found: Report[] = [];
    // Before: each report looked its URL up among the entry's repositories (9 million).
    const { scanned: count } = scanned(20 * n, () =>
      duplicateEntry.checkCatalog?.({
        entries: [summary("data/a.md", true), summary("data/b.md", false)],
        governed: [],
        options: {},
        schemaOf: () => indexSchema(loadSchemaOption("awesome-comparisons", process.cwd()).schema),
        folderFiles: () => undefined,
        regularFiles: () => undefined,
        report: (_file, report) => found.push(report),
      }),
    );
    expect(count).toBeLessThan(20 * n);
    expect(found).toHaveLength(n);
    expect(found[n - 1]?.data?.url).toBe(`https://github.com/acme/tool-${n - 1}`);
  });

  it("duplicate-entry's peer filter searches a peer for a bounded number of traces", () => {
    // A pull request changing 2,000 entries of a folder whose 2,000 other entries are its peers.
    const linted: EntrySummary[] = Array.from({ length: 2000 }, (_, i) => ({
      filePath: `data/tool-${i}.md`,
      folder: "data",
      title: {
        name: `Tool ${i}`,
        range: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 9, offset: 8 } },
      },
      repos: [],
      linted: true,
    }));
    const filter = duplicateEntry.peerFilter?.(linted);
    const peer = `# Other - https://other.dev\n\n${"Some text. ".repeat(100)}\n`;
    let searched = 0;
    const answers: Array<boolean | undefined> = [];
    const limit = 64 * 2000 * peer.length;
    // Before: every peer's text searched for every linted entry's name: 2,000 × 2,000.
    watching(
      String.prototype,
      "includes",
      function (this: unknown) {
        searched += (this as string).length;
        if (searched > limit) throw new Error(`more than ${limit} characters searched`);
      },
      () => {
        for (let i = 0; i < 2000; i++) answers.push(filter?.("data", peer));
      },
    );
    expect(searched).toBeLessThanOrEqual(limit);
    // Past the bound every peer may matter: each is read (linear in peers), as without a filter.
    expect(answers.every((a) => a === true)).toBe(true);
  });
});

// --- The code before the fixes, to compare findings with -------------------------------------

/** `closestMatch` as it was: every candidate compared, in the list's order. */
function closestMatchBefore(
  value: string,
  candidates: readonly string[],
): { match: string; unique: boolean } | undefined {
  const key = looseKey(value);
  const loose = candidates.filter((c) => looseKey(c) === key);
  if (loose.length > 0) return { match: loose[0] as string, unique: loose.length === 1 };
  if (key.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let ties = 0;
  for (const candidate of candidates) {
    const other = looseKey(candidate);
    if (Math.abs(other.length - key.length) > limit) continue;
    // A longer, different word (`latexmk` for `latex`) gets no suggestion (see extendsWord).
    const extra = key.replace(other, "");
    if (key.includes(other) && key !== other && /^\p{L}+$/u.test(extra) && key !== `${other}s` && key !== `${other}es`)
      continue;
    const d = distance(key, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      ties = 1;
    } else if (d === bestDistance) ties++;
  }
  return best !== undefined && bestDistance <= limit ? { match: best, unique: ties === 1 } : undefined;
}

/** label-value as it was: the list scanned per value, an expression per allowed value. */
function labelValueBefore(entry: Entry, index: SchemaIndex): Report[] {
  const found: Report[] = [];
  for (const match of fieldMatches(entry, index)) {
    const { section, spec } = match;
    const allowed = spec.values;
    if (!allowed?.length || (spec.kind !== "label" && spec.kind !== "yes-no")) continue;
    for (const value of checkedValues(match)) {
      const { text, range } = value;
      if (isUnknownMarker(text) || allowed.includes(text) || value.kind === "block" || looksUnknown(text)) continue;
      const data = { value: quote(text), field: section.name, allowed: quoteList(allowed) };
      const sameCase = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
      if (sameCase) {
        const fix = { range: [range.start.offset, range.end.offset] as [number, number], text: sameCase };
        found.push({ messageId: "case", data: { ...data, expected: sameCase }, range, fix });
        continue;
      }
      const parts = text.split(/\s*(?:\/|,|;|&|\+|\band\b|\bor\b|\bOR\b|\bAND\b)\s*/).filter(Boolean);
      if (parts.length > 1 && parts.every((p) => allowed.includes(p))) {
        found.push({ messageId: "combined", data: { ...data, parts: listAnd(parts.map((p) => `\`- ${p}\``)) }, range });
        continue;
      }
      const escaped = (a: string) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const prefix = allowed.find((a) => new RegExp(`^${escaped(a)}(?=[\\s,;:(\\u2013\\u2014-])`, "i").test(text));
      if (prefix) {
        found.push({ messageId: "commentary", data: { ...data, expected: prefix }, range });
        continue;
      }
      // A part of one combined value (`C++` → `C/C++`), a license by name or family, then by spelling.
      const key = text.trim().toLowerCase();
      const holders = new Set(
        allowed.filter(
          (a) => a.includes("/") && key !== "" && a.split("/").some((p) => p.trim().toLowerCase() === key),
        ),
      );
      const license = allowed.some(isSpdxId) && holders.size !== 1 ? licenseSuggestion(text, allowed) : undefined;
      if (license && "family" in license) {
        found.push({ messageId: "family", data: { ...data, choices: quoteList(license.family) }, range });
        continue;
      }
      const spelt = closestMatchBefore(text, allowed)?.match;
      const otherLicense = spelt !== undefined && spelt.toLowerCase() !== key && isSpdxId(text) && isSpdxId(spelt);
      const suggestion =
        holders.size === 1
          ? [...holders][0]
          : license && "one" in license
            ? license.one
            : otherLicense
              ? undefined
              : spelt;
      found.push({
        messageId: suggestion ? "suggest" : "unknown",
        data: { ...data, ...(suggestion ? { expected: suggestion } : {}) },
        range,
      });
    }
  }
  return found;
}

/** last-update-not-bumped as it was: each date section cut out of a copy of the text in turn. */
function lastUpdateBefore(entry: Entry, base: Entry, index: SchemaIndex): Report[] {
  const dateField = (e: Entry) => {
    const match = fieldMatches(e, index).find((m) => m.spec.kind === "date");
    return match ? { section: match.section, date: checkedValues(match)[0] } : undefined;
  };
  const content = (e: Entry) => {
    const cuts: Section[] = fieldMatches(e, index)
      .filter((m) => m.spec.kind === "date")
      .map((m) => m.section);
    let text = e.source.text;
    for (const section of cuts.sort((a, b) => b.range.start.offset - a.range.start.offset)) {
      text = text.slice(0, section.range.start.offset) + text.slice(section.range.end.offset);
    }
    return text
      .split(/\r?\n|\r/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n");
  };
  const now = dateField(entry);
  const before = dateField(base);
  if (!now?.date || !before?.date) return [];
  const [day, baseDay] = [isoDay(now.date.text), isoDay(before.date.text)];
  if (day === undefined || baseDay === undefined || day > baseDay || content(entry) === content(base)) return [];
  return [
    {
      messageId: "notBumped",
      data: { field: now.section.name, value: now.date.text, base: before.date.text },
      range: now.date.range,
    },
  ];
}

describe("the entry model on entries of many small parts", () => {
  // 200,000 comments in one section (within the 2 MiB limit): a spread `push(...comments)` passed
  // them as arguments and overflowed the stack, ending the run with exit 2.
  it.each([["comments", "<!--c-->\n".repeat(200_000)]])("builds an entry with 200,000 %s", (_, body) => {
    const text = `# Tool - https://tool.dev\n\n## General Info\n\n### Notes\n${body}`;
    expect(text.length).toBeLessThan(DEFAULT_MAX_FILE_SIZE);
    const found = lintText(text);
    // Read and modelled, not refused by the parser's budget (which would not build the entry).
    expect(found.filter((d) => d.ruleId === "readable-file")).toEqual([]);
  });
});
