import { resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { compareStrings, type Diagnostic, type FileResult } from "../diagnostics/diagnostic.js";
import { applyFixes } from "../diagnostics/fix.js";
import { repositoryRoot } from "../files/discover.js";
import { CHANGED_WHILE_RUNNING, type FileToFix, readForFix, refusalToWrite, writeFixed } from "../files/write/fix.js";
import type { SourceFile } from "../parse/source.js";
import { oneLine } from "../util/errors.js";
import { isMismatched, type LintedFile, Linter, type LintOptions } from "./linter.js";

/** Passes per file: a fix can make another applicable (overlaps wait a pass), but never loops forever. */
const MAX_PASSES = 10;

/**
 * Changed lines beyond which `--fix-dry-run` prints a note instead of a
 * file's diff: a diff that long is not read anyway. jsdiff's Myers diff
 * costs up to the two texts' lines times the changed lines (a 60,000-comment
 * file was still diffing after 43 minutes), so for a long file the bound is
 * lower: at most MAX_DIFF_WORK line steps, about a second at worst. Counts,
 * not a timeout: the same input always prints the same.
 */
export const MAX_DIFF_EDITS = 2_000;
const MAX_DIFF_WORK = 50_000_000;

export interface FixOptions {
  /** Write the fixed files (`--fix`); without it nothing is written (`--fix-dry-run`). */
  write: boolean;
  /** Give each changed file's unified diff (`--fix-dry-run`); `--fix` never computes one. */
  diff: boolean;
  /**
   * `--fix-rule`: apply only these rules' fixes (ESLint's `--fix-type`, by
   * rule); the other findings are reported as found. Every rule's when absent.
   */
  rules?: ReadonlySet<string>;
}

export interface FixedFile extends FileResult {
  /** Findings fixed in this file (0 when it was not written). */
  fixed: number;
  /** The fixed text (BOM-less) when it differs from the original and was (or, dry, would be) written. */
  output?: string;
  /** Unified diff of the change, when asked for and small enough. */
  diff?: string;
  /**
   * Why the file was not (or would not be) fixed, when it had fixes: its
   * findings are then those of the file as it is, fixable ones included.
   */
  notFixed?: string;
}

export interface FixRun {
  results: FixedFile[];
  /** One line each: files not fixed and why (warnings), diffs not shown, and the linter's notices. */
  notices: string[];
}

/**
 * Apply every fix, re-linting after each pass until nothing changes; the
 * results are the findings that remain, the catalog-level ones
 * (`duplicate-entry`) included, as a lint of the files after the run would
 * give them. With `write`, each changed file is written by `writeFixed`
 * (replaced atomically, or rewritten in place when it has hard links; its
 * BOM, mode and links kept; never over an edit made while catalog-lint ran,
 * nor a write-protected file); a file
 * that could not be written keeps all its findings and is named in a
 * notice. Bytes outside fixed ranges are never touched.
 */
export function fixFiles(files: readonly string[], options: LintOptions, fix: FixOptions): FixRun {
  const linter = new Linter(options);
  const run: FixContext = { linter, options, fix, root: repositoryRoot(options.cwd), notices: [] };
  const done = files.map((file) => fixFile(run, file));
  const results: FileResult[] = done.map((d) => d.result);
  // Compared as the files now are (or, dry, would be): each one's last lint, without its text.
  linter.checkCatalog(
    done.map(({ linted: { source: _source, ...rest } }) => rest),
    results,
  );
  // A file that is no entry (a dataset's template, see otherFileResults) gets findings, never fixes.
  const fixedFiles = results.map((r): FixedFile => ("fixed" in r ? (r as FixedFile) : { ...r, fixed: 0 }));
  fixedFiles.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results: fixedFiles, notices: [...run.notices, ...linter.notices] };
}

interface FixContext {
  linter: Linter;
  options: LintOptions;
  fix: FixOptions;
  root: string;
  notices: string[];
}

/** One file fixed (or not, and why): its result, and the lint of the text it now has. */
function fixFile(run: FixContext, file: string): { result: FixedFile; linted: LintedFile } {
  const { linter, options, fix, notices } = run;
  const first = linter.lintFile(file);
  const asItIs = { result: { ...resultOf(first), fixed: 0 }, linted: first };
  if (!fixable(first.diagnostics, fix.rules).some((d) => d.fix)) return asItIs;
  const { text, fixed, last } = fixPasses(linter, file, first, fix.rules);
  if (text === first.source.text) return asItIs;

  const notFixed = (reason: string) => {
    const verb = fix.write ? "was not fixed" : "would not be fixed";
    notices.push(oneLine(`warning: \`${first.filePath}\` ${verb}: ${reason}`));
    return { ...asItIs, result: { ...asItIs.result, notFixed: reason } };
  };
  const read = readForFix(resolve(options.cwd, file), run.root);
  if ("refused" in read) return notFixed(read.refused);
  const refused = changedSinceLint(read, first.source) ?? refusalToWrite(read);
  if (refused) return notFixed(refused);
  if (fix.write) {
    const failed = writeFixed(read, Buffer.from((first.source.bom ? "\uFEFF" : "") + text));
    if (failed) return notFixed(failed);
  }

  const result: FixedFile = { ...resultOf(last), fixed, output: text };
  if (fix.diff) {
    const maxEdits = diffBound(first.source, last.source);
    const diff = unifiedDiff(result.filePath, first.source.text, text, maxEdits);
    if (diff !== undefined) result.diff = diff;
    else {
      notices.push(
        oneLine(
          `the diff of \`${first.filePath}\` is not shown: it changes more than ${maxEdits} lines; --fix applies it`,
        ),
      );
    }
  }
  return { result, linted: last };
}

/** The findings whose fixes may be applied: those of the chosen rules (`--fix-rule`), else all. */
function fixable(diagnostics: readonly Diagnostic[], rules: ReadonlySet<string> | undefined): readonly Diagnostic[] {
  return rules ? diagnostics.filter((d) => rules.has(d.ruleId)) : diagnostics;
}

/** The passes over one file's text, from its first lint: the fixed text, fixes applied, and the last lint. */
export function fixPasses(
  linter: Linter,
  file: string,
  first: LintedFile,
  rules: ReadonlySet<string> | undefined,
): { text: string; fixed: number; last: LintedFile } {
  let last = first;
  let text = first.source.text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // A file that is plainly no entry of its schema is never fixed: renaming its headings to the
    // schema's (or dropping its comments) would damage a page that was never an entry.
    if (isMismatched(last.diagnostics)) break;
    const { text: next, applied } = applyFixes(text, fixable(last.diagnostics, rules));
    if (applied.length === 0 || next === text) break;
    fixed += applied.length;
    text = next;
    last = linter.lintFile(file, text);
  }
  return { text, fixed, last };
}

/** The file's bytes, read again for the fix, are not the text linted: someone wrote it in between. */
function changedSinceLint(read: FileToFix, linted: SourceFile): string | undefined {
  if (read.bytes.equals(Buffer.from((linted.bom ? "\uFEFF" : "") + linted.text))) return undefined;
  return CHANGED_WHILE_RUNNING;
}

/** A lint's result as reported: without the text, summary and directives the engine keeps. */
export function resultOf(linted: LintedFile): FileResult {
  const { source: _source, summary: _summary, directives: _directives, ...result } = linted;
  return result;
}

/** The changed lines a diff of these two texts may have: MAX_DIFF_EDITS, less for long texts. */
function diffBound(before: SourceFile, after: SourceFile): number {
  const lines = before.lineStarts.length + after.lineStarts.length;
  return Math.max(1, Math.min(MAX_DIFF_EDITS, Math.floor(MAX_DIFF_WORK / lines)));
}

/**
 * A git-style unified diff (`--- a/x`, `+++ b/x`, hunks), or undefined when
 * it would change more than `maxEdits` lines.
 */
export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  maxEdits = MAX_DIFF_EDITS,
): string | undefined {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    maxEditLength: maxEdits,
  });
  return patch?.replace(/^=+\n/, "").replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
