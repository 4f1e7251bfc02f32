import { resolve } from "node:path";
import * as core from "@actions/core";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { writeFailure } from "../files/write/errors.js";
import { writeInside } from "../files/write/inside.js";
import { SARIF_MAX_RESULTS, sarifWithLimit } from "../reporters/sarif.js";
import { rulesMeta } from "../rules/index.js";
import type { RunProblem } from "./problems.js";

/**
 * The reports that need no API, written before any check-run or comment
 * request: a failing or hung API cannot lose them.
 */

/**
 * The SARIF file, at most GitHub's 25,000 results (errors first). Written
 * through `writeInside`: a pull request can commit `catalog-lint.sarif ->
 * ~/.bashrc` or `reports -> /etc`, and the Action never writes through a link
 * the repository holds. A refusal is a problem of the run (the upload step
 * after this one would find no file, or an old one), not the end of it.
 */
export function writeSarifFile(
  workspace: string,
  target: string,
  results: readonly FileResult[],
): { path: string } | { problem: RunProblem } {
  const text = sarifWithLimit(results, { color: false, cwd: workspace, rulesMeta: rulesMeta() }, SARIF_MAX_RESULTS);
  try {
    writeInside(workspace, target, text, "sarif-file");
    return { path: resolve(workspace, target) };
  } catch (error) {
    // The reason names a link's target, which the repository chose: shown escaped, as a file name is.
    const reason = writeFailure(error);
    const advice = /\blink\b/.test(reason)
      ? "The Action never writes through a link the repository holds: remove the link, or point `sarif-file` elsewhere."
      : "Check the path and that the runner may write there.";
    return { problem: { message: `\`sarif-file\` was not written ({file}). ${advice}`, file: reason } };
  }
}

/** The job summary; a failure to write it (a full disk, no GITHUB_STEP_SUMMARY) is a warning. */
export async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(
      `Could not write the job summary (${(error as Error).message}); the findings are in the log annotations and the outputs.`,
    );
  }
}
