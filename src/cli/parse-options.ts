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

/** Node's "Unknown option '--datset'. To specify…" as "Unknown option '--datset' (did you mean '--dataset'?)". */
function withSuggestion(message: string, names: readonly string[]): string {
  const unknown = /^Unknown option '--([^'=]+)'/.exec(message);
  const suggestion = unknown?.[1] !== undefined ? didYouMean(unknown[1], names) : undefined;
  return suggestion === undefined ? message : `Unknown option '--${unknown?.[1]}' (did you mean '--${suggestion}'?)`;
}
