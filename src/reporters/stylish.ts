import { countBySeverity } from "../diagnostics/diagnostic.js";
import { plural } from "../util/text.js";
import { collect, type StreamingReporter } from "./types.js";

// Entry text reaches messages and file names; a terminal must never get its control codes.
const CONTROL = /\p{Cc}/gu;
const printable = (text: string) => text.replace(/\s+/g, " ").replace(CONTROL, "\ufffd");

/**
 * A CI runner reads a log line that starts with `::` or `##[` (after spaces) as
 * a workflow command; the file-name line is the only one that could, so such a
 * name is shown as `./::name.md`.
 */
const defuse = (path: string) => (/^\s*(::|##\[)/.test(path) ? `./${path}` : path);

const codes = { red: 31, yellow: 33, dim: 2, bold: 1, underline: 4, green: 32 } as const;

/**
 * ESLint's stylish layout: the file, then one aligned `line:col  severity
 * message  rule-id` row per finding, then a summary line.
 */
export const stylishStream: StreamingReporter = ({ color }) => {
  const paint = (code: keyof typeof codes, text: string) => (color ? `\u001b[${codes[code]}m${text}\u001b[0m` : text);
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const lines = (out: string[]) => out.map((line) => `${line}\n`).join("");
  return {
    file(result) {
      if (result.diagnostics.length === 0) return "";
      const rows = result.diagnostics.map((d) => [
        `${d.range.start.line}:${d.range.start.column}`,
        d.severity === "error" ? "error" : "warning",
        printable(d.message),
        d.ruleId,
      ]);
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
      const out = [paint("underline", defuse(printable(result.filePath)))];
      for (const [position = "", severity = "", message = "", rule = ""] of rows) {
        const sev = severity.padEnd(widths[1] ?? 0);
        out.push(
          `  ${paint("dim", position.padEnd(widths[0] ?? 0))}  ${paint(severity === "error" ? "red" : "yellow", sev)}  ${message.padEnd(widths[2] ?? 0)}  ${paint("dim", rule)}`,
        );
      }
      out.push("");
      const counts = countBySeverity(result.diagnostics);
      errors += counts.errors;
      warnings += counts.warnings;
      fixable += result.diagnostics.filter((d) => d.fix).length;
      return lines(out);
    },
    end() {
      const total = errors + warnings;
      if (total === 0) return "";
      const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
      const out = [paint(errors > 0 ? "red" : "yellow", paint("bold", summary))];
      if (fixable > 0) out.push(paint("dim", `  ${plural(fixable, "problem")} potentially fixable with \`--fix\`.`));
      return lines(out);
    },
  };
};

export const stylish = collect(stylishStream);
