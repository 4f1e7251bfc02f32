import { oneLine } from "../util/errors.js";

/**
 * Something that leaves the run's answer incomplete: changed catalog files
 * that could not be linted, a list of changes GitHub cut short, a report that
 * could not be written. Each fails the step whatever `fail-on` says: a green
 * check must mean that every changed catalog file was linted.
 */
export interface RunProblem {
  /** What happened and what to do; `{file}` marks where `file` goes. */
  message: string;
  /** A name from the repository or the API: untrusted, escaped wherever it is shown. */
  file?: string;
}

/** The problem as one line of text, the file name shown by `show` (the log's `oneLine`, the summary's markdown escape). */
export function describeProblem(problem: RunProblem, show: (file: string) => string = logName): string {
  const { file } = problem;
  return file === undefined ? problem.message : problem.message.replace("{file}", () => show(file));
}

/** A file name for the log: quoted, its control characters and line breaks as escapes. */
export function logName(file: string): string {
  return `\`${oneLine(file)}\``;
}
