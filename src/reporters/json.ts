import { resolve } from "node:path";
import { countBySeverity, type FileResult } from "../diagnostics/diagnostic.js";
import { collect, type StreamingReporter } from "./types.js";

/**
 * ESLint's JSON result format, so existing tooling can read it: one object per
 * file with 1-based positions, `severity` 1 (warning) or 2 (error), and counts.
 */
export const jsonStream: StreamingReporter = ({ cwd }) => {
  let files = 0;
  return {
    // `JSON.stringify(files, null, 2)`, one file at a time.
    file: (result) =>
      `${files++ === 0 ? "[\n" : ",\n"}  ${JSON.stringify(fileJson(result, cwd), null, 2).replaceAll("\n", "\n  ")}`,
    end: () => (files === 0 ? "[]\n" : "\n]\n"),
  };
};

export const json = collect(jsonStream);

function fileJson(result: FileResult, cwd: string) {
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const fixable = (severity: string) => result.diagnostics.filter((d) => d.fix && d.severity === severity).length;
  return {
    filePath: resolve(cwd, result.filePath),
    messages: result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity === "error" ? 2 : 1,
      message: d.message,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      ...(d.fix ? { fix: { range: d.fix.range, text: d.fix.text } } : {}),
    })),
    errorCount: errors,
    warningCount: warnings,
    fatalErrorCount: 0,
    fixableErrorCount: fixable("error"),
    fixableWarningCount: fixable("warn"),
    usedDeprecatedRules: [],
  };
}
