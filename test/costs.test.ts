/**
 * Costs a pull request can force (issue 19, items 3-5): each is bounded, and the bound is
 * asserted on counts and sizes (regular expressions built, work done, bytes), never on time.
 * How the costs grow is shown apart, by bench/growth.ts.
 */
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../src/config/load.js";
import { MAX_FILE_SIZE_LIMIT, untrustedMaxFileSize } from "../src/config/schema.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { applyDirectives, DIRECTIVE_KINDS, type Directive, type DirectiveKind } from "../src/diagnostics/directives.js";
import { buildEntry } from "../src/model/build-entry.js";
import type { Entry } from "../src/model/entry.js";
import { DEFAULT_MAX_FILE_SIZE } from "../src/parse/limits.js";
import { createSourceFile } from "../src/parse/source.js";
import type { Rule } from "../src/rules/define-rule.js";
import ratingMismatch from "../src/rules/rating-mismatch.js";
import { closestMatch } from "../src/rules/text.js";
import { readCriteria } from "../src/schema/criteria.js";
import { loadSchemaOption } from "../src/schema/resolve.js";
import { indexSchema } from "../src/schema/types.js";
import { applyDirectivesBefore } from "./fixtures/costs/directives-before.js";
import ratingMismatchBefore from "./fixtures/costs/rating-mismatch-before.js";
import { CLEAN, cli, lintHostile, TempDirs } from "./helpers/hostile.js";
import { lintText } from "./helpers/lint-text.js";

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

const temp = new TempDirs();
afterAll(() => temp.cleanup());
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
    const { result } = countRegExps(
      10_000,
      () => lintHostile(temp, name, "# Tool - https://tool.dev\n", config),
      "^(a+)+$",
    );
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
    fc.assert(
      fc.property(
        fc.array(arbitraryDirective, { maxLength: 12 }),
        fc.array(arbitraryFinding, { maxLength: 20 }),
        (d, f) => {
          expect(applyDirectives(f, d)).toEqual(applyDirectivesBefore(f, d));
        },
      ),
      { numRuns: 2000, seed: 19 },
    );
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
    const dir = temp.make({ "TEMPLATE.md": `# Name - URL\n\n## General Info\n\n### ${field}\n- value\n` });
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
    const dir = temp.make({
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
      const dir = temp.make({ ".catalog-lintrc.yaml": text, "entry.md": "# Tool - https://tool.dev\n" });
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
