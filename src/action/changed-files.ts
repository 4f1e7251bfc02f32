import { execFileSync } from "node:child_process";
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, posix, relative, resolve } from "node:path";
import type { Octokit } from "./octokit.js";

/** GitHub lists at most this many files of a pull request. */
export const PR_FILES_CAP = 3000;
const LINTABLE = new Set(["added", "modified", "renamed", "copied", "changed"]);

export interface EventInfo {
  eventName: string;
  owner: string;
  repo: string;
  payload: Record<string, unknown>;
  sha: string;
}

export interface FileSelection {
  /** "changed": only files the PR/push touched; "all": every catalog file. */
  mode: "changed" | "all";
  /** Repo-relative paths that exist in the workspace (only meaningful for "changed"). */
  files: string[];
  /** Remarks for the job summary (the 3000-file cap, a fallback…). */
  notes: string[];
  /** The commit annotations and links belong to (a PR's head, not its merge commit). */
  headSha: string;
  /** The commit the change is compared with (a PR's base, a push's `before`), if any. */
  baseSha?: string;
  pullNumber?: number;
}

interface PullRequest {
  number: number;
  changed_files?: number;
  head: { sha: string; repo?: { full_name?: string } | null };
  base: { sha: string; repo?: { full_name?: string } | null };
}

/**
 * Which files to lint for this event. Pull requests: the PR's changed files
 * from the REST API (every page), or `git diff` against the base beyond
 * GitHub's 3000-file cap. Pushes: the before..after comparison. Anything else
 * (workflow_dispatch, schedule): every catalog file.
 */
export async function selectFiles(
  octokit: Octokit,
  event: EventInfo,
  workspace: string,
  onlyChanged: boolean,
): Promise<FileSelection> {
  const pr = event.payload.pull_request as PullRequest | undefined;
  const headSha = pr?.head.sha ?? event.sha;
  const base: Omit<FileSelection, "mode" | "files"> = {
    notes: [],
    headSha,
    ...(pr ? { pullNumber: pr.number, baseSha: pr.base.sha } : {}),
  };
  if (!onlyChanged) return { ...base, mode: "all", files: [] };

  if (pr) {
    const { files, truncated } = await listPullRequestFiles(octokit, event, pr.number);
    if (truncated || (pr.changed_files ?? 0) > PR_FILES_CAP) {
      const fromGit = gitChangedFiles(workspace, pr.base.sha, pr.head.sha);
      if (fromGit) {
        base.notes.push(
          `This pull request changes more than ${PR_FILES_CAP} files, the most GitHub's API lists; the files were taken from \`git diff\` against the base commit instead.`,
        );
        return { ...base, mode: "changed", files: confine(fromGit, workspace) };
      }
      base.notes.push(
        `This pull request changes more than ${PR_FILES_CAP} files and the base commit is not in the checkout, so only the first ${PR_FILES_CAP} listed by GitHub were linted. Use \`actions/checkout\` with \`fetch-depth: 0\` to lint them all.`,
      );
    }
    return { ...base, mode: "changed", files: confine(files, workspace) };
  }

  if (event.eventName === "push") {
    const before = String(event.payload.before ?? "");
    const after = String(event.payload.after ?? event.sha);
    if (!before || /^0+$/.test(before)) {
      base.notes.push("A new branch was pushed, so every catalog file was linted.");
      return { ...base, mode: "all", files: [] };
    }
    base.baseSha = before;
    const files = gitChangedFiles(workspace, before, after) ?? (await compareFiles(octokit, event, before, after));
    return { ...base, mode: "changed", files: confine(files, workspace) };
  }

  return { ...base, mode: "all", files: [] };
}

/** Every page of `GET /pulls/{n}/files` (100 per page); removed files are skipped. */
async function listPullRequestFiles(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
): Promise<{ files: string[]; truncated: boolean }> {
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: event.owner,
    repo: event.repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return {
    files: listed.filter((f) => LINTABLE.has(f.status)).map((f) => f.filename),
    truncated: listed.length >= PR_FILES_CAP,
  };
}

async function compareFiles(octokit: Octokit, event: EventInfo, before: string, after: string): Promise<string[]> {
  const files: string[] = [];
  for (let page = 1; page <= 30; page++) {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: event.owner,
      repo: event.repo,
      basehead: `${before}...${after}`,
      per_page: 100,
      page,
    });
    const batch = data.files ?? [];
    files.push(...batch.filter((f) => LINTABLE.has(f.status)).map((f) => f.filename));
    if (batch.length < 100) break;
  }
  return files;
}

/**
 * Changed files from local history, or undefined when the commits are not in
 * the checkout. Only git's own plumbing runs: no diff drivers, no textconv.
 */
export function gitChangedFiles(workspace: string, from: string, to: string): string[] | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(from) || !/^[0-9a-f]{7,64}$/i.test(to)) return undefined;
  try {
    const out = execFileSync(
      "git",
      ["-C", workspace, "diff", "--name-status", "--no-ext-diff", "--no-textconv", "-M", "-z", `${from}...${to}`],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 },
    );
    return parseNameStatus(out);
  } catch {
    return undefined;
  }
}

/** `git diff --name-status -z` output → paths that exist after the change. */
export function parseNameStatus(out: string): string[] {
  const parts = out.split("\0").filter((p) => p !== "");
  const files: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? "";
    if (status.startsWith("R") || status.startsWith("C")) {
      i++; // the old name
      const next = parts[i++];
      if (next) files.push(next);
    } else {
      const path = parts[i++];
      if (path && !status.startsWith("D")) files.push(path);
    }
  }
  return files;
}

/**
 * Keep only paths that stay inside the workspace: no absolute paths, no `..`,
 * and no symlink (or symlinked folder) that resolves outside it. Paths come
 * from the API or git, so they are treated as untrusted.
 */
export function confine(paths: readonly string[], workspace: string): string[] {
  const root = realpathSync(workspace);
  const kept = new Set<string>();
  for (const raw of paths) {
    // A trailing `/` names a folder (and `resolve` would drop it, keeping `a.md/` beside `a.md`).
    if (raw.includes("\0") || raw.includes("\\") || isAbsolute(raw) || raw.endsWith("/")) continue;
    const normal = posix.normalize(raw);
    if (normal.startsWith("../") || normal === ".." || normal.startsWith("/")) continue;
    const absolute = resolve(workspace, normal);
    try {
      if (!lstatSync(absolute).isFile() && !lstatSync(absolute).isSymbolicLink()) continue;
      const real = realpathSync(absolute);
      const inside = relative(root, real);
      if (inside.startsWith("..") || isAbsolute(inside)) continue;
    } catch {
      continue; // removed, or a dangling link
    }
    kept.add(normal);
  }
  return [...kept].sort();
}
