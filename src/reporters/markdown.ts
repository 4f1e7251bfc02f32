import { escapeMarkdown } from "../util/markdown.js";
import { RunTotals } from "./summary-line.js";
import { collect, type StreamingReporter } from "./types.js";

/**
 * `--format markdown`: a table per file with findings (for a pull request
 * comment, an issue, a job summary written by a script), then the totals and,
 * with many findings, the count per rule. Entry text is escaped as the
 * Action's job summary escapes it (src/util/markdown.ts): it renders as text,
 * never as a link, HTML or a mention.
 */
export const markdownStream: StreamingReporter = () => {
  const totals = new RunTotals();
  return {
    file(result) {
      totals.add(result);
      if (result.diagnostics.length === 0) return "";
      let out = `### ${escapeMarkdown(result.filePath)}\n\n| Line | Severity | Finding | Rule |\n| --- | --- | --- | --- |\n`;
      for (const d of result.diagnostics) {
        const rule = d.url ? `[${escapeMarkdown(d.ruleId)}](${d.url})` : escapeMarkdown(d.ruleId);
        out += `| ${d.range.start.line}:${d.range.start.column} | ${d.severity === "error" ? "error" : "warning"} | ${escapeMarkdown(d.message)} | ${rule} |\n`;
      }
      return `${out}\n`;
    },
    end() {
      const summary = totals.summary();
      if (summary === "") return `No problems in ${totals.files === 1 ? "1 file" : `${totals.files} files`}.\n`;
      let out = `**${summary}**\n`;
      const tally = totals.tally();
      if (tally.length > 0) {
        out += "\n| Rule | Findings |\n| --- | ---: |\n";
        for (const [rule, count] of tally) out += `| ${escapeMarkdown(rule)} | ${count} |\n`;
      }
      if (totals.fixable > 0)
        out += `\n${totals.fixable === 1 ? "1 problem is" : `${totals.fixable} problems are`} potentially fixable with \`--fix\`.\n`;
      return out;
    },
  };
};

export const markdown = collect(markdownStream);
