import { plural } from "../util/text.js";
import { RunTotals } from "./summary-line.js";
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
 * The width a report fits in, whatever the terminal: the same text in a log,
 * a file and a terminal (a wider one shows it as is).
 */
export const REPORT_COLUMNS = 100;

/**
 * ESLint's stylish layout: the file, then one `line:col  severity  message
 * rule-id` row per finding, then a summary line. Messages are not padded to
 * the longest one (which made three lines in four wider than 120 columns):
 * rule ids line up where every message that fits allows it, and a message
 * too long for its row is wrapped at spaces below itself, its rule id at the
 * end of its last line, so rows fit REPORT_COLUMNS where the words allow.
 */
export const stylishStream: StreamingReporter = ({ color }) => {
  const paint = (code: keyof typeof codes, text: string) => (color ? `\u001b[${codes[code]}m${text}\u001b[0m` : text);
  const totals = new RunTotals();
  const lines = (out: string[]) => out.map((line) => `${line}\n`).join("");
  return {
    file(result) {
      totals.add(result);
      if (result.diagnostics.length === 0) return "";
      const rows = result.diagnostics.map((d) => ({
        position: `${d.range.start.line}:${d.range.start.column}`,
        severity: d.severity === "error" ? "error" : "warning",
        message: printable(d.message),
        rule: d.ruleId,
      }));
      const positionWidth = Math.max(...rows.map((r) => r.position.length));
      const severityWidth = Math.max(...rows.map((r) => r.severity.length));
      const indent = 2 + positionWidth + 2 + severityWidth + 2;
      const room = REPORT_COLUMNS - indent;
      const fits = (r: (typeof rows)[number]) => r.message.length + 2 + r.rule.length <= room;
      // Rule ids line up after the longest message that fits on its row, as far as every row allows.
      const longestRule = Math.max(...rows.map((r) => r.rule.length));
      const messageWidth = Math.min(
        Math.max(0, ...rows.filter(fits).map((r) => r.message.length)),
        room - 2 - longestRule,
      );
      const out = [paint("underline", defuse(printable(result.filePath)))];
      for (const row of rows) {
        const head = `  ${paint("dim", row.position.padEnd(positionWidth))}  ${paint(row.severity === "error" ? "red" : "yellow", row.severity.padEnd(severityWidth))}  `;
        const rule = paint("dim", row.rule);
        if (fits(row)) {
          out.push(`${head}${row.message.padEnd(messageWidth)}  ${rule}`);
          continue;
        }
        const wrapped = wrap(row.message, room);
        const last = wrapped.length - 1;
        wrapped.forEach((text, i) => {
          const start = i === 0 ? head : " ".repeat(indent);
          if (i < last) out.push(`${start}${text}`);
          else if (text.length + 2 + row.rule.length <= room) out.push(`${start}${text}  ${rule}`);
          else out.push(`${start}${text}`, `${" ".repeat(indent)}${rule}`);
        });
      }
      out.push("");
      return lines(out);
    },
    end() {
      const summary = totals.summary();
      if (summary === "") return "";
      const out = [paint(totals.errors > 0 ? "red" : "yellow", paint("bold", summary))];
      const tally = totals.tally();
      const countWidth = Math.max(0, ...tally.map(([, count]) => String(count).length));
      for (const [rule, count] of tally) out.push(`  ${String(count).padStart(countWidth)}  ${paint("dim", rule)}`);
      if (totals.fixable > 0) {
        out.push(paint("dim", `  ${plural(totals.fixable, "problem")} potentially fixable with \`--fix\`.`));
      }
      return lines(out);
    },
  };
};

export const stylish = collect(stylishStream);

/** Words of `text` in lines of at most `width` characters (a longer word has a line of its own). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  out.push(line);
  return out;
}
