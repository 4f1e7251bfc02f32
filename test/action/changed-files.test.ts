import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { changedCatalogFiles } from "../../src/action/catalog-files.js";
import { selectFiles } from "../../src/action/changed-files.js";
import type { Octokit } from "../../src/action/octokit.js";
import { inWorkspace } from "../../src/action/workspace-paths.js";
import { gitChangedFiles, parseNameStatus } from "../../src/files/git.js";
import { catalogFileMatcher } from "../../src/files/select-files.js";
import { tempDir } from "../helpers/temp.js";

const repo = () => tempDir("git");
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

describe("paths from the API, sorted by what the workspace has there", () => {
  it("keeps what is there, links included (the linter refuses those leading outside); says what is missing or not a path inside", () => {
    const dir = repo();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "ok.md"), "x");
    symlinkSync("/etc/passwd", join(dir, "data", "passwd.md"));
    symlinkSync(join(dir, "nowhere.md"), join(dir, "data", "dangling.md"));
    symlinkSync(join(dir, "data", "ok.md"), join(dir, "data", "inside-link.md"));
    const sorted = inWorkspace(
      [
        "data/ok.md",
        "data/./ok.md",
        "../outside.md",
        "/etc/passwd",
        "data/../../x.md",
        "data/passwd.md",
        "data/dangling.md",
        "data/missing.md",
        "data/inside-link.md",
        "data\\ok.md",
      ],
      dir,
    );
    expect(sorted).toEqual({
      files: ["data/dangling.md", "data/inside-link.md", "data/ok.md", "data/passwd.md"],
      missing: ["data/missing.md"],
      backslashed: ["data\\ok.md"],
      outside: ["../outside.md", "/etc/passwd", "data/../../x.md"],
    });
  });

  it("normalises what it keeps, keeps paths through linked folders for the linter to refuse, and names NULs and folders' slashes", () => {
    const dir = repo();
    const outside = repo();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "ok.md"), "x");
    writeFileSync(join(outside, "secret.md"), "x");
    symlinkSync(outside, join(dir, "linked")); // a folder link leading outside
    symlinkSync(join(dir, "data"), join(dir, "data-link")); // one staying inside
    mkdirSync(join(dir, "folder.md"));
    const sorted = inWorkspace(
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
      ],
      dir,
    );
    expect(sorted).toEqual({
      files: ["data-link/ok.md", "data/ok.md", "folder.md", "linked/secret.md"],
      missing: ["%2e%2e/etc/passwd"],
      backslashed: [],
      outside: ["", ".", "data/ok.md\0.txt", "data/ok.md/"],
    });
  });
});

describe("changed catalog files", () => {
  const include = ["datasets/*/data/*.md"];

  it("matches a name with a line break anywhere, lints it, and says so", () => {
    const names = ["\nevil.md", "\revil.md", "\u2028evil.md", "\u2029evil.md", "ev\nil.md", "plain.md"].map(
      (n) => `datasets/x/data/${n}`,
    );
    const { files, problems } = changedCatalogFiles(
      { files: [...names, "README.md"], missing: [], backslashed: [] },
      catalogFileMatcher({ cwd: ".", include }),
    );
    expect(files).toEqual(names);
    expect(problems).toEqual([
      {
        message: expect.stringMatching(
          /^5 changed catalog files have a line break in the name, such as \{file\}: .*Rename them\.$/,
        ),
        file: "datasets/x/data/\nevil.md",
      },
    ]);
  });

  it("does not lint a catalog file with a backslash in its name, and says so; other such files do not matter", () => {
    const { files, problems } = changedCatalogFiles(
      { files: [], missing: [], backslashed: ["datasets/x/data/a\\..\\..\\b.md", "src\\x.ts"] },
      catalogFileMatcher({ cwd: ".", include }),
    );
    expect(files).toEqual([]);
    expect(problems).toEqual([
      {
        message: expect.stringMatching(
          /^1 changed catalog file has a `\\` in the name, such as \{file\}, which Windows reads/,
        ),
        file: "datasets/x/data/a\\..\\..\\b.md",
      },
    ]);
  });

  it("names changed catalog files the checkout does not have, not other missing files", () => {
    const { problems } = changedCatalogFiles(
      {
        files: [],
        missing: ["datasets/x/data/gone.md", "src/gone.ts", "datasets/x/data/excluded.md"],
        backslashed: [],
      },
      catalogFileMatcher({ cwd: ".", include, exclude: ["**/excluded.md"] }),
    );
    expect(problems).toEqual([
      {
        message: expect.stringMatching(/^1 changed catalog file is not in the checkout, such as \{file\}/),
        file: "datasets/x/data/gone.md",
      },
    ]);
  });
});

/** An Octokit whose pull request lists `count` files (of 5 names), 100 a page with Link headers. */
function listing(count: number) {
  const listFiles = vi.fn(async ({ page }: { page: number }) => {
    const data = Array.from({ length: Math.max(0, Math.min(100, count - (page - 1) * 100)) }, (_, i) => ({
      filename: `n${i % 5}.md`,
      status: "added",
    }));
    return { data, headers: page * 100 < count ? { link: `<https://x/?page=${page + 1}>; rel="next"` } : {} };
  });
  return { rest: { pulls: { listFiles } } } as unknown as Octokit & {
    rest: { pulls: { listFiles: typeof listFiles } };
  };
}

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
    const octokit = listing(3000);
    const pr = { number: 1, changed_files: 3500, head: { sha: head }, base: { sha: base } };
    const selection = await selectFiles(octokit, event("pull_request", { pull_request: pr }), dir, true);
    expect(selection.files).toEqual(["n0.md", "n1.md", "n2.md", "n3.md", "n4.md"]);
    expect(selection.notes[0]).toMatch(/more than 3000 files.*`git diff` against the base commit/);
    expect(selection.problems).toEqual([]);
    expect(selection.headSha).toBe(head);
    expect(octokit.rest.pulls.listFiles).toHaveBeenCalledTimes(30);
  });

  it("beyond GitHub's 3000-file cap without the base in the checkout: lints those listed, and it is a problem naming fetch-depth: 0", async () => {
    const dir = repo();
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `n${i}.md`), "n");
    const pr = { number: 1, changed_files: 3500, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } };
    const selection = await selectFiles(listing(3000), event("pull_request", { pull_request: pr }), dir, true);
    expect(selection.files).toEqual(["n0.md", "n1.md", "n2.md", "n3.md", "n4.md"]);
    expect(selection.problems).toEqual([
      {
        message:
          "This pull request changes 3500 files; GitHub's API lists only the first 3000 and the base commit is not in the checkout, so only those were linted. Use `actions/checkout` with `fetch-depth: 0` so that catalog-lint lists them with `git diff`.",
      },
    ]);
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

  it("for a push the compare API lists at 300 files or more, with no history to diff: a problem", async () => {
    const dir = repo();
    const files = Array.from({ length: 300 }, (_, i) => ({ filename: `f${i}.md`, status: "added" }));
    const compare = vi.fn().mockResolvedValue({ data: { files } });
    const octokit = { rest: { repos: { compareCommitsWithBasehead: compare } } } as unknown as Octokit;
    const push = event("push", { before: "a".repeat(40), after: "b".repeat(40) });
    const selection = await selectFiles(octokit, push, dir, true);
    expect(selection.problems[0]?.message).toMatch(/^This push changes at least 300 files, .*`fetch-depth: 0`/);
    compare.mockResolvedValue({ data: { files: { x: 1 } } });
    await expect(selectFiles(octokit, push, dir, true)).rejects.toThrow(
      "GitHub's answer listing the pushed commits' files is not a list of files (it is an object with keys x)",
    );
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
