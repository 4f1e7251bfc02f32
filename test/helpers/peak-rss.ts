/**
 * Run the CLI in this (child) process and print its exit code, output size
 * and peak resident memory as JSON: the hostile-input tests bound memory by
 * observing a separate process, never their own.
 *
 *   node --import tsx test/helpers/peak-rss.ts <cwd> [catalog-lint args…]
 */
import { runCli } from "../../src/cli/main.js";

const [cwd = ".", ...argv] = process.argv.slice(2);
let stdout = 0;
let stderr = "";
const code = runCli(argv, {
  cwd,
  env: { CATALOG_LINT_NOW: "2026-11-28" },
  stdout: (t) => {
    stdout += t.length;
  },
  stderr: (t) => {
    stderr += t;
  },
  isTTY: false,
});
// maxRSS is in KiB.
process.stdout.write(
  JSON.stringify({ code, stdoutChars: stdout, stderr, peakRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
