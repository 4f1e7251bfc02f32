import type { FileResult } from "../diagnostics/diagnostic.js";

export interface ReportContext {
  /** Use ANSI colors (decided by the CLI from the TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** Absolute working directory, for formats that need absolute paths. */
  cwd: string;
  /** Warnings beyond --max-warnings, for the summary line. */
  maxWarnings?: number;
}

/** A reporter is a pure function from results to the text to print. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
