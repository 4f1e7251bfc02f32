/**
 * Which markdown files of a repository look like catalog entries, and how they
 * fall into catalogs (folders of alike files). Documentation (README,
 * CONTRIBUTING, `docs/`, `.github/`…), templates and configuration are not
 * entries; neither is a folder of one or two files.
 */
import { posix } from "node:path";

/** File names (without `.md` or `.mdx`, any case) that are a repository's documentation. */
const DOCUMENTATION = new Set([
  "readme",
  "contributing",
  "code_of_conduct",
  "code-of-conduct",
  "changelog",
  "changes",
  "history",
  "license",
  "licence",
  "security",
  "support",
  "authors",
  "maintainers",
  "governance",
  "funding",
  "pull_request_template",
  "issue_template",
  "source",
]);

/** Folders whose files are never entries. */
const NOT_ENTRY_FOLDERS = new Set([
  "docs",
  "doc",
  "documentation",
  "node_modules",
  "test",
  "tests",
  "__tests__",
  "spec",
  "config",
  "configuration",
  "criteria",
  "templates",
  "template",
  "dist",
  "build",
  "vendor",
]);

/** A catalog needs at least this many entries to be told from a folder of notes. */
export const MIN_ENTRIES = 3;

/**
 * Why a path is not an entry, or undefined when it may be one. `contentFolders` are top-level
 * folders that hold a site's pages (`docs/` of a Docusaurus site, src/infer/docs-site.ts), not documentation.
 */
export function notEntryReason(path: string, contentFolders: readonly string[] = []): string | undefined {
  const segments = path.split("/");
  const base = (segments.pop() ?? "").replace(/\.mdx?$/i, "");
  const folder = segments.find(
    (s, i) => s.startsWith(".") || (NOT_ENTRY_FOLDERS.has(s.toLowerCase()) && !(i === 0 && contentFolders.includes(s))),
  );
  if (folder !== undefined) return `in \`${folder}/\``;
  if (DOCUMENTATION.has(base.toLowerCase())) return "documentation";
  if (/template/i.test(base)) return "a template";
  return undefined;
}

export interface Cluster {
  /** The glob its entries match (`topics/*\/index.md`, `data/*.md`). */
  glob: string;
  /** Where it sits, for names and messages (`topics`, `data`, `.`). */
  folder: string;
  files: string[];
  /** Files the glob matches that are not entries (a template beside them). */
  exclude: string[];
}

/**
 * `paths` (repository-relative, `/`-separated, sorted) grouped into catalogs:
 * the files of one folder (`data/*.md`), or one file of the same name in
 * each of a folder's subfolders (`topics/<topic>/index.md`).
 */
export function clusterEntries(
  paths: readonly string[],
  contentFolders: readonly string[] = [],
): { clusters: Cluster[]; skipped: Map<string, string> } {
  const skipped = new Map<string, string>();
  const candidates: string[] = [];
  for (const path of paths) {
    const reason = notEntryReason(path, contentFolders);
    if (reason) skipped.set(path, reason);
    else candidates.push(path);
  }
  const byDir = new Map<string, string[]>();
  for (const path of candidates) push(byDir, posix.dirname(path), path);
  // Files alone in their folder, named alike across a parent's subfolders: one entry per subfolder.
  const perSubfolder = new Map<string, string[]>();
  for (const [dir, files] of byDir) {
    if (files.length !== 1 || dir === ".") continue;
    const file = files[0] as string;
    push(perSubfolder, `${posix.dirname(dir)}\0${posix.basename(file)}`, file);
  }
  const clusters: Cluster[] = [];
  const taken = new Set<string>();
  for (const [key, files] of perSubfolder) {
    if (files.length < MIN_ENTRIES) continue;
    const [parent, base] = key.split("\0") as [string, string];
    clusters.push({ glob: join(parent, `*/${base}`), folder: parent, files, exclude: [] });
    for (const f of files) taken.add(f);
  }
  for (const [dir, files] of byDir) {
    if (files.every((f) => taken.has(f))) continue;
    if (files.length < MIN_ENTRIES) {
      for (const f of files) skipped.set(f, `one of ${files.length} files in \`${dir}/\`, too few for a catalog`);
      continue;
    }
    // The entries' own extension: `.mdx` for an Astro or Docusaurus collection, both when mixed.
    const extensions = new Set(files.map(markdownExtension));
    const glob = join(dir, extensions.size === 1 ? `*${[...extensions][0] ?? ".md"}` : "*.{md,mdx}");
    const exclude = paths.filter(
      (p) => posix.dirname(p) === dir && skipped.has(p) && extensions.has(markdownExtension(p)),
    );
    clusters.push({ glob, folder: dir, files, exclude });
  }
  clusters.sort((a, b) => (a.glob < b.glob ? -1 : a.glob > b.glob ? 1 : 0));
  return { clusters, skipped };
}

function join(dir: string, rest: string): string {
  return dir === "." ? rest : `${dir}/${rest}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `.md` or `.mdx` (any case: the glob's `*.md` is what init always wrote), else undefined. */
function markdownExtension(path: string): ".md" | ".mdx" | undefined {
  return /\.mdx$/i.test(path) ? ".mdx" : /\.md$/i.test(path) ? ".md" : undefined;
}
