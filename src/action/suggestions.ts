import { createHash } from "node:crypto";
import * as core from "@actions/core";
import { escapeMarkdown } from "../util/markdown.js";
import { plural } from "../util/text.js";
import { describeApiError, isPermissionError } from "./api-errors.js";
import type { EventInfo } from "./changed-files.js";
import { ownLogin } from "./comment.js";
import type { Octokit } from "./octokit.js";
import type { ResultFinding } from "./results-schema.js";

/**
 * `suggestions: true`: the fixable findings on lines of the pull request's
 * diff, as one review of GitHub ```suggestion blocks (the fix applied to the
 * whole lines). Each comment starts with a hidden marker holding a key of
 * what it suggests where: a re-run for the same head posts none twice, and a
 * suggestion no longer made (fixed, or moved) is deleted. Only comments the
 * token's own identity wrote are looked at. Any failure is a warning.
 */

/** One suggested change: lines `start`..`end` (1-based, right side) of `path` become `text`. */
export interface Suggestion {
  path: string;
  start: number;
  end: number;
  text: string;
  ruleId: string;
  message: string;
}

export const SUGGESTION_MARKER = "<!-- catalog-lint:suggestion ";
/** The most suggestions one review posts: a larger review is slow to load and to answer. */
export const MAX_SUGGESTIONS = 100;

/** The suggestions of findings with a fix that gives whole lines (the results file's `fix.lines`). */
export function suggestionsOf(findings: readonly ResultFinding[]): Suggestion[] {
  return findings.flatMap((f) =>
    f.fix?.lines
      ? [
          {
            path: f.path,
            start: f.fix.lines.start,
            end: f.fix.lines.end,
            text: f.fix.lines.text,
            ruleId: f.ruleId,
            message: f.message,
          },
        ]
      : [],
  );
}

/**
 * The right-side lines of a unified diff (`patch`) a review comment may be
 * on, each with its hunk: a multi-line comment must stay within one.
 */
export function diffLines(patch: string): Map<number, number> {
  const lines = new Map<number, number>();
  let hunk = -1;
  let line = 0;
  for (const row of patch.split("\n")) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (header) {
      hunk++;
      line = Number(header[1]);
      continue;
    }
    if (hunk < 0 || row.startsWith("-") || row.startsWith("\\")) continue;
    if (row.startsWith("+") || row.startsWith(" ")) {
      lines.set(line, hunk);
      line++;
    }
  }
  return lines;
}

/** The suggestions whose every line is in one hunk of their file's diff, and how many were not. */
export function inDiff(
  suggestions: readonly Suggestion[],
  patches: ReadonlyMap<string, string>,
): { inside: Suggestion[]; outside: number } {
  const parsed = new Map<string, Map<number, number>>();
  const inside: Suggestion[] = [];
  for (const s of suggestions) {
    const patch = patches.get(s.path);
    if (patch === undefined) continue;
    let lines = parsed.get(s.path);
    if (!lines) {
      lines = diffLines(patch);
      parsed.set(s.path, lines);
    }
    const hunk = lines.get(s.start);
    let ok = hunk !== undefined && s.end >= s.start;
    for (let l = s.start + 1; ok && l <= s.end; l++) ok = lines.get(l) === hunk;
    if (ok) inside.push(s);
  }
  return { inside, outside: suggestions.length - inside.length };
}

/** What a suggestion says and where, as the key its marker holds. */
export function suggestionKey(s: Suggestion): string {
  return createHash("sha256").update(`${s.path}\0${s.start}\0${s.end}\0${s.text}`).digest("hex").slice(0, 20);
}

/** The comment's body: marker, the finding (escaped), and the block, fenced longer than any backtick run in it. */
export function suggestionBody(s: Suggestion): string {
  const longest = Math.max(0, ...[...s.text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [
    `${SUGGESTION_MARKER}${suggestionKey(s)} -->`,
    `**catalog-lint** (${escapeMarkdown(s.ruleId)}): ${escapeMarkdown(s.message)}`,
    "",
    `${fence}suggestion`,
    s.text,
    fence,
  ].join("\n");
}

interface ReviewComment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

/** Post the new suggestions as one review, delete ours no longer made; a failure is a warning. */
export async function suggest(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
  headSha: string,
  suggestions: readonly Suggestion[],
  patches: ReadonlyMap<string, string>,
  app: string | undefined,
): Promise<void> {
  try {
    const outcome = await postSuggestions(octokit, event, pullNumber, headSha, suggestions, patches, app);
    core.info(outcome);
  } catch (error) {
    core.warning(
      isPermissionError(error)
        ? `Skipped the suggestions: the token cannot write pull request reviews here (${describeApiError(error)}); on a pull request from a fork, publish them with \`publish\` (README, "Pull requests from forks").`
        : `Could not post the suggestions (${describeApiError(error)}); the annotations have the same findings.`,
    );
  }
}

async function postSuggestions(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
  headSha: string,
  suggestions: readonly Suggestion[],
  patches: ReadonlyMap<string, string>,
  app: string | undefined,
): Promise<string> {
  const repo = { owner: event.owner, repo: event.repo };
  const { inside, outside } = inDiff(suggestions, patches);
  const wanted = new Map<string, Suggestion>();
  for (const s of inside) if (!wanted.has(suggestionKey(s))) wanted.set(suggestionKey(s), s);

  const login = app ? `${app}[bot]` : await ownLogin(octokit);
  const comments = (await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  })) as ReviewComment[];
  const ours = new Map<string, ReviewComment>();
  for (const c of comments) {
    if (c.user?.login !== login || !c.body?.startsWith(SUGGESTION_MARKER)) continue;
    const key = c.body.slice(SUGGESTION_MARKER.length).split(" ", 1)[0] ?? "";
    ours.set(`${key}#${c.id}`, c);
  }
  const posted = new Set([...ours.keys()].map((k) => k.split("#", 1)[0]));
  // A suggestion no longer made: its line was fixed (or moved). Deleted, not left to mislead.
  let deleted = 0;
  for (const [k, c] of ours) {
    if (wanted.has(k.split("#", 1)[0] as string)) continue;
    await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id });
    deleted++;
  }
  const fresh = [...wanted].filter(([key]) => !posted.has(key)).map(([, s]) => s);
  const batch = fresh.slice(0, MAX_SUGGESTIONS);
  if (batch.length > 0) {
    await octokit.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: "COMMENT",
      body: `catalog-lint suggests ${plural(batch.length, "fix", "fixes")} on lines this pull request changes: each can be committed from here.${fresh.length > batch.length ? ` ${fresh.length - batch.length} more come after these are applied.` : ""}`,
      comments: batch.map((s) => ({
        path: s.path,
        body: suggestionBody(s),
        line: s.end,
        side: "RIGHT" as const,
        ...(s.start < s.end ? { start_line: s.start, start_side: "RIGHT" as const } : {}),
      })),
    });
  }
  const kept = wanted.size - fresh.length;
  return `Suggestions: ${batch.length} posted, ${kept} already there, ${deleted} deleted; ${plural(outside, "fixable finding")} outside the diff stay annotations.`;
}
