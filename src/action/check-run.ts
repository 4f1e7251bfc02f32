import { toAnnotation } from "../diagnostics/annotation.js";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { plural } from "../util/text.js";
import { annotationsToSend, type Finding, leftOutText, MAX_ANNOTATIONS, truncate } from "./annotations.js";
import { describeApiError } from "./api-errors.js";
import type { Octokit } from "./octokit.js";

/** The Checks API takes at most this many annotations per request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Output title, summary and text of a check run are each capped by GitHub. */
export const CHECK_TEXT_LIMIT = 65_535;

export type Conclusion = "success" | "failure" | "neutral";

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
}

export interface CheckRunOutcome {
  id: number;
  requests: number;
  annotations: number;
  url?: string;
  /** The slug of the GitHub App that owns the check run: the token's identity (`github-actions`). */
  app?: string;
}

/**
 * A check run that could not be published whole. `checkRun` is set when it
 * was created: `completed` says whether the clean-up could still complete it
 * (with the run's conclusion), else it is left in progress.
 */
export class CheckRunFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly checkRun?: { id: number; completed: boolean; cleanupError?: unknown },
  ) {
    super(describeApiError(error));
  }
}

/**
 * One check run on the head commit: created with the first 50 annotations,
 * then PATCHed 50 at a time, at most MAX_ANNOTATIONS in all (errors first,
 * then a note on what was left out); the last request completes it with the
 * conclusion and the summary. Requests before the last carry a one-line
 * summary: each PATCH replaces it, and sending the whole page with each of
 * them cost 60 KB a request.
 *
 * Throws a CheckRunFailure. When a PATCH fails, the check run is completed
 * (or the attempt is reported): never left `in_progress` without a word.
 */
export async function publishCheckRun(
  octokit: Octokit,
  target: CheckRunTarget,
  results: readonly FileResult[],
  report: { conclusion: Conclusion; summary: string; problems: number },
): Promise<CheckRunOutcome> {
  const { conclusion, summary } = report;
  const { shown, left } = annotationsToSend(results);
  const annotations = shown.map(checkAnnotation);
  const leftOut = left.errors + left.warnings;
  if (left.first) annotations.push(leftOutNote(left.first, leftOutText(left)));
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  }
  const title = truncate(checkTitle(results, report.problems), 1000);
  const fullSummary = truncate(
    leftOut > 0
      ? `> The annotations show the first ${shown.length} findings (errors first); ${leftOutText(left)} are listed in the workflow run's job summary, the SARIF file (\`sarif-file\`) and a local \`npx catalog-lint\`.\n\n${summary}`
      : summary,
    CHECK_TEXT_LIMIT,
  );
  const progress = `catalog-lint is adding ${plural(annotations.length, "annotation")}…`;
  const [first = [], ...rest] = batches;
  const repo = { owner: target.owner, repo: target.repo };

  let created: Awaited<ReturnType<Octokit["rest"]["checks"]["create"]>>;
  try {
    created = await octokit.rest.checks.create({
      ...repo,
      name: "catalog-lint",
      head_sha: target.headSha,
      ...(rest.length === 0 ? { status: "completed" as const, conclusion } : { status: "in_progress" as const }),
      output: { title, summary: rest.length === 0 ? fullSummary : progress, annotations: first },
    });
  } catch (error) {
    throw new CheckRunFailure(error);
  }
  const id = created.data.id;
  let requests = 1;
  let sent = first.length;
  try {
    for (const [index, batch] of rest.entries()) {
      const last = index === rest.length - 1;
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...(last ? { status: "completed" as const, conclusion } : {}),
        output: { title, summary: last ? fullSummary : progress, annotations: batch },
      });
      requests++;
      sent += batch.length;
    }
  } catch (error) {
    throw new CheckRunFailure(
      error,
      await completeAfterFailure(octokit, { ...repo, id }, conclusion, title, error, {
        sent,
        total: annotations.length,
        summary: fullSummary,
      }),
    );
  }
  const app = (created.data as { app?: { slug?: unknown } | null }).app?.slug;
  return {
    id,
    requests,
    annotations: sent,
    ...(created.data.html_url ? { url: created.data.html_url } : {}),
    ...(typeof app === "string" ? { app } : {}),
  };
}

/**
 * Complete a check run whose annotations stopped coming, with the run's own
 * conclusion and a summary saying so: one attempt and one retry (plugin-retry
 * then retries whatever failed), past the deadline if need be, each within
 * the request timeout. A failure here is returned, not thrown.
 */
async function completeAfterFailure(
  octokit: Octokit,
  run: { owner: string; repo: string; id: number },
  conclusion: Conclusion,
  title: string,
  error: unknown,
  progress: { sent: number; total: number; summary: string },
): Promise<{ id: number; completed: boolean; cleanupError?: unknown }> {
  const note = `> ⚠️ catalog-lint could add only ${progress.sent} of ${plural(progress.total, "annotation")} here (${describeApiError(error)}). The workflow run's log and job summary have the findings.\n\n`;
  try {
    await octokit.rest.checks.update({
      owner: run.owner,
      repo: run.repo,
      check_run_id: run.id,
      status: "completed",
      conclusion,
      output: { title, summary: truncate(note + progress.summary, CHECK_TEXT_LIMIT) },
      request: { pastDeadline: true, retries: 1 },
    });
    return { id: run.id, completed: true };
  } catch (cleanupError) {
    return { id: run.id, completed: false, cleanupError };
  }
}

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
  raw_details?: string;
}

/** The annotation of the log commands and `--format github` (src/diagnostics/annotation.ts), in the Checks API's words. */
function checkAnnotation({ file, diagnostic }: Finding): CheckAnnotation {
  const { path, startLine, endLine, startColumn, endColumn, level, title, message } = toAnnotation(file, diagnostic);
  return {
    path,
    start_line: startLine,
    end_line: endLine,
    ...(startColumn !== undefined && endColumn !== undefined
      ? { start_column: startColumn, end_column: endColumn }
      : {}),
    annotation_level: level === "error" ? "failure" : "warning",
    title,
    message: truncate(message, 4096),
    ...(diagnostic.url ? { raw_details: `Rule documentation: ${diagnostic.url}` } : {}),
  };
}

/** The last annotation when some were left out: on the first one left out, so it sits among the findings it stands for. */
function leftOutNote(first: Finding, what: string): CheckAnnotation {
  const line = first.diagnostic.range.start.line;
  return {
    path: first.file,
    start_line: line,
    end_line: line,
    annotation_level: "notice",
    title: "catalog-lint: more findings",
    message: `${what} are not annotated: catalog-lint sends at most ${MAX_ANNOTATIONS} annotations a run, errors first. The workflow run's job summary lists them, as do the SARIF file (\`sarif-file\`) and a local \`npx catalog-lint\`.`,
  };
}

function checkTitle(results: readonly FileResult[], problems: number): string {
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  const incomplete = problems > 0 ? `; ${plural(problems, "problem")} kept catalog-lint from linting every change` : "";
  if (all.length === 0) {
    return problems > 0
      ? `${plural(problems, "problem")} kept catalog-lint from linting every change`
      : `No problems in ${plural(results.length, "catalog file")}`;
  }
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}${incomplete}`;
}
