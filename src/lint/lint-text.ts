import type { FileResult } from "../diagnostics/diagnostic.js";
import filenameRule from "../rules/filename.js";
import { fixPasses, resultOf } from "./fix-files.js";
import { Linter } from "./linter.js";
import { lintOptionsOf, type PreparedRun } from "./run.js";

/** The name a text is shown under when no path is given for it. */
export const STDIN_NAME = "<stdin>";

/** A text to lint as if it were the file at `filePath` (`--stdin --stdin-filename`, the API's `text`). */
export interface TextRequest {
  /**
   * Where the text would be, relative to the run's `cwd` (or absolute): its schema, config
   * overrides and folder. Without one the text is `<stdin>` in `cwd`, whose name is no file's.
   */
  filePath?: string;
  text: string;
  /** Apply every safe fix (or only `fixRules`') to the text; nothing is written. */
  fix?: boolean;
  fixRules?: readonly string[];
}

export interface TextOutcome {
  /** The findings that remain (after the fixes, with `fix`). */
  result: FileResult;
  /** With `fix`: the text with its fixes applied (the same text when there were none), BOM kept. */
  output?: string;
  /** Fixes applied. */
  fixed: number;
  /** One line each: a dataset without a template, and the like. */
  notices: string[];
}

/**
 * Lint a text in place of a file, as a run over that file would: its
 * dataset's schema, the config with its overrides for that path, and the
 * catalog-level rules comparing it with the other entries of its folder (a
 * file at that path on disk is the text's earlier version, never its peer).
 * Nothing is read at `filePath` and nothing is written.
 */
export function lintText(run: PreparedRun, request: TextRequest): TextOutcome {
  const linter = new Linter(lintOptionsOf(run));
  const filePath = request.filePath ?? STDIN_NAME;
  const first = linter.lintFile(filePath, request.text);
  const fixes = request.fix
    ? fixPasses(linter, filePath, first, request.fixRules ? new Set(request.fixRules) : undefined)
    : undefined;
  const last = fixes?.last ?? first;
  const result = resultOf(last);
  linter.checkCatalog([last], [result]);
  // `<stdin>` is no file's name: there is none for the file-name rule to check.
  if (request.filePath === undefined)
    result.diagnostics = result.diagnostics.filter((d) => d.ruleId !== filenameRule.id);
  run.options.schemaStore?.save();
  return {
    result,
    fixed: fixes?.fixed ?? 0,
    notices: linter.notices,
    ...(fixes ? { output: (first.source.bom ? "\uFEFF" : "") + fixes.text } : {}),
  };
}
