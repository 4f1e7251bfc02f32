import type { EntrySummary } from "../model/summary.js";
import type { Range } from "../parse/source.js";
import { defineRule, type PeerFilter } from "../rule-api/define-rule.js";
import { plain } from "../util/text.js";

type Section = NonNullable<EntrySummary["sections"]>[number];

export default defineRule({
  id: "same-sections",
  description: "Entries of one folder should have the same `##` sections as most of their siblings",
  category: "structure",
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    missing:
      "Unexpected missing section `## {{name}}`, expected the `##` sections {{count}} of {{total}} entries in `{{folder}}` have, like `{{other}}` (line {{line}})",
    extra:
      "Unexpected section `## {{name}}`, expected only the `##` sections most entries in `{{folder}}` have: {{lacking}} of {{total}} have none, like `{{other}}`",
  },
  check() {
    // Only meaningful across files: see checkCatalog.
  },
  checkCatalog({ entries, report }) {
    const byFolder = new Map<string, EntrySummary[]>();
    for (const entry of entries) {
      if (!entry.sections) continue; // its schema does not ask for catalog.sameSections
      const group = byFolder.get(entry.folder);
      if (group) group.push(entry);
      else byFolder.set(entry.folder, [entry]);
    }
    for (const [folder, unsorted] of byFolder) {
      if (unsorted.length < 2 || !unsorted.some((e) => e.linted)) continue;
      const group = [...unsorted].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
      const total = group.length;
      // Each heading's holders, in the order headings first appear (entries in path order).
      const holders = new Map<string, Array<{ entry: EntrySummary; section: Section }>>();
      for (const entry of group) {
        for (const section of entry.sections ?? []) {
          const list = holders.get(section.name);
          if (list) list.push({ entry, section });
          else holders.set(section.name, [{ entry, section }]);
        }
      }
      // A heading at least half the entries have is expected of all; any other is an extra.
      const expected = new Set([...holders].filter(([, list]) => list.length * 2 >= total).map(([name]) => name));
      for (const entry of group) {
        if (!entry.linted) continue;
        const own = new Map((entry.sections ?? []).map((s) => [s.name, s]));
        for (const name of expected) {
          if (own.has(name)) continue;
          const list = holders.get(name) ?? [];
          const other = list[0] as (typeof list)[number];
          report(entry.filePath, {
            messageId: "missing",
            data: {
              name: plain(name),
              count: list.length,
              total,
              folder: plain(folder),
              other: plain(other.entry.filePath),
              line: other.section.range.start.line,
            },
            range: missingAt(entry, own, other.entry, name),
          });
        }
        for (const section of entry.sections ?? []) {
          if (expected.has(section.name)) continue;
          const having = new Set((holders.get(section.name) ?? []).map((h) => h.entry));
          const lacking = group.filter((e) => !having.has(e));
          report(entry.filePath, {
            messageId: "extra",
            data: {
              name: plain(section.name),
              lacking: lacking.length,
              total,
              folder: plain(folder),
              other: plain((lacking[0] as EntrySummary).filePath),
            },
            range: section.range,
          });
        }
      }
    }
  },
  peerFilter,
});

/**
 * Where a missing section would go: at the last of the entry's own sections
 * that comes before it in the sibling that has it; else at the entry's title;
 * else at the start of the file.
 */
function missingAt(entry: EntrySummary, own: ReadonlyMap<string, Section>, other: EntrySummary, name: string): Range {
  let at: Range | undefined;
  for (const section of other.sections ?? []) {
    if (section.name === name) break;
    at = own.get(section.name)?.range ?? at;
  }
  if (at) return at;
  if (entry.title) return entry.title.range;
  const start = { line: 1, column: 1, offset: 0 };
  return { start, end: start };
}

/** Every peer in the folder of a linted entry whose schema compares sections: the majority needs them all. */
function peerFilter(linted: readonly EntrySummary[]): PeerFilter {
  const folders = new Set(linted.filter((e) => e.sections).map((e) => e.folder));
  return (folder) => folders.has(folder);
}
