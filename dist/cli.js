#!/usr/bin/env node

// src/bin.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";
var bundle = fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url));
var source = readFileSync(bundle, "utf8");
var cacheFile = codeCacheFile(source);
var cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
}
var script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, {
  filename: bundle,
  ...cachedData ? { cachedData } : {}
});
if (cacheFile && isMainThread && (!cachedData || script.cachedDataRejected)) {
  process.once("exit", () => saveCodeCache(cacheFile, script));
}
var module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
module.exports.main(new URL(import.meta.url));
function codeCacheFile(text) {
  const { env } = process;
  if (env.CATALOG_LINT_CODE_CACHE === "0") return void 0;
  const base = env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : join(homedir(), ".cache"));
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return join(base, "catalog-lint", `code-${process.version}-${process.arch}-${hash}.bin`);
}
function saveCodeCache(file, compiled) {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true, mode: 448 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, compiled.createCachedData(), { mode: 384 });
    renameSync(temp, file);
    const old = Date.now() - 30 * 24 * 60 * 60 * 1e3;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (/^code-.*\.bin$/.test(name) && statSync(path).mtimeMs < old) rmSync(path, { force: true });
    }
  } catch {
  }
}
