/**
 * The programmatic API, `import { lint, lintText, loadConfig } from "catalog-lint"`
 * (dist/api.cjs, for `import` and `require`; types in dist/types/). The same
 * run as the CLI's, without its argv and output: what it would report, as
 * data. Synchronous, as the engine is; one thread. A problem with the run
 * itself (a bad config, a missing path) throws a `CatalogLintError` with the
 * CLI's one-line message.
 */

import { loadConfig as loadConfigFile } from "../config/load.js";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { lintText as lintOneText } from "../lint/lint-text.js";
import { prepareRun, type RunOptions } from "../lint/run.js";
import { runLint } from "../lint/run-lint.js";
import { todayFrom } from "../util/dates.js";
import type {
  LintFilesOptions,
  LintReport,
  LintTextOptions,
  LintTextReport,
  LoadedCatalogLintConfig,
  RunSettings,
} from "./types.js";

export { CatalogLintError } from "../util/errors.js";
export type * from "./types.js";

/** Lint the catalog's entries (all of them, or those `paths` name), as `npx catalog-lint` does. */
export function lint(options: LintFilesOptions = {}): LintReport {
  const results: FileResult[] = [];
  const outcome = runLint(
    runOptions(options),
    { paths: options.paths ?? [], ...(options.catalogFilesOnly ? { catalogFilesOnly: true } : {}) },
    (result) => results.push(result),
  );
  return { results, errorCount: outcome.errors, warningCount: outcome.warnings, notices: outcome.notices };
}

/** Lint a text as the file at `filePath` (nothing is read there, nothing written), as `--stdin` does. */
export function lintText(text: string, options: LintTextOptions = {}): LintTextReport {
  const outcome = lintOneText(prepareRun(runOptions(options)), {
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    text,
    ...(options.fix ? { fix: true } : {}),
    ...(options.fixRules ? { fixRules: options.fixRules } : {}),
  });
  const errorCount = outcome.result.diagnostics.filter((d) => d.severity === "error").length;
  return {
    results: [outcome.result],
    errorCount,
    warningCount: outcome.result.diagnostics.length - errorCount,
    notices: outcome.notices,
    ...(outcome.output !== undefined ? { output: outcome.output } : {}),
  };
}

/** The config a run in `cwd` uses (the nearest `.catalog-lintrc.*`, or `configFile`), checked. */
export function loadConfig(options: Pick<RunSettings, "cwd" | "configFile"> = {}): LoadedCatalogLintConfig {
  return loadConfigFile(options.cwd ?? process.cwd(), options.configFile);
}

function runOptions(settings: RunSettings): RunOptions {
  return {
    cwd: settings.cwd ?? process.cwd(),
    now: todayFrom(process.env, { name: "now", value: settings.now }),
    ...(settings.configFile !== undefined ? { configFile: settings.configFile } : {}),
    ...(settings.schema !== undefined ? { schema: settings.schema } : {}),
  };
}
