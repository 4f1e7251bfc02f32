import { resolve } from "node:path";
import { isDynamicPattern } from "tinyglobby";
import { isInside } from "../util/paths.js";
import { normalizedPattern } from "./discover.js";
import { globMatcher } from "./glob-match.js";

/**
 * Whether a file (relative to `cwd`, with `/`) is one the command line's `paths` name: the
 * path itself, a folder it is below, or a glob matching it, as `discoverFiles` reads them.
 * Nothing is read: a file the paths name need not be one `discoverFiles` lints (a template).
 */
export function namedPathMatcher(cwd: string, paths: readonly string[]): (file: string) => boolean {
  const globs = paths.filter((path) => isDynamicPattern(path)).map((path) => normalizedPattern(cwd, path));
  const inGlob = globs.length > 0 ? globMatcher(globs) : () => false;
  const named = paths.filter((path) => !isDynamicPattern(path)).map((path) => resolve(cwd, path));
  return (file) => inGlob(file) || named.some((path) => isInside(resolve(cwd, file), path));
}
