/**
 * Zero config: which files a catalog with no configuration lints, and what it
 * is told of the schema, on small catalogs of three shapes kept in the
 * repository (test/fixtures/catalogs/README.md).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyCatalog, writeFiles } from "../helpers/temp.js";

const CATALOGS = resolve(import.meta.dirname, "..", "fixtures", "catalogs");
const copy = (name: string) => copyCatalog(join(CATALOGS, name));
const linted = (stdout: string, dir: string) =>
  (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));

describe("a catalog with no schema found", () => {
  it("of front matter only: exits 2 pointing to init and --schema, with no report", () => {
    const dir = copy("front-matter");
    const run = cli(["--format", "json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^catalog-lint: No schema found for the 3 markdown files below the working directory \(no \.catalog-lintrc, no configuration\/datasets\.manifest\.json, no datasets\/<id>\/data\/ folders\), and 3 of them do not look like entries of the built-in preset `awesome-comparisons`.*such as topics\/docker\/index\.md\. Run `npx catalog-lint init`.*or pass --schema/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("of front matter only: lints as asked once a schema is given", () => {
    const dir = copy("front-matter");
    const run = cli(["--format", "json", "--schema", "awesome-comparisons"], dir);
    expect(run.code).toBe(1);
    expect(linted(run.stdout, dir)).toEqual([
      "topics/docker/index.md",
      "topics/react/index.md",
      "topics/rust/index.md",
    ]);
    expect(run.stderr).not.toMatch(/No schema found/);
  });

  it("among docs and site code: lints the catalog's entries only, and says once that the preset applies", () => {
    const dir = copy("mixed-repo");
    const run = cli(["--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(linted(run.stdout, dir)).toEqual(["catalog/alpha.md", "catalog/beta.md"]);
    const notices = run.stderr.trim().split("\n");
    expect(notices).toEqual([
      "catalog-lint: No schema found (no .catalog-lintrc, no configuration/datasets.manifest.json, no datasets/<id>/data/ folders): the 2 files are checked against the built-in preset `awesome-comparisons`. Run `npx catalog-lint init` to infer the catalog's own schema, or pass --schema",
    ]);
  });

  it("stops when most files do not follow the preset, lints when most do", () => {
    const dir = copy("mixed-repo");
    // Two entries, three pages of prose: most files plainly are not preset entries.
    writeFiles(dir, {
      "catalog/notes.md": "# Notes\n\nSome prose.\n",
      "catalog/ideas.md": "# Ideas\n\n## Later\n",
      "catalog/todo.md": "Nothing here.\n",
    });
    expect(cli([], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/3 of them do not look like entries/),
    });
    // Named, files are linted as asked: the guess is only for a whole catalog.
    expect(cli(["catalog"], dir).code).toBe(1);
  });

  it("with a config, says nothing of the schema", () => {
    const dir = copy("front-matter");
    writeFiles(dir, { ".catalog-lintrc.yaml": "schema: awesome-comparisons\n" });
    const run = cli(["--format", "json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });
});

describe("an awesome-comparisons-shaped catalog", () => {
  it("lints its entries against the dataset's template, never the template itself, and --fix leaves it alone", () => {
    const dir = copy("awesome-shaped");
    const template = "datasets/tools/config/tools-comparison-template.md";
    const before = readFileSync(join(dir, template), "utf8");
    const run = cli(["--format", "json", "datasets/tools/**/*.md"], dir);
    expect(run.code).toBe(0);
    expect(linted(run.stdout, dir)).toEqual(["datasets/tools/data/gamma.md"]);
    expect(run.stderr).toBe("");
    expect(cli(["--fix", "datasets/tools"], dir).code).toBe(0);
    expect(readFileSync(join(dir, template), "utf8")).toBe(before);
  });
});
