import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { Diagnostic, FileResult, Fix } from "../diagnostics/diagnostic.js";
import { writeFailure } from "../files/write/errors.js";
import { writeInside } from "../files/write/inside.js";
import { findingsBySeverity } from "./annotations.js";
import type { EventInfo, FileSelection } from "./changed-files.js";
import type { RunProblem } from "./problems.js";
import {
  MAX_RESULT_FINDINGS,
  RESULTS_SCHEMA_ID,
  RESULTS_VERSION,
  type ResultFinding,
  type Results,
} from "./results-schema.js";

/**
 * Stage 1 of the fork workflow: the results file (`results-file`), which the
 * pull request's unprivileged run uploads as an artifact and a `workflow_run`
 * run in the base repository publishes (`publish`, src/action/publish-results.ts).
 * Every finding, errors first, at most MAX_RESULT_FINDINGS; a fixable one
 * carries its fix, and the whole lines it gives (for a suggestion).
 */
export function resultsOf(
  workspace: string,
  event: EventInfo,
  selection: FileSelection,
  files: readonly string[],
  results: readonly FileResult[],
): Results {
  const all = findingsBySeverity(results);
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(resolve(workspace, file)));
    return texts.get(file);
  };
  const findings = all.slice(0, MAX_RESULT_FINDINGS).map(({ file, diagnostic }) => finding(file, diagnostic, textOf));
  return {
    $schema: RESULTS_SCHEMA_ID,
    version: RESULTS_VERSION,
    tool: { name: "catalog-lint", version: pkg.version },
    repository: `${event.owner}/${event.repo}`,
    pullRequest: selection.pullNumber ?? null,
    headSha: selection.headSha,
    baseSha: selection.baseSha ?? null,
    filesLinted: [...files],
    ...(selection.governing ? { governing: selection.governing } : {}),
    findings,
    findingsLeftOut: all.length - findings.length,
  };
}

/** Write the results file through `writeInside` (never through a link the repository holds); a refusal is a problem of the run. */
export function writeResultsFile(
  workspace: string,
  target: string,
  results: Results,
): { path: string } | { problem: RunProblem } {
  try {
    writeInside(workspace, target, `${JSON.stringify(results)}\n`, "results-file");
    return { path: resolve(workspace, target) };
  } catch (error) {
    const reason = writeFailure(error);
    const advice = /\blink\b/.test(reason)
      ? "The Action never writes through a link the repository holds: remove the link, or point `results-file` elsewhere."
      : "Check the path and that the runner may write there.";
    return { problem: { message: `\`results-file\` was not written ({file}). ${advice}`, file: reason } };
  }
}

function finding(file: string, d: Diagnostic, textOf: (file: string) => string | undefined): ResultFinding {
  const text = d.fix ? textOf(file) : undefined;
  return {
    path: file,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    ruleId: d.ruleId,
    severity: d.severity === "error" ? "error" : "warning",
    message: d.message,
    ...(d.fix ? { fix: { range: d.fix.range, text: d.fix.text, ...linesOf(text, d.fix) } } : {}),
  };
}

function readText(path: string): string | undefined {
  try {
    const text = readFileSync(path, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/**
 * The whole lines a fix touches, with the fix applied: what a ```suggestion
 * block replaces them with. None when the file cannot be read or the fix
 * does not fit in it.
 */
export function linesOf(text: string | undefined, fix: Fix): { lines?: { start: number; end: number; text: string } } {
  const [from, to] = fix.range;
  if (text === undefined || from > to || to > text.length) return {};
  const startOffset = text.lastIndexOf("\n", from - 1) + 1;
  const next = text.indexOf("\n", to);
  const endOffset = next === -1 ? text.length : next;
  const start = countLines(text, startOffset);
  const end = countLines(text, endOffset);
  const fixed = text.slice(startOffset, from) + fix.text + text.slice(to, endOffset);
  return { lines: { start, end, text: fixed.replace(/\r(?=\n|$)/g, "") } };
}

/** The 1-based line of `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
