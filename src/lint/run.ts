import { cacheLocation, LintCache } from "../cache/results-cache.js";
import { foreignConfigFile, type LoadedConfig, loadConfig, loadForeignConfig } from "../config/load.js";
import { untrustedMaxFileSize } from "../config/schema.js";
import { countBySeverity, type FileResult } from "../diagnostics/diagnostic.js";
import { defaultCatalog, repositoryRoot } from "../files/discover.js";
import { filesAtRevision } from "../files/git.js";
import type { CatalogFiles } from "../files/select-files.js";
import { DEFAULT_MAX_FILE_SIZE } from "../parse/limits.js";
import type { SchemaStore } from "../schema/store.js";
import { includeOfPaths } from "./include-paths.js";
import type { LintOptions } from "./linter.js";
import { lintStreaming } from "./parallel.js";
import type { RunScope } from "./scope.js";
import { type SuppressionMode, type SuppressionOutcome, Suppressor } from "./suppressions.js";

/**
 * The run both shells call (ESLint's `lintFiles`, markdownlint-cli2's
 * `main()`): options → config → which files → their base revision → lint →
 * results, sorted by file, line, column and rule. The CLI (src/cli/main.ts)
 * only reads argv and writes the report and exit code; the Action
 * (src/action/main.ts) only reads its inputs and event and writes its
 * reports. The Action calls the steps one by one, as it waits for the API
 * (which files changed) and reads base texts as git streams them; the CLI
 * calls `runLint` (src/lint/run-lint.ts), which does all of them.
 */

/** What a run is asked, resolved by a shell from its inputs. */
export interface RunOptions {
  /** The catalog's root: the working directory, or the Action's workspace. */
  cwd: string;
  /** `--config` or the `config` input: this file instead of the nearest `.catalog-lintrc.*`. */
  configFile?: string;
  /**
   * The config is a file of a pull request's (the Action's run): it may lower
   * `maxFileSize`, never raise it (six 30 MB entries took 3.6 GB), and the
   * catalog's default patterns are walked only inside the checkout.
   */
  untrustedConfig?: boolean;
  /**
   * The Action's `paths`: folders, files and globs of catalog files in place of the
   * config's `include` (read by `includeOfPaths`: a folder is its markdown files).
   */
  include?: readonly string[];
  /** "Today" as `YYYY-MM-DD`, from `todayFrom` (src/util/dates.ts). */
  now: string;
  /** `--schema` or the `schema` input: one schema for every file. */
  schema?: string;
  /** Dataset schemas built in earlier runs (the installed CLI's, in the user's cache folder). */
  schemaStore?: SchemaStore;
}

/** A run with its config loaded: what choosing files and linting them share. */
export interface PreparedRun {
  options: RunOptions;
  config: LoadedConfig;
  /** Which files are catalog entries (src/files/select-files.ts). */
  catalog: CatalogFiles;
  /** To say before anything is linted: the config asked for more than the run allows. */
  warnings: string[];
}

/**
 * Load the config (with the limits an untrusted one gets) and the rule for
 * which files are entries. `paths` (the command line's) matter only when they
 * are folders of a catalog with a config of its own (`foreignConfigFile`).
 */
export function prepareRun(options: RunOptions, paths: readonly string[] = []): PreparedRun {
  const foreign = options.configFile === undefined ? foreignConfigFile(options.cwd, paths) : undefined;
  let config = foreign ? loadForeignConfig(options.cwd, foreign.path) : loadConfig(options.cwd, options.configFile);
  const warnings: string[] = [];
  if (options.untrustedConfig) {
    const maxFileSize = untrustedMaxFileSize(config.config);
    if (config.config.maxFileSize !== undefined && config.config.maxFileSize > maxFileSize) {
      // Said once, so a maintainer who raised it knows why it has no effect.
      warnings.push(
        `The config's maxFileSize (${config.config.maxFileSize} bytes) is above the default, and the Action does not let a repository's config raise it: files over ${maxFileSize} bytes are reported, not read.`,
      );
    }
    config = { ...config, config: { ...config.config, maxFileSize } };
  }
  const given =
    options.include && options.include.length > 0
      ? includeOfPaths(options.cwd, options.include)
      : config.config.include;
  // An untrusted run walks its default patterns as it walks given ones: only inside the
  // checkout (`discoverFiles` checks given ones), so `datasets -> /` is refused, never searched.
  const defaults = given === undefined && options.untrustedConfig ? defaultCatalog(options.cwd) : undefined;
  const include = given ?? defaults?.include;
  const catalog: CatalogFiles = {
    cwd: options.cwd,
    ...(include ? { include } : {}),
    ...(defaults?.layout === false ? { skipDocumentation: true } : {}),
    ...(config.config.exclude ? { exclude: config.config.exclude } : {}),
    ...(foreign?.path ? { root: config.dir } : {}),
  };
  return { options, config, catalog, warnings };
}

/** The largest base text kept: the linter refuses a larger one, as it refuses a larger file. */
export function maxBaseBytes(run: PreparedRun): number {
  return run.config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/**
 * Each of `files` at `revision`, from one `git cat-file --batch` read as it
 * streams (the Action's pull request base); undefined when the checkout does
 * not have that commit.
 */
export function baseTexts(
  run: PreparedRun,
  revision: string,
  files: readonly string[],
): Promise<Map<string, string> | undefined> {
  return filesAtRevision(run.options.cwd, revision, files, maxBaseBytes(run));
}

/** How `lintFiles` lints. */
export interface LintMode {
  /** Every catalog file is linted (no paths, no `--changed-since`): rules need no peers from elsewhere. */
  wholeCatalog?: boolean;
  /** Each file's text at the base revision, by path (for `last-update-not-bumped`). */
  baseTexts?: ReadonlyMap<string, string>;
  /** `--cache`: reuse results of unchanged files, kept at `location` (default under node_modules/.cache). */
  cache?: { location?: string };
  /** The bundle to start worker threads from (the installed CLI); without it, one thread. */
  workerScript?: URL;
  /** Bulk suppressions to apply (src/lint/suppressions.ts), when there is a suppressions file or one is written. */
  suppressions?: SuppressionMode;
  /**
   * What a partial run was asked about (src/lint/scope.ts): findings on a template are
   * reported only when it covers the template or the criteria file they name. None: all are.
   */
  scope?: RunScope;
}

/** What a run leaves besides the results it handed over. */
export interface RunOutcome {
  files: number;
  errors: number;
  warnings: number;
  /** One line each, after the report: datasets without a template, files not fixed, a cache not saved. */
  notices: string[];
  /**
   * Which schema each group of files gets, one line each, when worth saying
   * (src/lint/schema-groups.ts): printed before the notices, not with `--quiet`.
   */
  schemas?: string[];
  /** With `--fix` or `--fix-dry-run`: what was (or would be) fixed, and a dry run's diffs, in file order. */
  fixed?: { problems: number; files: number; remaining: number; notFixed: number; diffs: string[] };
  /** With suppressions: what they hid, what goes beyond them, what is unused. */
  suppressions?: SuppressionOutcome;
}

/** The linter's options for a prepared run, comparing with `baseTexts` when given. */
export function lintOptionsOf(
  run: PreparedRun,
  baseTexts?: ReadonlyMap<string, string>,
  wholeCatalog = false,
  scope?: RunScope,
): LintOptions {
  const { cwd, now, schema, schemaStore } = run.options;
  return {
    cwd,
    config: run.config,
    now,
    ...(schemaStore ? { schemaStore } : {}),
    ...(schema ? { schema } : {}),
    ...(baseTexts ? { baseText: (path: string) => baseTexts.get(path) } : {}),
    // A run over every catalog file has no peer outside its files' folders: the catalog is not walked again.
    ...(wholeCatalog ? {} : { catalog: run.catalog }),
    ...(scope ? { scope } : {}),
  };
}

/**
 * `emit`, counting the errors and warnings it is handed, after taking out
 * what the suppressions allow (neither reported nor counted); `outcome()` is
 * what they did, for the run's outcome.
 */
export function counting(emit: (result: FileResult) => void, suppressions?: { mode: SuppressionMode; cwd: string }) {
  const counts = { errors: 0, warnings: 0 };
  const suppressor = suppressions ? new Suppressor(suppressions.mode, suppressions.cwd) : undefined;
  const counted = (found: FileResult) => {
    const result = suppressor ? suppressor.filter(found) : found;
    const severities = countBySeverity(result.diagnostics);
    counts.errors += severities.errors;
    counts.warnings += severities.warnings;
    emit(result);
  };
  const outcome = (): { suppressions?: SuppressionOutcome } =>
    suppressor ? { suppressions: suppressor.outcome() } : {};
  return { counts, counted, outcome };
}

/**
 * Lint `files` (relative to the catalog's root), handing each result to
 * `emit` in file order, each final when handed over (a 100,000-file run
 * never holds its whole report). `--fix` is `runLint`'s (src/lint/run-lint.ts):
 * the Action never fixes, and its bundle is spared the diff library.
 */
export function lintFiles(
  run: PreparedRun,
  files: readonly string[],
  mode: LintMode,
  emit: (result: FileResult) => void,
): RunOutcome {
  const { cwd } = run.options;
  const options = lintOptionsOf(run, mode.baseTexts, mode.wholeCatalog, mode.scope);
  const { counts, counted, outcome } = counting(emit, mode.suppressions ? { mode: mode.suppressions, cwd } : undefined);
  const cache = mode.cache ? new LintCache(cacheLocation(cwd, mode.cache.location), repositoryRoot(cwd)) : undefined;
  const { notices } = lintStreaming(files, cache ? { ...options, cache } : options, mode.workerScript, counted);
  const unsaved = cache?.save();
  if (unsaved) notices.push(unsaved.problem);
  run.options.schemaStore?.save();
  return { files: files.length, ...counts, notices, ...outcome() };
}
