import { readFileSync } from "node:fs";
import { CatalogLintError } from "../util/errors.js";
import type { EventInfo } from "./changed-files.js";

/**
 * The event that started the workflow, read as `@actions/github`'s `context`
 * reads it (GITHUB_EVENT_NAME, GITHUB_SHA, GITHUB_REPOSITORY and the payload
 * file at GITHUB_EVENT_PATH). Importing `context` would evaluate all of
 * `@actions/github` (Octokit, undici) at start, for runs that call no API.
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventInfo {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  return { eventName: env.GITHUB_EVENT_NAME ?? "", ...repository(env, payload), payload, sha: env.GITHUB_SHA ?? "" };
}

/** The webhook payload; none (as `context` has it) when the runner names no file, or a file that is not there. */
function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new CatalogLintError(
      `Cannot read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}. Check that the runner can read it.`,
    );
  }
  try {
    const payload: unknown = JSON.parse(text);
    if (payload !== null && typeof payload === "object" && !Array.isArray(payload)) {
      return payload as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new CatalogLintError(
    `The event payload ${path} (GITHUB_EVENT_PATH) is not a JSON object. It is written by the runner: check that no earlier step changed it.`,
  );
}

/** `owner/repo` from GITHUB_REPOSITORY, else from the payload's repository. */
function repository(env: NodeJS.ProcessEnv, payload: Record<string, unknown>): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (owner && repo) return { owner, repo };
  const fromPayload = payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined;
  if (typeof fromPayload?.name === "string" && typeof fromPayload.owner?.login === "string") {
    return { owner: fromPayload.owner.login, repo: fromPayload.name };
  }
  throw new CatalogLintError(
    "Cannot tell which repository this run is for: set GITHUB_REPOSITORY to `owner/repo` (the runner sets it for every job).",
  );
}
