import { defineRule } from "../rule-api/define-rule.js";
import { compilePattern } from "../schema/pattern.js";
import type { PathsSpec } from "../schema/types.js";
import { plain, quote } from "../util/text.js";

export default defineRule({
  id: "entry-path",
  description: "An entry's file and folder names should follow the schema's `paths.file` and `paths.folder`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    pattern: "Unexpected {{what}} name {{name}}, expected a name matching `{{pattern}}` (schema `paths.{{key}}`)",
    maxLength:
      "Unexpected {{what}} name {{name}} ({{length}} characters), expected at most {{max}} (schema `paths.{{key}}.maxLength`)",
  },
  check({ entry, schema, report }) {
    const paths = schema.schema.paths;
    if (!paths?.file && !paths?.folder) return;
    const segments = entry.source.path.split(/[\\/]/);
    const file = segments.at(-1) ?? "";
    // The folder is known from the path as shown: a file given without one (run inside its
    // folder, or from stdin) has no folder name to check.
    const folder = segments.length > 1 ? (segments.at(-2) ?? "") : "";
    // The finding is about the path, not a line: a zero-width range at 1:1.
    const start = { line: 1, column: 1, offset: 0 };
    const range = { start, end: start };
    const checks: Array<["file" | "folder", string]> = [["file", file]];
    if (folder !== "" && folder !== "." && folder !== "..") checks.push(["folder", folder]);
    for (const [key, name] of checks) {
      const spec: PathsSpec["file"] = paths[key];
      if (!spec || name === "") continue;
      const data = { what: key, name: quote(name), key };
      const length = [...name].length;
      if (spec.maxLength !== undefined && length > spec.maxLength)
        report({ messageId: "maxLength", data: { ...data, length, max: spec.maxLength }, range });
      if (spec.pattern !== undefined && !compilePattern(spec.pattern).test(name))
        report({ messageId: "pattern", data: { ...data, pattern: plain(spec.pattern) }, range });
    }
  },
});
