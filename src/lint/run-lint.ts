import { lstatSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { FileResult } from "../diagnostics/diagnostic.js";
import { defaultCatalog, repositoryRoot } from "../files/discover.js";
import { changedSince, filesAtRevisionSync } from "../files/git.js";
import { catalogFileMatcher, selectCatalogFiles } from "../files/select-files.js";
import {
  formatSuppressions,
  parseSuppressions,
  readSuppressionsText,
  writeSuppressionsFile,
} from "../files/suppressions-file.js";
import { CatalogLintError } from "../util/errors.js";
import { fixFiles } from "./fix-files.js";
import { governedFiles } from "./governed.js";
import {
  counting,
  type LintMode,
  lintFiles,
  lintOptionsOf,
  maxBaseBytes,
  type PreparedRun,
  prepareRun,
  type RunOptions,
  type RunOutcome,
} from "./run.js";
import { schemaGroupLines } from "./schema-groups.js";
import type { RunScope } from "./scope.js";
import type { SuppressionMode } from "./suppressions.js";
import { zeroConfigNotice } from "./zero-config.js";

/** What the CLI asks of a whole run, besides `RunOptions`. */
export interface FileRequest extends Omit<LintMode, "baseTexts" | "suppressions"> {
  /** Files, folders or globs; none means every catalog file. */
  paths: readonly string[];
  /** `--changed-since <ref>`: only the files changed since the merge base with `ref`, compared with it. */
  changedSince?: string;
  /** `--fix` writes the fixes; `--fix-dry-run` only computes them, with each file's diff. */
  fix?: "write" | "dry-run";
  /** `--fix-rule`: fix only these rules' findings (checked ids of fixable rules). */
  fixRules?: readonly string[];
  /** The suppressions file to apply (when it exists), and whether to rewrite it from this run. */
  suppressionsFile?: SuppressionsRequest;
  /**
   * `--catalog-files-only`: of the files `paths` name, only the catalog's
   * entries (`catalogFileMatcher`, what a run with no paths would lint);
   * the others (a README, a CONTRIBUTING.md a hook passes) are skipped silently.
   */
  catalogFilesOnly?: boolean;
}

/** The CLI's suppressions file: where it is, whether the user named it, and `--suppress-*` / `--prune-suppressions`. */
export interface SuppressionsRequest {
  /** Absolute path: `--suppressions-location`, else catalog-lint-suppressions.json in the working directory. */
  location: string;
  /** Named by `--suppressions-location`: then it must exist, unless this run writes it. */
  named: boolean;
  update?: SuppressionMode["update"];
}

/**
 * The whole run in one call (the CLI's, src/lint/run.ts has the steps):
 * config → the catalog files `paths` name (the changed ones, with
 * `changedSince`) → their texts at the merge base, from one
 * `git cat-file --batch` → lint, or fix.
 */
export function runLint(options: RunOptions, request: FileRequest, emit: (result: FileResult) => void): RunOutcome {
  const run = prepareRun(options, request.paths);
  const { paths, changedSince: ref, fix, fixRules, suppressionsFile, catalogFilesOnly, ...mode } = request;
  let files: string[];
  let baseTexts: ReadonlyMap<string, string> | undefined;
  let reasons: string[] = [];
  // Files the command line names that are not linted (templates): said, as ESLint says "File ignored because…".
  // Their findings from the catalog rules (schema-conflict) are reported: the user asked about them.
  const ignored: string[] = [];
  const nonEntries: string[] = [];
  const onIgnored = (file: string, reason: string, kind: "template" | "page") => {
    if (kind === "page") {
      ignored.push(`warning: File ignored because ${reason}, not an entry: ${file}. Name the entries to lint them`);
      return;
    }
    nonEntries.push(file);
    ignored.push(
      `warning: File ignored because ${reason}, not an entry: ${file}. catalog-lint reads it as the schema of the entries, and reports only where the template and the criteria disagree (schema-conflict); name the entries to lint them`,
    );
  };
  let changedFiles: readonly string[] | undefined;
  if (ref === undefined) {
    files = selectCatalogFiles(run.catalog, paths, undefined, onIgnored);
    if (files.length === 0 && ignored.length === 0) throw noFilesError(run, paths);
    // With no schema found, the preset is a guess: said once, or the run stops when it plainly does not fit.
    const guessed = files.length > 0 ? zeroConfigNotice(run, paths, files) : undefined;
    if (guessed) ignored.push(guessed);
  } else {
    const changed = changedSince(options.cwd, ref);
    changedFiles = changed.files;
    files = selectCatalogFiles(run.catalog, paths, changed.files, onIgnored);
    // A changed template, criteria file, manifest or config: the entries it governs too.
    const governed = governedFiles(run, changed.files);
    if (governed.files.length > 0) {
      files = [...new Set([...files, ...selectCatalogFiles(run.catalog, paths, governed.files)])].sort();
    }
    reasons = governed.reasons;
    const texts =
      files.length > 0 ? filesAtRevisionSync(options.cwd, changed.base, files, maxBaseBytes(run)) : undefined;
    // Without them (a base git cannot read), each file is compared with nothing: as a new file.
    baseTexts = texts ?? new Map();
  }
  if (catalogFilesOnly) files = files.filter(catalogFileMatcher(run.catalog));
  const withBase = baseTexts ? { ...mode, baseTexts } : mode;
  // Every catalog file is linted (no paths, or only the working directory): a key of the
  // suppressions file that is none of them names a file gone from the catalog.
  const wholeCatalog = ref === undefined && paths.every((path) => resolve(options.cwd, path) === resolve(options.cwd));
  const suppressed = suppressionsFor(options.cwd, suppressionsFile, wholeCatalog);
  // A partial run reports findings on a template only when it named or changed it (or its criteria).
  const scope = wholeCatalog ? undefined : runScope(run, paths, changedFiles, nonEntries);
  const withSuppressions = {
    ...(suppressed ? { ...withBase, suppressions: suppressed.mode } : withBase),
    ...(wholeCatalog && !catalogFilesOnly ? { wholeCatalog } : {}),
    ...(scope ? { scope } : {}),
  };
  const outcome = fix
    ? fixRun(run, files, { fix, fixRules }, withSuppressions, emit)
    : lintFiles(run, files, withSuppressions, emit);
  outcome.notices.unshift(...ignored, ...reasons);
  const schemas = schemaGroupLines(run, files);
  if (schemas.length > 0) outcome.schemas = schemas;
  const updated = outcome.suppressions?.updated;
  if (suppressed && outcome.suppressions && updated) {
    const text = formatSuppressions(updated);
    outcome.suppressions.written = text !== suppressed.text;
    if (outcome.suppressions.written) writeSuppressionsFile(suppressed.mode.root, suppressed.location, text);
  }
  return outcome;
}

/**
 * What a partial run was asked about (src/lint/scope.ts). A named template or criteria file
 * brings the entries it governs, whose schemas are read (not linted) so that its findings are
 * found though none of them is linted: a walk of the catalog, only when one is named.
 */
function runScope(
  run: PreparedRun,
  paths: readonly string[],
  changed: readonly string[] | undefined,
  nonEntries: readonly string[],
): RunScope {
  const named =
    nonEntries.length > 0 ? { files: nonEntries, governed: governedFiles(run, nonEntries).files } : undefined;
  return { paths, ...(changed ? { changed } : {}), ...(named ? { nonEntries: named } : {}) };
}

/**
 * Nothing to lint is a usage error (exit 2), never a silent pass: what was
 * looked for, where, and what to do (ESLint's "No files matching the pattern").
 */
function noFilesError(run: PreparedRun, paths: readonly string[]): CatalogLintError {
  const { catalog } = run;
  const where = paths.length > 0 ? paths.map((p) => `\`${p}\``).join(", ") : "the working directory";
  const configured = catalog.include !== undefined;
  const defaults = configured ? undefined : defaultCatalog(catalog.cwd);
  const patterns = (catalog.include ?? defaults?.include ?? []).map((p) => `\`${p}\``).join(", ");
  const looked = paths.length > 0 ? "markdown files" : `${patterns}${configured ? " (the config's `include`)" : ""}`;
  const left =
    defaults?.layout === false || catalog.skipDocumentation
      ? "; templates, README, CONTRIBUTING, CODE_OF_CONDUCT, CHANGELOG, LICENSE, SECURITY, `docs/`, `.github/` and dot-folders are not entries"
      : "; templates and criteria are not entries";
  const excluded = catalog.exclude && catalog.exclude.length > 0 ? ", nor files the config's `exclude` leaves out" : "";
  return new CatalogLintError(
    `No catalog files found: looked for ${looked} in ${where}${left}${excluded}. Name the folder of the entries, or set \`include\` in .catalog-lintrc.yaml`,
  );
}

/**
 * The suppressions a run applies: the file's, parsed (an error naming its line
 * when malformed), or none when there is no file at the default place. One
 * stat when there is none: a run that does not use suppressions pays nothing
 * else for them.
 */
function suppressionsFor(
  cwd: string,
  request: SuppressionsRequest | undefined,
  wholeCatalog: boolean,
): { mode: SuppressionMode; location: string; text?: string } | undefined {
  if (!request) return undefined;
  const { location, named, update } = request;
  // The usual case, no file at the default place: this one lstat is all a run pays.
  if (!named && !update && lstatSync(location, { throwIfNoEntry: false }) === undefined) return undefined;
  const root = repositoryRoot(cwd);
  const file = relative(cwd, location).split("\\").join("/") || location;
  const text = readSuppressionsText(location, root, file);
  if (text === undefined) {
    if (update?.kind === "prune") {
      throw new CatalogLintError(
        `--prune-suppressions: there is no suppressions file ${file}; run catalog-lint --suppress-all to write one`,
      );
    }
    if (update === undefined) {
      if (!named) return undefined;
      throw new CatalogLintError(
        `The suppressions file ${file} (--suppressions-location) does not exist; check the path, or run catalog-lint --suppress-all to write it`,
      );
    }
  }
  const allowed = text === undefined ? new Map() : parseSuppressions(text, file);
  const mode: SuppressionMode = { file, allowed, root, wholeCatalog, ...(update ? { update } : {}) };
  return { mode, location, ...(text !== undefined ? { text } : {}) };
}

/** `--fix` (write) or `--fix-dry-run`: fix, re-lint until nothing changes, hand over what remains. */
function fixRun(
  run: PreparedRun,
  files: readonly string[],
  { fix, fixRules }: { fix: "write" | "dry-run"; fixRules: readonly string[] | undefined },
  mode: LintMode,
  emit: (result: FileResult) => void,
): RunOutcome {
  // The diff only for a dry run: --fix never pays for one.
  const done = fixFiles(files, lintOptionsOf(run, mode.baseTexts, mode.wholeCatalog, mode.scope), {
    write: fix === "write",
    diff: fix === "dry-run",
    ...(fixRules ? { rules: new Set(fixRules) } : {}),
  });
  const changed = done.results.filter((r) => r.output !== undefined);
  const { counts, counted, outcome } = counting(
    emit,
    mode.suppressions ? { mode: mode.suppressions, cwd: run.options.cwd } : undefined,
  );
  for (const result of done.results) counted(result);
  run.options.schemaStore?.save();
  return {
    files: files.length,
    ...counts,
    ...outcome(),
    notices: done.notices,
    fixed: {
      problems: changed.reduce((n, r) => n + r.fixed, 0),
      files: changed.length,
      remaining: done.results.reduce((n, r) => n + r.diagnostics.length, 0),
      notFixed: done.results.filter((r) => r.notFixed !== undefined).length,
      diffs: changed.flatMap((r) => (r.diff !== undefined ? [r.diff] : [])),
    },
  };
}
