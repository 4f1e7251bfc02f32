/**
 * The Action in a merge queue (`on: merge_group`): it lints what the group changes, as it
 * does for a pull request, not the whole catalog, whose older findings would fail the queue
 * for pull requests that passed their own check.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { selectFiles } from "../../src/action/changed-files.js";
import type { Octokit } from "../../src/action/octokit.js";
import { tempDir } from "../helpers/temp.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

/** A repository whose base commit holds an old entry and whose merge group adds one and edits README.md. */
function queuedRepository(): { dir: string; base: string; head: string } {
  const dir = tempDir("merge-group");
  mkdirSync(join(dir, "datasets", "x", "data"), { recursive: true });
  writeFileSync(join(dir, "datasets", "x", "data", "old.md"), "# Old - https://old.example\n");
  writeFileSync(join(dir, "README.md"), "# Catalog\n");
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  writeFileSync(join(dir, "datasets", "x", "data", "new.md"), "# New - https://new.example\n");
  writeFileSync(join(dir, "README.md"), "# Catalog\n\nOne more.\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "merge group");
  return { dir, base, head: git(dir, "rev-parse", "HEAD") };
}

/** The event as src/action/event.ts reads it for `merge_group` (GITHUB_SHA is the group's head). */
function mergeGroup(base: string, head: string) {
  return {
    eventName: "merge_group",
    owner: "o",
    repo: "r",
    sha: head,
    payload: {
      action: "checks_requested",
      merge_group: {
        head_sha: head,
        head_ref: "refs/heads/gh-readonly-queue/main/pr-7-abc",
        base_sha: base,
        base_ref: "refs/heads/main",
      },
    },
  };
}

describe("merge_group", () => {
  it("lints the files the group changes, from git when the checkout has the base (fetch-depth: 0)", async () => {
    const { dir, base, head } = queuedRepository();
    const selection = await selectFiles({} as Octokit, mergeGroup(base, head), dir, true);
    expect(selection.mode).toBe("changed");
    expect(selection.files.sort()).toEqual(["README.md", "datasets/x/data/new.md"]);
    // The base is what last-update-not-bumped compares entries with; the head carries the check run.
    expect(selection.baseSha).toBe(base);
    expect(selection.headSha).toBe(head);
    expect(selection.problems).toEqual([]);
  });

  it("asks the compare API for the group's files when the base is not in a shallow checkout", async () => {
    const dir = tempDir("merge-group");
    writeFileSync(join(dir, "new.md"), "# New - https://new.example\n");
    const compare = vi.fn().mockResolvedValue({
      data: {
        files: [
          { filename: "new.md", status: "added" },
          { filename: "gone.md", status: "removed" },
        ],
      },
    });
    const octokit = { rest: { repos: { compareCommitsWithBasehead: compare } } } as unknown as Octokit;
    const base = "a".repeat(40);
    const head = "b".repeat(40);
    const selection = await selectFiles(octokit, mergeGroup(base, head), dir, true);
    expect(selection.mode).toBe("changed");
    expect(selection.files).toEqual(["new.md"]);
    expect(compare).toHaveBeenCalledWith(expect.objectContaining({ basehead: `${base}...${head}` }));

    compare.mockResolvedValue({
      data: { files: Array.from({ length: 300 }, (_, i) => ({ filename: `f${i}.md`, status: "added" })) },
    });
    const capped = await selectFiles(octokit, mergeGroup(base, head), dir, true);
    expect(capped.problems[0]?.message).toMatch(/^This merge group changes at least 300 files, .*`fetch-depth: 0`/);

    compare.mockResolvedValue({ data: { files: null } });
    await expect(selectFiles(octokit, mergeGroup(base, head), dir, true)).rejects.toThrow(
      "GitHub's answer listing the merge group's files is not a list of files (it is `null`)",
    );
  });

  it("lints every file when the payload names no base, and with only-changed: false", async () => {
    const { dir, head } = queuedRepository();
    const noBase = mergeGroup("", head);
    const selection = await selectFiles({} as Octokit, noBase, dir, true);
    expect(selection.mode).toBe("all");
    expect(selection.notes).toEqual(["The merge group names no base commit, so every catalog file was linted."]);
    expect((await selectFiles({} as Octokit, mergeGroup("a".repeat(40), head), dir, false)).mode).toBe("all");
  });
});
