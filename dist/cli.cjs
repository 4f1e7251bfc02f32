#!/usr/bin/env node
"use strict";

// scripts/import-meta-url.js
var importMetaUrl = require("node:url").pathToFileURL(__filename).href;

// src/cli/bin.ts
var import_node_fs3 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path3 = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// src/cache/user-cache.ts
var import_node_fs2 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path2 = require("node:path");

// src/files/write/replace.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function besides(path, kind) {
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return (0, import_node_path.join)((0, import_node_path.dirname)(path), `.${(0, import_node_path.basename)(path)}.${unique}.catalog-lint-${kind}`);
}
function replacing(target, mode = 438) {
  const temp = besides(target, "tmp");
  const fd = (0, import_node_fs.openSync)(temp, "wx", mode);
  let open = true;
  let done = false;
  const close = () => {
    if (!open) return;
    open = false;
    (0, import_node_fs.closeSync)(fd);
  };
  return {
    fd,
    commit() {
      close();
      (0, import_node_fs.renameSync)(temp, target);
      done = true;
    },
    discard() {
      try {
        close();
      } finally {
        if (!done) (0, import_node_fs.rmSync)(temp, { force: true });
        done = true;
      }
    }
  };
}
function writeAll(fd, data, position) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let done = 0; done < bytes.length; ) {
    done += (0, import_node_fs.writeSync)(fd, bytes, done, bytes.length - done, position === void 0 ? null : position + done);
  }
}
function writeWhole(file, data, modes) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(file), { recursive: true, ...modes ? { mode: modes.folder } : {} });
  const pending = replacing(file, modes?.file);
  try {
    writeAll(pending.fd, data);
    pending.commit();
  } finally {
    pending.discard();
  }
}

// src/cache/user-cache.ts
function userCacheFolder(env) {
  if (env.CATALOG_LINT_CODE_CACHE === "0") return void 0;
  try {
    const base = env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : (0, import_node_path2.join)((0, import_node_os.homedir)(), ".cache"));
    return (0, import_node_path2.join)(base, "catalog-lint");
  } catch {
    return void 0;
  }
}
var DAY_MS = 24 * 60 * 60 * 1e3;
var UNUSED_FOR_MS = 30 * DAY_MS;
function markUsed(file) {
  try {
    if (Date.now() - (0, import_node_fs2.statSync)(file).mtimeMs < DAY_MS) return;
    const now = /* @__PURE__ */ new Date();
    (0, import_node_fs2.utimesSync)(file, now, now);
  } catch {
  }
}
function writeCacheFile(file, data) {
  writeWhole(file, data, { folder: 448, file: 384 });
}

// src/lint/worker-flag.ts
var WORKER_FLAG = "--catalog-lint-worker";

// src/cli/bin.ts
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli-bundle.cjs", importMetaUrl));
var source = (0, import_node_fs3.readFileSync)(bundle, "utf8");
var cacheFolder = userCacheFolder(process.env);
var build = buildOf(bundle);
var cacheFile = cacheFolder && build && (0, import_node_path3.join)(cacheFolder, `code-${process.version}-${process.arch}-${build}.bin`);
var cachedData;
try {
  if (cacheFile) cachedData = (0, import_node_fs3.readFileSync)(cacheFile);
} catch {
}
var script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, {
  filename: bundle,
  ...cachedData ? { cachedData } : {}
});
var printsOnly = process.argv.slice(2).some((arg) => /^(-v|--version|-h|--help)$/.test(arg));
if (cacheFile && !printsOnly && !process.argv.includes(WORKER_FLAG) && (!cachedData || script.cachedDataRejected)) {
  process.once("exit", () => saveCodeCache(cacheFile, script));
} else if (cacheFile && cachedData) {
  markUsed(cacheFile);
}
var module2 = { exports: {} };
script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path3.dirname)(bundle));
module2.exports.main(new URL(importMetaUrl), cacheFolder && build ? { cacheFolder, build } : void 0);
function buildOf(file) {
  try {
    const { size, mtimeMs } = (0, import_node_fs3.statSync)(file);
    return `${"ff838c7a2e15a997"}-${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return void 0;
  }
}
function saveCodeCache(file, compiled) {
  try {
    writeCacheFile(file, compiled.createCachedData());
    const folder = (0, import_node_path3.dirname)(file);
    const old = Date.now() - UNUSED_FOR_MS;
    for (const name of (0, import_node_fs3.readdirSync)(folder)) {
      const path = (0, import_node_path3.join)(folder, name);
      if (/^(code-.*\.bin|schemas-.*\.json)$/.test(name) && (0, import_node_fs3.statSync)(path).mtimeMs < old) (0, import_node_fs3.rmSync)(path, { force: true });
    }
  } catch {
  }
}
