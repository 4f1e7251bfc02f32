/**
 * A file that plainly is no entry of its schema (issue 14 item 2): one
 * `schema-mismatch` finding, no flood and no fix; and which schema each group
 * of files gets, said once per run on stderr.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyCatalog, tempDir, writeFiles } from "../helpers/temp.js";

const CATALOGS = resolve(import.meta.dirname, "..", "fixtures", "catalogs");
const PAGE = "docs/adding-a-tool.md";

/** The JSON report (ESLint's shape) by file path relative to `dir`. */
interface Result {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; line: number }>;
}
const report = (stdout: string, dir: string) =>
  Object.fromEntries((JSON.parse(stdout) as Result[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
const notices = (stderr: string) => stderr.split("\n").filter((l) => l !== "");

describe("a docs page a too-broad include takes in", () => {
  it("gets one schema-mismatch finding at its first heading, and nothing else; the entries none", () => {
    const dir = copyCatalog(join(CATALOGS, "docs-among-entries"));
    const run = cli(["--format", "json"], dir);
    expect(run.code).toBe(1);
    const byFile = report(run.stdout, dir);
    expect(Object.keys(byFile).sort()).toEqual([PAGE, "tools/delta.md", "tools/gamma.md"]);
    expect(byFile["tools/gamma.md"]).toEqual([]);
    expect(byFile["tools/delta.md"]).toEqual([]);
    const page = byFile[PAGE] ?? [];
    expect(page.map((d) => [d.ruleId, d.line])).toEqual([["schema-mismatch", 1]]);
    expect(page[0]?.message).toBe(
      "Unexpected file shape for the schema `tool-template` (schema/tool-template.md): no `# Name - URL` title, 0 of 4 headings known (not `## Before you start`, `## Licence`, `## Opening the pull request`, …); expected a `# Name - URL` title and `##` groups such as `## General Info`, `## Licensing`; is this file an entry?",
    );
  });

  it("is linted as an entry again, with every finding, when the rule is off for it", () => {
    const dir = copyCatalog(join(CATALOGS, "docs-among-entries"));
    writeFiles(dir, {
      ".catalog-lintrc.yaml": `${readFileSync(join(dir, ".catalog-lintrc.yaml"), "utf8")}rules:\n  schema-mismatch: off\n`,
    });
    const page = report(cli(["--format", "json"], dir).stdout, dir)[PAGE] ?? [];
    const rules = new Set(page.map((d) => d.ruleId));
    expect([...rules].sort()).toEqual(["required-section", "template-leftover", "title", "unknown-section"]);
  });

  it("is linted as an entry again when a directive switches the rule off in it", () => {
    const dir = copyCatalog(join(CATALOGS, "docs-among-entries"));
    const text = readFileSync(join(dir, PAGE), "utf8");
    writeFiles(dir, { [PAGE]: `<!-- catalog-lint-disable-file schema-mismatch -->\n${text}` });
    const page = report(cli(["--format", "json"], dir).stdout, dir)[PAGE] ?? [];
    expect(page.map((d) => d.ruleId)).toContain("unknown-section");
    expect(page.map((d) => d.ruleId)).not.toContain("schema-mismatch");
  });

  it("is left byte-identical by --fix (its template comment kept), which fixes it with the rule off", () => {
    const dir = copyCatalog(join(CATALOGS, "docs-among-entries"));
    const before = readFileSync(join(dir, PAGE));
    const run = cli(["--fix"], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, PAGE)).equals(before)).toBe(true);
    // The same run with the rule off deletes the page's comment (template-leftover's fix):
    // what the test above guards against.
    writeFiles(dir, {
      ".catalog-lintrc.yaml": `${readFileSync(join(dir, ".catalog-lintrc.yaml"), "utf8")}rules:\n  schema-mismatch: off\n`,
    });
    cli(["--fix"], dir);
    expect(readFileSync(join(dir, PAGE), "utf8")).not.toContain("<!-- Describe the tool");
  });

  it("gets no catalog-level finding either: a copy of it is no duplicate entry", () => {
    const dir = copyCatalog(join(CATALOGS, "docs-among-entries"));
    writeFiles(dir, { "docs/adding-a-tool-copy.md": readFileSync(join(dir, PAGE), "utf8") });
    const byFile = report(cli(["--format", "json"], dir).stdout, dir);
    expect((byFile["docs/adding-a-tool-copy.md"] ?? []).map((d) => d.ruleId)).toEqual(["schema-mismatch"]);
    // With the rule off, both copies are duplicate entries of each other.
    writeFiles(dir, {
      ".catalog-lintrc.yaml": `${readFileSync(join(dir, ".catalog-lintrc.yaml"), "utf8")}rules:\n  schema-mismatch: off\n`,
    });
    const off = report(cli(["--format", "json"], dir).stdout, dir);
    expect((off["docs/adding-a-tool-copy.md"] ?? []).map((d) => d.ruleId)).toContain("duplicate-entry");
  });
});

describe("which schema applies, said once per run", () => {
  /** The example catalog's datasets and a docs page the config's `include` takes in: no schema for the page. */
  function withDocsPage(): string {
    const dir = copyCatalog(EXAMPLE_CATALOG);
    writeFiles(dir, {
      ".catalog-lintrc.yaml":
        'include: ["datasets/*/data/*.md", "docs/*.md"]\nexclude: ["datasets/*/data/TEMPLATE.md"]\n',
      "docs/guide.md": "# Guide\n\n## Writing an entry\n\n## Review\n\n## Releases\n",
    });
    return dir;
  }

  it("names each group once, sorted by folder, when some files get the guessed preset; never in the JSON report", () => {
    const dir = withDocsPage();
    const run = cli(["--format", "json"], dir);
    const byFile = report(run.stdout, dir); // stdout is the report alone
    expect((byFile["docs/guide.md"] ?? []).map((d) => d.ruleId)).toEqual(["schema-mismatch"]);
    const lines = notices(run.stderr).filter((l) => / files? (in .* )?gets? /.test(l));
    expect(lines.length).toBeGreaterThan(2);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toContain(
      "catalog-lint: 8 files in datasets/aie-model/data get the schema `aie-model` from datasets/aie-model/config/aie-model-comparison-template.md and 4 criteria files",
    );
    expect(lines.at(-1)).toBe(
      "catalog-lint: 1 file in docs gets the built-in preset `awesome-comparisons` (no schema found: run `npx catalog-lint init` to infer one, or pass --schema)",
    );
    const folders = lines.map((l) => / in (\S+) gets? /.exec(l)?.[1] ?? "");
    expect(folders).toEqual([...folders].sort());
    // The same run says the same, in the same order; --quiet (errors only) says none of it.
    expect(cli(["--format", "json"], dir).stderr).toBe(run.stderr);
    expect(cli(["--format", "json", "--quiet"], dir).stderr).not.toMatch(/ gets? (the schema|the built-in)/);
  });

  it("says nothing when the templates choose every file's schema, nor when one config schema applies", () => {
    const catalog = copyCatalog(EXAMPLE_CATALOG);
    expect(cli(["--format", "json"], catalog).stderr).not.toMatch(/ gets? the schema /);
    const dir = tempDir("one-schema", {
      ".catalog-lintrc.yaml": "schema: awesome-comparisons\n",
      "tools/a.md": CLEAN,
      "tools/b.md": CLEAN.replace("# Tool - https://tool.dev", "# Other - https://other.dev"),
    });
    const run = cli([], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("says nothing of named files that all get the preset: they are linted as asked", () => {
    const dir = tempDir("guessed", { "notes/a.md": CLEAN });
    expect(cli(["notes/a.md"], dir).stderr).toBe("");
  });

  it("names a config's schema beside the guessed preset, with the config that sets it", () => {
    const dir = tempDir("overrides", {
      ".catalog-lintrc.yaml": "overrides:\n  - files: ['a/*.md']\n    schema: a.schema.yaml\n",
      "a.schema.yaml": "name: notes\ngroups: []\nbody: { open: true }\ntitle: { from: none }\n",
      "a/one.md": "Some notes.\n",
      "a/two.md": "More notes.\n",
      "b/tool.md": CLEAN,
    });
    const run = cli(["a", "b"], dir);
    expect(notices(run.stderr)).toEqual([
      "catalog-lint: 2 files in a get the schema `notes` from a.schema.yaml (set in .catalog-lintrc.yaml)",
      "catalog-lint: 1 file in b gets the built-in preset `awesome-comparisons` (no schema found: run `npx catalog-lint init` to infer one, or pass --schema)",
    ]);
  });
});
