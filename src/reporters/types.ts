import type { FileResult } from "../diagnostics/diagnostic.js";

export interface ReportContext {
  /** Use ANSI colors (decided by the CLI from the TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** Absolute working directory, for formats that need absolute paths. */
  cwd: string;
  /** Prepended to file paths by formats that need repository-relative paths (`dir/`). */
  pathPrefix?: string;
}

/** A reporter is a pure function from results to the text to print. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
