/**
 * `dist/cli.cjs`: starts the CLI bundle (`dist/cli-bundle.cjs`) through V8's
 * code cache. Compiling the 1.2 MB bundle, and each function it runs for the
 * first time, is a large part of a one-file run's start; V8 can store that
 * work and reuse it, but Node 20 only does so for code run through
 * `vm.Script`. So the bundle is CommonJS, run here as Node would run it, with
 * the code V8 produced last time. That cache is kept in the user's cache
 * folder (src/cache/user-cache.ts, where the bundle also keeps built schemas),
 * named by the Node version, the bundle's hash and its file's size and
 * modification time, so another build, Node or an edited bundle never uses
 * it (V8 checks only the source's length). `CATALOG_LINT_CODE_CACHE=0` turns
 * it off. Any failure to read or write it only costs the speed.
 *
 * No import from src/ but two small modules: this file must stay small, it is
 * compiled without a cache. Nor `node:crypto` (6 ms to load): the build
 * writes the bundle's hash in.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { markUsed, UNUSED_FOR_MS, userCacheFolder, writeCacheFile } from "../cache/user-cache.js";
import { WORKER_FLAG } from "../lint/worker-flag.js";

/** The first 16 hex digits of dist/cli-bundle.cjs's SHA-256, from scripts/build.mjs (which builds both files). */
declare const CLI_BUNDLE_SHA256: string;

const bundle = fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url));
const source = readFileSync(bundle, "utf8");
const cacheFolder = userCacheFolder(process.env);
const build = buildOf(bundle);
const cacheFile = cacheFolder && build && join(cacheFolder, `code-${process.version}-${process.arch}-${build}.bin`);
let cachedData: Buffer | undefined;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  // first run, or unreadable: compiled from source
}
// CommonJS's own wrapper, on one line with the source's first, so stack traces keep their lines.
const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
});
// Written once the run is over, so it holds every function this run compiled (workers only read it).
// Not by a run that only prints its version or help: it compiles next to nothing, and every lint
// after it would compile its functions again (9 ms of a one-file run, bench/README.md).
const printsOnly = process.argv.slice(2).some((arg) => /^(-v|--version|-h|--help)$/.test(arg));
if (cacheFile && !printsOnly && !process.argv.includes(WORKER_FLAG) && (!cachedData || script.cachedDataRejected)) {
  process.once("exit", () => saveCodeCache(cacheFile, script));
} else if (cacheFile && cachedData) {
  markUsed(cacheFile);
}
const module = { exports: {} as typeof import("./index.js") };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
module.exports.main(new URL(import.meta.url), cacheFolder && build ? { cacheFolder, build } : undefined);

/** The build and this copy of it: the bundle's hash, and its file's size and time (an edited bundle is another). */
function buildOf(file: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${CLI_BUNDLE_SHA256}-${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return undefined;
  }
}

function saveCodeCache(file: string, compiled: Script): void {
  try {
    writeCacheFile(file, compiled.createCachedData());
    const folder = dirname(file);
    // Caches of builds or Node versions not used for a month (several may be in use: one per project).
    const old = Date.now() - UNUSED_FOR_MS;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (/^(code-.*\.bin|schemas-.*\.json)$/.test(name) && statSync(path).mtimeMs < old) rmSync(path, { force: true });
    }
  } catch {
    // a read-only home, a full disk: the next run compiles again
  }
}
