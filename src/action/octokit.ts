import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import type { Octokit as Core } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { type ApiBudget, apiAbort } from "./api-budget.js";

export type Octokit = ReturnType<typeof getOctokit>;

/** Attempts after a rate limit before giving up, so a run always ends. */
const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * Octokit for the Action: 5xx answers are retried (plugin-retry, bounded), and
 * 403/429 rate limits wait for `retry-after` / `x-ratelimit-reset`
 * (plugin-throttling), at most MAX_RATE_LIMIT_RETRIES times each and never
 * past the deadline. Each attempt has `budget.requestTimeoutMs`.
 */
export function createOctokit(token: string, budget: ApiBudget): Octokit {
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: waitAndRetry("rate limit", budget),
        onSecondaryRateLimit: waitAndRetry("secondary rate limit", budget),
      },
    },
    // First, so that it wraps each attempt rather than all retries of a call.
    requestTimeouts(budget),
    retry,
    throttling,
  );
}

/** What a request may add to `request`: the clean-up after a failure goes on past the deadline, for one attempt's time. */
export interface TimeoutOptions {
  pastDeadline?: boolean;
}

/**
 * A plugin giving every attempt its own timeout, and the run's deadline. The
 * proxy-aware `fetch` of @actions/github stays: only `request.signal` is set.
 * Registered before plugin-retry, it runs again for each retry. Hooks share
 * one options object (before-after-hook binds it to each of them, and ignores
 * what a hook passes on), so the signal is set on it, not on a copy.
 */
function requestTimeouts(budget: ApiBudget) {
  return (octokit: Core) => {
    octokit.hook.wrap("request", async (request, options) => {
      const attempt = new AbortController();
      const timer = setTimeout(
        () => attempt.abort(apiAbort("request-timeout", budget.requestTimeoutMs)),
        budget.requestTimeoutMs,
      );
      const { pastDeadline } = (options.request ?? {}) as TimeoutOptions;
      const signals = pastDeadline ? [attempt.signal] : [attempt.signal, budget.deadline];
      options.request = { ...options.request, signal: AbortSignal.any(signals) };
      try {
        return await request(options);
      } finally {
        clearTimeout(timer);
      }
    });
    return {};
  };
}

/** A throttle handler: say what happened, and retry while attempts and time remain. */
function waitAndRetry(kind: string, budget: ApiBudget) {
  return (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= MAX_RATE_LIMIT_RETRIES || !budget.canWait(retryAfter)) {
      core.warning(
        `GitHub ${kind} on ${options.method} ${options.url}; not retrying: ${retryCount >= MAX_RATE_LIMIT_RETRIES ? `${MAX_RATE_LIMIT_RETRIES} retries made` : `waiting ${retryAfter}s would pass the ${Math.round(budget.deadlineMs / 1000)} s deadline`}`,
      );
      return false;
    }
    core.warning(`GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`);
    return true;
  };
}
