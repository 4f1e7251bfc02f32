import { createRequire } from "node:module";

/**
 * Node modules only some runs need, loaded on first use: Node compiles each
 * on load (`child_process` and `v8` take about 4 ms each), and a one-file
 * run needs neither.
 */
const load = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => load("node:child_process");
export const v8 = (): typeof import("node:v8") => load("node:v8");
