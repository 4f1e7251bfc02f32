// What src/util/packages.ts loads as `./config-parsers.cjs` in the sources; in the bundles it is
// dist/config-parsers.cjs, built from the same packages by scripts/build.mjs.
"use strict";
module.exports = { z: require("zod").z, yaml: require("yaml") };
