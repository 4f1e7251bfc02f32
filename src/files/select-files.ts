import {
  ALWAYS_IGNORED,
  type DiscoverOptions,
  defaultCatalog,
  discoverFiles,
  isBelow,
  normalizedPattern,
  notEntryBelow,
  walkedBases,
} from "./discover.js";
import { documentationReason } from "./entries.js";
import { globMatcher } from "./glob-match.js";

/** Which files of a catalog are its entries: what the CLI and the Action both lint. */
export interface CatalogFiles {
  /** The catalog's root (the working directory): patterns and paths are relative to it. */
  cwd: string;
  /** The config's `include` or the Action's `paths`; none means the catalog's default (`defaultInclude`). */
  include?: readonly string[];
  /** The config's `exclude`; `node_modules` and `.git` are always left out. */
  exclude?: readonly string[];
  /** `include` is the catalog's default with no known layout: its documentation is not an entry (src/files/entries.ts). */
  skipDocumentation?: boolean;
  /** The catalog's root when it was named from outside it (`catalog-lint ../other`): its patterns are rewritten relative to `cwd`, and walk only inside its checkout. */
  root?: string;
}

/**
 * The catalog files to lint, by the one rule both shells follow: those
 * `paths` name (files, folders, globs; none means every catalog file), and
 * with `changed`, only the changed ones among them. Changed files with no
 * `paths` are matched by name, as a walk of the catalog would select them
 * (`catalogFileMatcher`), without walking it: a name is all a pull request
 * gives, and whatever is at that path (a folder, a link out of the
 * repository) is the linter's to report, never a reason to skip the file.
 * Sorted, without duplicates.
 */
export function selectCatalogFiles(
  catalog: CatalogFiles,
  paths: readonly string[],
  changed?: readonly string[],
  onIgnored?: DiscoverOptions["onIgnored"],
): string[] {
  if (changed && paths.length === 0) {
    const isCatalogFile = catalogFileMatcher(catalog);
    return [...new Set(changed.filter(isCatalogFile))].sort();
  }
  const found = discoverFiles({
    cwd: catalog.cwd,
    paths,
    ...(catalog.include ? { include: catalog.include } : {}),
    ...(catalog.exclude ? { exclude: catalog.exclude } : {}),
    ...(catalog.skipDocumentation ? { skipDocumentation: true } : {}),
    ...(catalog.root ? { root: catalog.root } : {}),
    ...(onIgnored ? { onIgnored } : {}),
  });
  if (!changed) return found;
  const wanted = new Set(changed);
  return found.filter((file) => wanted.has(file));
}

/**
 * Whether a path (relative to the catalog's root, with `/`) is a catalog
 * file: what `discoverFiles` finds with no paths, asked of one name. It
 * matches an `include` pattern, and neither it nor a folder on its way below
 * the walk's start is excluded (the walk never enters an excluded folder:
 * `exclude: ["**\/drafts/"]` leaves out `data/drafts/x.md`, which the
 * pattern alone does not match), and it is neither a template, nor a page of
 * its folder (`_index.md`), nor, by default, documentation (src/files/entries.ts).
 */
export function catalogFileMatcher(catalog: CatalogFiles): (path: string) => boolean {
  const { cwd } = catalog;
  const defaults = catalog.include ? undefined : defaultCatalog(cwd);
  const patterns = (catalog.include ?? defaults?.include ?? []).map((p) => normalizedPattern(cwd, p));
  const skipDocumentation = catalog.skipDocumentation || defaults?.layout === false;
  const notEntry = notEntryBelow(cwd);
  const matches = globMatcher(patterns);
  const ignored = globMatcher([...ALWAYS_IGNORED, ...(catalog.exclude ?? [])], { dot: true });
  const bases = walkedBases(patterns);
  return (path) => {
    if (!matches(path) || ignored(path) || notEntry(path) !== undefined) return false;
    if (skipDocumentation && documentationReason(path) !== undefined) return false;
    const base = bases.find((b) => isBelow(path, b));
    if (base === undefined) return false;
    // Each folder between the walk's start and the file, as the walk sees it: `datasets/x/`.
    for (let cut = path.indexOf("/", base === "" ? 0 : base.length + 1); cut >= 0; cut = path.indexOf("/", cut + 1)) {
      if (ignored(path.slice(0, cut + 1))) return false;
    }
    return true;
  };
}
