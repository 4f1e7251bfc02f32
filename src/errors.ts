/**
 * A fatal problem with the run itself (usage, configuration, unreadable input):
 * the CLI prints the message on one line and exits 2. Messages say what
 * happened, where, and what to do; they never start with "Error:".
 */
export class CatalogLintError extends Error {
  override readonly name = "CatalogLintError";
  constructor(message: string) {
    super(oneLine(message));
  }
}

/**
 * Text from the repository (file names, config keys, dataset ids) on one line:
 * control characters and line separators are written as escapes (`\n`,
 * `\u001b`), so printed to a terminal or a CI log they can neither move the
 * cursor nor start a line of their own (a workflow command such as
 * `::add-mask::`).
 */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) =>
    c === "\n"
      ? "\\n"
      : c === "\r"
        ? "\\r"
        : c === "\t"
          ? "\\t"
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
