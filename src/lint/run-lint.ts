import type { FileResult } from "../diagnostics/diagnostic.js";
import { changedSince, filesAtRevisionSync } from "../files/git.js";
import { selectCatalogFiles } from "../files/select-files.js";
import { fixFiles } from "./fix-files.js";
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

/** What the CLI asks of a whole run, besides `RunOptions`. */
export interface FileRequest extends Omit<LintMode, "baseTexts"> {
  /** Files, folders or globs; none means every catalog file. */
  paths: readonly string[];
  /** `--changed-since <ref>`: only the files changed since the merge base with `ref`, compared with it. */
  changedSince?: string;
  /** `--fix` writes the fixes; `--fix-dry-run` only computes them, with each file's diff. */
  fix?: "write" | "dry-run";
}

/**
 * The whole run in one call (the CLI's, src/lint/run.ts has the steps):
 * config → the catalog files `paths` name (the changed ones, with
 * `changedSince`) → their texts at the merge base, from one
 * `git cat-file --batch` → lint, or fix.
 */
export function runLint(options: RunOptions, request: FileRequest, emit: (result: FileResult) => void): RunOutcome {
  const run = prepareRun(options);
  const { paths, changedSince: ref, fix, ...mode } = request;
  let files: string[];
  let baseTexts: ReadonlyMap<string, string> | undefined;
  if (ref === undefined) files = selectCatalogFiles(run.catalog, paths);
  else {
    const changed = changedSince(options.cwd, ref);
    files = selectCatalogFiles(run.catalog, paths, changed.files);
    const texts =
      files.length > 0 ? filesAtRevisionSync(options.cwd, changed.base, files, maxBaseBytes(run)) : undefined;
    // Without them (a base git cannot read), each file is compared with nothing: as a new file.
    baseTexts = texts ?? new Map();
  }
  const withBase = baseTexts ? { ...mode, baseTexts } : mode;
  return fix ? fixRun(run, files, fix, withBase, emit) : lintFiles(run, files, withBase, emit);
}

/** `--fix` (write) or `--fix-dry-run`: fix, re-lint until nothing changes, hand over what remains. */
function fixRun(
  run: PreparedRun,
  files: readonly string[],
  fix: "write" | "dry-run",
  mode: LintMode,
  emit: (result: FileResult) => void,
): RunOutcome {
  // The diff only for a dry run: --fix never pays for one.
  const done = fixFiles(files, lintOptionsOf(run, mode.baseTexts), { write: fix === "write", diff: fix === "dry-run" });
  const changed = done.results.filter((r) => r.output !== undefined);
  const { counts, counted } = counting(emit);
  for (const result of done.results) counted(result);
  run.options.schemaStore?.save();
  return {
    files: files.length,
    ...counts,
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
