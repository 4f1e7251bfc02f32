import { createRequire } from "node:module";

/**
 * Node modules only some runs need, loaded on first use: Node compiles each
 * on load (`crypto` takes about 6 ms, `child_process`, `v8` and
 * `worker_threads` about 4 ms each), and a one-file run needs none of them.
 */
const load = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => load("node:child_process");
export const crypto = (): typeof import("node:crypto") => load("node:crypto");
export const v8 = (): typeof import("node:v8") => load("node:v8");
export const workerThreads = (): typeof import("node:worker_threads") => load("node:worker_threads");
export const zlib = (): typeof import("node:zlib") => load("node:zlib");
