import { collect, type StreamingReporter } from "./types.js";

/**
 * Escape a workflow command's data (the text after `::`), exactly as
 * @actions/core's `escapeData`: the runner reads one command per line, so a CR
 * or LF in a message must never reach the output raw.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a workflow command property value, exactly as @actions/core's `escapeProperty`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * GitHub Actions workflow commands: one `::error` / `::warning` annotation
 * per finding, in input order. File names and messages (which quote entry
 * text) are escaped, so they can never start a command of their own. Paths
 * are made repository-relative with `pathPrefix` (the CLI sets it when run in
 * a subfolder of GITHUB_WORKSPACE), as annotations need.
 */
export const githubStream: StreamingReporter = ({ pathPrefix = "" }) => ({
  file(result) {
    let out = "";
    for (const d of result.diagnostics) {
      const { start, end } = d.range;
      const properties: [string, string | number][] = [
        ["file", pathPrefix + result.filePath],
        ["line", start.line],
        ["endLine", end.line],
      ];
      // GitHub ignores columns on annotations that span several lines.
      if (start.line === end.line) properties.push(["col", start.column], ["endColumn", end.column]);
      properties.push(["title", d.ruleId]);
      const command = d.severity === "error" ? "error" : "warning";
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      out += `::${command} ${props}::${escapeData(d.message)}\n`;
    }
    return out;
  },
  end: () => "",
});

export const github = collect(githubStream);
