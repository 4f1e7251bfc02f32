import { resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { FileResult } from "../diagnostics/diagnostic.js";
import { repositoryRoot } from "../files/discover.js";
import { SUPPRESSIONS_FILE } from "../files/suppressions-file.js";
import { openInside } from "../files/write/inside.js";
import { fileSettings } from "../lint/file-settings.js";
import type { RunOptions, RunOutcome } from "../lint/run.js";
import { runLint, type SuppressionsRequest } from "../lint/run-lint.js";
import { streamingReporters } from "../reporters/index.js";
import { RunTotals } from "../reporters/summary-line.js";
import type { StreamingReporter } from "../reporters/types.js";
import { rulesMeta } from "../rules/index.js";
import { CatalogLintError } from "../util/errors.js";
import { isInside, relativePosix } from "../util/paths.js";
import { plural } from "../util/text.js";
import { type CliArgs, HELP, parseCliArgs } from "./args.js";
import { runInit } from "./init.js";
import type { CliIo } from "./io.js";
import { runNew } from "./new-entry.js";
import { Progress } from "./progress.js";
import { runStdin } from "./stdin.js";
import { suppressionLines } from "./suppression-report.js";

/** The whole CLI as a function of argv and I/O, returning the exit code. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof CatalogLintError) {
      io.stderr(`catalog-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`catalog-lint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

function run(argv: string[], io: CliIo): number {
  if (argv[0] === "new") return runNew(argv.slice(1), io);
  if (argv[0] === "init") return runInit(argv.slice(1), io);
  const args = parseCliArgs(argv, io.env);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const options: RunOptions = {
    cwd: io.cwd,
    now: args.now,
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    ...(args.schema ? { schema: args.schema } : {}),
  };
  if (args.printConfig !== undefined) {
    io.stdout(`${JSON.stringify(fileSettings(options, args.printConfig), null, 2)}\n`);
    return 0;
  }

  // With `--stdin --fix` the report goes to stderr (stdout has the fixed text).
  const reportTTY = args.stdin && args.fix ? Boolean(io.stderrIsTTY) : io.isTTY;
  const color = args.color ?? colorFromEnv(io.env, reportTTY);
  const stream = (streamingReporters[args.format] as StreamingReporter)({
    color: args.outputFile ? false : color,
    cwd: io.cwd,
    pathPrefix: repositoryPrefix(io),
    rulesMeta: rulesMeta(),
  });
  if (args.stdin) return runStdin(args, options, io, stream);
  // The report is written as results come (a 100,000-file run never holds it whole);
  // to a temporary file beside --output-file, renamed into place at the end,
  // never through a link the repository holds to somewhere outside it.
  const output = args.outputFile
    ? openInside(repositoryRoot(io.cwd), resolve(io.cwd, args.outputFile), "--output-file")
    : undefined;
  const progress = new Progress(io.stderr, Progress.wanted(io.env, io.stderrIsTTY));
  const write = bufferedWrites((chunk) => {
    if (output) output.write(chunk);
    else if (!args.fixDryRun) {
      progress.clear();
      io.stdout(chunk);
    }
  });
  // With --output-file the report's summary line is also said on stderr, where the user looks.
  const totals = args.outputFile ? new RunTotals() : undefined;
  const emit = (result: FileResult) => {
    const shown = args.quiet
      ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error") }
      : result;
    totals?.add(shown);
    progress.tick();
    write(stream.file(shown));
  };

  let outcome: RunOutcome;
  try {
    outcome = runLint(
      { ...options, ...(io.schemaStore ? { schemaStore: io.schemaStore } : {}) },
      {
        paths: args.paths,
        ...(args.changedSince !== undefined ? { changedSince: args.changedSince } : {}),
        ...(args.fix ? { fix: "write" as const } : args.fixDryRun ? { fix: "dry-run" as const } : {}),
        ...(args.fixRules ? { fixRules: args.fixRules } : {}),
        suppressionsFile: suppressionsRequest(args, io.cwd),
        ...(args.cache || args.cacheLocation
          ? { cache: args.cacheLocation !== undefined ? { location: args.cacheLocation } : {} }
          : {}),
        ...(io.workerScript ? { workerScript: io.workerScript } : {}),
        ...(args.catalogFilesOnly ? { catalogFilesOnly: true } : {}),
      },
      emit,
    );
    write(stream.end());
    write.flush();
    output?.commit();
  } finally {
    progress.clear();
    output?.discard();
  }
  const summary = totals?.summary();
  if (summary) io.stderr(`${summary} (report written to ${args.outputFile})\n`);
  if (outcome.fixed) {
    if (args.fixDryRun) for (const diff of outcome.fixed.diffs) io.stdout(diff);
    io.stderr(`catalog-lint: ${fixSummary(outcome.fixed, args.fix ? "Fixed" : "Would fix")}\n`);
  }
  if (outcome.suppressions) {
    const update = args.suppress ? "suppress" : args.prune ? "prune" : undefined;
    for (const line of suppressionLines(outcome.suppressions, update)) io.stderr(`catalog-lint: ${line}\n`);
  }
  // Which schema applies: wanted when it is a guess, noise to a CI log that asked for errors only.
  if (!args.quiet) for (const line of outcome.schemas ?? []) io.stderr(`catalog-lint: ${line}\n`);
  for (const notice of outcome.notices) io.stderr(`catalog-lint: ${notice}\n`);

  if (outcome.errors > 0) return 1;
  if (args.maxWarnings !== undefined && outcome.warnings > args.maxWarnings) {
    io.stderr(`catalog-lint: ${outcome.warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The suppressions file (`--suppressions-location`, else the working directory's) and what to do with it. */
function suppressionsRequest(args: CliArgs, cwd: string): SuppressionsRequest {
  const update = args.suppress
    ? { kind: "suppress" as const, ...(args.suppress.rules ? { rules: args.suppress.rules } : {}) }
    : args.prune
      ? { kind: "prune" as const }
      : undefined;
  return {
    location: resolve(cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE),
    named: args.suppressionsLocation !== undefined,
    ...(update ? { update } : {}),
  };
}

/** "Fixed 687 problems in 62 files; 511 remain". */
function fixSummary(fixed: NonNullable<RunOutcome["fixed"]>, verb: string): string {
  const skipped = fixed.notFixed > 0 ? `; ${plural(fixed.notFixed, "file")} not fixed (see the warnings below)` : "";
  return `${verb} ${plural(fixed.problems, "problem")} in ${plural(fixed.files, "file")}; ${plural(fixed.remaining, "remains", "remain")}${skipped}`;
}

/** Where the working directory sits inside GITHUB_WORKSPACE (`sub/dir/`), for annotations. */
function repositoryPrefix(io: CliIo): string {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace) return "";
  const inside = relativePosix(resolve(workspace), resolve(io.cwd));
  return inside && isInside(resolve(io.cwd), resolve(workspace)) ? `${inside}/` : "";
}

/** NO_COLOR (set, not empty) turns colours off, FORCE_COLOR on (unless `0`/`false`); else a terminal that is not `TERM=dumb` gets them. */
function colorFromEnv(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY && env.TERM !== "dumb";
}

/** Bytes of report gathered before one write: 10,000 files' JSON report (29 MB) is 28 writes. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * `write` for many small texts: each is encoded as UTF-8 straight into a
 * buffer, written when full (a text too large for one is written alone).
 * Joining the texts into strings and encoding those took three times as long.
 * Every buffer written is a new one: a stream may keep it. `flush` writes
 * what is left.
 */
function bufferedWrites(write: (chunk: string | Uint8Array) => void): ((text: string) => void) & { flush(): void } {
  let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    used = 0;
  };
  return Object.assign(
    (text: string) => {
      if (!text) return;
      // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, 4 for 2).
      if (used + text.length * 3 > WRITE_BUFFER_BYTES) flush();
      if (text.length * 3 > WRITE_BUFFER_BYTES) write(text);
      else used += buffer.write(text, used);
    },
    { flush },
  );
}
