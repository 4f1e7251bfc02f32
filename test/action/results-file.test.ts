import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { linesOf } from "../../src/action/results-file.js";
import { RESULTS_VERSION, resultsSchema } from "../../src/action/results-schema.js";

const ROOT = join(import.meta.dirname, "..", "..");
const published = JSON.parse(readFileSync(join(ROOT, "schema/catalog-lint-results.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false }).compile(published);

function results(path: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: RESULTS_VERSION,
    tool: { name: "catalog-lint", version: "0.1.0" },
    repository: "octo-org/catalog",
    pullRequest: 42,
    headSha: "a".repeat(40),
    baseSha: "b".repeat(40),
    filesLinted: [path],
    findings: [
      { path, line: 3, column: 1, endLine: 3, endColumn: 5, ruleId: "date-format", severity: "error", message: "m" },
    ],
    findingsLeftOut: 0,
    ...extra,
  };
}

describe("the results file's schema", () => {
  it.each(["data/a.md", "a b/ü.md", "x..y.md", ".github/x.md"])(
    "takes %j, in zod and in the published JSON Schema",
    (path) => {
      expect(resultsSchema().safeParse(results(path)).success).toBe(true);
      expect(validate(results(path))).toBe(true);
    },
  );

  it.each([
    "/etc/passwd",
    "../x.md",
    "data/../../x.md",
    "data/./x.md",
    "C:/x.md",
    "data\\x.md",
    "data//x.md",
    "data/",
    "",
    "a\u0000b",
    "a\nb",
  ])("refuses the path %j, in both", (path) => {
    expect(resultsSchema().safeParse(results(path)).success).toBe(false);
    expect(validate(results(path))).toBe(false);
  });

  it("refuses unknown keys, another version and a short SHA, in both", () => {
    for (const bad of [
      results("a.md", { extra: 1 }),
      results("a.md", { version: RESULTS_VERSION + 1 }),
      results("a.md", { headSha: "abc" }),
    ]) {
      expect(resultsSchema().safeParse(bad).success).toBe(false);
      expect(validate(bad)).toBe(false);
    }
  });
});

describe("the whole lines a fix gives", () => {
  const text = "# T\n\n- Last Update - January 30, 2026\r\n- Next\n";
  it("applies the fix to the lines it touches", () => {
    const from = text.indexOf("January");
    const fix = { range: [from, from + "January 30, 2026".length] as [number, number], text: "2026-01-30" };
    expect(linesOf(text, fix)).toEqual({ lines: { start: 3, end: 3, text: "- Last Update - 2026-01-30" } });
  });

  it("spans the lines a fix joins", () => {
    const from = text.indexOf("\r\n- Next");
    const fix = { range: [from, from + 2] as [number, number], text: " " };
    expect(linesOf(text, fix)).toEqual({
      lines: { start: 3, end: 4, text: "- Last Update - January 30, 2026 - Next" },
    });
  });

  it("gives nothing for a fix past the end or without the text", () => {
    expect(linesOf(text, { range: [0, text.length + 1], text: "" })).toEqual({});
    expect(linesOf(undefined, { range: [0, 1], text: "" })).toEqual({});
  });
});
