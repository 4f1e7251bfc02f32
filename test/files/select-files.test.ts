/**
 * One rule for which files are catalog entries: a changed file is linted
 * exactly when a walk of the whole catalog would find it (the CLI's and the
 * Action's full runs walk; `--changed-since` and pull requests match names).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changedCatalogFiles } from "../../src/action/catalog-files.js";
import { discoverFiles } from "../../src/files/discover.js";
import { catalogFileMatcher, selectCatalogFiles } from "../../src/files/select-files.js";
import { tempDir } from "../helpers/temp.js";

const root = tempDir("select");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FILES = [
  "README.md",
  "notes.md",
  "datasets/a/data/x.md",
  "datasets/a/data/y.txt",
  "datasets/a/data/drafts/wip.md",
  "datasets/a/data/drafts/deeper/more.md",
  "datasets/a/data/.hidden/h.md",
  "datasets/a/data/sub/deep.md",
  "datasets/a/config/a-comparison-template.md",
  "datasets/b/data/z.md",
  "datasets/b/data/archive/old.md",
  "datasets/drafts/data/top.md",
  "node_modules/pkg/readme.md",
  "docs/guide.md",
];
for (const file of FILES) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), `# ${file}\n`);
}
symlinkSync("x.md", join(root, "datasets/b/data/link.md"));
const ALL = [...FILES, "datasets/b/data/link.md"].sort();

const INCLUDES: Array<string[] | undefined> = [
  undefined, // the catalog's default: datasets/*/data/**/*.md
  ["**/*.md"],
  ["datasets/*/data/*.md"],
  ["./datasets/**/*.md", "docs/*.md"],
  ["datasets/a/data/**/*.md"],
];
const EXCLUDES: string[][] = [
  [],
  ["**/drafts/"],
  ["**/drafts"],
  ["datasets/a/data/drafts/**"],
  ["**/archive/**", "**/x.md"],
  ["datasets/"],
  ["datasets/a/"],
  ["**/.hidden/"],
];

describe("which files are catalog files", () => {
  for (const include of INCLUDES) {
    for (const exclude of EXCLUDES) {
      it(`by name as by a walk: include ${JSON.stringify(include ?? "default")}, exclude ${JSON.stringify(exclude)}`, () => {
        const catalog = { cwd: root, ...(include ? { include } : {}), exclude };
        const walked = discoverFiles({ cwd: root, paths: [], ...(include ? { include } : {}), exclude });
        expect(ALL.filter(catalogFileMatcher(catalog))).toEqual(walked);
        expect(selectCatalogFiles(catalog, [], ALL)).toEqual(walked);
        // The Action's changed files go through the same rule.
        const selection = { files: ALL, missing: [], backslashed: [] };
        expect(changedCatalogFiles(selection, catalogFileMatcher(catalog)).files).toEqual(walked);
      });
    }
  }

  it("leaves out a changed file in a folder `exclude` names, as the walk does (`**/drafts/`)", () => {
    const catalog = { cwd: root, exclude: ["**/drafts/"] };
    expect(selectCatalogFiles(catalog, [], ["datasets/a/data/drafts/wip.md", "datasets/a/data/x.md"])).toEqual([
      "datasets/a/data/x.md",
    ]);
  });

  it("with paths, keeps the changed files among those the paths name", () => {
    const catalog = { cwd: root };
    expect(selectCatalogFiles(catalog, ["datasets/b"], ["datasets/a/data/x.md", "datasets/b/data/z.md"])).toEqual([
      "datasets/b/data/z.md",
    ]);
  });
});

describe("a folder on the command line means the catalog's entries in it", () => {
  for (const include of INCLUDES) {
    for (const exclude of EXCLUDES) {
      const options = { cwd: root, ...(include ? { include } : {}), exclude };
      it(`\`.\` is a run with no paths, and a folder its entries below it: include ${JSON.stringify(include ?? "default")}, exclude ${JSON.stringify(exclude)}`, () => {
        const walked = discoverFiles({ ...options, paths: [] });
        expect(discoverFiles({ ...options, paths: ["."] })).toEqual(walked);
        expect(discoverFiles({ ...options, paths: [root] })).toEqual(walked);
        if (!include) return; // with no `include`, a folder is a catalog root of its own (defaultCatalog)
        const below = walked.filter((file) => file.startsWith("datasets/a/"));
        if (below.length > 0) expect(discoverFiles({ ...options, paths: ["datasets/a"] })).toEqual(below);
      });
    }
  }

  it("never adds the README or docs/ a broad folder walk would find", () => {
    const found = discoverFiles({ cwd: root, paths: ["."], include: ["datasets/*/data/*.md"] });
    expect(found).toEqual([
      "datasets/a/data/x.md",
      "datasets/b/data/link.md",
      "datasets/b/data/z.md",
      "datasets/drafts/data/top.md",
    ]);
  });

  it("is a usage error when the folder holds markdown but no entry, naming it, the patterns and what to do", () => {
    const run = () => discoverFiles({ cwd: root, paths: ["docs"], include: ["datasets/*/data/*.md"] });
    expect(run).toThrow(
      '`docs` holds 1 markdown file, none of them a catalog entry: the config\'s `include` is `datasets/*/data/*.md`. Name the files, or a quoted glob ("docs/**/*.md"), to lint them anyway, or add the folder to `include`',
    );
  });

  it("keeps files and globs as named: a README and a quoted glob of docs/ are linted", () => {
    const include = ["datasets/*/data/*.md"];
    expect(discoverFiles({ cwd: root, paths: ["README.md", "docs/**/*.md"], include })).toEqual([
      "README.md",
      "docs/guide.md",
    ]);
  });

  it("selects through selectCatalogFiles as the CLI does, with a folder above the working directory", () => {
    const cwd = join(root, "datasets", "a");
    const catalog = { cwd, include: ["data/*.md", "../b/data/*.md"] };
    expect(selectCatalogFiles(catalog, [".."])).toEqual(["../b/data/link.md", "../b/data/z.md", "data/x.md"]);
    expect(selectCatalogFiles(catalog, ["../b"])).toEqual(["../b/data/link.md", "../b/data/z.md"]);
  });
});

describe("a catalog named from inside another checkout", () => {
  const work = tempDir("select-checkout");
  mkdirSync(join(work, ".git"));
  const include = [`${relative(work, root)}/datasets/*/data/*.md`];

  it("walks its include in its own checkout (`root`), as a run inside it would", () => {
    expect(selectCatalogFiles({ cwd: work, include, root }, [])).toContain(
      `${relative(work, root)}/datasets/a/data/x.md`,
    );
  });

  it("refuses the same patterns as the working directory's own: they leave its checkout", () => {
    expect(() => selectCatalogFiles({ cwd: work, include }, [])).toThrow(/outside the repository/);
  });
});
