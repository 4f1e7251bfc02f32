import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import type { Diagnostic, FileResult } from "../diagnostics/diagnostic.js";
import { ruleDocUrl, rulesMeta } from "../rules/index.js";
import { CatalogLintError, oneLine } from "../util/errors.js";
import { plural } from "../util/text.js";
import { describeApiError } from "./api-errors.js";
import { type EventInfo, listPullRequestFiles } from "./changed-files.js";
import type { ActionInputs } from "./inputs.js";
import { writeJobSummary } from "./local-reports.js";
import type { Octokit } from "./octokit.js";
import { annotate, comment } from "./publish.js";
import { type ResultFinding, type Results, resultsSchema } from "./results-schema.js";
import { suggest, suggestionsOf } from "./suggestions.js";
import { COMMENT_CHAR_LIMIT, escapeMarkdown, renderSummary, SUMMARY_BYTE_LIMIT } from "./summary.js";

/**
 * Stage 2 of the fork workflow (`publish`): on a `workflow_run` `completed`
 * event in the base repository, with a token that may write checks, publish
 * the results file that the pull request's own, unprivileged run wrote. The
 * file comes from the pull request, so it is untrusted input: read within a
 * size bound, validated strictly, and believed in nothing it could lie
 * about. The commit is the event's `workflow_run.head_sha`; the pull request
 * is the one GitHub says has that head; only findings on files it changes are
 * kept; every text is neutralised. Any doubt fails the step before the first
 * write: nothing is published from a bad file. Nothing is linted and no code
 * of the pull request runs.
 */

/** The largest results file read: 25,000 findings of a few hundred bytes each fit many times over. */
export const MAX_RESULTS_BYTES = 16 * 1024 * 1024;

interface WorkflowRun {
  event?: unknown;
  head_sha?: unknown;
  head_branch?: unknown;
  head_repository?: { full_name?: unknown; owner?: { login?: unknown } } | null;
  pull_requests?: Array<{ number?: unknown; head?: { sha?: unknown } }> | null;
}

interface PullRequestFound {
  number: number;
  headSha: string;
  baseSha: string;
}

export async function publishResults(
  inputs: ActionInputs & { publish: string },
  workspace: string,
  event: EventInfo,
  octokit: Octokit,
): Promise<void> {
  if (event.eventName !== "workflow_run") {
    throw new CatalogLintError(
      `Input \`publish\` is for a \`workflow_run\` event, and this run is for \`${oneLine(event.eventName)}\`: run it in a workflow \`on: workflow_run\` (README, "Pull requests from forks"), or remove \`publish\`.`,
    );
  }
  const run = (event.payload.workflow_run ?? {}) as WorkflowRun;
  if (event.payload.action !== "completed") {
    core.info(`The workflow run is \`${oneLine(String(event.payload.action))}\`, not completed: nothing to publish.`);
    return;
  }
  if (run.event !== "pull_request") {
    core.info(`The workflow run was for \`${oneLine(String(run.event))}\`, not a pull request: nothing to publish.`);
    return;
  }
  const headRepo = run.head_repository?.full_name;
  if (typeof headRepo === "string" && headRepo.toLowerCase() === `${event.owner}/${event.repo}`.toLowerCase()) {
    // Its own run had a token that writes checks, and published them: a second check run would repeat it.
    core.info(
      `The pull request's branch is in ${event.owner}/${event.repo}: its own run published the findings, nothing to publish here.`,
    );
    return;
  }
  const headSha = typeof run.head_sha === "string" && /^[0-9a-f]{40}$/.test(run.head_sha) ? run.head_sha : undefined;
  if (!headSha)
    throw new CatalogLintError(
      "The workflow_run event names no head commit (workflow_run.head_sha): nothing was published.",
    );

  const results = readResults(workspace, inputs.publish);
  const refuse = (why: string) =>
    new CatalogLintError(`The results file ${inputs.publish} ${why}, so nothing from it was published.`);
  if (results.headSha !== headSha) {
    throw refuse(
      `is for commit ${results.headSha}, and the workflow run is for ${headSha}: it is not this run's artifact (or it was changed)`,
    );
  }
  if (results.repository.toLowerCase() !== `${event.owner}/${event.repo}`.toLowerCase()) {
    throw refuse(`is for repository ${results.repository}, not ${event.owner}/${event.repo}`);
  }
  const pr = await findPullRequest(octokit, event, run, headSha);
  if (!pr) {
    core.info(`No open pull request of ${event.owner}/${event.repo} has head commit ${headSha}: nothing to publish.`);
    return;
  }
  if (results.pullRequest !== null && results.pullRequest !== pr.number) {
    throw refuse(`is for pull request #${results.pullRequest}, and commit ${headSha} is the head of #${pr.number}`);
  }
  const { files: changed, patches } = await listPullRequestFiles(octokit, event, pr.number);
  const changedSet = new Set(changed);
  // A template, manifest or config the pull request changes governs entries it does not change:
  // their findings are the change's too. Only a file the pull request does change counts.
  const governing = (results.governing ?? []).filter((f) => changedSet.has(f));
  const keepable = governing.length > 0 ? new Set([...changed, ...results.filesLinted]) : changedSet;
  const kept = results.findings.filter((f) => keepable.has(f.path));
  const dropped = results.findings.length - kept.length;
  const linted = results.filesLinted.filter((f) => keepable.has(f));
  const fileResults = toFileResults(linted, kept);
  const notes: string[] = [
    `Published from the pull request's own workflow run (\`workflow_run\`): catalog-lint ${neutralize(results.tool.version)} linted ${plural(linted.length, governing.length > 0 ? "catalog file" : "changed catalog file")}.`,
  ];
  for (const file of governing) {
    notes.push(`${escapeMarkdown(file)} changed, so the entries it governs were linted too.`);
  }
  if (dropped > 0) {
    notes.push(
      `${plural(dropped, "finding")} on files this pull request does not change ${dropped === 1 ? "was" : "were"} left out.`,
    );
    core.warning(
      `${plural(dropped, "finding")} of the results file are on files pull request #${pr.number} does not change: left out.`,
    );
  }
  if (results.findingsLeftOut > 0) {
    notes.push(
      `${plural(results.findingsLeftOut, "more finding")} did not fit in the results file; a local \`npx catalog-lint\` lists them.`,
    );
  }

  const errors = kept.filter((f) => f.severity === "error").length;
  const warnings = kept.length - errors;
  const failing = inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false;
  const serverUrl = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const summaryMeta = {
    repoUrl: `${serverUrl}/${event.owner}/${event.repo}`,
    sha: headSha,
    filesLinted: linted.length,
    mode: "changed" as const,
    notes,
    problems: [],
  };
  if (inputs.summary) await writeJobSummary(renderSummary(fileResults, { ...summaryMeta, limit: SUMMARY_BYTE_LIMIT }));
  core.setOutput("error-count", errors);
  core.setOutput("warning-count", warnings);
  core.setOutput("files-linted", linted.length);
  const { app } = await annotate(octokit, {
    mode: inputs.annotations === "auto" ? "checks" : inputs.annotations,
    event,
    headSha,
    results: fileResults,
    conclusion: failing ? "failure" : errors + warnings > 0 ? "neutral" : "success",
    summary: () => renderSummary(fileResults, { ...summaryMeta, limit: 60_000 }),
    problems: 0,
  });
  if (inputs.comment) {
    const body = renderSummary(fileResults, { ...summaryMeta, limit: COMMENT_CHAR_LIMIT - 200 });
    await comment(octokit, event, pr.number, body, app);
  }
  if (inputs.suggestions) {
    // Only on the pull request's changed files (whose diff they must be in), every text inert.
    const suggestions = suggestionsOf(kept.filter((f) => changedSet.has(f.path))).map((s) => ({
      ...s,
      message: neutralize(s.message),
    }));
    await suggest(octokit, event, pr.number, headSha, suggestions, patches, app);
  }
  core.info(
    `Published ${plural(errors, "error")} and ${plural(warnings, "warning")} for pull request #${pr.number} on ${headSha}.`,
  );
}

/**
 * The file, within MAX_RESULTS_BYTES, parsed and validated. A link, a folder
 * or anything but a regular file is refused: the artifact comes from the
 * pull request.
 */
export function readResults(workspace: string, target: string): Results {
  const path = resolve(workspace, target);
  const fail = (
    why: string,
    what = "Check that the pull request's workflow uploads the file `results-file` writes, and that this workflow downloads it here.",
  ) => new CatalogLintError(`The results file ${target} ${why}, so nothing was published. ${what}`);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let text: string;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw fail("is not a regular file");
    if (stat.size > MAX_RESULTS_BYTES) {
      throw fail(
        `is ${stat.size.toLocaleString("en")} bytes, over the ${MAX_RESULTS_BYTES.toLocaleString("en")} a results file may have`,
        "A results file holds at most 25,000 findings: this one was not written by catalog-lint.",
      );
    }
    const buffer = Buffer.alloc(stat.size + 1);
    let read = 0;
    for (let n = 1; n > 0 && read < buffer.length; read += n)
      n = readSync(fd, buffer, read, buffer.length - read, null);
    if (read > MAX_RESULTS_BYTES)
      throw fail(`is over the ${MAX_RESULTS_BYTES.toLocaleString("en")} bytes a results file may have`);
    text = buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(`is not JSON (${neutralize(oneLine((error as Error).message)).slice(0, 200)})`);
  }
  const parsed = resultsSchema().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the top level";
    throw fail(
      `does not match schema/catalog-lint-results.schema.json (at ${neutralize(oneLine(where)).slice(0, 200)}: ${neutralize(oneLine(issue?.message ?? "invalid")).slice(0, 200)})`,
    );
  }
  return parsed.data;
}

/**
 * The open pull request whose head is `headSha`: the payload's own list
 * (filled for a branch of this repository), else by the head's owner and
 * branch (`pulls.list`: the payload's list is empty for forks), else by
 * commit. Only one whose head is that very commit and whose base is this
 * repository.
 */
async function findPullRequest(
  octokit: Octokit,
  event: EventInfo,
  run: WorkflowRun,
  headSha: string,
): Promise<PullRequestFound | undefined> {
  const repo = { owner: event.owner, repo: event.repo };
  const fullName = `${event.owner}/${event.repo}`.toLowerCase();
  type Listed = {
    number: number;
    state?: string;
    head: { sha: string };
    base: { sha: string; repo?: { full_name?: string } | null };
  };
  const pick = (list: readonly Listed[]): PullRequestFound | undefined => {
    const found = list.find(
      (p) =>
        p.head.sha === headSha &&
        (p.state === undefined || p.state === "open") &&
        (p.base.repo?.full_name === undefined || p.base.repo.full_name.toLowerCase() === fullName),
    );
    return found ? { number: found.number, headSha, baseSha: found.base.sha } : undefined;
  };
  try {
    for (const listed of run.pull_requests ?? []) {
      if (typeof listed.number !== "number" || listed.head?.sha !== headSha) continue;
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: listed.number });
      const found = pick([data as Listed]);
      if (found) return found;
    }
    const owner = run.head_repository?.owner?.login;
    const branch = run.head_branch;
    if (typeof owner === "string" && typeof branch === "string" && owner && branch) {
      const { data } = await octokit.rest.pulls.list({
        ...repo,
        state: "open",
        head: `${owner}:${branch}`,
        per_page: 100,
      });
      const found = pick(data as Listed[]);
      if (found) return found;
    }
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: headSha,
      per_page: 100,
    });
    return pick(data as Listed[]);
  } catch (error) {
    throw new CatalogLintError(
      `Could not find the pull request of commit ${headSha} (${describeApiError(error)}), so nothing was published. Re-run the job.`,
    );
  }
}

function toFileResults(linted: readonly string[], findings: readonly ResultFinding[]): FileResult[] {
  const known = new Set(rulesMeta().map((r) => r.id));
  const byFile = new Map<string, Diagnostic[]>(linted.map((f) => [f, []]));
  for (const f of findings) {
    const diagnostic: Diagnostic = {
      ruleId: f.ruleId,
      severity: f.severity === "error" ? "error" : "warn",
      message: neutralize(f.message),
      // No offsets: the file is not read here, and nothing that publishes uses them.
      range: {
        start: { line: f.line, column: f.column, offset: 0 },
        end: { line: f.endLine, column: f.endColumn, offset: 0 },
      },
      // The link is catalog-lint's own, for a rule it knows: never a URL from the file.
      ...(known.has(f.ruleId) ? { url: ruleDocUrl(f.ruleId) } : {}),
    };
    const list = byFile.get(f.path);
    if (list) list.push(diagnostic);
    else byFile.set(f.path, [diagnostic]);
  }
  return [...byFile].map(([filePath, diagnostics]) => ({ filePath, diagnostics }));
}

/**
 * Text from the results file, made inert wherever it goes (a check-run
 * annotation is plain text, the summary and comment escape markdown again):
 * no line break or control character, no `@mention` (a zero-width space
 * after each `@`), no HTML tag (one after each `<`), no workflow command
 * (`::` split).
 */
export function neutralize(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
      .replace(/@/g, "@\u200b")
      .replace(/</g, "<\u200b")
      .replace(/:(?=:)/g, ":\u200b")
      .replace(/#(?=\d)/g, "#\u200b")
  );
}
