import type { Range } from "../parse/source.js";

export type Severity = "error" | "warn";

/** A text edit: replace the characters in `[range[0], range[1])` by `text`. Offsets are into the BOM-less text. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One finding in one file, as every reporter receives it. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  /** Link to the rule's documentation. */
  url?: string;
}

/** The findings of one file, sorted by position then rule. */
export interface FileResult {
  /** Path relative to the working directory, with `/` separators. */
  filePath: string;
  diagnostics: Diagnostic[];
  /** The schema the file was checked against (a preset id, dataset id or path). */
  schema?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

export function countBySeverity(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
