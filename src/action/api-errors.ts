/** A 403/404 that means "this token may not do that" (fork PRs, missing `checks: write`). */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}

/** A short, token-free description of an API failure for logs. */
export function describeApiError(error: unknown): string {
  const e = error as { status?: number; message?: string };
  const message = (e.message ?? String(error)).split("\n")[0];
  return e.status ? `HTTP ${e.status}: ${message}` : (message ?? "unknown error");
}
