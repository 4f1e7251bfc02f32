import { describe, expect, it } from "vitest";
import type { Diagnostic, FileResult } from "../../src/diagnostics/diagnostic.js";
import { markdown } from "../../src/reporters/markdown.js";
import { rulesMeta } from "../../src/rules/index.js";

const context = { color: false, cwd: "/x", rulesMeta: rulesMeta() };

function finding(ruleId: string, message: string, line = 1, extra: Partial<Diagnostic> = {}): Diagnostic {
  const at = { line, column: 3, offset: 0 };
  return { ruleId, severity: "error", message, range: { start: at, end: at }, ...extra };
}

describe("markdown", () => {
  it("writes a table per file with findings, linking each rule, then the totals", () => {
    const results: FileResult[] = [
      { filePath: "ok.md", diagnostics: [] },
      {
        filePath: "datasets/x/data/a.md",
        diagnostics: [
          finding("label-value", "Unexpected `yes`, expected `Yes`", 4, { url: "https://docs/label-value.md" }),
          finding("stale-date", "Old", 9, { severity: "warn", fix: { range: [0, 1], text: "" } }),
        ],
      },
    ];
    expect(markdown(results, context)).toBe(
      [
        "### datasets/x/data/a.md",
        "",
        "| Line | Severity | Finding | Rule |",
        "| --- | --- | --- | --- |",
        "| 4:3 | error | Unexpected &#96;yes&#96;, expected &#96;Yes&#96; | [label-value](https://docs/label-value.md) |",
        "| 9:3 | warning | Old | stale-date |",
        "",
        "**✖ 2 problems (1 error, 1 warning) in 1 of 2 files**",
        "",
        "1 problem is potentially fixable with `--fix`.",
        "",
      ].join("\n"),
    );
  });

  it("escapes entry text as the job summary does: no table break, link, HTML or mention", () => {
    const out = markdown(
      [{ filePath: "a|<b>.md", diagnostics: [finding("title", "| @octocat <img src=x> [x](https://evil) #12")] }],
      context,
    );
    const row = out.split("\n").find((l) => l.startsWith("| 1:3"));
    expect(row?.split(" | ")).toHaveLength(4);
    for (const live of ["<img", "](https://evil", "@octocat", " #12"]) expect(out).not.toContain(live);
    expect(out).toContain("### a&#124;&lt;b&gt;.md");
  });

  it("says when there is nothing to report, and tallies many findings by rule", () => {
    expect(markdown([{ filePath: "ok.md", diagnostics: [] }], context)).toBe("No problems in 1 file.\n");
    const many = Array.from({ length: 20 }, (_, i) => finding(i < 15 ? "title" : "url", "x", i + 1));
    expect(markdown([{ filePath: "a.md", diagnostics: many }], context)).toContain(
      "| Rule | Findings |\n| --- | ---: |\n| title | 15 |\n| url | 5 |\n",
    );
  });
});
