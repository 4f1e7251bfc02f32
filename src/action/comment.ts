import { isPermissionError } from "./api-errors.js";
import type { EventInfo } from "./changed-files.js";
import type { Octokit } from "./octokit.js";

/** Hidden marker that starts our comment's body. */
export const COMMENT_MARKER = "<!-- catalog-lint:sticky-comment -->";
/** Who the default `GITHUB_TOKEN` comments as. */
export const GITHUB_ACTIONS_BOT = "github-actions[bot]";

/**
 * Create or update the one catalog-lint comment on the pull request. The
 * comment to update is one the token's own identity wrote (`author`, or the
 * login the API gives for the token) whose body starts with the marker:
 * anyone can paste the marker, and another bot's comment that quotes it must
 * not be overwritten. Throws API errors.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
  body: string,
  author?: string,
): Promise<"created" | "updated"> {
  const text = `${COMMENT_MARKER}\n${body}`;
  const login = author ?? (await ownLogin(octokit));
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: event.owner,
    repo: event.repo,
    issue_number: pullNumber,
    per_page: 100,
  });
  const ours = comments.find((c) => c.user?.login === login && c.body?.startsWith(COMMENT_MARKER));
  if (ours) {
    await octokit.rest.issues.updateComment({ owner: event.owner, repo: event.repo, comment_id: ours.id, body: text });
    return "updated";
  }
  await octokit.rest.issues.createComment({
    owner: event.owner,
    repo: event.repo,
    issue_number: pullNumber,
    body: text,
  });
  return "created";
}

/**
 * The login the token comments as: a personal or user token's own (`GET
 * /user`); an installation token cannot read that (403), and the default
 * `GITHUB_TOKEN` is the github-actions app's. Another app's installation
 * token then matches none of its earlier comments and makes a new one: a
 * duplicate, never someone else's comment overwritten. (`author`, from the
 * check run this run created, names such an app without a request.)
 */
export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (isPermissionError(error)) return GITHUB_ACTIONS_BOT;
    throw error;
  }
}
