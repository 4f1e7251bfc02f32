import type { FileResult } from "../diagnostics/diagnostic.js";
import { plural } from "../util/text.js";

/** Findings at or above which the report ends with a count per rule: fewer are read at a glance. */
export const TALLY_FROM = 20;

/** What a report's last lines say: totals, the files they are in, and the count per rule. */
export class RunTotals {
  errors = 0;
  warnings = 0;
  fixable = 0;
  files = 0;
  filesWithProblems = 0;
  readonly byRule = new Map<string, number>();

  add(result: FileResult): void {
    this.files++;
    if (result.diagnostics.length > 0) this.filesWithProblems++;
    for (const d of result.diagnostics) {
      if (d.severity === "error") this.errors++;
      else this.warnings++;
      if (d.fix) this.fixable++;
      this.byRule.set(d.ruleId, (this.byRule.get(d.ruleId) ?? 0) + 1);
    }
  }

  get problems(): number {
    return this.errors + this.warnings;
  }

  /** "✖ 12 problems (10 errors, 2 warnings) in 5 of 40 files", or "" when there is none. */
  summary(): string {
    if (this.problems === 0) return "";
    const where =
      this.filesWithProblems === this.files
        ? `in ${plural(this.files, "file")}`
        : `in ${this.filesWithProblems} of ${plural(this.files, "file")}`;
    return `✖ ${plural(this.problems, "problem")} (${plural(this.errors, "error")}, ${plural(this.warnings, "warning")}) ${where}`;
  }

  /** The count per rule, most first (then by id), when there are at least TALLY_FROM findings. */
  tally(): Array<[rule: string, count: number]> {
    if (this.problems < TALLY_FROM) return [];
    return [...this.byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}
