import { resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { cacheLocation, LintCache } from "../cache/results-cache.js";
import { configForFile, loadConfig } from "../config/load.js";
import { countBySeverity, type FileResult } from "../diagnostics/diagnostic.js";
import { discoverFiles, repositoryRoot } from "../files/discover.js";
import { changedSince, fileAtRevision } from "../files/git.js";
import { openInside } from "../files/write/inside.js";
import { fixFiles } from "../lint/fix-files.js";
import { lintStreaming } from "../lint/parallel.js";
import { streamingReporters } from "../reporters/index.js";
import type { StreamingReporter } from "../reporters/types.js";
import { SchemaResolver } from "../schema/resolve.js";
import { todayUtc } from "../util/dates.js";
import { CatalogLintError } from "../util/errors.js";
import { isInside, relativePosix } from "../util/paths.js";
import { plural } from "../util/text.js";
import { HELP, parseCliArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { runNew } from "./new-entry.js";

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
  const args = parseCliArgs(argv, io.env);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const loaded = loadConfig(io.cwd, args.config);
  const now = args.now ?? todayUtc();

  if (args.printConfig !== undefined) {
    const file = resolve(io.cwd, args.printConfig);
    const fileConfig = configForFile(loaded, file);
    const schema = new SchemaResolver(io.cwd).resolve(file, args.schema ?? fileConfig.schema);
    const printed = {
      configFile: loaded.path ?? null,
      schema: schema.schema,
      schemaFiles: schema.files,
      rules: Object.fromEntries([...fileConfig.rules].map(([id, s]) => [id, [s.severity, s.options]])),
    };
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }

  let files = discoverFiles({
    cwd: io.cwd,
    paths: args.paths,
    ...(loaded.config.include ? { include: loaded.config.include } : {}),
    ...(loaded.config.exclude ? { exclude: loaded.config.exclude } : {}),
  });
  let baseText: ((path: string) => string | undefined) | undefined;
  if (args.changedSince !== undefined) {
    const changed = changedSince(io.cwd, args.changedSince);
    const wanted = new Set(changed.files);
    files = files.filter((f) => wanted.has(f));
    baseText = (path) => fileAtRevision(io.cwd, changed.base, path);
  }
  const lintOptions = {
    cwd: io.cwd,
    config: loaded,
    now,
    ...(io.schemaStore ? { schemaStore: io.schemaStore } : {}),
    ...(args.schema ? { schema: args.schema } : {}),
    ...(baseText ? { baseText } : {}),
  };
  const color = args.color ?? colorFromEnv(io);
  const stream = (streamingReporters[args.format] as StreamingReporter)({
    color: args.outputFile ? false : color,
    cwd: io.cwd,
    pathPrefix: repositoryPrefix(io),
  });
  // The report is written as results come (a 100,000-file run never holds it whole);
  // to a temporary file beside --output-file, renamed into place at the end,
  // never through a link the repository holds to somewhere outside it.
  const output = args.outputFile
    ? openInside(repositoryRoot(io.cwd), resolve(io.cwd, args.outputFile), "--output-file")
    : undefined;
  const write = bufferedWrites((chunk) => {
    if (output) output.write(chunk);
    else if (!args.fixDryRun) io.stdout(chunk);
  });
  let errors = 0;
  let warnings = 0;
  const emit = (result: FileResult) => {
    const counts = countBySeverity(result.diagnostics);
    errors += counts.errors;
    warnings += counts.warnings;
    const shown = args.quiet
      ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error") }
      : result;
    write(stream.file(shown));
  };

  let notices: string[];
  try {
    if (args.fix || args.fixDryRun) {
      // The diff only for a dry run: --fix never pays for one.
      const run = fixFiles(files, lintOptions, { write: args.fix, diff: args.fixDryRun });
      notices = run.notices;
      const changed = run.results.filter((r) => r.output !== undefined);
      const fixed = changed.reduce((n, r) => n + r.fixed, 0);
      const remaining = run.results.reduce((n, r) => n + r.diagnostics.length, 0);
      const notFixed = run.results.filter((r) => r.notFixed !== undefined).length;
      if (args.fixDryRun) for (const r of changed) if (r.diff !== undefined) io.stdout(r.diff);
      const verb = args.fix ? "Fixed" : "Would fix";
      const skipped = notFixed > 0 ? `; ${plural(notFixed, "file")} not fixed (see the warnings below)` : "";
      io.stderr(
        `catalog-lint: ${verb} ${plural(fixed, "problem")} in ${plural(changed.length, "file")}; ${plural(remaining, "remains", "remain")}${skipped}\n`,
      );
      for (const result of run.results) emit(result);
    } else {
      const cache =
        args.cache || args.cacheLocation
          ? new LintCache(cacheLocation(io.cwd, args.cacheLocation), repositoryRoot(io.cwd))
          : undefined;
      const options = cache ? { ...lintOptions, cache } : lintOptions;
      ({ notices } = lintStreaming(files, options, io.workerScript, emit));
      const unsaved = cache?.save();
      if (unsaved) notices.push(unsaved.problem);
    }
    write(stream.end());
    write.flush();
    output?.commit();
  } finally {
    output?.discard();
  }
  for (const notice of notices) io.stderr(`catalog-lint: ${notice}\n`);
  io.schemaStore?.save();

  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`catalog-lint: ${warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Where the working directory sits inside GITHUB_WORKSPACE (`sub/dir/`), for annotations. */
function repositoryPrefix(io: CliIo): string {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace) return "";
  const inside = relativePosix(resolve(workspace), resolve(io.cwd));
  return inside && isInside(resolve(io.cwd), resolve(workspace)) ? `${inside}/` : "";
}

function colorFromEnv(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
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
