/**
 * File paths as catalog-lint shows and compares them: native paths in, paths
 * with `/` out (reports, globs, cache keys), and the one containment check
 * every read and write of the repository goes by.
 */
import { dirname, isAbsolute, relative, sep } from "node:path";

/**
 * A native path written with `/`. Only the platform's separator is replaced:
 * on POSIX a `\` is a character of a file name (`a\b.md` is one file, not
 * `a/b.md`), so it stays.
 */
export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** `to` relative to the folder `from`, written with `/` (`""` when they are the same). */
export function relativePosix(from: string, to: string): string {
  return toPosix(relative(from, to));
}

/**
 * Whether `path` is `folder` or below it (both absolute). A name that only
 * starts with two dots (`..notes.md`) is inside: only `..` itself, as a
 * whole segment, leads out.
 */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * `dirname` and `basename` of a resolved absolute path, as string cuts: Node's own
 * validate and normalise, which showed in profiles of 10,000-file runs.
 */
export function folderAndName(absolute: string): [folder: string, name: string] {
  const cut = absolute.lastIndexOf(sep);
  const folder = absolute.slice(0, cut);
  // A file at the root (`/a.md`, `C:\a.md`): dirname knows how a root is written.
  return [folder.includes(sep) ? folder : dirname(absolute), absolute.slice(cut + 1)];
}
