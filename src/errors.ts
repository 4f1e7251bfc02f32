/**
 * A fatal problem with the run itself (usage, configuration, unreadable input):
 * the CLI prints the message on one line and exits 2. Messages say what
 * happened, where, and what to do; they never start with "Error:".
 */
export class CatalogLintError extends Error {
  override readonly name = "CatalogLintError";
}
