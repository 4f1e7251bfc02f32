// What src/util/packages.ts loads as `./toml-parser.cjs` in the sources; in the bundles it is
// dist/toml-parser.cjs, built from the same package by scripts/build.mjs.
"use strict";
module.exports = { parseTOML: require("toml-eslint-parser").parseTOML };
