import { toAnnotation } from "../diagnostics/annotation.js";
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
      // The annotation the Action sends for the same finding (src/diagnostics/annotation.ts).
      const a = toAnnotation(pathPrefix + result.filePath, d);
      const properties: [string, string | number][] = [
        ["file", a.path],
        ["line", a.startLine],
        ["endLine", a.endLine],
      ];
      if (a.startColumn !== undefined && a.endColumn !== undefined) {
        properties.push(["col", a.startColumn], ["endColumn", a.endColumn]);
      }
      properties.push(["title", a.title]);
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      out += `::${a.level} ${props}::${escapeData(a.message)}\n`;
    }
    return out;
  },
  end: () => "",
});

export const github = collect(githubStream);
