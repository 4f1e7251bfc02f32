/**
 * `stale-date` and `future-date` on front-matter keys a schema file makes
 * dates, read in each key's own format, list items included.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const schema = `name: dated
groups: []
frontMatter:
  keys:
    updated: { type: date }
    released: { type: string, format: date, dateFormat: "MMMM D, YYYY" }
    month: { type: date, dateFormat: "MMMM YYYY" }
    reviews: { type: list, items: { type: date } }
    note: { type: string }
`;

const lint = (text: string, rules: string[]) =>
  formatDiagnostics(
    lintText(text, {
      rules,
      schema: "schema.yaml",
      cwd: tempDir("fm-dates", { "schema.yaml": schema }),
      now: "2026-11-28",
    }),
  );

describe("front-matter dates", () => {
  const text = [
    "---",
    "updated: 2024-01-02",
    "released: December 1, 2026",
    "month: March 2020",
    "reviews: [2026-11-01, 2027-01-01]",
    "note: 2020-01-01",
    "---",
    "Body.",
    "",
  ].join("\n");

  it("reports old ones with stale-date, in each key's format", () => {
    expect(lint(text, ["stale-date"])).toBe(
      [
        "2:10-2:20  stale-date  Unexpected `updated` of `2024-01-02`, 1061 days before 2026-11-28: expected at most 365 days old",
        "4:8-4:18  stale-date  Unexpected `month` of `March 2020`, 2463 days before 2026-11-28: expected at most 365 days old",
      ].join("\n"),
    );
  });

  it("reports later ones with future-date, list items by index", () => {
    expect(lint(text, ["future-date"])).toBe(
      [
        "3:11-3:27  future-date  Unexpected `released` of `December 1, 2026`, after today (2026-11-28): expected a date on or before today",
        "5:23-5:33  future-date  Unexpected `reviews[1]` of `2027-01-01`, after today (2026-11-28): expected a date on or before today",
      ].join("\n"),
    );
  });

  it("leaves a value of another format to front-matter-value", () => {
    const wrong = "---\nupdated: 01/02/2020\nreleased: 2020-01-01\n---\n";
    expect(lint(wrong, ["stale-date", "future-date"])).toBe("");
    expect(lint(wrong, ["front-matter-value"])).toMatch(
      /`01\/02\/2020` for `updated`, expected a date written `YYYY-MM-DD`/,
    );
  });
});
