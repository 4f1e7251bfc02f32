import * as core from "@actions/core";
import { toAnnotation } from "../diagnostics/annotation.js";
import { countBySeverity, type Diagnostic, type FileResult } from "../diagnostics/diagnostic.js";
import { plural } from "../util/text.js";

/** GitHub shows this many workflow-command annotations per level per step. */
export const COMMAND_ANNOTATION_LIMIT = 10;

/**
 * The most annotations a run sends, on the check run or as log commands. At
 * 50 per request that is 20 requests (plugin-throttling sends one write a
 * second), 4% of the 500 content-creating requests GitHub allows an hour:
 * a PR with 100,000 findings took 2,000 requests (33 minutes) and then hit that
 * limit. A reviewer reads far fewer than 1,000 on a diff; the job summary,
 * the SARIF file and a local run list the rest.
 */
export const MAX_ANNOTATIONS = 1000;

export interface Finding {
  file: string;
  diagnostic: Diagnostic;
}

/** Errors first (they are what fails the check), then warnings, each in file order. */
export function findingsBySeverity(results: readonly FileResult[]): Finding[] {
  const all = results.flatMap((r) => r.diagnostics.map((diagnostic) => ({ file: r.filePath, diagnostic })));
  return [
    ...all.filter((f) => f.diagnostic.severity === "error"),
    ...all.filter((f) => f.diagnostic.severity !== "error"),
  ];
}

/**
 * The findings to annotate, errors first: all of them when they fit in `max`,
 * else the first `max`, or `max - 1` to leave room for an annotation saying
 * how many were left out (`noteSlot`).
 */
export function annotationsToSend(
  results: readonly FileResult[],
  max = MAX_ANNOTATIONS,
  noteSlot = true,
): { shown: Finding[]; left: { errors: number; warnings: number; first?: Finding } } {
  const all = findingsBySeverity(results);
  if (all.length <= max) return { shown: all, left: { errors: 0, warnings: 0 } };
  const kept = noteSlot ? max - 1 : max;
  const rest = all.slice(kept);
  const errors = rest.filter((f) => f.diagnostic.severity === "error").length;
  return {
    shown: all.slice(0, kept),
    left: { errors, warnings: rest.length - errors, ...(rest[0] ? { first: rest[0] } : {}) },
  };
}

/** "12 more findings (2 errors, 10 warnings)". */
export function leftOutText(left: { errors: number; warnings: number }): string {
  const n = left.errors + left.warnings;
  return `${plural(n, "more finding")} (${plural(left.errors, "error")}, ${plural(left.warnings, "warning")})`;
}

/**
 * One workflow command per finding (core escapes the text, so quoted values
 * cannot start a command), errors first, at most MAX_ANNOTATIONS, then a
 * notice with the totals, since GitHub displays only the first few per level.
 */
export function emitCommandAnnotations(results: readonly FileResult[]): void {
  const { shown, left } = annotationsToSend(results, MAX_ANNOTATIONS, false);
  for (const { file, diagnostic } of shown) {
    // The annotation `--format github` writes for the same finding (src/diagnostics/annotation.ts).
    const { path, level, message, ...position } = toAnnotation(file, diagnostic);
    const properties = { ...position, file: path };
    if (level === "error") core.error(message, properties);
    else core.warning(message, properties);
  }
  const { errors, warnings } = countBySeverity(results.flatMap((r) => r.diagnostics));
  const cut = left.errors + left.warnings > 0;
  if (cut || errors > COMMAND_ANNOTATION_LIMIT || warnings > COMMAND_ANNOTATION_LIMIT) {
    core.notice(
      `catalog-lint found ${errors} errors and ${warnings} warnings; GitHub shows only ${COMMAND_ANNOTATION_LIMIT} annotations of each level per step${
        cut ? `, and the log has the first ${shown.length} (errors first): ${leftOutText(left)} are not in it` : ""
      }. The job summary lists the findings (as many as its 1 MiB holds), as do the SARIF file (\`sarif-file\`) and a local \`npx catalog-lint\`.`,
      { title: "catalog-lint totals" },
    );
  }
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = "\n\n… (truncated)";
  return text.slice(0, max - note.length) + note;
}
