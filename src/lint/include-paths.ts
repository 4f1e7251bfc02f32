import { lstatSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { isDynamicPattern } from "tinyglobby";
import { escapeGlob, patternBelow } from "../files/discover.js";
import { CatalogLintError } from "../util/errors.js";
import { relativePosix } from "../util/paths.js";

/**
 * The Action's `paths` items as `include` globs, read as the CLI reads its
 * paths: an existing folder (`topics`, `topics/`, `.`) means the markdown
 * files below it (`topics/**\/*.md`), an existing file means itself (its name
 * escaped, so `a(1).md` is not read as a pattern), and anything else must be
 * a glob, kept as written. A path that is none of these would match nothing
 * and pass every pull request unseen, so it is an input error.
 */
export function includeOfPaths(cwd: string, items: readonly string[]): string[] {
  return items.map((item) => {
    const absolute = resolve(cwd, item);
    const kind = pathKind(absolute);
    const rel = relativePosix(cwd, absolute);
    if (kind === "folder") return patternBelow(rel, "**/*.{md,mdx}");
    // A link to nothing is named too: the linter reports it as such.
    if (kind === "file") return escapeGlob(rel);
    if (isDynamicPattern(item)) return item;
    throw new CatalogLintError(
      `Input \`paths\` names \`${item}\`, which is not a folder or file in the workspace, nor a glob: name an existing folder (for the markdown files below it), a file, or a glob such as \`<folder>/**/*.md\``,
    );
  });
}

function pathKind(absolute: string): "folder" | "file" | undefined {
  try {
    return statSync(absolute).isDirectory() ? "folder" : "file";
  } catch {
    try {
      lstatSync(absolute);
      return "file";
    } catch {
      return undefined;
    }
  }
}
