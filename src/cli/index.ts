import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isLintWorker, runLintWorker } from "../lint/parallel.js";
import { SchemaStore } from "../schema/store.js";
import { runCli } from "./main.js";

/** Where the bundle may keep things between runs (from `dist/cli.cjs`; none when turned off). */
export interface StartInfo {
  /** The user's cache folder (src/cache/user-cache.ts). */
  cacheFolder: string;
  /** This build and copy of the bundle (see src/cli/bin.ts): what a schema store was written by. */
  build: string;
}

/**
 * The CLI bundle's entry, called by `dist/cli.cjs` (src/cli/bin.ts) with its own
 * URL: worker threads start from that file too, and land here.
 */
export function main(entry: URL, start?: StartInfo): void {
  if (isLintWorker()) {
    runLintWorker();
    return;
  }
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () => readFileSync(0, "utf8"),
    workerScript: entry,
    ...(start ? { schemaStore: new SchemaStore(join(start.cacheFolder, `schemas-${start.build}.json`)) } : {}),
  });
}
