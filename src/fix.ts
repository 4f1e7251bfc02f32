import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { compareStrings, type FileResult } from "./diagnostics/diagnostic.js";
import { applyFixes } from "./diagnostics/fix.js";
import { CatalogLintError } from "./errors.js";
import { Linter, type LintOptions } from "./lint.js";

/** Passes per file: a fix can make another applicable (overlaps wait a pass), but never loops forever. */
const MAX_PASSES = 10;

export interface FixedFile extends FileResult {
  /** Findings fixed in this file. */
  fixed: number;
  /** The fixed text (BOM-less) when it differs from the original. */
  output?: string;
  /** Unified diff of the change (for --fix-dry-run). */
  diff?: string;
}

export interface FixRun {
  results: FixedFile[];
  notices: string[];
}

/**
 * Apply every fix, re-linting after each pass until nothing changes; the
 * results are the findings that remain. With `write`, each changed file is
 * replaced atomically (a temp file in the same folder, then rename), keeping
 * its BOM and permissions; bytes outside fixed ranges are never touched.
 */
export function fixFiles(files: readonly string[], options: LintOptions, write: boolean): FixRun {
  const linter = new Linter(options);
  const results = files.map((file): FixedFile => {
    let linted = linter.lintFile(file);
    const original = linted.source;
    let text = original.text;
    let fixed = 0;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const { text: next, applied } = applyFixes(text, linted.diagnostics);
      if (applied.length === 0 || next === text) break;
      fixed += applied.length;
      text = next;
      linted = linter.lintFile(file, text);
    }
    const { source: _source, summary: _summary, directives: _directives, ...result } = linted;
    if (text === original.text) return { ...result, fixed };
    const absolute = resolve(options.cwd, file);
    if (write) writeAtomically(absolute, (original.bom ? "\uFEFF" : "") + text);
    return {
      ...result,
      fixed,
      output: text,
      diff: unifiedDiff(result.filePath, original.text, text),
    };
  });
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: linter.notices };
}

function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${process.pid}.${Date.now()}.catalog-lint.tmp`);
  try {
    const { mode } = statSync(path);
    writeFileSync(temp, text, { flag: "wx" });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CatalogLintError(`Cannot write the fixed ${path}: ${(error as Error).message}; the file is unchanged`);
  }
}

/** A git-style unified diff (`--- a/x`, `+++ b/x`, hunks). */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, "")
    .replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
