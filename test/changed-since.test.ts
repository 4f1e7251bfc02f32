/**
 * One git module for base revisions: the synchronous reader the CLI's
 * `--changed-since` can use gives what the Action's streaming one gives, from
 * one `git cat-file --batch` however many files changed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesAtRevision, filesAtRevisionSync } from "../src/files/git.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

function repository(files: Record<string, string | Buffer>): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), "catalog-lint-changed-since-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return { dir, base: git(dir, "rev-parse", "HEAD") };
}

describe("base texts for a synchronous run", () => {
  it("are what the Action's streaming reader gives: over the limit, missing and not-a-file left out", async () => {
    const { dir, base } = repository({
      "a.md": "# a\n",
      "sp ace, %.md": "# space\n",
      "ünïcödé ✓.md": "# unicode\n",
      "deep/er/file.md": "# deep\n",
      "empty.md": "",
      "bad-utf8.md": Buffer.from([0x61, 0xc3, 0x28, 0x0a]),
      "big.md": "x".repeat(5000),
    });
    symlinkSync("a.md", join(dir, "link.md"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "link");
    const head = git(dir, "rev-parse", "HEAD");
    const asked = ["a.md", "sp ace, %.md", "ünïcödé ✓.md", "deep/er/file.md", "empty.md", "bad-utf8.md"];
    const all = [...asked, "big.md", "link.md", "missing.md", "deep", "new\nline.md"];
    const sync = filesAtRevisionSync(dir, head, all, 4096);
    expect(sync).toEqual(await filesAtRevision(dir, head, all, 4096));
    expect([...(sync?.keys() ?? [])].sort()).toEqual([...asked, "link.md"].sort());
    expect(sync?.get("link.md")).toBe("a.md");
    expect(filesAtRevisionSync(dir, base, ["link.md"], 4096)).toEqual(new Map());
    expect(filesAtRevisionSync(dir, "0123456789abcdef0123456789abcdef01234567", ["a.md"], 4096)).toBeUndefined();
    expect(filesAtRevisionSync(dir, "--output=/tmp/x", ["a.md"], 4096)).toBeUndefined();
  });
});
