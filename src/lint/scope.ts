import { namedPathMatcher } from "../files/named-paths.js";

/**
 * What a run was asked about, beside the entries it lints: which files that are no entry (a
 * dataset's template) it reports the catalog rules' findings on. A pull request that changes one
 * entry is not told of a template it never touched; a run that names the template, or changes it,
 * is. No scope means the whole catalog: every such finding is reported.
 */
export interface RunScope {
  /** Files, folders or globs the command line named (relative to the catalog's root); none means every file. */
  paths: readonly string[];
  /** The changed files (`--changed-since`, a pull request's), relative to the root: of the named, only these. */
  changed?: readonly string[];
  /**
   * Files the command line named that are no entry (a template or criteria file, which the run
   * does not lint), and the entries they govern (src/lint/governed.ts): the catalog rules read
   * those entries' schemas, so a template named alone gets its findings.
   */
  nonEntries?: { files: readonly string[]; governed: readonly string[] };
}

/** Whether a file (relative to the catalog's root, with `/`) is one the run was asked about. */
export function scopeMatcher(cwd: string, scope: RunScope | undefined): (file: string) => boolean {
  if (!scope) return () => true;
  const named = scope.paths.length > 0 ? namedPathMatcher(cwd, scope.paths) : () => true;
  const changed = scope.changed ? new Set(scope.changed) : undefined;
  return (file) => (!changed || changed.has(file)) && named(file);
}
