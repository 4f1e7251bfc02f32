import * as core from "@actions/core";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { plural } from "../util/text.js";
import { emitCommandAnnotations } from "./annotations.js";
import { describeApiError, isPermissionError } from "./api-errors.js";
import type { EventInfo } from "./changed-files.js";
import { CheckRunFailure, type Conclusion, publishCheckRun } from "./check-run.js";
import { upsertStickyComment } from "./comment.js";
import type { AnnotationMode } from "./inputs.js";
import type { Octokit } from "./octokit.js";

/**
 * The reports that need the API. None of them ends the run: the summary,
 * SARIF file and outputs are written by then, and a failure here is a
 * warning (with the findings moved to the log where the check run failed).
 */

export interface AnnotateRequest {
  mode: AnnotationMode;
  event: EventInfo;
  headSha: string;
  results: readonly FileResult[];
  conclusion: Conclusion;
  /** The check run's summary, built only when a check run is tried. */
  summary: () => string;
  problems: number;
}

/**
 * Annotations on a check run, or as log commands: when the token may not
 * create check runs (fork pull requests) and when the Checks API fails in any
 * other way (a 500 after retries, 401, 422, a timeout), with a warning naming
 * the error. Returns the check run's app, the token's identity, when known.
 */
export async function annotate(octokit: Octokit, request: AnnotateRequest): Promise<{ app?: string }> {
  if (request.mode === "none") return {};
  if (request.mode === "commands") {
    emitCommandAnnotations(request.results);
    return {};
  }
  try {
    const outcome = await publishCheckRun(
      octokit,
      { owner: request.event.owner, repo: request.event.repo, headSha: request.headSha },
      request.results,
      { conclusion: request.conclusion, summary: request.summary(), problems: request.problems },
    );
    core.info(
      `Check run ${outcome.id} carries ${plural(outcome.annotations, "annotation")} (${plural(outcome.requests, "request")}).`,
    );
    return outcome.app ? { app: outcome.app } : {};
  } catch (error) {
    const failure = error instanceof CheckRunFailure ? error : new CheckRunFailure(error);
    core.warning(checkRunWarning(failure, request.conclusion));
    emitCommandAnnotations(request.results);
    return {};
  }
}

function checkRunWarning(failure: CheckRunFailure, conclusion: Conclusion): string {
  const { error, checkRun } = failure;
  const instead = "Findings are reported as annotations and in the job summary instead.";
  if (!checkRun) {
    return isPermissionError(error)
      ? `Could not create a check run (${describeApiError(error)}); this is expected on pull requests from forks. ${instead}`
      : `Could not create a check run (${describeApiError(error)}). ${instead}`;
  }
  const left = checkRun.completed
    ? `it was completed with conclusion \`${conclusion}\`, and says which annotations it lacks`
    : `completing it failed too (${describeApiError(checkRun.cleanupError)}), so it shows as in progress until a later run of catalog-lint on this commit replaces it`;
  return `Could not add every annotation to check run ${checkRun.id} (${describeApiError(error)}); ${left}. ${instead}`;
}

/** The sticky pull request comment; any failure is a warning. */
export async function comment(
  octokit: Octokit,
  event: EventInfo,
  pullNumber: number,
  body: string,
  app: string | undefined,
): Promise<void> {
  try {
    const outcome = await upsertStickyComment(octokit, event, pullNumber, body, app ? `${app}[bot]` : undefined);
    core.info(`Pull request comment ${outcome}.`);
  } catch (error) {
    core.warning(
      isPermissionError(error)
        ? `Skipped the pull request comment: the token cannot write comments here (${describeApiError(error)}).`
        : `Could not update the pull request comment (${describeApiError(error)}); the job summary has the same findings.`,
    );
  }
}
