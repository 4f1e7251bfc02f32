#!/usr/bin/env node
"use strict";

// scripts/import-meta-url.js
var importMetaUrl = require("node:url").pathToFileURL(__filename).href;

// src/bin.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// src/user-cache.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function userCacheFolder(env) {
  if (env.CATALOG_LINT_CODE_CACHE === "0") return void 0;
  try {
    const base = env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"));
    return (0, import_node_path.join)(base, "catalog-lint");
  } catch {
    return void 0;
  }
}

// src/worker-flag.ts
var WORKER_FLAG = "--catalog-lint-worker";

// src/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli-bundle.cjs", importMetaUrl));
var source = (0, import_node_fs.readFileSync)(bundle, "utf8");
var cacheFolder = userCacheFolder(process.env);
var build = buildOf(bundle);
var cacheFile = cacheFolder && build && (0, import_node_path2.join)(cacheFolder, `code-${process.version}-${process.arch}-${build}.bin`);
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
script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path2.dirname)(bundle));
module2.exports.main(new URL(importMetaUrl), cacheFolder && build ? { cacheFolder, build } : void 0);
function buildOf(file) {
  try {
    const { size, mtimeMs } = (0, import_node_fs.statSync)(file);
    return `${"c4a97e4a0f844ba7"}-${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return void 0;
  }
}
function saveCodeCache(file, compiled) {
  try {
    const folder = (0, import_node_path2.dirname)(file);
    (0, import_node_fs.mkdirSync)(folder, { recursive: true, mode: 448 });
    const temp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs.writeFileSync)(temp, compiled.createCachedData(), { mode: 384 });
    (0, import_node_fs.renameSync)(temp, file);
    const old = Date.now() - 30 * 24 * 60 * 60 * 1e3;
    for (const name of (0, import_node_fs.readdirSync)(folder)) {
      const path = (0, import_node_path2.join)(folder, name);
      if (/^(code-.*\.bin|schemas-.*\.json)$/.test(name) && (0, import_node_fs.statSync)(path).mtimeMs < old) (0, import_node_fs.rmSync)(path, { force: true });
    }
  } catch {
  }
}
