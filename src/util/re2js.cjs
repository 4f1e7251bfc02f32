// What src/util/packages.ts loads as `./re2js.cjs` in the sources; in the bundles it is
// dist/re2js.cjs, built from the same package by scripts/build.mjs.
"use strict";
module.exports = require("re2js");
