/**
 * Which markdown files are entries: never the templates and criteria the schema
 * resolver reads, and, in a catalog with no `include` and no known layout,
 * never its documentation.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/files/discover.js";
import { documentationReason, pageReason, templateReason } from "../../src/files/entries.js";
import { catalogFileMatcher } from "../../src/files/select-files.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const catalog = (files: Record<string, string>) => {
  const dir = tempDir("entries", files);
  made.push(dir);
  return dir;
};

describe("templateReason", () => {
  it.each([
    ["datasets/terminal/config/terminal-comparison-template.md", "dataset `terminal`'s template"],
    ["datasets/terminal/config/notes.md", "dataset `terminal`'s config folder"],
    ["sub/datasets/x/config/x-comparison-template.md", "dataset `x`'s template"],
    ["configuration/templates/entry.md", "`configuration/` folder"],
    ["datasets/a/data/TEMPLATE.md", "the data folder's template"],
    ["data/template.md", "the data folder's template"],
    ["data/Template.markdown", "the data folder's template"],
  ])("%s is a template (%s)", (path, reason) => {
    expect(templateReason(path)).toContain(reason);
  });

  it.each([
    "datasets/terminal/data/aider.md",
    "datasets/terminal/data/template-engine.md",
    "data/sub/notes.md",
    "template.md",
    "docs/TEMPLATE.md",
    "datasets/config/data/x.md",
    // A topic named "configuration" (github/explore's topics/configuration/index.md) is an entry.
    "topics/configuration/index.md",
  ])("%s is not", (path) => {
    expect(templateReason(path)).toBeUndefined();
  });
});

describe("documentationReason", () => {
  it.each([
    "README.md",
    "readme.markdown",
    "Contributing.md",
    "CODE_OF_CONDUCT.md",
    "sub/CHANGELOG.md",
    "LICENSE.md",
    "SECURITY.md",
    "docs/guide.md",
    "site/docs/api/x.md",
    ".github/PULL_REQUEST_TEMPLATE.md",
    "tools/.vscode/notes.md",
  ])("%s is documentation", (path) => {
    expect(documentationReason(path)).toBeDefined();
  });

  it.each(["entries/readme-generator.md", "entries/docsify.md", "licenses/mit.md", "a.b/entry.md"])(
    "%s is not",
    (path) => {
      // `a.b/` is not a dot-folder: only a name starting with `.` is.
      expect(documentationReason(path)).toBeUndefined();
    },
  );
});

describe("a walk of a catalog", () => {
  it("with no layout and no include, leaves out documentation, the same by a walk and by name", () => {
    const files = {
      "README.md": "# Readme\n",
      "CONTRIBUTING.md": "# Contributing\n",
      "docs/guide.md": "# Guide\n",
      ".github/ISSUE_TEMPLATE.md": "# Issue\n",
      "tools/a.md": CLEAN,
      "tools/readme-tool.md": CLEAN,
    };
    const dir = catalog(files);
    const walked = discoverFiles({ cwd: dir, paths: [] });
    expect(walked).toEqual(["tools/a.md", "tools/readme-tool.md"]);
    expect(
      Object.keys(files)
        .filter(catalogFileMatcher({ cwd: dir }))
        .sort(),
    ).toEqual(walked);
    // Named as a folder too: its documentation is left out.
    expect(discoverFiles({ cwd: dir, paths: ["."] })).toEqual(walked);
  });

  it("with an include, lints what it names, documentation too", () => {
    const dir = catalog({ "README.md": "# Readme\n", "docs/guide.md": "# Guide\n" });
    expect(discoverFiles({ cwd: dir, paths: [], include: ["**/*.md"] })).toEqual(["README.md", "docs/guide.md"]);
  });

  it("never finds a dataset's template, by a glob, a folder or the default patterns", () => {
    const dir = catalog({
      ".git/HEAD": "ref: refs/heads/main\n",
      "datasets/terminal/data/aider.md": CLEAN,
      "datasets/terminal/data/TEMPLATE.md": "# Name - URL\n",
      "datasets/terminal/config/terminal-comparison-template.md": "# Name - URL\n",
    });
    const entries = ["datasets/terminal/data/aider.md"];
    expect(discoverFiles({ cwd: dir, paths: [] })).toEqual(entries);
    expect(discoverFiles({ cwd: dir, paths: ["datasets/terminal/**/*.md"] })).toEqual(entries);
    expect(discoverFiles({ cwd: dir, paths: ["datasets/terminal"] })).toEqual(entries);
    expect(discoverFiles({ cwd: dir, paths: [], include: ["datasets/**/*.md"] })).toEqual(entries);
    // Run from inside the dataset, its config folder is still its own.
    expect(discoverFiles({ cwd: `${dir}/datasets/terminal`, paths: ["**/*.md"] })).toEqual(["data/aider.md"]);
  });

  it("tells of a template named explicitly, and does not lint it", () => {
    const dir = catalog({
      "datasets/terminal/data/aider.md": CLEAN,
      "datasets/terminal/config/terminal-comparison-template.md": "# Name - URL\n",
    });
    const ignored: string[] = [];
    const found = discoverFiles({
      cwd: dir,
      paths: ["datasets/terminal/config/terminal-comparison-template.md", "datasets/terminal/data/aider.md"],
      onIgnored: (file, reason) => ignored.push(`${file}: ${reason}`),
    });
    expect(found).toEqual(["datasets/terminal/data/aider.md"]);
    expect(ignored).toEqual([
      "datasets/terminal/config/terminal-comparison-template.md: it is dataset `terminal`'s template",
    ]);
  });
});

describe("a folder's own pages (`_index.md`, a leading `_`)", () => {
  const FRONT = '+++\ntitle = "Tool"\n+++\n\nA tool.\n';
  const site = () =>
    catalog({
      "content/tools/_index.md": '+++\ntitle = "Tools"\n+++\n\nAll the tools.\n',
      "content/tools/_draft.md": FRONT,
      "content/tools/hugo.md": FRONT,
      "content/tools/zola/index.md": FRONT,
    });
  const entries = ["content/tools/hugo.md", "content/tools/zola/index.md"];

  it("are never found by a walk, whatever `include` says, nor matched as catalog files", () => {
    const dir = site();
    expect(discoverFiles({ cwd: dir, paths: [] })).toEqual(entries);
    expect(discoverFiles({ cwd: dir, paths: [], include: ["content/tools/**/*.md"] })).toEqual(entries);
    expect(discoverFiles({ cwd: dir, paths: ["content/tools"] })).toEqual(entries);
    const isCatalogFile = catalogFileMatcher({ cwd: dir, include: ["content/**/*.md"] });
    expect(["content/tools/_index.md", "content/tools/_draft.md", ...entries].filter(isCatalogFile)).toEqual(entries);
  });

  it("are told of when named, and not linted", () => {
    const dir = site();
    const ignored: string[] = [];
    const found = discoverFiles({
      cwd: dir,
      paths: ["content/tools/_index.md", "content/tools/_draft.md", "content/tools/hugo.md"],
      onIgnored: (file, reason, kind) => ignored.push(`${file} (${kind}): ${reason}`),
    });
    expect(found).toEqual(["content/tools/hugo.md"]);
    expect(ignored).toEqual([
      "content/tools/_index.md (page): it is its folder's section page (Hugo's `_index.md`, the list of the entries beside it)",
      "content/tools/_draft.md (page): its name starts with `_`, which marks a file a site leaves out of its collection (Astro, Docusaurus, Jekyll)",
    ]);
    expect(pageReason("content/tools/index.md")).toBeUndefined();
    expect(pageReason("_posts/2026-01-01-tool.md")).toBeUndefined();
  });
});

describe("the CLI on files that are not entries", () => {
  it("warns of a template named explicitly, with the exit code of the entries", () => {
    const dir = catalog({
      "datasets/terminal/data/aider.md": CLEAN,
      "datasets/terminal/config/terminal-comparison-template.md": "# Name - URL\n\n## Nothing\n",
    });
    const template = "datasets/terminal/config/terminal-comparison-template.md";
    const both = cli([template, "datasets/terminal/data/aider.md"], dir);
    expect(both.code).toBe(cli(["datasets/terminal/data/aider.md"], dir).code);
    expect(both.stdout).not.toContain("comparison-template");
    expect(both.stderr).toContain(
      `catalog-lint: warning: File ignored because it is dataset \`terminal\`'s template, not an entry: ${template}.`,
    );
    // Alone, it is still a warning, not an error: nothing else was asked for.
    const alone = cli([template], dir);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe("");
    expect(alone.stderr).toMatch(/File ignored because it is dataset `terminal`'s template/);
  });

  it("exits 2 saying what it looked for when nothing matches", () => {
    const dir = catalog({ "README.md": "# Readme\n", "docs/guide.md": "# Guide\n" });
    const none = cli([], dir);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(
      /^catalog-lint: No catalog files found: looked for `\*\*\/\*\.md`, `\*\*\/\*\.mdx` in the working directory; templates, README, .*`docs\/`.* are not entries\. Name the folder of the entries, or set `include`/,
    );
    const glob = cli(["docs/**/*.md"], dir);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toMatch(/No catalog files found: looked for markdown files in `docs\/\*\*\/\*\.md`/);
    // A pattern that matches no file at all says so (the shell may have expanded it).
    expect(cli(["entries/**/*.md"], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/No files match/) });
  });

  it("exits 2 naming the config's include when it matches nothing", () => {
    const dir = catalog({ ".catalog-lintrc.yaml": 'include: ["entries/*.md"]\n', "tools/a.md": CLEAN });
    const run = cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/looked for `entries\/\*\.md` \(the config's `include`\) in the working directory/);
  });
});
