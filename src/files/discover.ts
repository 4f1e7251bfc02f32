import { existsSync, lstatSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fdir } from "fdir";
import picomatch from "picomatch";
import { globSync, isDynamicPattern } from "tinyglobby";
import { CatalogLintError } from "../errors.js";

/** Never linted, whatever the globs say. */
export const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
export const DEFAULT_INCLUDE = ["**/*.md"];

export interface DiscoverOptions {
  cwd: string;
  /** Files, folders or globs from the command line; empty means `include`. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

/**
 * Expand command-line paths into a sorted, de-duplicated list of markdown files
 * relative to `cwd`. A folder means every `*.md` below it; a glob is expanded by
 * the tool (quote it so the shell does not); a missing path is a usage error.
 */
export function discoverFiles(options: DiscoverOptions): string[] {
  const cwd = resolve(options.cwd);
  const ignore = [...ALWAYS_IGNORED, ...(options.exclude ?? [])];
  const isExcluded = picomatch(ignore, { dot: true });
  const found = new Set<string>();
  const add = (files: string[]) => {
    for (const f of files) found.add(f.split("\\").join("/"));
  };
  const find = (patterns: string[]) => matchingFiles(cwd, patterns, ignore);

  if (options.paths.length === 0) add(find([...(options.include ?? defaultInclude(cwd))]));
  for (const path of options.paths) {
    const absolute = resolve(cwd, path);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const dir = relative(cwd, absolute).split("\\").join("/");
        const prefix = dir ? `${escapeGlob(dir)}/` : "";
        // A catalog's root folder means its entries, as if linted from inside it.
        const patterns = options.include ? ["**/*.md"] : defaultInclude(absolute);
        add(find(patterns.map((p) => `${prefix}${p}`)));
      } else {
        // An explicit file is linted even if it does not end in .md, but excludes still apply.
        const rel = relative(cwd, absolute).split("\\").join("/");
        if (!isExcluded(rel)) add([rel]);
      }
      continue;
    }
    if (isLink(absolute)) {
      // A link to nothing: listed, so the linter reports it as such.
      const rel = relative(cwd, absolute).split("\\").join("/");
      if (!isExcluded(rel)) add([rel]);
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches = find([path]);
      if (matches.length === 0)
        throw new CatalogLintError(
          `No files match \`${path}\`; check the pattern (quote it so the shell does not expand it)`,
        );
      add(matches);
      continue;
    }
    throw new CatalogLintError(`No such file or folder: ${path}`);
  }
  return [...found].sort();
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
  const matches = picomatch(patterns);
  const ignored = picomatch(ignore, { dot: true });
  const root = cwd.endsWith(sep) ? cwd : cwd + sep;
  // Relative to cwd, with `/`; a folder keeps its final `/` (as ignore globs expect). Walks may
  // start outside cwd (`catalog-lint ../catalog`), where paths begin with `../`.
  const relativeOf = (path: string) => {
    const inside = path.startsWith(root)
      ? path.slice(root.length)
      : relative(cwd, path) + (path.endsWith(sep) ? sep : "");
    return inside.split(sep).join("/");
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
        return matches(relative) && !ignored(relative);
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
function normalizedPattern(cwd: string, pattern: string): string {
  const { base, glob, isGlob } = picomatch.scan(pattern, { unescape: true });
  if (!isGlob || base === "") return pattern;
  const folder = relative(cwd, join(cwd, base)).split(sep).join("/");
  return folder === "" ? glob : `${escapeGlob(folder)}/${glob}`;
}

/**
 * The folders to walk for `patterns`: their bases (`datasets` for `datasets/*\/data/**\/*.md`,
 * the folder of a plain path), none inside another.
 */
function walkedBases(patterns: string[]): string[] {
  const baseOf = (pattern: string) => {
    const { base, isGlob } = picomatch.scan(pattern, { unescape: true });
    const folder = isGlob ? base : posix.dirname(base);
    return folder === "." ? "" : folder;
  };
  // The working directory's walk holds every folder below it, not those above (`../x`).
  const within = (base: string, outer: string) =>
    outer === "" ? base !== ".." && !base.startsWith("../") : base.startsWith(`${outer}/`);
  const bases = [...new Set(patterns.map(baseOf))].sort();
  return bases.filter((base, i) => !bases.slice(0, i).some((outer) => within(base, outer)));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, "\\$&");
}

/**
 * The repository the working directory is in (the nearest folder above it
 * with a `.git`), else the working directory itself: catalog files are read
 * only from inside it, whatever a symbolic link says.
 */
export function repositoryRoot(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/**
 * With no paths and no `include`: a catalog with a dataset manifest (or the
 * `datasets/<id>/data/` layout) lints its entries only, not its templates and
 * READMEs; anything else lints every markdown file.
 */
export function defaultInclude(cwd: string): string[] {
  const manifest = join(cwd, "configuration", "datasets.manifest.json");
  if (existsSync(manifest)) {
    try {
      const data = JSON.parse(readFileSync(manifest, "utf8")) as {
        datasets?: Array<{ sources?: { dataDir?: unknown } }>;
      };
      const dirs = (data.datasets ?? [])
        .map((d) => d.sources?.dataDir)
        .filter((d): d is string => typeof d === "string" && !d.includes(".."));
      if (dirs.length > 0) return dirs.map((d) => `${escapeGlob(d.replace(/\/+$/, ""))}/**/*.md`);
    } catch {
      // An unreadable manifest is reported when schemas are resolved; lint everything meanwhile.
    }
  }
  if (globSync(["datasets/*/data"], { cwd, onlyDirectories: true }).length > 0) return ["datasets/*/data/**/*.md"];
  return DEFAULT_INCLUDE;
}

/** Whether `path` is a folder (or a link to one); false for anything that cannot be stat'ed. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
