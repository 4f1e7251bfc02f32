import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import type { Diagnostic, FileResult } from "../../src/diagnostics/diagnostic.js";
import { discoverFiles } from "../../src/files/discover.js";
import { lint } from "../../src/lint/linter.js";
import { REPORT_COLUMNS, stylish, wrap } from "../../src/reporters/stylish.js";
import { TALLY_FROM } from "../../src/reporters/summary-line.js";
import { rulesMeta } from "../../src/rules/index.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";

const context = { color: false, cwd: "/x", rulesMeta: rulesMeta() };

function finding(ruleId: string, message: string, line = 1, severity: Diagnostic["severity"] = "error"): Diagnostic {
  const at = { line, column: 1, offset: 0 };
  return { ruleId, severity, message, range: { start: at, end: at } };
}

describe("stylish", () => {
  it("lines rule ids up after the longest message that fits, and wraps one that does not at spaces", () => {
    const long = `Unexpected ${"word ".repeat(20)}end`;
    const out = stylish(
      [
        {
          filePath: "a.md",
          diagnostics: [finding("title", "Short"), finding("url", "A bit longer", 2), finding("label-value", long, 10)],
        },
      ],
      context,
    ).split("\n");
    expect(out.slice(0, 3)).toEqual(["a.md", "  1:1   error  Short         title", "  2:1   error  A bit longer  url"]);
    // The long message: wrapped below itself (in its own column), the rule id after its last words.
    const wrapped = out.slice(3, out.indexOf(""));
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped[0]?.startsWith("  10:1  error  Unexpected word")).toBe(true);
    for (const line of wrapped.slice(1)) expect(line.startsWith(" ".repeat(15))).toBe(true);
    expect(wrapped.at(-1)?.endsWith("end  label-value")).toBe(true);
    expect(
      wrapped
        .map((l) => l.trim().replace(/\s+label-value$/, ""))
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(`10:1 error ${long}`);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(REPORT_COLUMNS);
  });

  it("keeps a word longer than the row on a line of its own, and the rule id below it", () => {
    const url = `https://example.com/${"a".repeat(120)}`;
    expect(wrap(`see ${url} now`, 40)).toEqual(["see", url, "now"]);
    const out = stylish([{ filePath: "a.md", diagnostics: [finding("url", url)] }], context).split("\n");
    expect(out.slice(0, 3)).toEqual(["a.md", `  1:1  error  ${url}`, "              url"]);
  });

  it("says how many files have problems, of how many linted", () => {
    const clean: FileResult = { filePath: "ok.md", diagnostics: [] };
    const bad: FileResult = { filePath: "a.md", diagnostics: [finding("title", "x"), finding("url", "y", 2, "warn")] };
    expect(stylish([bad, clean, clean], context)).toContain("✖ 2 problems (1 error, 1 warning) in 1 of 3 files\n");
    expect(stylish([bad], context)).toContain("✖ 2 problems (1 error, 1 warning) in 1 file\n");
    expect(stylish([clean], context)).toBe("");
  });

  it(`tallies the findings by rule, most first, from ${TALLY_FROM} findings on`, () => {
    const many = (n: number): FileResult => ({
      filePath: "a.md",
      diagnostics: Array.from({ length: n }, (_, i) => finding(i % 4 === 0 ? "url" : "title", "x", i + 1)),
    });
    const few = stylish([many(TALLY_FROM - 1)], context);
    expect(few).not.toMatch(/^ +\d+ {2}title$/m);
    const out = stylish([many(TALLY_FROM)], context).split("\n");
    const at = out.indexOf(`✖ ${TALLY_FROM} problems (${TALLY_FROM} errors, 0 warnings) in 1 file`);
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 3)).toEqual(["  15  title", "   5  url"]);
  });

  it("fits the example catalog's report in 100 columns (was: three lines in four over 120)", () => {
    const config = loadConfig(EXAMPLE_CATALOG);
    const files = discoverFiles({
      cwd: EXAMPLE_CATALOG,
      paths: [],
      ...(config.config.include ? { include: config.config.include } : {}),
    });
    const { results } = lint(files, { cwd: EXAMPLE_CATALOG, config, now: "2026-11-28" });
    const lines = stylish(results, context).split("\n");
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.filter((l) => l.length > REPORT_COLUMNS)).toEqual([]);
  });
});
