/**
 * A folder on the command line means the catalog's entries in it (ESLint's
 * `eslint dir/`): `catalog-lint .` lints what `catalog-lint` does, and a
 * catalog named from outside is linted by its own config, `include` and all.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

// An entry whose `Last Update` is years old: `stale-date` reports it unless the config turns it off.
const STALE = CLEAN.replace("2026-11-01", "2019-01-01")
  .replaceAll("acme/tool", "acme/stale")
  .replace("# Tool -", "# Stale -");

const catalog = () =>
  tempDir("folder-args", {
    ".catalog-lintrc.yaml": 'include: ["entries/*.md"]\nrules:\n  stale-date: off\n',
    "entries/tool.md": CLEAN,
    "entries/stale.md": STALE,
    "README.md": "# About this catalog\n\nNot an entry.\n",
    "docs/guide.md": "# How to add an entry\n\nNot an entry either.\n",
  });

/** The linted files, relative to `dir`, and every rule reported. */
function report(stdout: string, dir: string) {
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
  return {
    files: results.map((r) => r.filePath.slice(dir.length + 1)),
    rules: results.flatMap((r) => r.messages.map((m) => m.ruleId)),
  };
}

describe("a folder argument", () => {
  const dir = catalog();
  const noPaths = cli(["--format", "json"], dir);

  it("`.` in the catalog's root lints exactly what no paths does: the entries, no README or docs", () => {
    expect(noPaths.code).toBe(0);
    expect(report(noPaths.stdout, dir).files).toEqual(["entries/stale.md", "entries/tool.md"]);
    const dot = cli(["--format", "json", "."], dir);
    expect(dot).toEqual(noPaths);
    expect(cli(["--format", "json", dir], dir)).toEqual(noPaths);
  });

  it("named from another folder, is linted by the catalog's own config (its include and rules)", () => {
    const elsewhere = tempDir("folder-args-elsewhere");
    const run = cli(["--format", "json", dir], elsewhere);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(noPaths.stdout);
    expect(report(run.stdout, dir).rules).not.toContain("stale-date");
  });

  it("named from inside another checkout, walks the catalog's include in the catalog's own checkout", () => {
    const work = tempDir("folder-args-checkout", { "notes.md": "# Notes\n" });
    mkdirSync(join(work, ".git"));
    const run = cli(["--format", "json", dir], work);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(noPaths.stdout);
  });

  it("with markdown but no entry in it exits 2, naming the folder, the include and what to do", () => {
    const run = cli(["--format", "json", "docs"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'catalog-lint: `docs` holds 1 markdown file, none of them a catalog entry: the config\'s `include` is `entries/*.md`. Name the files, or a quoted glob ("docs/**/*.md"), to lint them anyway, or add the folder to `include`\n',
    );
  });

  it("leaves files and quoted globs as named: docs are linted when the user names them", () => {
    for (const named of [["docs/guide.md"], ["docs/**/*.md"]]) {
      const run = cli(["--format", "json", ...named], dir);
      expect(report(run.stdout, dir).files).toEqual(["docs/guide.md"]);
    }
  });

  it("of a catalog with its own config, beside a path the working directory's config governs, exits 2", () => {
    const outer = tempDir("folder-args-outer", {
      ".catalog-lintrc.yaml": "rules:\n  stale-date: warn\n",
      "a.md": CLEAN,
    });
    const run = cli(["--format", "json", dir, "a.md"], outer);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^catalog-lint: `.+` is a catalog with its own config .+\.catalog-lintrc\.yaml, unlike the other paths named \(the working directory's config: \.catalog-lintrc\.yaml\); lint it in a run of its own/,
    );
  });

  it("with no config, is still a catalog root of its own (the default layout, documentation left out)", () => {
    const bare = tempDir("folder-args-bare", {
      "sub/a.md": CLEAN,
      "sub/README.md": "# Read me\n",
      "sub/docs/x.md": "# X\n",
    });
    const inside = cli(["--format", "json"], join(bare, "sub"));
    const named = cli(["--format", "json", "sub"], bare);
    expect(report(named.stdout, bare).files).toEqual(["sub/a.md"]);
    expect(named.stdout).toBe(inside.stdout);
  });
});
