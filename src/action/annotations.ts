import * as core from "@actions/core";
import type { Diagnostic, FileResult } from "../diagnostics/diagnostic.js";
import type { EventInfo } from "./changed-files.js";
import type { Octokit } from "./octokit.js";

/** GitHub shows this many workflow-command annotations per level per step. */
export const COMMAND_ANNOTATION_LIMIT = 10;
/** The Checks API takes at most this many annotations per request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Output title, summary and text of a check run are each capped by GitHub. */
export const CHECK_TEXT_LIMIT = 65_535;

interface Finding {
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

/** The annotation position; columns only when the range is on one line (GitHub drops them otherwise). */
function position(d: Diagnostic) {
  const { start, end } = d.range;
  const sameLine = start.line === end.line;
  return {
    startLine: start.line,
    endLine: end.line,
    ...(sameLine ? { startColumn: start.column, endColumn: end.column } : {}),
  };
}

/**
 * One workflow command per finding (core escapes the text, so quoted values
 * cannot start a command), errors first, then a notice with the totals, since
 * GitHub displays only the first few per level.
 */
export function emitCommandAnnotations(results: readonly FileResult[]): void {
  const findings = findingsBySeverity(results);
  for (const { file, diagnostic } of findings) {
    const properties = { title: diagnostic.ruleId, file, ...position(diagnostic) };
    if (diagnostic.severity === "error") core.error(diagnostic.message, properties);
    else core.warning(diagnostic.message, properties);
  }
  const errors = findings.filter((f) => f.diagnostic.severity === "error").length;
  const warnings = findings.length - errors;
  if (errors > COMMAND_ANNOTATION_LIMIT || warnings > COMMAND_ANNOTATION_LIMIT) {
    core.notice(
      `catalog-lint found ${errors} errors and ${warnings} warnings; GitHub shows only ${COMMAND_ANNOTATION_LIMIT} annotations of each level per step. Every finding is listed in the job summary.`,
      { title: "catalog-lint totals" },
    );
  }
}

export interface CheckRunOutcome {
  id: number;
  requests: number;
  url?: string;
}

/**
 * One check run on the head commit carrying every finding: created with the
 * first 50 annotations, then PATCHed 50 at a time; the last request completes
 * it with the conclusion. Throws the API error (a 403 on fork PRs).
 */
export async function publishCheckRun(
  octokit: Octokit,
  event: EventInfo,
  headSha: string,
  results: readonly FileResult[],
  conclusion: "success" | "failure" | "neutral",
  summary: string,
): Promise<CheckRunOutcome> {
  const annotations = findingsBySeverity(results).map(({ file, diagnostic }) => {
    const { startLine, endLine, startColumn, endColumn } = position(diagnostic) as ReturnType<typeof position> & {
      startColumn?: number;
      endColumn?: number;
    };
    return {
      path: file,
      start_line: startLine,
      end_line: endLine,
      ...(startColumn !== undefined ? { start_column: startColumn, end_column: endColumn } : {}),
      annotation_level: diagnostic.severity === "error" ? ("failure" as const) : ("warning" as const),
      title: diagnostic.ruleId,
      message: truncate(diagnostic.message, 4096),
      ...(diagnostic.url ? { raw_details: `Rule documentation: ${diagnostic.url}` } : {}),
    };
  });
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  }
  const title = truncate(checkTitle(results), 1000);
  const output = (batch: typeof annotations) => ({
    title,
    summary: truncate(summary, CHECK_TEXT_LIMIT),
    annotations: batch,
  });
  const [first = [], ...rest] = batches;
  const done = rest.length === 0;
  const created = await octokit.rest.checks.create({
    owner: event.owner,
    repo: event.repo,
    name: "catalog-lint",
    head_sha: headSha,
    ...(done ? { status: "completed" as const, conclusion } : { status: "in_progress" as const }),
    output: output(first),
  });
  let requests = 1;
  for (const [index, batch] of rest.entries()) {
    const last = index === rest.length - 1;
    await octokit.rest.checks.update({
      owner: event.owner,
      repo: event.repo,
      check_run_id: created.data.id,
      ...(last ? { status: "completed" as const, conclusion } : {}),
      output: output(batch),
    });
    requests++;
  }
  return { id: created.data.id, requests, ...(created.data.html_url ? { url: created.data.html_url } : {}) };
}

function checkTitle(results: readonly FileResult[]): string {
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  if (all.length === 0) return `No problems in ${results.length} catalog file${results.length === 1 ? "" : "s"}`;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = "\n\n… (truncated)";
  return text.slice(0, max - note.length) + note;
}
