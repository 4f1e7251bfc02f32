/**
 * The path and whole-catalog rules through the CLI, on folders as they sit on
 * disk: folder names, folder listings, peers left unlinted (`--changed-since`
 * lints some files and compares them with the rest) and the results cache.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const entry = (name: string, sections: string[]) =>
  `# ${name} - https://${name.toLowerCase()}.example\n\n${sections.map((s) => `## ${s}\n\nText.\n`).join("\n")}`;

/** A catalog whose schema is the preset with `keys`, only `rules` on. */
function catalog(files: Record<string, string>, keys: Record<string, unknown>, rules: string[]): string {
  const schema = { name: "test", groups: [{ name: "General Info", required: false }], ...keys };
  const config = {
    include: ["**/*.md"],
    schema: "schema.json",
    rules: Object.fromEntries(rules.map((r) => [r, "error"])),
    overrides: [],
  };
  return tempDir("catalog-rules", {
    "schema.json": JSON.stringify(schema),
    ".catalog-lintrc.json": JSON.stringify(config),
    ...files,
  });
}

/** `[file, line:column, ruleId, message]` of a JSON run, for the rules given. */
function findings(
  dir: string,
  argv: string[] = [],
  only = ["entry-path", "folder-files", "same-sections"],
): string[][] {
  const run = cli(["--format", "json", ...argv], dir);
  expect(run.stderr).toBe("");
  const results = JSON.parse(run.stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
  }>;
  return results.flatMap((r) =>
    r.messages
      .filter((m) => only.includes(m.ruleId))
      .map((m) => [r.filePath.slice(dir.length + 1), `${m.line}:${m.column}`, m.ruleId, m.message]),
  );
}

describe("entry-path", () => {
  it("checks the folder name against paths.folder, and the file name against paths.file", () => {
    const dir = catalog(
      {
        "topics/good-one/index.md": entry("Good", ["General Info"]),
        "topics/Bad_One/index.md": entry("Bad", ["General Info"]),
        "topics/a-folder-name-that-is-far-too-long/index.md": entry("Long", ["General Info"]),
        "topics/good-two/readme.md": entry("Readme", ["General Info"]),
      },
      {
        paths: {
          file: { pattern: "^index\\.md$" },
          folder: { pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 20 },
        },
      },
      ["entry-path"],
    );
    expect(findings(dir)).toEqual([
      [
        "topics/Bad_One/index.md",
        "1:1",
        "entry-path",
        "Unexpected folder name `Bad_One`, expected a name matching `^[a-z0-9][a-z0-9-]*$` (schema `paths.folder`)",
      ],
      [
        "topics/a-folder-name-that-is-far-too-long/index.md",
        "1:1",
        "entry-path",
        "Unexpected folder name `a-folder-name-that-is-far-too-long` (34 characters), expected at most 20 (schema `paths.folder.maxLength`)",
      ],
      [
        "topics/good-two/readme.md",
        "1:1",
        "entry-path",
        "Unexpected file name `readme.md`, expected a name matching `^index\\.md$` (schema `paths.file`)",
      ],
    ]);
  });

  it("refuses a pattern that does not compile, naming the schema key", () => {
    const dir = catalog({ "a/index.md": entry("A", ["General Info"]) }, { paths: { folder: { pattern: "(a" } } }, [
      "entry-path",
    ]);
    const run = cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("paths.folder.pattern");
  });
});

describe("folder-files", () => {
  const files = {
    "topics/ajax/index.md": entry("Ajax", ["General Info"]),
    "topics/ajax/ajax.png": "",
    "topics/ajax/notes.txt": "",
    "topics/vue/index.md": entry("Vue", ["General Info"]),
    "topics/vue/vue.png": "",
    "topics/vue/.DS_Store": "",
    "topics/vue/drafts/old.txt": "",
  };
  const keys = { paths: { onlyFiles: ["index.md", "*.png"] } };

  it("reports each stray file or folder once, on the entry of its folder; hidden files are left alone", () => {
    const dir = catalog(files, keys, ["folder-files"]);
    expect(findings(dir)).toEqual([
      [
        "topics/ajax/index.md",
        "1:1",
        "folder-files",
        "Unexpected file `notes.txt` in `topics/ajax`, expected only files matching `index.md` or `*.png` (schema `paths.onlyFiles`)",
      ],
      [
        "topics/vue/index.md",
        "1:1",
        "folder-files",
        "Unexpected folder `drafts` in `topics/vue`, expected only files matching `index.md` or `*.png` (schema `paths.onlyFiles`)",
      ],
    ]);
  });

  it("sees a stray file added after a cached run (the listing is not cached)", () => {
    const dir = catalog(files, keys, ["folder-files"]);
    expect(findings(dir, ["--cache"])).toHaveLength(2);
    writeFileSync(join(dir, "topics/ajax/extra.gif"), "");
    expect(findings(dir, ["--cache"]).map((f) => f[3])).toContain(
      "Unexpected file `extra.gif` in `topics/ajax`, expected only files matching `index.md` or `*.png` (schema `paths.onlyFiles`)",
    );
  });
});

describe("same-sections", () => {
  const files = {
    "data/alpha.md": entry("Alpha", ["General Info", "Licensing"]),
    "data/beta.md": entry("Beta", ["General Info", "Licensing"]),
    "data/gamma.md": entry("Gamma", ["General Info"]),
    "other/solo.md": entry("Solo", ["General Info", "Pricing"]),
  };
  const keys = { catalog: { sameSections: true } };
  const gamma = [
    "data/gamma.md",
    "3:4",
    "same-sections",
    "Unexpected missing section `## Licensing`, expected the `##` sections 2 of 3 entries in `data` have, like `data/alpha.md` (line 7)",
  ];

  it("compares the entries of each folder (a lone entry has no siblings)", () => {
    expect(findings(catalog(files, keys, ["same-sections"]))).toEqual([gamma]);
  });

  it("compares a linted file with its unlinted siblings, and a changed sibling with the rest", () => {
    const dir = catalog(files, keys, ["same-sections"]);
    expect(findings(dir, ["data/gamma.md"])).toEqual([gamma]);
    // Only alpha is linted: gamma, unlinted, still counts (alpha is one of the majority: no finding).
    expect(findings(dir, ["data/alpha.md"])).toEqual([]);
  });

  it("gives the same findings from a warm cache", () => {
    const dir = catalog(files, keys, ["same-sections"]);
    expect(findings(dir, ["--cache"])).toEqual([gamma]);
    expect(findings(dir, ["--cache"])).toEqual([gamma]);
    // A sibling changes: the cached summaries of the others still hold their sections.
    writeFileSync(join(dir, "data/beta.md"), entry("Beta", ["General Info"]));
    expect(findings(dir, ["--cache"])).toEqual([
      [
        "data/alpha.md",
        "7:4",
        "same-sections",
        "Unexpected section `## Licensing`, expected only the `##` sections most entries in `data` have: 2 of 3 have none, like `data/beta.md`",
      ],
    ]);
  });

  it("is off without catalog.sameSections", () => {
    expect(findings(catalog(files, {}, ["same-sections"]))).toEqual([]);
  });
});
