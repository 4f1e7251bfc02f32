import { defineRule, type PeerFilter } from "../rule-api/define-rule.js";
import { closestMatch, plain } from "../util/text.js";

/**
 * Why a value cannot name a file of the entry's folder, or undefined. The value
 * comes from a pull request: a value that could reach outside the folder is a
 * finding, never a path looked up.
 */
function unsafeReason(value: string): string | undefined {
  if (value.includes("\0")) return "it holds a NUL character";
  if (value.includes("\\")) return "it holds a `\\`, a folder separator on Windows";
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value)) return "it is an absolute path";
  if (value.split("/").includes("..")) return "it leads out of the folder with `..`";
  if (value.includes("/")) return "it names a path through a folder";
  if (value === ".") return "it names the folder itself";
  return undefined;
}

export default defineRule({
  id: "referenced-file",
  description: "A front-matter value whose key sets `fileExists` should name a regular file beside the entry",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unsafe:
      "Unexpected `{{key}}: {{value}}`, expected the name of a file in the entry's folder `{{folder}}`: {{reason}}",
    missing: "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}`",
    missingSuggest:
      "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}` (did you mean `{{suggestion}}`?)",
    missingCase:
      "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}`: `{{suggestion}}` differs only in case",
    notRegular: "Unexpected `{{key}}: {{value}}`, expected a regular file in `{{folder}}`, found a {{kind}}",
  },
  check() {
    // The folder is listed once per run, beside the other catalog rules: see checkCatalog.
  },
  checkCatalog({ entries, schemaOf, folderFiles, regularFiles, report }) {
    for (const entry of entries) {
      if (!entry.linted || !entry.values || entry.values.length === 0) continue;
      const keys = schemaOf(entry.filePath).schema.frontMatter?.keys ?? {};
      for (const { key, value, range } of entry.values) {
        if (!keys[key]?.fileExists) continue;
        const data = { key, value: plain(value), folder: plain(entry.folder) };
        const reason = unsafeReason(value);
        if (reason) {
          report(entry.filePath, { messageId: "unsafe", data: { ...data, reason }, range });
          continue;
        }
        const regular = regularFiles(entry.folder);
        // A folder that cannot be listed: nothing is known (the entry itself was read, so rare).
        if (!regular || regular.has(value)) continue;
        const listed = folderFiles(entry.folder) ?? [];
        if (listed.includes(`${value}/`) || (listed.includes(value) && !regular.has(value))) {
          const kind = listed.includes(`${value}/`) ? "folder" : "link or special file";
          report(entry.filePath, { messageId: "notRegular", data: { ...data, kind }, range });
          continue;
        }
        const files = [...regular].sort();
        const sameCase = files.find((name) => name.toLowerCase() === value.toLowerCase());
        if (sameCase) {
          report(entry.filePath, { messageId: "missingCase", data: { ...data, suggestion: plain(sameCase) }, range });
          continue;
        }
        const close = closestMatch(value, files)?.match;
        if (close)
          report(entry.filePath, { messageId: "missingSuggest", data: { ...data, suggestion: plain(close) }, range });
        else report(entry.filePath, { messageId: "missing", data, range });
      }
    }
  },
  // Findings are made from the linted entries' own values and folders: no peer is needed.
  peerFilter: (): PeerFilter => () => false,
});
