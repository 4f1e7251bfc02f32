import { type ParseArgsConfig, parseArgs } from "node:util";
import { CatalogLintError } from "../util/errors.js";
import { didYouMean } from "../util/text.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `parseArgs` in strict mode, as every command of the CLI reads its argv: a
 * mistake (an unknown option, a missing value) is catalog-lint's own one-line
 * error (exit code 2) pointing to `usage`, with a did-you-mean for an unknown
 * `--option` close to a known one. parseArgs throws a TypeError, which the
 * CLI would print as an internal error with its stack.
 */
export function parseOptions<T extends Options>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "";
    throw new CatalogLintError(`${withSuggestion(message, Object.keys(options))}; run ${usage} for usage`);
  }
}

/**
 * Node's "Unknown option '--datset'. To specify a positional argument…" as
 * catalog-lint's own "Unknown option '--datset' (did you mean '--dataset'?)":
 * the closest known option by spelling, else the one option it begins (`--stdin-file`).
 */
function withSuggestion(message: string, names: readonly string[]): string {
  const unknown = /^Unknown option '(--?)([^'=]+)'/.exec(message);
  if (!unknown) return message;
  const [, dashes, name = ""] = unknown;
  if (dashes === "-") return `Unknown option '-${name}'`;
  const started = names.filter((n) => n.startsWith(name));
  const suggestion = didYouMean(name, names) ?? (started.length === 1 ? started[0] : undefined);
  return `Unknown option '--${name}'${suggestion === undefined ? "" : ` (did you mean '--${suggestion}'?)`}`;
}
