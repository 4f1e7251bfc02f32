import { resolve } from "node:path";
import { configForFile } from "../config/load.js";
import { SchemaResolver } from "../schema/resolve.js";
import { type PreparedRun, prepareRun, type RunOptions } from "./run.js";

/** What `--print-config <file>` shows: the config file, and the schema and rule settings the file gets. */
export function fileSettings(options: RunOptions, file: string): Record<string, unknown> {
  const run: PreparedRun = prepareRun(options);
  const absolute = resolve(options.cwd, file);
  const fileConfig = configForFile(run.config, absolute);
  const schema = new SchemaResolver(options.cwd).resolve(absolute, options.schema ?? fileConfig.schema);
  return {
    configFile: run.config.path ?? null,
    schema: schema.schema,
    schemaFiles: schema.files,
    rules: Object.fromEntries([...fileConfig.rules].map(([id, s]) => [id, [s.severity, s.options]])),
  };
}
