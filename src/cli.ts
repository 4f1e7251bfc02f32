import { runCli } from "./cli/main.js";
import { isLintWorker, runLintWorker } from "./parallel.js";

/**
 * The CLI bundle's entry, called by `dist/cli.cjs` (src/bin.ts) with its own
 * URL: worker threads start from that file too, and land here.
 */
export function main(entry: URL): void {
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
    workerScript: entry,
  });
}
