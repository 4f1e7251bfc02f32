// Preloaded by bench/startup.ts (`node --require`): writes this process's CPU time (user + system,
// all threads, in microseconds) to $CATALOG_LINT_BENCH_CPU_FILE as it exits. /usr/bin/time counts in
// 10 ms ticks, too coarse for start-up figures of a few milliseconds. Worker threads (started with
// the CLI's --catalog-lint-worker argument) inherit the preload and write nothing.
"use strict";
const file = process.env.CATALOG_LINT_BENCH_CPU_FILE;
if (file && !process.argv.includes("--catalog-lint-worker")) {
  process.once("exit", () => {
    const { user, system } = process.cpuUsage();
    require("node:fs").writeFileSync(file, String(user + system));
  });
}
