/**
 * `body.open` and `groups: []`: any heading is allowed, none is required, and
 * each still needs content; without `open`, a body-only schema reports headings.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const lint = (schema: string, text: string) =>
  formatDiagnostics(
    lintText(text, {
      rules: ["unknown-section", "required-section", "empty-section"],
      schema: "schema.yaml",
      cwd: tempDir("body-open", { "schema.yaml": schema }),
    }),
  );

const text = "---\ntopic: git\n---\nGit.\n\n## History\n\nSince 2005.\n\n## Features\n";
const groups = "groups:\n  - name: General Info\n    required: true\n    fields: []\n";

describe("body.open", () => {
  it("allows any heading, requires none, and reports a heading without content", () => {
    expect(lint(`name: t\n${groups}body: { open: true }\n`, text)).toBe(
      "10:1-10:12  empty-section  Unexpected empty section `## Features`, expected a value or fields under it",
    );
  });

  it("is what turns the structure rules off: without it they report", () => {
    const found = lint(`name: t\n${groups}`, text);
    expect(found).toMatch(/unknown-section .*`## History`/);
    expect(found).toMatch(/required-section .*Missing group `## General Info`/);
    expect(lint("name: t\ngroups: []\n", text)).toMatch(/unknown-section .*`## History`/);
  });
});
