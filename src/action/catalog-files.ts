import { LINE_BREAK } from "../files/glob-match.js";
import { plural } from "../util/text.js";
import type { FileSelection } from "./changed-files.js";
import type { RunProblem } from "./problems.js";

/**
 * The changed files that are catalog files (`catalog`: the run's one rule,
 * `catalogFileMatcher`), and what keeps the answer from being complete:
 * changed catalog files the checkout does not have, and names with a line
 * break.
 *
 * A glob's `*` is a regular expression that does not match a line break at
 * the start of a name (picomatch's `(?=.)`), so `data/\nevil.md` would pass
 * every `data/*.md` unseen. Names are matched with each line break read as an
 * ordinary character; a catalog file with one is linted, and fails the step:
 * GitHub's annotations and most tools cannot show such a name, so it should
 * not be merged. A catalog file with a `\` in its name is not linted (on a
 * Windows runner it is a path through other folders) and fails the step too.
 */
export function changedCatalogFiles(
  selection: Pick<FileSelection, "files" | "missing" | "backslashed">,
  catalog: (path: string) => boolean,
): { files: string[]; problems: RunProblem[] } {
  const files = selection.files.filter(catalog);
  const problems = lineBreakProblems(files, "changed catalog file");
  const backslashed = selection.backslashed.filter(catalog);
  if (backslashed[0] !== undefined) {
    problems.push({
      message: `${plural(backslashed.length, "changed catalog file has", "changed catalog files have")} a \`\\\` in the name, such as {file}, which Windows reads as a folder separator, so catalog-lint did not lint ${backslashed.length === 1 ? "it" : "them"}. Rename ${backslashed.length === 1 ? "it" : "them"}.`,
      file: backslashed[0],
    });
  }
  const missing = selection.missing.filter(catalog);
  if (missing[0] !== undefined) {
    problems.push({
      message: `${plural(missing.length, "changed catalog file is", "changed catalog files are")} not in the checkout, such as {file}, so ${missing.length === 1 ? "it was" : "they were"} not linted. Check out the commit that is checked (\`actions/checkout\` does by default); if the change moved on since this run started, the next run lints it.`,
      file: missing[0],
    });
  }
  return { files, problems };
}

/**
 * Catalog files with a line break in the name are linted, and fail the step: GitHub's
 * annotations and most tools cannot show such a name, so it should not be merged.
 */
export function lineBreakProblems(files: readonly string[], noun = "catalog file"): RunProblem[] {
  const withBreak = files.filter((f) => LINE_BREAK.test(f));
  if (withBreak[0] === undefined) return [];
  return [
    {
      message: `${plural(withBreak.length, `${noun} has`, `${noun}s have`)} a line break in the name, such as {file}: GitHub's annotations, globs and most tools cannot show or match such a name. Rename ${withBreak.length === 1 ? "it" : "them"}.`,
      file: withBreak[0],
    },
  ];
}
