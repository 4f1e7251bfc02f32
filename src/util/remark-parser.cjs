// What src/util/packages.ts loads as `./remark-parser.cjs` in the sources; in the bundles it is
// dist/remark-parser.cjs, built from the same packages by scripts/build.mjs. Both are ES modules
// only: in the sources they are required as such (Node 20.19 and later).
"use strict";
module.exports = { unified: require("unified").unified, remarkParse: require("remark-parse").default };
