/**
 * The rules that read front matter, on Hugo's TOML (`+++`) blocks: catalog
 * rules across entries (unique-value, reference), a JSON Schema, and a fix
 * that must leave valid TOML behind.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/diagnostics/fix.js";
import { parseFrontMatter } from "../../src/parse/front-matter.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { createSourceFile } from "../../src/parse/source.js";
import { cli } from "../helpers/cli.js";
import { formatDiagnostics, lintFolder, lintText } from "../helpers/lint-text.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const dataOf = (text: string) => {
  const source = createSourceFile("entry.md", text);
  return parseFrontMatter(source, parseMarkdown(source).frontMatter);
};

describe("catalog rules on TOML front matter", () => {
  const keys = {
    topic: { type: "string" },
    aliases: { type: "list", items: { type: "string" }, unique: true },
    related: { type: "list", items: { type: "string" }, references: { key: "topic" } },
  };
  const files = {
    "topics/node.md":
      '+++\ntopic = "node"\naliases = ["nodejs", "js"]\nrelated = ["javascirpt", "deno"]\n+++\n# Node - https://example.com\n',
    "topics/javascript.md":
      '+++\ntopic = "javascript"\naliases = ["js"]\nrelated = ["node"]\n+++\n# JavaScript - https://example.com\n',
  };

  it("unique-value: a value two TOML entries hold, at each array item", () => {
    const byFile = lintFolder(files, "unique-value", { schemaKeys: { frontMatter: { keys } } });
    expect(formatDiagnostics(byFile["topics/node.md"] ?? [])).toMatch(
      /^3:22-3:26 {2}unique-value {2}Unexpected .*`js`/,
    );
    expect(formatDiagnostics(byFile["topics/javascript.md"] ?? [])).toMatch(/^3:12-3:16 {2}unique-value {2}/);
  });

  it("reference: an item naming no entry's `topic`, with did-you-mean, at the item", () => {
    const byFile = lintFolder(files, "reference", { schemaKeys: { frontMatter: { keys } } });
    expect(formatDiagnostics(byFile["topics/node.md"] ?? [])).toBe(
      [
        "4:12-4:24  reference  Unexpected `related` value `javascirpt` in `topics/node.md`, expected the `topic` of another entry (did you mean `javascript`, `topics/javascript.md` line 2?)",
        "4:26-4:32  reference  Unexpected `related` value `deno` in `topics/node.md`, expected the `topic` of another entry",
      ].join("\n"),
    );
    expect(byFile["topics/javascript.md"]).toEqual([]);
  });
});

describe("a JSON Schema on TOML front matter", () => {
  it("passes a matching TOML entry (its date as written) and reports errors at the TOML value", () => {
    const dir = tempDir("toml-json-schema");
    copyInto(join(import.meta.dirname, "..", "fixtures", "json-schema"), dir);
    const cms = join(dir, "src", "content", "cms");
    const entries = {
      "hugo-ok.md":
        '+++\ntitle = "Netlify CMS"\ntypeofcms = "Git-based"\nreleased = 2016-12-01\ntags = ["git"]\n+++\nBody.\n',
      "hugo-bad.md": '+++\ntitle = "Forestry"\ntypeofcms = "git-based"\nstars = -1\nextra = true\n+++\nBody.\n',
    };
    for (const [name, text] of Object.entries(entries)) copyInto(tempDir("one", { [name]: text }), cms);
    const run = cli(["--format", "json", "src/content/cms/hugo-ok.md", "src/content/cms/hugo-bad.md"], dir);
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; column: number; ruleId: string }>;
    }>;
    const byName = new Map(
      results.map((r) => [
        r.filePath.slice(r.filePath.lastIndexOf("/") + 1),
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
      ]),
    );
    expect(byName.get("hugo-ok.md")).toEqual([]);
    expect(byName.get("hugo-bad.md")?.sort()).toEqual([
      "3:13 front-matter-value",
      "4:9 front-matter-value",
      "5:1 front-matter-keys",
    ]);
  });
});

describe("front-matter-value's case fix on TOML", () => {
  const schema =
    "name: cms\ngroups: []\nfrontMatter:\n  keys:\n    kind: { type: string, enum: [Git-based, API-driven] }\n";

  it.each([
    ["a basic string", '+++\nkind = "GIT-based"\n+++\nBody.\n', '"Git-based"'],
    ["a literal string", "+++\nkind = 'GIT-based'\n+++\nBody.\n", "'Git-based'"],
    ["a multi-line literal string", "+++\nkind = '''GIT-based'''\n+++\nBody.\n", '"Git-based"'],
  ])("rewrites %s as valid TOML that reads as the allowed value", (_kind, text, written) => {
    const dir = tempDir("toml-fix", { "schema.yaml": schema });
    const diagnostics = lintText(text, { rules: ["front-matter-value"], schema: "schema.yaml", cwd: dir });
    expect(diagnostics).toHaveLength(1);
    const fixed = applyFixes(text, diagnostics).text;
    expect(fixed).toBe(`+++\nkind = ${written}\n+++\nBody.\n`);
    expect(dataOf(fixed)?.data).toEqual({ kind: "Git-based" });
  });
});
