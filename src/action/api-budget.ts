/**
 * How long the Action may wait for GitHub. undici's own limit is 300 s per
 * request, and with plugin-retry's three retries a hung API cost 20 minutes
 * before the run went on. Each request gets `requestTimeoutMs` per attempt,
 * and all of them together end at the run's deadline (`deadline` aborts);
 * findings are then reported through the log.
 */
export interface ApiBudget {
  requestTimeoutMs: number;
  deadlineMs: number;
  /** Aborted when the deadline passes: no request starts or goes on after it. */
  deadline: AbortSignal;
  /** Whether waiting `seconds` (a rate limit's `retry-after`) still ends before the deadline. */
  canWait(seconds: number): boolean;
}

/** Tens of seconds: GitHub answers in well under a second, or has a problem retrying will not fix soon. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Every API call of a run, retries and rate-limit waits included (listing 3,000 files and 20 check-run requests take well under a minute). */
export const API_DEADLINE_MS = 10 * 60_000;

/**
 * What the errors of a timed-out request and of the deadline carry, for
 * `describeApiError`: the Octokit bundle (dist/octokit.cjs) has its own copy of
 * every class, so `instanceof` cannot tell them.
 */
export type ApiAbortKind = "request-timeout" | "deadline";

/** Start the clock. The environment may shorten (or lengthen) both, as the tests do. */
export function startApiBudget(env: NodeJS.ProcessEnv = process.env, now = Date.now()): ApiBudget {
  const requestTimeoutMs = milliseconds(env.CATALOG_LINT_REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS);
  const deadlineMs = milliseconds(env.CATALOG_LINT_API_DEADLINE_MS, API_DEADLINE_MS);
  const controller = new AbortController();
  // unref: the deadline is no reason to keep a finished run alive.
  setTimeout(() => controller.abort(apiAbort("deadline", deadlineMs)), deadlineMs).unref();
  return {
    requestTimeoutMs,
    deadlineMs,
    deadline: controller.signal,
    canWait: (seconds) => Date.now() + seconds * 1000 < now + deadlineMs,
  };
}

/**
 * The error an aborted request fails with. Named `AbortError` for the
 * deadline: @octokit/request rethrows that as it is, and plugin-retry does not
 * retry it. A timed-out attempt is wrapped as a 500 and retried.
 */
export function apiAbort(kind: ApiAbortKind, ms: number): Error {
  const seconds = Math.round(ms / 100) / 10;
  const error = new Error(
    kind === "deadline"
      ? `catalog-lint's ${seconds} s deadline for GitHub API calls passed`
      : `GitHub did not answer within ${seconds} s`,
  );
  error.name = kind === "deadline" ? "AbortError" : "TimeoutError";
  return Object.assign(error, { catalogLintAbort: kind });
}

function milliseconds(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : fallback;
}
