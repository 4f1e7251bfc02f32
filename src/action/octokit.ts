import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof getOctokit>;

/** Attempts after a rate limit before giving up, so a run always ends. */
const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * Octokit for the Action: 5xx answers are retried (plugin-retry, bounded), and
 * 403/429 rate limits wait for `retry-after` / `x-ratelimit-reset`
 * (plugin-throttling), at most MAX_RATE_LIMIT_RETRIES times each.
 */
export function createOctokit(token: string): Octokit {
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: waitAndRetry("rate limit"),
        onSecondaryRateLimit: waitAndRetry("secondary rate limit"),
      },
    },
    retry,
    throttling,
  );
}

/** A throttle handler: say what happened, and retry while attempts remain. */
function waitAndRetry(kind: string) {
  return (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    core.warning(`GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`);
    return retryCount < MAX_RATE_LIMIT_RETRIES;
  };
}
