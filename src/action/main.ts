import { resolve } from "node:path";
import * as core from "@actions/core";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { catalogFileMatcher, selectCatalogFiles } from "../files/select-files.js";
import { governedFiles } from "../lint/governed.js";
import { baseTexts, lintFiles, type PreparedRun, prepareRun } from "../lint/run.js";
import { schemaGroupLines } from "../lint/schema-groups.js";
import { todayFrom } from "../util/dates.js";
import { CatalogLintError, oneLine } from "../util/errors.js";
import { escapeMarkdown } from "../util/markdown.js";
import { plural } from "../util/text.js";
import { MAX_ANNOTATIONS } from "./annotations.js";
import { startApiBudget } from "./api-budget.js";
import { describeApiError } from "./api-errors.js";
import { changedCatalogFiles, lineBreakProblems } from "./catalog-files.js";
import { type EventInfo, type FileSelection, selectFiles } from "./changed-files.js";
import { readEvent } from "./event.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { writeJobSummary, writeSarifFile } from "./local-reports.js";
import type { Octokit } from "./octokit.js";
import { createOctokit } from "./octokit-lazy.js";
import { describeProblem, type RunProblem } from "./problems.js";
import { annotate, comment } from "./publish.js";
import { publishResults } from "./publish-results.js";
import { resultsOf, writeResultsFile } from "./results-file.js";
import { suggest, suggestionsOf } from "./suggestions.js";
import { COMMENT_CHAR_LIMIT, renderSummary, SUMMARY_BYTE_LIMIT } from "./summary.js";
import { suppressionMode, suppressionNotes, suppressionsForRun, suppressionsPath } from "./suppressions.js";

/**
 * The Action: a thin shell over the run (src/lint/run.ts). Inputs → config →
 * which files (the PR's, the push's, or all) → lint → the reports that need
 * no API (SARIF file, job summary, outputs, the run's problems in the log) →
 * the ones that do (check run, or log annotations when it fails; the
 * comment) → exit status.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const event = readEvent();
    const octokit = createOctokit(inputs.token, startApiBudget());
    if (inputs.publish) await publishResults({ ...inputs, publish: inputs.publish }, workspace, event, octokit);
    else await lintAndReport(inputs, workspace, event, octokit);
  } catch (error) {
    core.setFailed(`catalog-lint could not run: ${(error as Error).message}`);
  }
}

export async function lintAndReport(
  inputs: ActionInputs,
  workspace: string,
  event: EventInfo,
  octokit: Octokit,
): Promise<void> {
  const prepared = prepareRun({
    cwd: workspace,
    // The Action has no input for "today": CATALOG_LINT_NOW, else the UTC clock, read as the CLI reads it.
    now: todayFrom(process.env),
    untrustedConfig: true,
    include: inputs.paths,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(inputs.schema ? { schema: inputs.schema } : {}),
  });
  for (const warning of prepared.warnings) core.warning(warning);
  const suppressionsFile = suppressionsPath(workspace, inputs.suppressionsFile);
  const { selection, files, problems } = await filesToLint(inputs, workspace, event, octokit, prepared);
  // Both read the base commit with git: at once.
  const [base, applied] = await Promise.all([
    baseTextsOf(prepared, selection, files),
    suppressionsForRun(workspace, suppressionsFile, selection, files),
  ]);
  if (base.note) selection.notes.push(base.note);
  const results: FileResult[] = [];
  const mode = {
    ...(base.texts ? { baseTexts: base.texts } : {}),
    ...suppressionMode(applied, workspace, selection),
    // Findings on a template only when the change touched it or the criteria they name.
    ...(selection.mode === "changed" ? { scope: { paths: [], changed: selection.files } } : {}),
  };
  const { notices, errors, warnings, ...outcome } = lintFiles(prepared, files, mode, (result) => results.push(result));
  const suppressed = outcome.suppressions;
  for (const notice of notices) core.info(notice);
  // Which schema each group of files got, when it was a guess or several applied (as the CLI says it).
  for (const line of schemaGroupLines(prepared, files)) core.info(line);
  selection.notes.push(...suppressionNotes(applied, suppressed));
  if (suppressed) core.info(`${suppressed.suppressed} errors suppressed by ${suppressionsFile}.`);
  const failingFindings =
    inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false;

  // The reports that need no API come first: nothing after this may lose a finding.
  let sarifPath = "";
  let resultsPath = "";
  if (inputs.sarifFile) {
    const written = writeSarifFile(workspace, inputs.sarifFile, results);
    if ("path" in written) sarifPath = written.path;
    else problems.push(written.problem);
  }
  // The results file and the suggestions share the findings with their fixes' whole lines.
  const findings =
    inputs.resultsFile || inputs.suggestions ? resultsOf(workspace, event, selection, files, results) : undefined;
  if (inputs.resultsFile && findings) {
    const written = writeResultsFile(workspace, inputs.resultsFile, findings);
    if ("path" in written) resultsPath = written.path;
    else problems.push(written.problem);
  }
  if (inputs.annotations !== "none" && errors + warnings > MAX_ANNOTATIONS) {
    selection.notes.push(
      `Annotations show at most ${MAX_ANNOTATIONS.toLocaleString("en")} of the ${(errors + warnings).toLocaleString("en")} findings, errors first; this page lists more, and the SARIF file (\`sarif-file\`) up to 25,000.`,
    );
  }
  const serverUrl = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const summaryMeta = {
    repoUrl: `${serverUrl}/${event.owner}/${event.repo}`,
    sha: selection.headSha,
    filesLinted: files.length,
    mode: selection.mode,
    notes: selection.notes,
    problems,
  };
  if (inputs.summary) await writeJobSummary(renderSummary(results, { ...summaryMeta, limit: SUMMARY_BYTE_LIMIT }));
  core.setOutput("sarif-file", sarifPath);
  core.setOutput("results-file", resultsPath);
  core.setOutput("error-count", errors);
  core.setOutput("warning-count", warnings);
  core.setOutput("files-linted", files.length);
  for (const problem of problems) core.error(describeProblem(problem), { title: PROBLEM_TITLE });

  // Then the ones that need the API; each failure there is a warning.
  const failing = failingFindings || problems.length > 0;
  const { app } = await annotate(octokit, {
    mode: inputs.annotations,
    event,
    headSha: selection.headSha,
    results,
    conclusion: failing ? "failure" : errors + warnings > 0 ? "neutral" : "success",
    summary: () => renderSummary(results, { ...summaryMeta, limit: CHECK_SUMMARY_BYTES }),
    problems: problems.length,
  });
  if (inputs.comment && selection.pullNumber !== undefined) {
    const body = renderSummary(results, { ...summaryMeta, limit: COMMENT_CHAR_LIMIT - 200 });
    await comment(octokit, event, selection.pullNumber, body, app);
  }
  if (inputs.suggestions && findings && selection.pullNumber !== undefined) {
    const patches = selection.patches ?? new Map<string, string>();
    await suggest(
      octokit,
      event,
      selection.pullNumber,
      selection.headSha,
      suggestionsOf(findings.findings),
      patches,
      app,
    );
  }

  if (failing) core.setFailed(failureMessage(inputs, errors, warnings, failingFindings, problems.length));
}

/** The title of each problem's log annotation. */
const PROBLEM_TITLE = "catalog-lint: not every change was linted";
/** The check run's summary: GitHub takes 65,535 characters (the page is cut in bytes, which are never fewer). */
const CHECK_SUMMARY_BYTES = 60_000;

/**
 * The catalog files to lint: every one (workflow_dispatch, schedule,
 * `only-changed: false`), or the changed ones, with what keeps that list from
 * being complete. Which files are catalog files is the run's rule, as in the CLI.
 */
async function filesToLint(
  inputs: ActionInputs,
  workspace: string,
  event: EventInfo,
  octokit: Octokit,
  prepared: PreparedRun,
): Promise<{ selection: FileSelection; files: string[]; problems: RunProblem[] }> {
  const selection = await selectFiles(octokit, event, workspace, inputs.onlyChanged).catch((error: unknown) => {
    if (error instanceof CatalogLintError) throw error;
    throw new CatalogLintError(
      `Could not list the changed files (${describeApiError(error)}), so nothing was linted. Re-run the job; \`only-changed: false\` lints every catalog file without asking the API.`,
    );
  });
  if (selection.mode === "all") {
    const files = selectCatalogFiles(prepared.catalog, []);
    core.info(`Linting all ${files.length} catalog files.`);
    return { selection, files, problems: [...selection.problems, ...lineBreakProblems(files)] };
  }
  const changed = changedCatalogFiles(selection, catalogFileMatcher(prepared.catalog));
  core.info(`Linting ${changed.files.length} changed catalog files (of ${selection.files.length} changed files).`);
  // A changed template, criteria file, manifest or config: the entries it governs too, and why.
  // Named in the summary as escaped text: a changed file's name comes from the pull request.
  const governed = governedFiles(prepared, selection.files, (path) => escapeMarkdown(path));
  for (const path of governed.sources) core.info(`Changed, so the entries it governs are linted too: ${oneLine(path)}`);
  selection.notes.push(...governed.reasons);
  if (governed.sources.length > 0) selection.governing = governed.sources;
  const files = [...new Set([...changed.files, ...governed.files])].sort();
  return { selection, files, problems: [...selection.problems, ...changed.problems] };
}

/**
 * Each changed catalog file's text at the base commit (for
 * `last-update-not-bumped`), read in one `git cat-file --batch`; a note when
 * the checkout does not have the base.
 */
async function baseTextsOf(
  prepared: PreparedRun,
  selection: FileSelection,
  files: readonly string[],
): Promise<{ texts?: Map<string, string>; note?: string }> {
  if (selection.mode !== "changed" || selection.baseSha === undefined || files.length === 0) return {};
  const texts = await baseTexts(prepared, selection.baseSha, files);
  if (texts) return { texts };
  return {
    note: "The base commit is not in the checkout, so `last-update-not-bumped` could not compare entries with it. Use `actions/checkout` with `fetch-depth: 0` to enable it.",
  };
}

function failureMessage(
  inputs: ActionInputs,
  errors: number,
  warnings: number,
  failingFindings: boolean,
  problems: number,
): string {
  const findings = `catalog-lint found ${plural(errors, "error")} and ${plural(warnings, "warning")} (fail-on: ${inputs.failOn}).`;
  const incomplete = `catalog-lint could not lint every change (${plural(problems, "problem")}, listed above and in the job summary).`;
  if (problems === 0) return findings;
  return failingFindings ? `${findings} ${incomplete}` : incomplete;
}
