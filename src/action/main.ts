import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import picomatch from "picomatch";
import { loadConfig } from "../config/load.js";
import { countBySeverity } from "../diagnostics/diagnostic.js";
import { ALWAYS_IGNORED, defaultInclude, discoverFiles } from "../files/discover.js";
import { fileAtRevision } from "../files/git.js";
import { lint } from "../lint.js";
import { sarif } from "../reporters/sarif.js";
import { todayUtc } from "../rules/dates.js";
import { emitCommandAnnotations, publishCheckRun } from "./annotations.js";
import { describeApiError, isPermissionError } from "./api-errors.js";
import { type EventInfo, selectFiles } from "./changed-files.js";
import { upsertStickyComment } from "./comment.js";
import { readEvent } from "./event.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { createOctokit, type Octokit } from "./octokit.js";
import { COMMENT_CHAR_LIMIT, renderSummary, SUMMARY_BYTE_LIMIT } from "./summary.js";

/**
 * The Action: a thin shell over `lint()`. Inputs → which files (the PR's, the
 * push's, or all) → lint → annotations (check run, or workflow commands when
 * the token cannot write) → job summary, comment, SARIF → outputs → exit status.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const event = readEvent();
    const octokit = createOctokit(inputs.token);
    await lintAndReport(inputs, workspace, event, octokit);
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
  const loaded = loadConfig(workspace, inputs.config);
  const include = inputs.paths.length > 0 ? inputs.paths : (loaded.config.include ?? defaultInclude(workspace));
  const exclude = [...ALWAYS_IGNORED, ...(loaded.config.exclude ?? [])];

  const selection = await selectFiles(octokit, event, workspace, inputs.onlyChanged);
  let files: string[];
  if (selection.mode === "all") {
    files = discoverFiles({ cwd: workspace, paths: [], include, exclude });
  } else {
    const isCatalogFile = picomatch(include, { dot: false });
    const isExcluded = picomatch(exclude, { dot: true });
    files = selection.files.filter((f) => isCatalogFile(f) && !isExcluded(f));
  }
  core.info(
    selection.mode === "all"
      ? `Linting all ${files.length} catalog files.`
      : `Linting ${files.length} changed catalog files (of ${selection.files.length} changed files).`,
  );

  const now = process.env.CATALOG_LINT_NOW || todayUtc();
  // Changed entries are compared with the base commit when the checkout has it (last-update-not-bumped).
  const baseSha = selection.mode === "changed" ? selection.baseSha : undefined;
  const baseAvailable = baseSha !== undefined && fileAtRevision(workspace, baseSha, ".") !== undefined;
  if (baseSha !== undefined && !baseAvailable) {
    selection.notes.push(
      "The base commit is not in the checkout, so `last-update-not-bumped` could not compare entries with it. Use `actions/checkout` with `fetch-depth: 0` to enable it.",
    );
  }
  const { results, notices } = lint(files, {
    cwd: workspace,
    config: loaded,
    now,
    ...(inputs.schema ? { schema: inputs.schema } : {}),
    ...(baseAvailable ? { baseText: (path: string) => fileAtRevision(workspace, baseSha, path) } : {}),
  });
  for (const notice of notices) core.info(notice);
  const { errors, warnings } = countBySeverity(results.flatMap((r) => r.diagnostics));
  const failing = inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false;

  const serverUrl = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const summaryMeta = {
    repoUrl: `${serverUrl}/${event.owner}/${event.repo}`,
    sha: selection.headSha,
    filesLinted: files.length,
    mode: selection.mode,
    notes: selection.notes,
  };

  await annotate(inputs, event, octokit, selection.headSha, results, failing, () =>
    renderSummary(results, { ...summaryMeta, limit: 60_000 }),
  );

  if (inputs.summary) {
    await core.summary.addRaw(renderSummary(results, { ...summaryMeta, limit: SUMMARY_BYTE_LIMIT })).write();
  }
  if (inputs.comment && selection.pullNumber !== undefined) {
    try {
      const body = renderSummary(results, { ...summaryMeta, limit: COMMENT_CHAR_LIMIT - 200 });
      const outcome = await upsertStickyComment(octokit, event, selection.pullNumber, body);
      core.info(`Pull request comment ${outcome}.`);
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      core.warning(
        `Skipped the pull request comment: the token cannot write comments here (${describeApiError(error)}).`,
      );
    }
  }
  if (inputs.sarifFile) {
    const target = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, sarif(results, { color: false, cwd: workspace }));
    core.setOutput("sarif-file", target);
  } else core.setOutput("sarif-file", "");

  core.setOutput("error-count", errors);
  core.setOutput("warning-count", warnings);
  core.setOutput("files-linted", files.length);
  if (failing) {
    core.setFailed(
      `catalog-lint found ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} (fail-on: ${inputs.failOn}).`,
    );
  }
}

async function annotate(
  inputs: ActionInputs,
  event: EventInfo,
  octokit: Octokit,
  headSha: string,
  results: Parameters<typeof emitCommandAnnotations>[0],
  failing: boolean,
  checkSummary: () => string,
): Promise<void> {
  if (inputs.annotations === "none") return;
  if (inputs.annotations === "commands") {
    emitCommandAnnotations(results);
    return;
  }
  try {
    const conclusion = failing ? "failure" : results.some((r) => r.diagnostics.length > 0) ? "neutral" : "success";
    const outcome = await publishCheckRun(octokit, event, headSha, results, conclusion, checkSummary());
    core.info(
      `Check run ${outcome.id} carries every finding (${outcome.requests} request${outcome.requests === 1 ? "" : "s"}).`,
    );
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    // Fork pull requests get a read-only token: annotate through the log instead.
    core.warning(
      `Could not create a check run (${describeApiError(error)}); this is expected on pull requests from forks. Findings are reported as annotations and in the job summary instead.`,
    );
    emitCommandAnnotations(results);
  }
}
