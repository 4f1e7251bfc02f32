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
      "10:1-10:12  empty-section  Unexpected empty section `## Features`, expected text, a list or other content under it",
    );
  });

  it("is what turns the structure rules off: without it they report", () => {
    const found = lint(`name: t\n${groups}`, text);
    expect(found).toMatch(/unknown-section .*`## History`/);
    expect(found).toMatch(/required-section .*Missing group `## General Info`/);
    expect(lint("name: t\ngroups: []\n", text)).toMatch(/unknown-section .*`## History`/);
  });
});

describe("body.open: headings of free markdown", () => {
  const open = `name: t\n${groups}body: { open: true }\n`;
  const body = (tail: string) => `---\ntopic: wsl\n---\nWSL runs Linux on Windows.\n\n${tail}`;

  it("takes a heading whose own text holds a link for content (a credit line ending the body)", () => {
    expect(lint(open, body("###### Source: [Microsoft Docs](https://docs.microsoft.com/windows/wsl/about)\n"))).toBe(
      "",
    );
    expect(lint(open, body("### See <https://learn.microsoft.com/windows/wsl/>\n"))).toBe("");
  });

  it("takes `#####` and `######` for small print, not sections", () => {
    expect(lint(open, body("###### Source: Wikipedia\n"))).toBe("");
    expect(lint(open, body("##### Updated for WSL 2\n"))).toBe("");
  });

  it("reports a section heading with nothing under it, asking for content, not a field's `-`", () => {
    expect(lint(open, body("#### Install\n\n## Usage\n\nRun `wsl`.\n"))).toBe(
      "6:1-6:13  empty-section  Unexpected empty section `#### Install`, expected text, a list or other content under it",
    );
    // Text that only names a link is no link: the heading is still a section.
    expect(lint(open, body("### Links to docs\n"))).toMatch(/empty section `### Links to docs`/);
  });

  it("keeps the field message for a field the schema names, open body or not", () => {
    const named =
      "name: t\nbody: { open: true }\ngroups:\n  - name: Facts\n    required: false\n    fields:\n      - { name: Version, required: false }\n";
    expect(lint(named, body("## Facts\n\n### Version\n"))).toBe(
      "8:1-8:12  empty-section  Unexpected empty field `### Version`, expected a value or `-` if unknown",
    );
  });
});
