/**
 * template-leftover reports what a template leaves behind only where entries are copies of one:
 * comments where the template guides with comments (`templateComments`), placeholder brackets
 * and `-` underlines where the schema is a template or a preset. In entries a schema file
 * describes (a Jekyll or Astro collection) those are the author's own markdown; an unclosed
 * comment and a TODO marker are reported whatever the schema.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { lintFolder } from "../helpers/lint-text.js";

const FREE_SCHEMA =
  "name: tools\ngroups: []\ntitle: { from: frontMatter, key: title }\nfrontMatter: { keys: { title: { type: string } } }\nbody: { open: true }\n";

const free = (body: string) => `---\ntitle: Hugo\n---\n${body}`;
const COMMENTED = free("Hugo builds sites fast. <!-- Source: Wikipedia; Accessed: 1/6/23 -->\n");
const SETEXT = free("Hugo builds sites fast.\n\nGetting started\n---------------\n\nRun `hugo new site`.\n");
const BRACKETED = free(
  "Hugo builds sites fast.\n\n## See also\n\n[The Hugo forum]\n\n[the hugo forum]: https://discourse.gohugo.io\n",
);
const UNCLOSED = free("Hugo builds sites fast.\n\n<!-- check the version\n\n## Install\n\nbrew install hugo\n");
const TODO = free("Hugo builds sites fast. [TODO: benchmarks]\n");

/** `line message` of each finding in `file`. */
const messages = (found: Record<string, Diagnostic[]>, file: string) =>
  (found[file] ?? []).map((d) => `${d.range.start.line} ${d.message}`);

describe("template-leftover in entries written freely (a schema file, no template)", () => {
  const found = lintFolder(
    {
      "schema.yaml": FREE_SCHEMA,
      "commented.md": COMMENTED,
      "setext.md": SETEXT,
      "bracketed.md": BRACKETED,
      "unclosed.md": UNCLOSED,
      "todo.md": TODO,
    },
    "template-leftover",
    { schema: "schema.yaml", only: ["commented.md", "setext.md", "bracketed.md", "unclosed.md", "todo.md"] },
  );

  it("takes an author's comment, a setext heading and a bracketed reference link for the author's markdown", () => {
    expect(messages(found, "commented.md")).toEqual([]);
    expect(messages(found, "setext.md")).toEqual([]);
    expect(messages(found, "bracketed.md")).toEqual([]);
  });

  it("still reports a comment left open and a TODO marker, which no template is needed for", () => {
    expect(messages(found, "unclosed.md")).toEqual([
      expect.stringMatching(/^6 Unexpected unclosed HTML comment `<!-- check the version`/),
    ]);
    expect(messages(found, "todo.md")).toEqual([
      "4 Unexpected `[TODO: benchmarks]` marker, expected the finished value",
    ]);
  });

  it("reports every comment when the schema file says its catalog forbids them (`templateComments: true`)", () => {
    const strict = lintFolder(
      { "schema.yaml": `${FREE_SCHEMA}templateComments: true\n`, "commented.md": COMMENTED },
      "template-leftover",
      { schema: "schema.yaml", only: ["commented.md"] },
    );
    expect(messages(strict, "commented.md")).toEqual([
      // No template, so no comment is called the template's.
      "4 Unexpected HTML comment `<!-- Source: Wikipedia; Accessed: 1/6/23 -->`, expected no HTML comments in an entry (the template's guidance comments removed, and no others)",
    ]);
  });
});

describe("template-leftover in copies of a template", () => {
  const entry = (lead: string) => `# Hugo - https://gohugo.io\n\n${lead}\n\n## General Info\n\n### Notes\n- Fast.\n`;
  const template = (comment: string) => `# Name - URL\n\n## General Info\n\n### Notes\n${comment}-\n`;
  const files = (comment: string) => ({
    "template.md": template(comment),
    "commented.md": entry("Hugo builds sites. <!-- checked 2026-11 -->"),
    "setext.md": entry("Hugo builds sites.\n-"),
  });
  const only = ["commented.md", "setext.md"];

  it("reports any comment, and a `-` underline, when the template guides with comments", () => {
    const found = lintFolder(files("<!-- Free text notes -->\n"), "template-leftover", { schema: "template.md", only });
    // The author's own comment, not the template's: reported, but not called the template's.
    expect(messages(found, "commented.md")).toEqual([
      "3 Unexpected HTML comment `<!-- checked 2026-11 -->`, expected no HTML comments in an entry (the template's guidance comments removed, and no others)",
    ]);
    expect(messages(found, "setext.md")).toEqual([
      "4 Unexpected `-` right under a value, which makes markdown read the value as a heading; expected it removed (or a blank line before it)",
    ]);
  });

  it("calls a comment the template's when its text is one of the template's, re-wrapped or not", () => {
    const kept = entry("Hugo builds sites.\n\n<!--\n  Free   text\n  notes\n-->");
    const found = lintFolder(
      {
        "template.md": template("<!-- Free text notes -->\n"),
        "kept.md": kept,
        "near.md": entry("<!-- Free text -->"),
      },
      "template-leftover",
      { schema: "template.md", only: ["kept.md", "near.md"] },
    );
    expect(messages(found, "kept.md")).toEqual([
      "5 Unexpected template comment `<!-- Free text notes -->`, expected no HTML comments in an entry",
    ]);
    expect(messages(found, "near.md")).toEqual([
      expect.stringMatching(/^3 Unexpected HTML comment `<!-- Free text -->`/),
    ]);
    // The same removal either way: what a comment is called changes no fix.
    const fixes = [...(found["kept.md"] ?? []), ...(found["near.md"] ?? [])].map((d) => d.fix !== undefined);
    expect(fixes).toEqual([true, true]);
  });

  it("reports no comment when the template has none to leave behind, and still the `-` underline", () => {
    const found = lintFolder(files(""), "template-leftover", { schema: "template.md", only });
    expect(messages(found, "commented.md")).toEqual([]);
    expect(messages(found, "setext.md")).toHaveLength(1);
  });
});
