import { existsSync, lstatSync, statSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { fdir } from "fdir";
import picomatch from "picomatch";
import { globSync, isDynamicPattern } from "tinyglobby";
import { CatalogLintError } from "../util/errors.js";
import { isInside, relativePosix, toPosix } from "../util/paths.js";
import { plural } from "../util/text.js";
import { documentationReason, pageReason, templateReason } from "./entries.js";
import { globMatcher } from "./glob-match.js";
import { readManifest } from "./manifest.js";
import { describeRefusal } from "./read-data.js";
import { type Boundary, boundaryAt, checkoutRoot, type Refusal, refusedFolder, repositoryRoot } from "./read-inside.js";
import { isDataTemplate, ultimateTemplateIn } from "./ultimate.js";

export { repositoryRoot } from "./read-inside.js";

/** Never linted, whatever the globs say. */
export const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
/** Markdown entries, and MDX ones (Astro and Docusaurus content collections). */
export const DEFAULT_INCLUDE = ["**/*.md", "**/*.mdx"];

export interface DiscoverOptions {
  cwd: string;
  /** Files, folders or globs from the command line; empty means `include`. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
  /** `include` is the catalog's default with no known layout (see `defaultCatalog`): its documentation is left out. */
  skipDocumentation?: boolean;
  /** The catalog's root, when it is not `cwd` (a catalog named from outside it): `include` walks stay in its checkout. */
  root?: string;
  /** Told of each file named on the command line that is not linted, and why (a template, a section page). */
  onIgnored?: (file: string, reason: string, kind: NotEntry["kind"]) => void;
}

/**
 * Expand command-line paths into a sorted, de-duplicated list of markdown files
 * relative to `cwd`. A folder means the entries below it (those `include`
 * selects; with no `include`, it is a catalog root: `defaultCatalog`); a glob is expanded by
 * the tool (quote it so the shell does not); a missing path is a usage error.
 * Paths are the user's own, wherever they lead; `include` comes from the
 * repository's config, so inside a checkout its walks stay in the checkout
 * (see `includeRefusal`).
 */
export function discoverFiles(options: DiscoverOptions): string[] {
  const cwd = resolve(options.cwd);
  const ignore = [...ALWAYS_IGNORED, ...(options.exclude ?? [])];
  const isExcluded = globMatcher(ignore, { dot: true });
  const found = new Set<string>();
  // A walk never finds a template (the schema resolver's) or a section page, nor, in a catalog
  // with no `include` and no known layout, documentation (relative to the folder walked).
  const notEntry = notEntryBelow(cwd);
  const add = (files: string[], documentationBelow?: string) => {
    for (const f of files) {
      const file = toPosix(f);
      if (notEntry(file) !== undefined) continue;
      if (documentationBelow !== undefined && documentationReason(relativePosix(documentationBelow, join(cwd, file))))
        continue;
      found.add(file);
    }
  };
  const find = (patterns: string[]) => matchingFiles(cwd, patterns, ignore);
  let globDocumentation: boolean | undefined;
  // The files `include` selects, walked once however many folders are named.
  let entries: string[] | undefined;

  if (options.paths.length === 0) {
    if (options.include) {
      checkInclude(cwd, options.root ?? cwd, options.include);
      add(find([...options.include]), options.skipDocumentation ? cwd : undefined);
    } else {
      const catalog = defaultCatalog(cwd);
      add(find(catalog.include), catalog.layout ? undefined : cwd);
    }
  }
  for (const path of options.paths) {
    const absolute = resolve(cwd, path);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const dir = relativePosix(cwd, absolute);
        const prefix = dir ? `${escapeGlob(dir)}/` : "";
        if (options.include) {
          // A folder means the catalog's entries in it (ESLint's `eslint dir/`): what a run
          // with no paths lints, below it. `catalog-lint .` lints what `catalog-lint` does.
          entries ??= find([...options.include]);
          // Compared as absolute paths: `..` holds the working directory's files too.
          const below = entries.filter((file) => isInside(join(cwd, file), absolute));
          if (below.length === 0) checkFolderHasEntries(cwd, path, prefix, ignore, options.include);
          add(below, options.skipDocumentation ? cwd : undefined);
        } else {
          // With no `include`, a folder is a catalog root: its entries, as if linted from inside it.
          const catalog = defaultCatalog(absolute, cwd);
          add(find(catalog.include.map((p) => `${prefix}${p}`)), catalog.layout ? undefined : absolute);
        }
      } else {
        // An explicit file is linted even if it does not end in .md, but excludes still apply;
        // a template (the schema) or a section page is not, and the user is told so.
        const rel = relativePosix(cwd, absolute);
        const ignored = notEntry(rel);
        if (ignored !== undefined) options.onIgnored?.(rel, ignored.reason, ignored.kind);
        else if (!isExcluded(rel)) add([rel]);
      }
      continue;
    }
    if (isLink(absolute)) {
      // A link to nothing: listed, so the linter reports it as such.
      const rel = relativePosix(cwd, absolute);
      if (!isExcluded(rel)) add([rel]);
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches = find([path]);
      if (matches.length === 0)
        throw new CatalogLintError(
          `No files match \`${path}\`; check the pattern (quote it so the shell does not expand it)`,
        );
      // A pattern leaves out documentation as a folder does (`"**/*.md"` is not README's).
      if (!options.include) globDocumentation ??= !defaultCatalog(cwd).layout;
      const documentation = options.include ? options.skipDocumentation : globDocumentation;
      add(matches, documentation ? cwd : undefined);
      continue;
    }
    throw new CatalogLintError(`No such file or folder: ${path}`);
  }
  return [...found].sort();
}

/**
 * A folder named on the command line with no entry under `include` in it: a
 * usage error when it holds markdown files (`catalog-lint docs/` in a
 * catalog whose entries are `topics/*\/index.md`), never a silent pass of
 * files the user meant to lint. A folder with no markdown at all is left to
 * the run's "No catalog files found" when nothing else is linted.
 */
function checkFolderHasEntries(
  cwd: string,
  written: string,
  prefix: string,
  ignore: string[],
  include: readonly string[],
): void {
  const markdown = matchingFiles(cwd, [`${prefix}**/*.{md,mdx}`], ignore);
  if (markdown.length === 0) return;
  const patterns = include.map((p) => `\`${p}\``).join(", ");
  const glob = `${prefix}**/*.md`;
  throw new CatalogLintError(
    `\`${written}\` holds ${plural(markdown.length, "markdown file")}, none of them a catalog entry: the config's \`include\` is ${patterns}. Name the files, or a quoted glob ("${glob}"), to lint them anyway, or add the folder to \`include\``,
  );
}

/** A file no walk takes for an entry, whatever the globs: why, and which kind it is. */
export interface NotEntry {
  reason: string;
  /** A template or criteria file (the schema of the entries), or a page of its folder (`pageReason`). */
  kind: "template" | "page";
}

/** `templatesBelow`, then `pageReason`: why a path relative to `cwd` is never an entry, if it is not. */
export function notEntryBelow(cwd: string): (path: string) => NotEntry | undefined {
  const templateOf = templatesBelow(cwd);
  return (path) => {
    const template = templateOf(path);
    if (template !== undefined) return { reason: template, kind: "template" };
    const page = pageReason(path);
    return page === undefined ? undefined : { reason: page, kind: "page" };
  };
}

/**
 * `templateReason` of a path relative to `cwd`, read as written and from the
 * repository's root (run in `datasets/x/`, `config/x-comparison-template.md`
 * is still dataset `x`'s template).
 */
export function templatesBelow(cwd: string): (path: string) => string | undefined {
  let root: string | undefined;
  return (path) => {
    const reason = templateReason(path);
    if (reason !== undefined) return reason;
    root ??= repositoryRoot(cwd);
    return templateReason(relativePosix(root, join(cwd, path)));
  };
}

/**
 * Files matching `patterns` below `cwd` (the file's own path must match), by one
 * walk of each pattern's base folder (fdir, tinyglobby's walker: tinyglobby
 * itself leaves symbolic links out, and finding them took a second walk and a
 * read of every folder, most of the time of a run answered from the cache).
 * Symbolic links are not followed (one to `/` would have the whole disk
 * searched, one to `.` every entry found twice); those whose own name matches
 * are listed, so the linter can follow them when they stay inside the
 * repository, or report them. Ignored folders are not entered.
 */
function matchingFiles(cwd: string, written: string[], ignore: string[]): string[] {
  const patterns = written.map((p) => normalizedPattern(cwd, p));
  const matches = globMatcher(patterns);
  const ignored = globMatcher(ignore, { dot: true });
  const root = cwd.endsWith(sep) ? cwd : cwd + sep;
  // Relative to cwd, with `/`; a folder keeps its final `/` (as ignore globs expect). Walks may
  // start outside cwd (`catalog-lint ../catalog`), where paths begin with `../`.
  const relativeOf = (path: string) => {
    const inside = path.startsWith(root)
      ? path.slice(root.length)
      : relative(cwd, path) + (path.endsWith(sep) ? sep : "");
    return toPosix(inside);
  };
  const files: string[] = [];
  for (const base of walkedBases(patterns)) {
    const start = join(cwd, base);
    const found = new fdir()
      .withFullPaths()
      // A folder's path ends with a separator, which ignore globs such as `**/node_modules/**` expect.
      .exclude((_name, folder) => ignored(relativeOf(folder)))
      .filter((path, isFolder) => {
        if (isFolder) return false;
        const relative = relativeOf(path);
        // A `data/template.md` is the template of the entries beside it (src/files/ultimate.ts), not one of them.
        return matches(relative) && !ignored(relative) && !isDataTemplate(path);
      })
      .crawl(start)
      .sync();
    for (const path of found) files.push(relativeOf(path));
  }
  return files;
}

/**
 * `pattern` with its base as the walk writes paths: `../datasets/x/data/**\/*.md`
 * run in `datasets/` is `x/data/**\/*.md`, as found paths are relative to cwd.
 */
export function normalizedPattern(cwd: string, pattern: string): string {
  const { base, glob, isGlob } = picomatch.scan(pattern, { unescape: true });
  if (!isGlob || base === "") return pattern;
  const folder = relativePosix(cwd, join(cwd, base));
  return folder === "" ? glob : `${escapeGlob(folder)}/${glob}`;
}

/**
 * The folders to walk for `patterns`: their bases (`datasets` for `datasets/*\/data/**\/*.md`,
 * the folder of a plain path), none inside another.
 */
export function walkedBases(patterns: readonly string[]): string[] {
  const bases = [...new Set(patterns.map(walkBase))].sort();
  return bases.filter((base, i) => !bases.slice(0, i).some((outer) => isBelow(base, outer)));
}

/** Whether `path` (relative to cwd, with `/`) is below the folder `base`: the working directory's walk holds every folder below it, not those above (`../x`). */
export function isBelow(path: string, base: string): boolean {
  return base === "" ? path !== ".." && !path.startsWith("../") : path.startsWith(`${base}/`);
}

/** The folder a pattern's walk starts from: its base (`datasets` for `datasets/*\/data/**\/*.md`), the folder of a plain path. */
function walkBase(pattern: string): string {
  const { base, isGlob } = picomatch.scan(pattern, { unescape: true });
  const folder = isGlob ? base : posix.dirname(base);
  return folder === "." ? "" : folder;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `pattern` (relative to `folder`) relative to the folder `folder` is relative to: `a/*.md` below `../cat` is `../cat/a/*.md`. */
export function patternBelow(folder: string, pattern: string): string {
  if (pattern.startsWith("!")) return `!${patternBelow(folder, pattern.slice(1))}`;
  return posix.join(escapeGlob(folder), pattern);
}

export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, "\\$&");
}

/**
 * With no paths and no `include`: a catalog with a dataset manifest (or the
 * `datasets/<id>/data/` layout) lints its entries only, not its templates and
 * READMEs (`layout`); anything else lints every markdown file but its
 * documentation (src/files/entries.ts). Patterns are relative to
 * `cwd`, the catalog's root; messages show paths relative to `shownFrom`. A
 * manifest that cannot be used is an error, as it is when schemas are
 * resolved: linting every markdown file instead would report templates and
 * READMEs as broken entries.
 */
export function defaultCatalog(cwd: string, shownFrom = cwd): { include: string[]; layout: boolean } {
  const manifest = readManifest(cwd, shownFrom);
  if (manifest) {
    const dirs = manifest.datasets.flatMap((d) => (d.ownsFiles ? d.dataDirs.slice(0, 1) : []));
    for (const dir of dirs) {
      const refusal = refusedFolder(dir.path, manifest.boundary);
      if (refusal) {
        throw new CatalogLintError(
          `${manifest.shown}:${manifest.lineOf(dir.key) ?? 1}: \`${dir.key}\`: found \`${dir.written}\`, ${describeRefusal(refusal, manifest.boundary)}, expected a folder in the repository; catalog-lint did not walk it. Point it to the dataset's folder in the repository`,
        );
      }
    }
    if (dirs.length > 0) {
      const include = dirs.map((d) => {
        const folder = relativePosix(cwd, d.path);
        return folder === "" ? "**/*.md" : `${escapeGlob(folder)}/**/*.md`;
      });
      return { include, layout: true };
    }
  }
  if (globSync(["datasets/*/data"], { cwd, onlyDirectories: true }).length > 0)
    return { include: ["datasets/*/data/**/*.md"], layout: true };
  if (ultimateTemplateIn(join(cwd, "data"))) return { include: ["data/**/*.md"], layout: true };
  return { include: [...DEFAULT_INCLUDE], layout: false };
}

/** `defaultCatalog`'s patterns. */
export function defaultInclude(cwd: string, shownFrom = cwd): string[] {
  return defaultCatalog(cwd, shownFrom).include;
}

/**
 * Why `pattern` (an `include` glob, relative to `cwd`) may not be walked, if
 * it may not: the folder its walk starts from (`../outside` for
 * `../outside/**\/*.md`) must be inside `boundary`, as written and really
 * (not through a linked folder), and outside `.git/`. A pattern is refused
 * whole, never silently narrowed: a run that linted nothing would pass.
 */
export function includeRefusal(cwd: string, pattern: string, boundary: Boundary): Refusal | undefined {
  return refusedFolder(join(cwd, walkBase(normalizedPattern(cwd, pattern))), boundary);
}

/** The error for an `include` pattern `includeRefusal` refused; `where` names the file and key (`rc.json:3: \`include.1\``). */
export function refusedIncludeError(
  where: string,
  pattern: string,
  refusal: Refusal,
  boundary: Boundary,
): CatalogLintError {
  return new CatalogLintError(
    `${where}: found \`${pattern}\`, a pattern whose folder is ${describeRefusal(refusal, boundary)}, expected a pattern inside the repository; catalog-lint did not walk it. Write it relative to the working directory and inside the repository, or name the folder on the command line`,
  );
}

/**
 * `include` walks only inside the checkout (the folder with `.git`) the
 * catalog's root (the working directory, unless the catalog was named from
 * outside it) is in; loadConfig says which line of the config holds a
 * pattern that leaves it, and this catches any other (the Action's `paths`).
 * Outside any checkout (an unpacked archive) there is no repository to keep
 * to: patterns go where they say, above the working directory too.
 */
function checkInclude(cwd: string, root: string, include: readonly string[]): void {
  const checkout = checkoutRoot(root);
  if (checkout === undefined) return;
  const boundary = boundaryAt(checkout);
  for (const pattern of include) {
    const refusal = includeRefusal(cwd, pattern, boundary);
    if (refusal) throw refusedIncludeError("`include`", pattern, refusal, boundary);
  }
}

/** Whether `path` is a folder (or a link to one); false for anything that cannot be stat'ed. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
