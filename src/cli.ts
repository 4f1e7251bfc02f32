import { runCli } from "./cli/main.js";
import { isLintWorker, runLintWorker } from "./parallel.js";

if (isLintWorker()) {
  // This bundle, started as a worker thread by lintParallel.
  runLintWorker();
} else {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    // Workers run this same file, so only the built bundle (plain JavaScript) can start them.
    ...(import.meta.url.endsWith(".js") ? { workerScript: new URL(import.meta.url) } : {}),
  });
}
