/**
 * The once-per-run lines saying which schema each group of files gets
 * (src/lint/schema-groups.ts): computed from the file list by the thread that
 * chose the files, so a run says each once, whatever the threads.
 */
import { describe, expect, it, vi } from "vitest";
import { prepareRun } from "../../src/lint/run.js";
import { runLint } from "../../src/lint/run-lint.js";
import { MAX_GROUP_LINES, schemaGroupLines } from "../../src/lint/schema-groups.js";
import { SchemaResolver } from "../../src/schema/resolve.js";
import { CLEAN } from "../helpers/cli.js";
import { tempDir, writeFiles } from "../helpers/temp.js";

const NOW = "2026-11-28";

/** `count` datasets of the `datasets/<id>/data/` layout, each with its template and `files` entries. */
function datasets(count: number, files: number): string {
  const tree: Record<string, string> = {};
  for (let d = 0; d < count; d++) {
    const id = `set-${String(d).padStart(2, "0")}`;
    tree[`datasets/${id}/data/TEMPLATE.md`] = CLEAN;
    for (let f = 0; f < files; f++) tree[`datasets/${id}/data/tool-${f}.md`] = CLEAN;
  }
  return tempDir("schema-groups", tree);
}

describe("schemaGroupLines", () => {
  it("says each group once, however many files it has, when one of them gets the guessed preset", () => {
    const dir = datasets(2, 150);
    writeFiles(dir, { "notes/guide.md": "# Notes\n" });
    const run = runLint({ cwd: dir, now: NOW }, { paths: ["datasets", "notes"] }, () => {});
    expect(run.files).toBe(301);
    expect(run.schemas).toEqual([
      "150 files in datasets/set-00/data get the schema `set-00` from datasets/set-00/data/TEMPLATE.md",
      "150 files in datasets/set-01/data get the schema `set-01` from datasets/set-01/data/TEMPLATE.md",
      "1 file in notes gets the built-in preset `awesome-comparisons` (no schema found: run `npx catalog-lint init` to infer one, or pass --schema)",
    ]);
    // Notices are the run's other remarks: the schema lines are not among them.
    expect(run.notices.filter((n) => n.includes(" get"))).toEqual([]);
  });

  it("names at most MAX_GROUP_LINES groups, sorted, and counts the rest", () => {
    const dir = datasets(MAX_GROUP_LINES + 3, 1);
    writeFiles(dir, { "notes/guide.md": "# Notes\n" });
    const files = Array.from({ length: MAX_GROUP_LINES + 3 }, (_, d) => {
      const id = `set-${String(d).padStart(2, "0")}`;
      return `datasets/${id}/data/tool-0.md`;
    });
    files.push("notes/guide.md");
    const lines = schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), [...files].reverse());
    expect(lines).toHaveLength(MAX_GROUP_LINES + 1);
    expect(lines[0]).toBe(
      "1 file in datasets/set-00/data gets the schema `set-00` from datasets/set-00/data/TEMPLATE.md",
    );
    expect(lines.at(-1)).toBe("and 4 more groups of files");
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), files)).toEqual(lines);
  });

  it("is silent when the templates or --schema choose every schema, or one guess applies to all", () => {
    const dir = datasets(2, 2);
    const all = ["datasets/set-00/data/tool-0.md", "datasets/set-00/data/tool-1.md", "datasets/set-01/data/tool-0.md"];
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), all)).toEqual([]);
    writeFiles(dir, { "notes/guide.md": "# Notes\n" });
    const withNotes = [...all, "notes/guide.md"];
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW, schema: "awesome-comparisons" }), withNotes)).toEqual([]);
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), ["notes/guide.md"])).toEqual([]);
  });

  it("names a dataset without a template among the groups, but leaves it to its own notice alone", () => {
    const dir = datasets(1, 1);
    writeFiles(dir, { "datasets/bare/data/tool.md": CLEAN, "notes/guide.md": "# Notes\n" });
    const files = ["datasets/bare/data/tool.md", "datasets/set-00/data/tool-0.md"];
    // The resolver's notice says "Dataset `bare` has no template": no line repeats it.
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), files)).toEqual([]);
    expect(schemaGroupLines(prepareRun({ cwd: dir, now: NOW }), [...files, "notes/guide.md"])).toEqual([
      "1 file in datasets/bare/data gets the built-in preset `awesome-comparisons` (the dataset has no template)",
      "1 file in datasets/set-00/data gets the schema `set-00` from datasets/set-00/data/TEMPLATE.md",
      "1 file in notes gets the built-in preset `awesome-comparisons` (no schema found: run `npx catalog-lint init` to infer one, or pass --schema)",
    ]);
  });

  it("resolves no folder's schema when the config chose every file's (nothing can be a guess then)", () => {
    const dir = datasets(2, 3);
    writeFiles(dir, { "schema.yaml": "name: mine\ngroups: []\nbody:\n  open: true\n" });
    const run = prepareRun({ cwd: dir, now: NOW });
    const files = ["datasets/set-00/data/tool-0.md", "datasets/set-01/data/tool-1.md"];
    const resolve = vi.spyOn(SchemaResolver.prototype, "resolve");
    try {
      const configured = { ...run, config: { ...run.config, config: { schema: "schema.yaml" } } };
      expect(schemaGroupLines(configured, files)).toEqual([]);
      expect(resolve).not.toHaveBeenCalled();
      // Without the config's schema, each folder is resolved (and, here, gets its template).
      expect(schemaGroupLines(run, files)).toEqual([]);
      expect(resolve).toHaveBeenCalledTimes(2);
    } finally {
      resolve.mockRestore();
    }
  });
});
