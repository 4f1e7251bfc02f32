/**
 * File names that the one path conversion and containment check
 * (src/util/paths.ts) must not misread. A name that starts with two dots
 * (`..x.md`) is inside its folder: only `..` as a whole segment leads out.
 * On POSIX a `\` is a character of a file name, not a separator.
 */
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkoutBeside, manifestOf } from "../helpers/checkout.js";
import { CLEAN, cli, type JsonResult } from "../helpers/hostile.js";

const posix = process.platform !== "win32";

/** A checkout holding `files`, and the path of a secret entry outside it. */
function repository(files: Record<string, string> = {}): { repo: string; secret: string } {
  const { repo, outside } = checkoutBeside(files, { "secret.md": "# Secret - https://secret.example\n" });
  return { repo, secret: join(outside, "secret.md") };
}

const results = (stdout: string) => JSON.parse(stdout) as JsonResult[];

describe.skipIf(!posix)("names that look like paths", () => {
  it("refuses a link named `..x.md` that leads out of the repository, as it refuses any other", () => {
    const { repo, secret } = repository();
    symlinkSync(secret, join(repo, "..x.md"));
    symlinkSync(secret, join(repo, "x.md"));
    const run = cli(["--format", "json", "..x.md", "x.md"], repo);
    const found = results(run.stdout).map((r) => r.messages.map((m) => m.ruleId));
    expect(found).toEqual([["readable-file"], ["readable-file"]]);
    expect(run.stdout).toContain("symbolic link leading outside the repository");
    expect(run.stdout).not.toContain("Secret");
  });

  it("reads a criteria file named `..criteria.yml` at the catalog's root as inside the repository", () => {
    const { repo } = repository({
      "configuration/datasets.manifest.json": manifestOf("tools", {
        dataDir: "datasets/tools/data",
        config: "..criteria.yml",
      }),
      "..criteria.yml": "criteria: []\n",
      "datasets/tools/data/tool.md": CLEAN,
    });
    const run = cli(["--format", "json"], repo);
    expect(run.stderr).not.toMatch(/inside the repository/);
    expect(run.code).toBe(0);
    expect(results(run.stdout).map((r) => r.filePath)).toEqual([join(repo, "datasets/tools/data/tool.md")]);
  });

  it("lints a file with a backslash in its name under that name", () => {
    const { repo } = repository({ "data/a\\b.md": CLEAN });
    const run = cli(["--format", "json", "data"], repo);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(results(run.stdout).map((r) => r.filePath)).toEqual([join(repo, "data", "a\\b.md")]);
  });

  it("prefixes annotations with a working folder named `..sub` inside GITHUB_WORKSPACE", () => {
    const { repo } = repository({ "..sub/a.md": CLEAN.replace("- MIT", "- mit") });
    const run = cli(["--format", "github", "a.md"], join(repo, "..sub"), { GITHUB_WORKSPACE: repo });
    expect(run.stdout).toMatch(/^::error file=\.\.sub\/a\.md,line=/m);
  });
});
