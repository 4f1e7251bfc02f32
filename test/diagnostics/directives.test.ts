import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";

// Three stale dates on lines 6, 10 and 14, and a lowercase label on line 18.
const entry = (directives: Record<number, string>) => {
  const lines = [
    "# Legacy Tool - https://legacy.example.com",
    "",
    "## General Info",
    "",
    "### Last Update",
    "- 2023-01-01",
    "",
    "## Extra",
    "### Last Update",
    "- 2023-02-01",
    "",
    "## More",
    "### Last Update",
    "- 2023-03-01",
    "",
    "## Licensing",
    "### Opensource",
    "- yes",
  ];
  // Directives replace the blank (or given) line at their number, keeping line numbers stable.
  for (const [line, text] of Object.entries(directives)) lines[Number(line) - 1] = text;
  return `${lines.join("\n")}\n`;
};
const found = (text: string) =>
  lintText(text, { rules: ["stale-date", "label-value"] }).map((d) => `${d.range.start.line} ${d.ruleId}`);

describe("inline directives", () => {
  it("reports everything without directives", () => {
    expect(found(entry({}))).toEqual(["6 stale-date", "10 stale-date", "14 stale-date", "18 label-value"]);
  });

  it("disable … enable switches a rule off for the lines between", () => {
    const text = entry({
      4: "<!-- catalog-lint-disable stale-date -->",
      11: "<!-- catalog-lint-enable stale-date -->",
    });
    expect(found(text)).toEqual(["14 stale-date", "18 label-value"]);
  });

  it("disable with no rule names switches every rule off", () => {
    expect(found(entry({ 2: "<!-- catalog-lint-disable -->" }))).toEqual([]);
  });

  it("disable-next-line affects only the next line, and only the rules named", () => {
    // Line 7 is blank: the directive there covers line 8, where nothing is found.
    expect(found(entry({ 7: "<!-- catalog-lint-disable-next-line stale-date -->" }))).toHaveLength(4);
    const text = entry({}).replace(
      "### Last Update\n- 2023-02-01",
      "### Last Update\n<!-- catalog-lint-disable-next-line label-value -->\n- 2023-02-01",
    );
    // The named rule is not the one on the next line: still reported (one line lower now).
    expect(found(text)).toEqual(["6 stale-date", "11 stale-date", "15 stale-date", "19 label-value"]);
    const named = text.replace("disable-next-line label-value", "disable-next-line label-value, stale-date");
    expect(found(named)).toEqual(["6 stale-date", "15 stale-date", "19 label-value"]);
  });

  it("disable-file switches a rule off everywhere, even above the comment", () => {
    expect(found(entry({ 15: "<!-- catalog-lint-disable-file stale-date -->" }))).toEqual(["18 label-value"]);
  });

  it("directives are not template leftovers, and unknown ids are reported", () => {
    const text = entry({
      2: "<!-- catalog-lint-disable-file stale-date -->",
      4: "<!-- catalog-lint-disable stale-dates -->",
    });
    const all = lintText(text, { rules: ["template-leftover", "inline-config"] });
    expect(formatDiagnostics(all)).toBe(
      "4:1-4:42  inline-config  Unexpected rule `stale-dates` in `catalog-lint-disable`, expected a rule id (did you mean `stale-date`?)",
    );
  });
});
