/**
 * A fatal problem with the run itself (usage, configuration, unreadable input):
 * the CLI prints the message on one line and exits 2. Messages say what
 * happened, where, and what to do; they never start with "Error:".
 */
export declare class CatalogLintError extends Error {
    readonly name = "CatalogLintError";
    constructor(message: string);
}
/**
 * Text from the repository (file names, config keys, dataset ids) on one line,
 * and short: control characters and line separators are written as escapes
 * (`\n`, `\u001b`), so printed to a terminal or a CI log they can neither move
 * the cursor nor start a line of their own (a workflow command such as
 * `::add-mask::`); and a long quoted value is cut (see `cutLongQuotes`).
 */
export declare function oneLine(text: string): string;
/**
 * A quoted value longer than QUOTE_LIMIT characters is cut to its first
 * QUOTE_KEPT: paths and names (under 160 in practice) stay whole.
 */
export declare const QUOTE_LIMIT = 160;
export declare const QUOTE_KEPT = 80;
/** Characters of a whole message kept, for text too long that no quotes delimit. */
export declare const MESSAGE_KEPT = 2000;
/**
 * Messages quote what they found in backticks (`` found `"…"`, expected array ``),
 * and a pull request decides how long that is: a 10 MB config value would be
 * one 10 MB log line (and annotation). A quoted span over QUOTE_LIMIT characters
 * keeps its start, an ellipsis and its length; a message still over
 * MESSAGE_KEPT (a long unquoted path) is cut the same way. Short ones are
 * left as they are. Cuts never split a surrogate pair.
 */
export declare function cutLongQuotes(text: string): string;
