import { globMatcher } from "../files/glob-match.js";
import type { EntrySummary } from "../model/summary.js";
import { defineRule, type PeerFilter } from "../rule-api/define-rule.js";
import { derivedFrom } from "../util/derived.js";
import { plain, quote, quoteList } from "../util/text.js";

export default defineRule({
  id: "folder-files",
  description: "An entry's folder should hold only the files the schema's `paths.onlyFiles` allows",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    stray:
      "Unexpected {{kind}} {{name}} in `{{folder}}`, expected only files matching {{globs}} (schema `paths.onlyFiles`)",
  },
  check() {
    // The folder is listed once per run, beside the other catalog rules: see checkCatalog.
  },
  checkCatalog({ entries, schemaOf, folderFiles, report }) {
    // One finding per stray file: on the first linted entry of its folder (in path order),
    // however many entries the folder holds.
    const first = new Map<string, EntrySummary>();
    for (const entry of entries) {
      if (!entry.linted) continue;
      const known = first.get(entry.folder);
      if (!known || entry.filePath < known.filePath) first.set(entry.folder, entry);
    }
    for (const [folder, entry] of first) {
      const globs = schemaOf(entry.filePath).schema.paths?.onlyFiles;
      if (!globs) continue;
      const names = folderFiles(folder);
      if (!names) continue;
      const allowed = matcherOf(globs);
      const start = { line: 1, column: 1, offset: 0 };
      for (const name of names) {
        if (allowed(name)) continue;
        report(entry.filePath, {
          messageId: "stray",
          data: {
            kind: name.endsWith("/") ? "folder" : "file",
            name: quote(name.replace(/\/$/, "")),
            folder: plain(folder),
            globs: quoteList(globs, 6),
          },
          range: { start, end: start },
        });
      }
    }
  },
  // Findings are made from the linted entries' folders alone: no peer is needed.
  peerFilter: (): PeerFilter => () => false,
});

/** A file name matcher per `onlyFiles` list (the same array for every entry of a schema). */
const matcherOf = derivedFrom((globs: readonly string[]) => globMatcher(globs, { dot: true }));
