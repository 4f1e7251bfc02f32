import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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

  if (options.paths.length === 0) {
    add(globSync([...(options.include ?? defaultInclude(cwd))], { cwd, ignore, dot: false, onlyFiles: true }));
  }
  for (const path of options.paths) {
    const absolute = resolve(cwd, path);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const dir = relative(cwd, absolute).split("\\").join("/");
        const prefix = dir ? `${escapeGlob(dir)}/` : "";
        // A catalog's root folder means its entries, as if linted from inside it.
        const patterns = options.include ? ["**/*.md"] : defaultInclude(absolute);
        add(
          globSync(
            patterns.map((p) => `${prefix}${p}`),
            { cwd, ignore, onlyFiles: true },
          ),
        );
      } else {
        // An explicit file is linted even if it does not end in .md, but excludes still apply.
        const rel = relative(cwd, absolute).split("\\").join("/");
        if (!isExcluded(rel)) add([rel]);
      }
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches = globSync([path], { cwd, ignore, onlyFiles: true });
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

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, "\\$&");
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
