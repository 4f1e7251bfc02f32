import type { Diagnostic } from "./diagnostic.js";

/**
 * A finding as GitHub puts it on a line of a file: what `--format github`
 * writes as a workflow command, and what the Action sends as a log command
 * or a check-run annotation, so the three show the same finding the same way.
 */
export interface Annotation {
  /** Repository-relative, with `/`. */
  path: string;
  startLine: number;
  endLine: number;
  /** Only on a range within one line: GitHub drops the columns of one over several lines. */
  startColumn?: number;
  endColumn?: number;
  level: "error" | "warning";
  /** The rule id. */
  title: string;
  message: string;
}

/** `diagnostic`, found in the file at `path`, as an annotation. */
export function toAnnotation(path: string, diagnostic: Diagnostic): Annotation {
  const { start, end } = diagnostic.range;
  return {
    path,
    startLine: start.line,
    endLine: end.line,
    ...(start.line === end.line ? { startColumn: start.column, endColumn: end.column } : {}),
    level: diagnostic.severity === "error" ? "error" : "warning",
    title: diagnostic.ruleId,
    message: diagnostic.message,
  };
}
