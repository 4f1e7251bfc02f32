import type { Entry } from "../model/entry.js";
import { defineRule, type Report } from "../rule-api/define-rule.js";
import { compilePattern } from "../schema/pattern.js";
import type { CatalogSchema, PathsSpec } from "../schema/types.js";
import { plain, quote } from "../util/text.js";

export default defineRule({
  id: "entry-path",
  description:
    "An entry's file and folder names should follow the schema's `paths.file` and `paths.folder`, and equal the front-matter values whose key sets `equalsPath`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    pattern: "Unexpected {{what}} name {{name}}, expected a name matching `{{pattern}}` (schema `paths.{{key}}`)",
    maxLength:
      "Unexpected {{what}} name {{name}} ({{length}} characters), expected at most {{max}} (schema `paths.{{key}}.maxLength`)",
    equalsFolder: "Unexpected `{{key}}: {{value}}` in `{{path}}`, expected the folder name `{{name}}`",
    equalsFile:
      "Unexpected `{{key}}: {{value}}` in `{{path}}`, expected the file name `{{name}}` (without `{{extension}}`)",
  },
  check({ entry, schema, report }) {
    const segments = entry.source.path.split(/[\\/]/);
    const file = segments.at(-1) ?? "";
    // The folder is known from the path as shown: a file given without one (run inside its
    // folder, or from stdin) has no folder name to check.
    const folder = segments.length > 1 ? (segments.at(-2) ?? "") : "";
    // The file's own extension is not part of its name: `.md`, or `.mdx` in an Astro or Docusaurus collection.
    const extension = /\.mdx?$/i.exec(file)?.[0] ?? ".md";
    const stem = file.endsWith(extension) ? file.slice(0, -extension.length) : file;
    checkEqualsPath(entry, schema.schema, { file: stem, folder, extension }, report);
    const paths = schema.schema.paths;
    if (!paths?.file && !paths?.folder) return;
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

/**
 * `equalsPath`: a front-matter value that must repeat the entry's folder or file name
 * (explore's `topic: react` in `topics/react/index.md`). Reported at the value; no fix,
 * since either the value or the path may be the mistake.
 */
function checkEqualsPath(
  entry: Entry,
  schema: CatalogSchema,
  names: { file: string; folder: string; extension: string },
  report: (report: Report) => void,
): void {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  if (!frontMatter || !data) return;
  for (const [key, spec] of Object.entries(schema.frontMatter?.keys ?? {})) {
    if (!spec.equalsPath || !Object.hasOwn(data, key)) continue;
    const value = data[key];
    // A list or mapping is front-matter-value's finding (type); nothing is front-matter-keys'.
    if (value === null || typeof value === "object") continue;
    const name = names[spec.equalsPath];
    // No folder in the path as shown (a file linted inside its folder, stdin): nothing to compare.
    if (name === "" || name === "." || name === "..") continue;
    if (String(value) === name) continue;
    const range = frontMatter.rangeOf([key]);
    if (!range) continue;
    report({
      messageId: spec.equalsPath === "folder" ? "equalsFolder" : "equalsFile",
      data: {
        key,
        value: plain(String(value)),
        path: plain(entry.source.path),
        what: spec.equalsPath === "folder" ? "folder name" : `file name without \`${names.extension}\``,
        name: plain(name),
        extension: names.extension,
      },
      range,
    });
  }
}
