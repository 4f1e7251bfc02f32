import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { confine, gitChangedFiles, parseNameStatus, selectFiles } from "../src/action/changed-files.js";
import type { Octokit } from "../src/action/octokit.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "catalog-lint-git-"));
  dirs.push(dir);
  return dir;
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

describe("changed files from git", () => {
  it("parses name-status output: renames and copies keep the new name, deletions are dropped", () => {
    const out = [
      "M",
      "a.md",
      "D",
      "gone.md",
      "R087",
      "old.md",
      "new.md",
      "C100",
      "src.md",
      "copy.md",
      "A",
      "sp ace, %.md",
      "",
    ].join("\0");
    expect(parseNameStatus(out)).toEqual(["a.md", "new.md", "copy.md", "sp ace, %.md"]);
  });

  it("diffs a base and a head commit of a real repository", () => {
    const dir = repo();
    git(dir, "init", "-q");
    writeFileSync(join(dir, "keep.md"), "a");
    writeFileSync(join(dir, "gone.md"), "b");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    const base = git(dir, "rev-parse", "HEAD");
    writeFileSync(join(dir, "keep.md"), "changed");
    writeFileSync(join(dir, "new.md"), "c");
    rmSync(join(dir, "gone.md"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "head");
    expect(gitChangedFiles(dir, base, git(dir, "rev-parse", "HEAD"))?.sort()).toEqual(["keep.md", "new.md"]);
    expect(gitChangedFiles(dir, "0123456789abcdef", base)).toBeUndefined();
    expect(gitChangedFiles(dir, "--output=/tmp/x", base)).toBeUndefined();
  });
});

describe("paths from the API are confined to the workspace", () => {
  it("drops absolute paths, `..`, missing files and symlinks leading outside", () => {
    const dir = repo();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "ok.md"), "x");
    symlinkSync("/etc/passwd", join(dir, "data", "passwd.md"));
    symlinkSync(join(dir, "data", "ok.md"), join(dir, "data", "inside-link.md"));
    const kept = confine(
      [
        "data/ok.md",
        "data/./ok.md",
        "../outside.md",
        "/etc/passwd",
        "data/../../x.md",
        "data/passwd.md",
        "data/missing.md",
        "data/inside-link.md",
        "data\\ok.md",
      ],
      dir,
    );
    expect(kept).toEqual(["data/inside-link.md", "data/ok.md"]);
  });

  it("normalises what it keeps, and drops paths through linked folders, NULs and non-files", () => {
    const dir = repo();
    const outside = repo();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "ok.md"), "x");
    writeFileSync(join(outside, "secret.md"), "x");
    symlinkSync(outside, join(dir, "linked")); // a folder link leading outside
    symlinkSync(join(dir, "data"), join(dir, "data-link")); // one staying inside
    mkdirSync(join(dir, "folder.md"));
    const kept = confine(
      [
        "data//ok.md",
        "./data/ok.md",
        "data/sub/../ok.md",
        "linked/secret.md",
        "data-link/ok.md",
        "data/ok.md\0.txt",
        "folder.md",
        "",
        ".",
        "data/ok.md/",
        "%2e%2e/etc/passwd",
        "C:/Windows/win.ini",
      ],
      dir,
    );
    expect(kept).toEqual(["data-link/ok.md", "data/ok.md"]);
  });
});

describe("selectFiles", () => {
  const event = (eventName: string, payload: Record<string, unknown>) => ({
    eventName,
    owner: "o",
    repo: "r",
    payload,
    sha: "f".repeat(40),
  });

  it("falls back to git beyond GitHub's 3000-file cap, and says so", async () => {
    const dir = repo();
    git(dir, "init", "-q");
    writeFileSync(join(dir, "a.md"), "a");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    const base = git(dir, "rev-parse", "HEAD");
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `n${i}.md`), "n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "head");
    const head = git(dir, "rev-parse", "HEAD");
    const listed = Array.from({ length: 3000 }, (_, i) => ({ filename: `n${i % 5}.md`, status: "added" }));
    const octokit = {
      paginate: vi.fn().mockResolvedValue(listed),
      rest: { pulls: { listFiles: vi.fn() } },
    } as unknown as Octokit;
    const pr = { number: 1, changed_files: 3500, head: { sha: head }, base: { sha: base } };
    const selection = await selectFiles(octokit, event("pull_request", { pull_request: pr }), dir, true);
    expect(selection.files).toEqual(["n0.md", "n1.md", "n2.md", "n3.md", "n4.md"]);
    expect(selection.notes[0]).toMatch(/more than 3000 files.*`git diff` against the base commit/);
    expect(selection.headSha).toBe(head);
  });

  it("lints everything on schedule and workflow_dispatch, and on a new branch push", async () => {
    const octokit = {} as Octokit;
    for (const name of ["schedule", "workflow_dispatch"]) {
      expect((await selectFiles(octokit, event(name, {}), repo(), true)).mode).toBe("all");
    }
    const push = await selectFiles(
      octokit,
      event("push", { before: "0".repeat(40), after: "a".repeat(40) }),
      repo(),
      true,
    );
    expect(push.mode).toBe("all");
    expect(push.notes[0]).toMatch(/new branch/);
  });

  it("uses the compare API for a push when the history is not checked out", async () => {
    const dir = repo();
    writeFileSync(join(dir, "x.md"), "x");
    const compare = vi.fn().mockResolvedValue({
      data: {
        files: [
          { filename: "x.md", status: "modified" },
          { filename: "y.md", status: "removed" },
        ],
      },
    });
    const octokit = { rest: { repos: { compareCommitsWithBasehead: compare } } } as unknown as Octokit;
    const selection = await selectFiles(
      octokit,
      event("push", { before: "a".repeat(40), after: "b".repeat(40) }),
      dir,
      true,
    );
    expect(selection.files).toEqual(["x.md"]);
    expect(compare).toHaveBeenCalledWith(
      expect.objectContaining({ basehead: `${"a".repeat(40)}...${"b".repeat(40)}`, per_page: 100, page: 1 }),
    );
  });
});
