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
 * Text from the repository (file names, config keys, dataset ids) on one line,
 * and short: control characters and line separators are written as escapes
 * (`\n`, `\u001b`), so printed to a terminal or a CI log they can neither move
 * the cursor nor start a line of their own (a workflow command such as
 * `::add-mask::`); and a long quoted value is cut (see `cutLongQuotes`).
 */
export function oneLine(text: string): string {
  return cutLongQuotes(text).replace(/[\p{Cc}\u2028\u2029]/gu, (c) =>
    c === "\n"
      ? "\\n"
      : c === "\r"
        ? "\\r"
        : c === "\t"
          ? "\\t"
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A quoted value longer than QUOTE_LIMIT characters is cut to its first
 * QUOTE_KEPT: paths and names (under 160 in practice) stay whole.
 */
export const QUOTE_LIMIT = 160;
export const QUOTE_KEPT = 80;
/** Characters of a whole message kept, for text too long that no quotes delimit. */
export const MESSAGE_KEPT = 2000;

/**
 * Messages quote what they found in backticks (`` found `"…"`, expected array ``),
 * and a pull request decides how long that is: a 10 MB config value would be
 * one 10 MB log line (and annotation). A quoted span over QUOTE_LIMIT characters
 * keeps its start, an ellipsis and its length; a message still over
 * MESSAGE_KEPT (a long unquoted path) is cut the same way. Short ones are
 * left as they are. Cuts never split a surrogate pair.
 */
export function cutLongQuotes(text: string): string {
  const quotes = /`([^`]*)`/g;
  const cut =
    text.length <= QUOTE_LIMIT + 2
      ? text
      : text.replace(quotes, (whole, inner: string) =>
          inner.length > QUOTE_LIMIT ? `\`${head(inner, QUOTE_KEPT)}…\` (${count(inner.length)})` : whole,
        );
  return cut.length > MESSAGE_KEPT ? `${head(cut, MESSAGE_KEPT)}… (${count(cut.length)} in all)` : cut;
}

function head(text: string, kept: number): string {
  const code = text.charCodeAt(kept - 1);
  // A high surrogate last would leave half a character.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? kept - 1 : kept);
}

function count(length: number): string {
  return `${length.toLocaleString("en")} characters`;
}
