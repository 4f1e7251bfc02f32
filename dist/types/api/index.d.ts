/**
 * The programmatic API, `import { lint, lintText, loadConfig } from "catalog-lint"`
 * (dist/api.cjs, for `import` and `require`; types in dist/types/). The same
 * run as the CLI's, without its argv and output: what it would report, as
 * data. Synchronous, as the engine is; one thread. A problem with the run
 * itself (a bad config, a missing path) throws a `CatalogLintError` with the
 * CLI's one-line message.
 */
import type { LintFilesOptions, LintReport, LintTextOptions, LintTextReport, LoadedCatalogLintConfig, RunSettings } from "./types.js";
export { CatalogLintError } from "../util/errors.js";
export type * from "./types.js";
/** Lint the catalog's entries (all of them, or those `paths` name), as `npx catalog-lint` does. */
export declare function lint(options?: LintFilesOptions): LintReport;
/** Lint a text as the file at `filePath` (nothing is read there, nothing written), as `--stdin` does. */
export declare function lintText(text: string, options?: LintTextOptions): LintTextReport;
/** The config a run in `cwd` uses (the nearest `.catalog-lintrc.*`, or `configFile`), checked. */
export declare function loadConfig(options?: Pick<RunSettings, "cwd" | "configFile">): LoadedCatalogLintConfig;
