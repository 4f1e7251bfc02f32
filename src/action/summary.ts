import type { FileResult } from "../diagnostics/diagnostic.js";
import { oneLine } from "../util/errors.js";
import { escapeMarkdown } from "../util/markdown.js";
import { plural } from "../util/text.js";
import { describeProblem, type RunProblem } from "./problems.js";

export { escapeMarkdown };

/** GitHub rejects a step summary over 1 MiB; stay clear of it. */
export const SUMMARY_BYTE_LIMIT = 1_000_000;
/** GitHub's limit for an issue comment body. */
export const COMMENT_CHAR_LIMIT = 65_536;

export interface SummaryMeta {
  /** `https://github.com/owner/repo` (from GITHUB_SERVER_URL). */
  repoUrl: string;
  /** Commit the line links point at. */
  sha: string;
  filesLinted: number;
  mode: "changed" | "all";
  notes: readonly string[];
  /** What kept the run from linting every change (shown first). */
  problems: readonly RunProblem[];
  /** Size budget in bytes (UTF-8). */
  limit: number;
}

function fileLink(meta: SummaryMeta, path: string, line?: number): string {
  // encodeURIComponent keeps `(`, `)`, `!`, `*` and `'`; a `)` would end the markdown link.
  const encode = (part: string) =>
    encodeURIComponent(part).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const encoded = path.split("/").map(encode).join("/");
  return `${meta.repoUrl}/blob/${meta.sha}/${encoded}${line ? `#L${line}` : ""}`;
}

/**
 * The job summary: totals, notes, then every finding grouped by file, each
 * linked to its line and its rule's documentation. Cut at `limit` bytes with
 * a note saying how much was left out.
 */
export function renderSummary(results: readonly FileResult[], meta: SummaryMeta): string {
  const withFindings = results.filter((r) => r.diagnostics.length > 0);
  const all = withFindings.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  const scope = meta.mode === "changed" ? "changed catalog file" : "catalog file";

  const head: string[] = ["## catalog-lint", ""];
  if (meta.problems.length > 0) {
    head.push(`❌ **Not every change was linted** (${plural(meta.problems.length, "problem")}):`, "");
    for (const problem of meta.problems) {
      head.push(`> ❌ ${describeProblem(problem, (file) => escapeMarkdown(oneLine(file)))}`, ">");
    }
    head.pop();
    head.push("");
  }
  if (meta.filesLinted === 0 && meta.problems.length === 0) {
    // A pull request that changes no catalog file passes, and says why nothing was linted.
    head.push(
      meta.mode === "changed"
        ? "✅ No catalog file changed: nothing to lint."
        : "No catalog files found: nothing was linted. Set `paths` (or the config's `include`) to the entries.",
    );
  } else if (all.length === 0) {
    head.push(
      meta.problems.length > 0
        ? `No findings in the ${plural(meta.filesLinted, scope)} linted.`
        : `✅ No problems in ${plural(meta.filesLinted, scope)}.`,
    );
  } else {
    head.push(
      `**${plural(errors, "error")}** and **${plural(warnings, "warning")}** in ${withFindings.length} of ${plural(meta.filesLinted, scope)}.`,
    );
  }
  for (const note of meta.notes) head.push("", `> ${note}`);
  head.push("");

  let out = head.join("\n");
  let bytes = Buffer.byteLength(out);
  let shown = 0;
  const reserve = 400; // room for the "not shown" note
  outer: for (const result of withFindings) {
    const section = [
      `### [${escapeMarkdown(result.filePath)}](${fileLink(meta, result.filePath)})`,
      "",
      "| Line | Severity | Finding | Rule |",
      "| --- | --- | --- | --- |",
      "",
    ].join("\n");
    const sectionBytes = Buffer.byteLength(section);
    if (bytes + sectionBytes + reserve > meta.limit) break;
    let block = section.slice(0, -1);
    let blockBytes = sectionBytes - 1;
    let rows = 0;
    for (const d of result.diagnostics) {
      const { line, column } = d.range.start;
      const severity = d.severity === "error" ? "❌ error" : "⚠️ warning";
      const rule = d.url ? `[${d.ruleId}](${d.url})` : d.ruleId;
      const row = `\n| [${line}:${column}](${fileLink(meta, result.filePath, line)}) | ${severity} | ${escapeMarkdown(d.message)} | ${rule} |`;
      const rowBytes = Buffer.byteLength(row);
      if (bytes + blockBytes + rowBytes + reserve > meta.limit) {
        if (rows > 0) {
          out += `${block}\n\n`;
          bytes += blockBytes + 2;
        }
        break outer;
      }
      block += row;
      blockBytes += rowBytes;
      rows++;
      shown++;
    }
    out += `${block}\n\n`;
    bytes += blockBytes + 2;
  }
  if (shown < all.length) {
    out += `> ${plural(all.length - shown, "more finding is", "more findings are")} not shown here: GitHub limits the size of this page. A local \`npx catalog-lint\` lists them all, and the SARIF file (\`sarif-file\`) up to 25,000.\n`;
  }
  return out;
}
