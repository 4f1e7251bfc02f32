import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { includeOfPaths } from "../../src/lint/include-paths.js";
import { tempDir } from "../helpers/temp.js";

function workspace(): string {
  const dir = tempDir("include-paths");
  mkdirSync(join(dir, "topics/go"), { recursive: true });
  writeFileSync(join(dir, "topics/go/index.md"), "# Go\n");
  writeFileSync(join(dir, "a(1).md"), "# A\n");
  symlinkSync(join(dir, "gone.md"), join(dir, "dangling.md"));
  return dir;
}

describe("includeOfPaths (the Action's `paths` as include globs)", () => {
  it("reads a folder, with or without a trailing slash, as its markdown files", () => {
    const dir = workspace();
    expect(includeOfPaths(dir, ["topics", "topics/", "./topics/go", "."])).toEqual([
      "topics/**/*.{md,mdx}",
      "topics/**/*.{md,mdx}",
      "topics/go/**/*.{md,mdx}",
      "**/*.{md,mdx}",
    ]);
  });

  it("keeps a file as itself, escaped so its name is not a pattern, and a link to nothing too", () => {
    const dir = workspace();
    expect(includeOfPaths(dir, ["a(1).md", "dangling.md"])).toEqual(["a\\(1\\).md", "dangling.md"]);
  });

  it("keeps globs as written, even ones that match nothing", () => {
    const dir = workspace();
    expect(includeOfPaths(dir, ["topics/*/index.md", "docs/**/*.md"])).toEqual(["topics/*/index.md", "docs/**/*.md"]);
  });

  it("refuses a path that is neither a folder, a file nor a glob, naming the input and the value", () => {
    const dir = workspace();
    expect(() => includeOfPaths(dir, ["topics", "topcs"])).toThrow(
      /^Input `paths` names `topcs`, which is not a folder or file in the workspace, nor a glob: /,
    );
  });
});
