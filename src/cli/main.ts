import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { defaultCacheLocation, LintCache } from "../cache.js";
import { configForFile, loadConfig } from "../config/load.js";
import { countBySeverity, type FileResult } from "../diagnostics/diagnostic.js";
import { CatalogLintError } from "../errors.js";
import { discoverFiles } from "../files/discover.js";
import { changedSince, fileAtRevision } from "../files/git.js";
import { fixFiles } from "../fix.js";
import { lint } from "../lint.js";
import { lintParallel } from "../parallel.js";
import { reporters } from "../reporters/index.js";
import { todayUtc } from "../rules/dates.js";
import { SchemaResolver } from "../schema/resolve.js";
import { HELP, parseCliArgs } from "./args.js";
import { runNew } from "./new-entry.js";

export interface CliIo {
  /**
   * The bundle's own URL, when it may start worker threads running it (the
   * installed CLI); without it everything runs on one thread.
   */
  workerScript?: URL;
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

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
    ...(args.schema ? { schema: args.schema } : {}),
    ...(baseText ? { baseText } : {}),
  };
  let results: FileResult[];
  let notices: string[];
  if (args.fix || args.fixDryRun) {
    const run = fixFiles(files, lintOptions, args.fix);
    ({ results, notices } = run);
    const changed = run.results.filter((r) => r.output !== undefined);
    const fixed = changed.reduce((n, r) => n + r.fixed, 0);
    const remaining = results.reduce((n, r) => n + r.diagnostics.length, 0);
    if (args.fixDryRun) for (const r of changed) io.stdout(r.diff ?? "");
    const verb = args.fix ? "Fixed" : "Would fix";
    io.stderr(
      `catalog-lint: ${verb} ${fixed} problem${fixed === 1 ? "" : "s"} in ${changed.length} file${changed.length === 1 ? "" : "s"}; ${remaining} remain${remaining === 1 ? "s" : ""}\n`,
    );
  } else {
    const cache =
      args.cache || args.cacheLocation
        ? new LintCache(resolve(io.cwd, args.cacheLocation ?? defaultCacheLocation(io.cwd)))
        : undefined;
    const options = cache ? { ...lintOptions, cache } : lintOptions;
    ({ results, notices } = io.workerScript ? lintParallel(files, options, io.workerScript) : lint(files, options));
    cache?.save();
  }
  for (const notice of notices) io.stderr(`catalog-lint: ${notice}\n`);

  const shown: FileResult[] = args.quiet
    ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }))
    : results;
  const color = args.color ?? colorFromEnv(io);
  const report =
    reporters[args.format]?.(shown, {
      color: args.outputFile ? false : color,
      cwd: io.cwd,
      pathPrefix: repositoryPrefix(io),
    }) ?? "";
  if (args.outputFile) {
    const target = resolve(io.cwd, args.outputFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report);
  } else if (report && !args.fixDryRun) io.stdout(report);

  const { errors, warnings } = countBySeverity(results.flatMap((r) => r.diagnostics));
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
  const inside = relative(resolve(workspace), resolve(io.cwd)).split("\\").join("/");
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? `${inside}/` : "";
}

function colorFromEnv(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
}
