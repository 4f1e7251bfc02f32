import picomatch from "picomatch";

/** Line breaks as JavaScript's regular expressions see them: `.` matches none of them. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;
const LINE_BREAKS = new RegExp(LINE_BREAK.source, "g");

/**
 * A picomatch matcher for `globs` that reads a line break in a name as an
 * ordinary character. picomatch's `*` is a regular expression whose `.` does
 * not match one (nor, through its `(?=.)`, a name starting with one), so
 * `data/\nevil.md` would pass every `data/*.md` unseen, and a file a pull
 * request names that way would never be linted.
 */
export function globMatcher(
  globs: readonly string[],
  options: picomatch.PicomatchOptions = {},
): (path: string) => boolean {
  const matches = picomatch([...globs], options);
  return (path) => matches(LINE_BREAK.test(path) ? path.replace(LINE_BREAKS, "_") : path);
}
