// Preloaded (`node --require`) by test/bundles.test.ts: writes, as the process exits, which files
// it required (require.cache) and which of Node's own modules it loaded, as JSON to
// $CATALOG_LINT_TEST_LOADED. Worker threads inherit the preload and write nothing.
"use strict";
const out = process.env.CATALOG_LINT_TEST_LOADED;
if (out && !process.argv.includes("--catalog-lint-worker")) {
  process.once("exit", () => {
    const builtins = process.moduleLoadList
      .filter((name) => name.startsWith("NativeModule "))
      .map((name) => name.slice(13));
    require("node:fs").writeFileSync(out, JSON.stringify({ files: Object.keys(require.cache), builtins }));
  });
}
