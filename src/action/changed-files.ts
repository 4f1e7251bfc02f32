import { gitChangedFiles } from "../files/git.js";
import { CatalogLintError, oneLine } from "../util/errors.js";
import type { Octokit } from "./octokit.js";
import type { RunProblem } from "./problems.js";
import { inWorkspace } from "./workspace-paths.js";

/** GitHub lists at most this many files of a pull request. */
export const PR_FILES_CAP = 3000;
/** The compare API lists at most this many files of a comparison, on its first page only. */
export const COMPARE_FILES_CAP = 300;
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
  /** Repo-relative, normalised paths that are in the workspace (files, links, anything): the linter decides what it reads. */
  files: string[];
  /** Paths listed as changed (not removed) that the workspace does not have. */
  missing: string[];
  /** Paths with a `\`, never looked up: a folder separator on Windows runners. */
  backslashed: string[];
  /** Remarks for the job summary (a fallback to `git diff`…). */
  notes: string[];
  /** What makes the list incomplete: each fails the step. */
  problems: RunProblem[];
  /** The commit annotations and links belong to (a PR's head, not its merge commit). */
  headSha: string;
  /** The commit the change is compared with (a PR's base, a push's `before`), if any. */
  baseSha?: string;
  pullNumber?: number;
  /** A pull request's files' diffs (`patch`, as the API lists them), for suggestions. */
  patches?: ReadonlyMap<string, string>;
  /** Changed files that govern other entries (a template, a manifest, a config): those entries were linted too. */
  governing?: string[];
}

interface PullRequest {
  number: number;
  changed_files?: number;
  head: { sha: string; repo?: { full_name?: string } | null };
  base: { sha: string; repo?: { full_name?: string } | null };
}

const FETCH_ALL_HISTORY =
  "Use `actions/checkout` with `fetch-depth: 0` so that catalog-lint lists them with `git diff`.";

/**
 * Which files to lint for this event. Pull requests: the PR's changed files
 * from the REST API (every page), or `git diff` against the base beyond
 * GitHub's 3000-file cap. Pushes: the before..after comparison. A merge
 * queue's group: its base..head comparison, as a push of it would be (the
 * queued pull requests were checked for what they change; the whole catalog
 * would fail the queue on findings none of them made). Anything else
 * (workflow_dispatch, schedule): every catalog file. Throws when GitHub's
 * answer is not a list of files: nothing is linted rather than too little.
 */
export async function selectFiles(
  octokit: Octokit,
  event: EventInfo,
  workspace: string,
  onlyChanged: boolean,
): Promise<FileSelection> {
  const pr = event.payload.pull_request as PullRequest | undefined;
  const headSha = pr?.head.sha ?? event.sha;
  const base: Omit<FileSelection, "mode" | "files" | "missing" | "backslashed"> = {
    notes: [],
    problems: [],
    headSha,
    ...(pr ? { pullNumber: pr.number, baseSha: pr.base.sha } : {}),
  };
  const all = (): FileSelection => ({ ...base, mode: "all", files: [], missing: [], backslashed: [] });
  const changed = (paths: readonly string[]): FileSelection => {
    const { outside, ...found } = inWorkspace(paths, workspace);
    if (outside[0] !== undefined) {
      base.problems.push({
        message: `${outside.length === 1 ? "A changed file is" : `${outside.length} changed files are`} listed as a path that is not inside the repository, such as {file}, so catalog-lint cannot tell what changed there. Re-run the job; if it happens again, set \`only-changed: false\`.`,
        file: outside[0],
      });
    }
    return { ...base, mode: "changed", ...found };
  };
  if (!onlyChanged) return all();

  if (pr) {
    const { files, truncated, patches } = await listPullRequestFiles(octokit, event, pr.number);
    base.patches = patches;
    if (!truncated && (pr.changed_files ?? 0) <= PR_FILES_CAP) return changed(files);
    const fromGit = gitChangedFiles(workspace, pr.base.sha, pr.head.sha);
    if (fromGit) {
      base.notes.push(
        `This pull request changes more than ${PR_FILES_CAP} files, the most GitHub's API lists; the files were taken from \`git diff\` against the base commit instead.`,
      );
      return changed(fromGit);
    }
    base.problems.push({
      message: `This pull request changes ${pr.changed_files ?? "more than"} files; GitHub's API lists only the first ${PR_FILES_CAP} and the base commit is not in the checkout, so only those were linted. ${FETCH_ALL_HISTORY}`,
    });
    return changed(files);
  }

  const range = comparedRange(event);
  if (range) {
    const { before, after, what } = range;
    if (!before || /^0+$/.test(before)) {
      base.notes.push(
        what === "push"
          ? "A new branch was pushed, so every catalog file was linted."
          : "The merge group names no base commit, so every catalog file was linted.",
      );
      return all();
    }
    base.baseSha = before;
    const fromGit = gitChangedFiles(workspace, before, after);
    if (fromGit) return changed(fromGit);
    const listed = what === "push" ? "the pushed commits' files" : "the merge group's files";
    const { files, truncated } = await compareFiles(octokit, event, before, after, listed);
    if (truncated) {
      base.problems.push({
        message: `This ${what} changes at least ${COMPARE_FILES_CAP} files, the most GitHub's compare API lists, and its commits are not in the checkout, so only those were linted. ${FETCH_ALL_HISTORY}`,
      });
    }
    return changed(files);
  }

  return all();
}

/**
 * The commits a push or a merge queue's group compares: a push's `before` and `after`, a merge
 * group's `base_sha` and `head_sha` (its head is the commit GITHUB_SHA names, and the check's).
 */
function comparedRange(event: EventInfo): { before: string; after: string; what: "push" | "merge group" } | undefined {
  if (event.eventName === "push") {
    return {
      before: String(event.payload.before ?? ""),
      after: String(event.payload.after ?? event.sha),
      what: "push",
    };
  }
  if (event.eventName === "merge_group") {
    const group = (event.payload.merge_group ?? {}) as { base_sha?: unknown; head_sha?: unknown };
    return { before: String(group.base_sha ?? ""), after: String(group.head_sha ?? event.sha), what: "merge group" };
  }
  return undefined;
}

/**
 * Every page of `GET /pulls/{n}/files` (100 per page, as long as the Link
 * header has a next one, at most the 30 GitHub serves); removed files are
 * skipped. Page by page rather than `octokit.paginate`, which reads an empty
 * or `null` answer as an empty list: each page is checked as it comes.
 */
export async function listPullRequestFiles(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
): Promise<{ files: string[]; truncated: boolean; patches: Map<string, string> }> {
  const entries: ChangedEntry[] = [];
  for (let page = 1; page <= PR_FILES_CAP / 100; page++) {
    const response = await octokit.rest.pulls.listFiles({
      owner: event.owner,
      repo: event.repo,
      pull_number: pullNumber,
      per_page: 100,
      page,
    });
    entries.push(...changedEntries(response.data, "the pull request's files"));
    if (!/\brel="next"/.test(response.headers.link ?? "")) break;
  }
  // Each file's diff (GitHub leaves it out of a binary or very large one): where a suggestion may go.
  const patches = new Map<string, string>();
  for (const f of entries) if (typeof f.patch === "string" && LINTABLE.has(f.status)) patches.set(f.filename, f.patch);
  return { files: lintable(entries), truncated: entries.length >= PR_FILES_CAP, patches };
}

/** The first page of `GET /compare/{before}...{after}`: the only one that lists files. */
async function compareFiles(
  octokit: Octokit,
  event: EventInfo,
  before: string,
  after: string,
  listed: string,
): Promise<{ files: string[]; truncated: boolean }> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: event.owner,
    repo: event.repo,
    basehead: `${before}...${after}`,
    per_page: 100,
    page: 1,
  });
  const entries = changedEntries((data as { files?: unknown }).files, listed);
  return { files: lintable(entries), truncated: entries.length >= COMPARE_FILES_CAP };
}

interface ChangedEntry {
  filename: string;
  status: string;
  patch?: unknown;
}

/**
 * GitHub's list of changed files, checked: anything but an array of
 * `{filename, status}` (an error page, a changed API) would otherwise read as
 * "no catalog file changed" and pass the check.
 */
function changedEntries(listed: unknown, what: string): ChangedEntry[] {
  const malformed = (detail: string) =>
    new CatalogLintError(
      `GitHub's answer listing ${what} is not a list of files (${detail}), so catalog-lint cannot tell what changed and lints nothing rather than too little. Re-run the job; if it happens again, set \`only-changed: false\`.`,
    );
  if (!Array.isArray(listed)) throw malformed(`it is ${describeValue(listed)}`);
  listed.forEach((entry: unknown, i) => {
    const { filename, status } = (entry ?? {}) as Partial<Record<keyof ChangedEntry, unknown>>;
    if (typeof filename !== "string" || typeof status !== "string") {
      throw malformed(`entry ${i + 1} is ${describeValue(entry)}`);
    }
  });
  return listed as ChangedEntry[];
}

function lintable(entries: readonly ChangedEntry[]): string[] {
  return entries.filter((f) => LINTABLE.has(f.status)).map((f) => f.filename);
}

/** A short, one-line picture of an unexpected value for an error message. */
function describeValue(value: unknown): string {
  if (value === null || typeof value !== "object") return `\`${oneLine(String(value)).slice(0, 80)}\``;
  if (Array.isArray(value)) return "a list";
  return `an object with keys ${oneLine(Object.keys(value).slice(0, 5).join(", ")).slice(0, 80) || "none"}`;
}
