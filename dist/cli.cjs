#!/usr/bin/env node
"use strict";

// scripts/import-meta-url.js
var importMetaUrl = require("node:url").pathToFileURL(__filename).href;

// src/bin.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// src/worker-flag.ts
var WORKER_FLAG = "--catalog-lint-worker";

// src/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli-bundle.cjs", importMetaUrl));
var source = (0, import_node_fs.readFileSync)(bundle, "utf8");
var cacheFile = codeCacheFile(bundle);
var cachedData;
try {
  if (cacheFile) cachedData = (0, import_node_fs.readFileSync)(cacheFile);
} catch {
}
var script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, {
  filename: bundle,
  ...cachedData ? { cachedData } : {}
});
if (cacheFile && !process.argv.includes(WORKER_FLAG) && (!cachedData || script.cachedDataRejected)) {
  process.once("exit", () => saveCodeCache(cacheFile, script));
}
var module2 = { exports: {} };
script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path.dirname)(bundle));
module2.exports.main(new URL(importMetaUrl));
function codeCacheFile(file) {
  const { env } = process;
  if (env.CATALOG_LINT_CODE_CACHE === "0") return void 0;
  let base;
  try {
    base = env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"));
  } catch {
    return void 0;
  }
  let edited;
  try {
    const { size, mtimeMs } = (0, import_node_fs.statSync)(file);
    edited = `${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return void 0;
  }
  return (0, import_node_path.join)(base, "catalog-lint", `code-${process.version}-${process.arch}-${"37de8a3caa70ce8e"}-${edited}.bin`);
}
function saveCodeCache(file, compiled) {
  try {
    const folder = (0, import_node_path.dirname)(file);
    (0, import_node_fs.mkdirSync)(folder, { recursive: true, mode: 448 });
    const temp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs.writeFileSync)(temp, compiled.createCachedData(), { mode: 384 });
    (0, import_node_fs.renameSync)(temp, file);
    const old = Date.now() - 30 * 24 * 60 * 60 * 1e3;
    for (const name of (0, import_node_fs.readdirSync)(folder)) {
      const path = (0, import_node_path.join)(folder, name);
      if (/^code-.*\.bin$/.test(name) && (0, import_node_fs.statSync)(path).mtimeMs < old) (0, import_node_fs.rmSync)(path, { force: true });
    }
  } catch {
  }
}
