import { resolve } from "node:path";
import { catalogFileMatcher } from "../files/select-files.js";
import { lintText, STDIN_NAME } from "../lint/lint-text.js";
import { prepareRun, type RunOptions } from "../lint/run.js";
import type { ReportStream } from "../reporters/types.js";
import { CatalogLintError } from "../util/errors.js";
import { relativePosix } from "../util/paths.js";
import type { CliArgs } from "./args.js";
import type { CliIo } from "./io.js";

/**
 * `--stdin [--stdin-filename <path>]`: the text is linted as the file at
 * `<path>` (its dataset's schema, the config's overrides for it, compared
 * with its folder's other entries); nothing is read there or written. The
 * report goes to stdout; with `--fix`, stdout gets the text with its fixes
 * applied (the text as it came when there is nothing to fix, as prettier
 * does), and the report of what remains goes to stderr. With
 * `--catalog-files-only`, a path that is no catalog entry is skipped: no
 * report, and with `--fix` the text unchanged.
 */
export function runStdin(args: CliArgs, options: RunOptions, io: CliIo, stream: ReportStream): number {
  if (!io.readStdin) throw new CatalogLintError("--stdin: this run has no standard input to read");
  let text: string;
  try {
    text = io.readStdin();
  } catch (error) {
    throw new CatalogLintError(`${STDIN_NAME}: could not read standard input (${(error as Error).message})`);
  }
  const run = prepareRun(options);
  if (args.catalogFilesOnly && args.stdinFilename !== undefined) {
    const shown = relativePosix(io.cwd, resolve(io.cwd, args.stdinFilename));
    if (!catalogFileMatcher(run.catalog)(shown)) {
      if (args.fix) io.stdout(text);
      return 0;
    }
  }
  const outcome = lintText(run, {
    ...(args.stdinFilename !== undefined ? { filePath: args.stdinFilename } : {}),
    text,
    ...(args.fix ? { fix: true } : {}),
    ...(args.fixRules ? { fixRules: args.fixRules } : {}),
  });
  const diagnostics = args.quiet
    ? outcome.result.diagnostics.filter((d) => d.severity === "error")
    : outcome.result.diagnostics;
  const report = stream.file({ ...outcome.result, diagnostics }) + stream.end();
  if (outcome.output !== undefined) {
    io.stdout(outcome.output);
    io.stderr(report);
  } else io.stdout(report);
  for (const notice of outcome.notices) io.stderr(`catalog-lint: ${notice}\n`);
  const errors = outcome.result.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = outcome.result.diagnostics.length - errors;
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`catalog-lint: ${warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
