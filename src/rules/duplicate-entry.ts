import type { EntrySummary } from "../model/summary.js";
import { defineRule, type PeerFilter } from "../rule-api/define-rule.js";
import { linkTarget } from "../rule-api/links.js";
import { plain } from "../util/text.js";

export default defineRule({
  id: "duplicate-entry",
  description: "Two entries in one folder (dataset) should not have the same name or the same repository",
  category: "structure",
  // A shared repository is sometimes two variants of one project (a model and its
  // "thinking" variant): worth a look, not a failed check.
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    name: "Unexpected entry name `{{name}}`, also used by `{{other}}` (line {{line}}): expected one entry per tool",
    // Never "merge them": variants of one project (Kimi K2 and Kimi K2 Thinking) share a repository.
    repo: "Unexpected repository `{{url}}`, also the repository of `{{other}}` (line {{line}}), expected each entry to have its own; if both are variants of one project, keep both and silence this with `<!-- catalog-lint-disable-next-line duplicate-entry -->` above the line, or with `duplicate-entry: off` for these files in the config's `overrides`",
  },
  check() {
    // Only meaningful across files: see checkCatalog.
  },
  checkCatalog({ entries, report }) {
    const byFolder = new Map<string, EntrySummary[]>();
    for (const entry of entries) {
      const group = byFolder.get(entry.folder);
      if (group) group.push(entry);
      else byFolder.set(entry.folder, [entry]);
    }
    for (const group of byFolder.values()) {
      if (group.length < 2) continue;
      pairs(
        group,
        (e) => (e.title && e.title.name.trim() !== "" ? [{ key: nameKey(e.title.name), range: e.title.range }] : []),
        (entry, at, other, otherAt) =>
          report(entry.filePath, {
            messageId: "name",
            data: { name: plain(entry.title?.name ?? ""), other: other.filePath, line: otherAt.start.line },
            range: at,
          }),
      );
      pairs(
        group,
        (e) =>
          e.repos.flatMap((r) => {
            const key = repoKey(r.url);
            return key ? [{ key, range: r.range, url: r.url }] : [];
          }),
        (entry, at, other, otherAt, url) =>
          report(entry.filePath, {
            messageId: "repo",
            data: { url: plain(url ?? ""), other: other.filePath, line: otherAt.start.line },
            range: at,
          }),
      );
    }
  },
  peerFilter,
});

/** A key of an entry, where it is written, and the repository URL it was made of. */
type Keyed = { key: string; range: EntrySummary["repos"][number]["range"]; url?: string };

/** Report every linted entry that shares a key with another entry, pointing at the first other one. */
function pairs(
  entries: readonly EntrySummary[],
  keys: (e: EntrySummary) => Keyed[],
  onDuplicate: (
    entry: EntrySummary,
    at: Keyed["range"],
    other: EntrySummary,
    otherAt: Keyed["range"],
    url: string | undefined,
  ) => void,
): void {
  const seen = new Map<string, Array<{ entry: EntrySummary; range: Keyed["range"]; url: string | undefined }>>();
  for (const entry of entries) {
    for (const { key, range, url } of keys(entry)) {
      const holders = seen.get(key);
      if (holders) holders.push({ entry, range, url });
      else seen.set(key, [{ entry, range, url }]);
    }
  }
  for (const holders of seen.values()) {
    const files = new Set(holders.map((h) => h.entry.filePath));
    if (files.size < 2) continue; // the same repo twice in one file is not a duplicate entry
    // The first holder in another file: the first one, unless that is this file (then the first elsewhere).
    const first = holders[0] as (typeof holders)[number];
    const firstElsewhere = holders.find((h) => h.entry.filePath !== first.entry.filePath);
    for (const holder of holders) {
      if (!holder.entry.linted) continue;
      const other = holder.entry.filePath !== first.entry.filePath ? first : firstElsewhere;
      if (other) onDuplicate(holder.entry, holder.range, other.entry, other.range, holder.url);
    }
  }
}

/**
 * A peer can only matter if it shares a key with a linted entry of its folder.
 * Each key leaves a trace in the text of any entry that has it: a name is a
 * slice of the title line, and the last path segment of a repository's key is
 * written in its URL. Lowercased, with whitespace taken out (URLs lose tabs
 * and line breaks, values are joined across lines), the text must contain the
 * trace (a comment changes nothing: names keep it as written, values blank it
 * out, so what it splits stays apart). Where the trace cannot be relied on,
 * every peer of the folder is read: for a repository key with no path segment
 * or with a `%` (the URL parser encodes spaces and more) in its last one; and,
 * as a margin, for a trace that is not ASCII (lowercasing depends on context
 * for a final `Σ`, though a title's surroundings keep that context the same).
 */
function peerFilter(linted: readonly EntrySummary[]): PeerFilter {
  const traces = new Map<string, Set<string> | "every peer">();
  for (const entry of linted) {
    const found = traces.get(entry.folder) ?? new Set<string>();
    if (found === "every peer") continue;
    const wanted = tracesOf(entry);
    if (wanted) for (const trace of wanted) found.add(trace);
    // Each trace is looked for in each peer's text: past a few dozen (a pull request changing
    // many entries of a folder), reading every peer costs less than the search, and the search
    // would grow with changed entries × peers.
    traces.set(entry.folder, wanted && found.size <= MAX_TRACES ? found : "every peer");
  }
  return (folder, text) => {
    const wanted = traces.get(folder);
    if (wanted === undefined) return false; // compared within a folder, and no linted entry is in this one
    if (wanted === "every peer") return true;
    const hay = text.toLowerCase().replace(/\s/g, "");
    for (const trace of wanted) if (hay.includes(trace)) return true;
    return false;
  };
}

/** The most traces a peer's text is searched for; with more, every peer of the folder is read. */
const MAX_TRACES = 32;

/** The traces of an entry's keys (see `peerFilter`), or undefined where they cannot be relied on. */
function tracesOf(entry: EntrySummary): string[] | undefined {
  const traces: string[] = [];
  if (entry.title && entry.title.name.trim() !== "") traces.push(nameKey(entry.title.name).replace(/\s/g, ""));
  for (const { url } of entry.repos) {
    const key = repoKey(url);
    if (key === undefined) continue; // not an http(s) URL: it shares no key
    if (!key.includes("/")) return undefined;
    traces.push(key.slice(key.lastIndexOf("/") + 1));
  }
  return traces.every(isTrace) ? traces : undefined;
}

/** A trace `peerFilter` can look for: ASCII, no `%`, not empty. */
function isTrace(text: string): boolean {
  return /^[\x21-\x24\x26-\x7e]+$/.test(text);
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}

/** `https://www.GitHub.com/Org/Repo.git/` and `http://github.com/org/repo` are the same repository. */
export function repoKey(url: string): string | undefined {
  const inner = linkTarget(url);
  const plain = PLAIN_URL.exec(inner);
  if (plain && !/xn--/i.test(inner)) return keyOf(plain[1] as string, plain[2] || "/");
  return parsedRepoKey(inner);
}

/**
 * `https://github.com/org/repo`, as nearly every Repo value is written: no port,
 * credentials, escapes, dot segments, numeric or punycode host. The URL parser
 * would change nothing in these but the host's letter case, so they skip it
 * (`new URL` was a third of this rule's time over 10,000 entries); a property
 * test checks both ways agree.
 */
const PLAIN_URL = /^https?:\/\/((?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*)((?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]*)*)$/;

/** `repoKey` through the WHATWG URL parser, for every other spelling. */
export function parsedRepoKey(url: string): string | undefined {
  // No scheme, no URL (`None (proprietary service)`): said without the parser's exception.
  if (!url.includes(":")) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  return keyOf(parsed.hostname, parsed.pathname);
}

function keyOf(hostname: string, pathname: string): string {
  const host = hostname.toLowerCase().replace(/^www\./, "");
  const path = pathname
    .replace(/\/+$/, "")
    .replace(/\.git$/i, "")
    .toLowerCase();
  return `${host}${path}`;
}
