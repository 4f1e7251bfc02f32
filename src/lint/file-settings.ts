import { isAbsolute, resolve } from "node:path";
import { configForFile } from "../config/load.js";
import { SchemaResolver } from "../schema/resolve.js";
import { relativePosix, toPosix } from "../util/paths.js";
import { type PreparedRun, prepareRun, type RunOptions } from "./run.js";

/**
 * What `--print-config <file>` shows: the config file, and the schema and rule
 * settings the file gets. Paths are relative to the working directory, with
 * `/`: the same bytes on every machine and every run, to commit and diff.
 */
export function fileSettings(options: RunOptions, file: string): Record<string, unknown> {
  const run: PreparedRun = prepareRun(options);
  const absolute = resolve(options.cwd, file);
  const fileConfig = configForFile(run.config, absolute);
  const schema = new SchemaResolver(options.cwd).resolve(absolute, options.schema ?? fileConfig.schema);
  const shown = (path: string) => (isAbsolute(path) ? relativePosix(options.cwd, path) : toPosix(path));
  return {
    configFile: run.config.path ? shown(run.config.path) : null,
    schema: schema.schema,
    schemaFiles: schema.files.map(shown),
    rules: Object.fromEntries([...fileConfig.rules].map(([id, s]) => [id, [s.severity, s.options]])),
  };
}
