import type { ApiAbortKind } from "./api-budget.js";

/** A 403/404 that means "this token may not do that" (fork PRs, missing `checks: write`). */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}

/**
 * A short, token-free description of an API failure for logs. A timeout or
 * the deadline is said as such: Octokit reports both as an HTTP 500.
 */
export function describeApiError(error: unknown): string {
  const e = (error ?? {}) as { status?: number; message?: string; cause?: unknown };
  const message = (e.message ?? String(error)).split("\n")[0] ?? "unknown error";
  if (abortKind(error) !== undefined) return message;
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}

/** Whether the error is (or wraps) a timed-out request or the passed deadline. */
export function abortKind(error: unknown): ApiAbortKind | undefined {
  const own = (error as { catalogLintAbort?: ApiAbortKind } | undefined)?.catalogLintAbort;
  const cause = (error as { cause?: { catalogLintAbort?: ApiAbortKind } } | undefined)?.cause?.catalogLintAbort;
  return own ?? cause;
}
