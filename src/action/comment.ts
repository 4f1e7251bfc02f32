import type { EventInfo } from "./changed-files.js";
import type { Octokit } from "./octokit.js";

/** Hidden marker that identifies our comment among a PR's comments. */
export const COMMENT_MARKER = "<!-- catalog-lint:sticky-comment -->";

/** Create or update the one catalog-lint comment on the pull request. Throws API errors. */
export async function upsertStickyComment(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
  body: string,
): Promise<"created" | "updated"> {
  const text = `${COMMENT_MARKER}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: event.owner,
    repo: event.repo,
    issue_number: pullNumber,
    per_page: 100,
  });
  const ours = comments.find((c) => c.body?.includes(COMMENT_MARKER) && c.user?.type === "Bot");
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
