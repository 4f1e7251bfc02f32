import type { SuppressionOutcome } from "../lint/suppressions.js";
import { oneLine } from "../util/errors.js";

/** Files and rules over their allowance named one by one; more are counted. */
const MAX_OVER_SHOWN = 10;

const s = (n: number) => (n === 1 ? "" : "s");
const errors = (n: number) => `${n} error${s(n)}`;
const files = (n: number) => `${n} file${s(n)}`;

/**
 * What the suppressions did, one line each, for stderr after the report:
 * what was written (`--suppress-all`, `--prune-suppressions`), how many
 * errors were suppressed, each file and rule whose errors go beyond the
 * allowance (all of them reported), and the allowance no longer needed.
 */
export function suppressionLines(outcome: SuppressionOutcome, update: "suppress" | "prune" | undefined): string[] {
  const { file, suppressed, over, unused, written } = outcome;
  const lines: string[] = [];
  const state = written ? "written" : "unchanged";
  if (update === "suppress") {
    lines.push(`${errors(suppressed)} in ${files(outcome.files)} suppressed: ${file} ${state}`);
  } else if (update === "prune") {
    lines.push(
      unused.errors > 0
        ? `Pruned ${file}: ${errors(unused.errors)} in ${files(unused.files)} no longer found, dropped`
        : `Nothing to prune in ${file}: every suppressed error is still found`,
    );
  }
  if (update !== "suppress" && suppressed > 0) {
    lines.push(`${errors(suppressed)} in ${files(outcome.files)} suppressed by ${file}`);
  }
  for (const o of over.slice(0, MAX_OVER_SHOWN)) {
    lines.push(
      oneLine(
        `${o.file}: ${o.found - o.allowed} \`${o.rule}\` error${s(o.found - o.allowed)} over the ${o.allowed} suppressed: all ${o.found} are reported, as catalog-lint cannot tell which are new`,
      ),
    );
  }
  if (over.length > MAX_OVER_SHOWN) {
    lines.push(`${over.length - MAX_OVER_SHOWN} more files and rules have more errors than ${file} suppresses`);
  }
  if (update === undefined && unused.errors > 0) {
    lines.push(
      `${errors(unused.errors)} in ${files(unused.files)} that ${file} suppresses ${unused.errors === 1 ? "is" : "are"} no longer found: run catalog-lint --prune-suppressions to drop them`,
    );
  }
  return lines;
}
