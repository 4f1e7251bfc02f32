// What src/util/packages.ts loads as `./json-schema-validator.cjs` in the sources; in the bundles it
// is dist/json-schema-validator.cjs, built from the same packages by scripts/build.mjs.
"use strict";
module.exports = {
  Ajv: require("ajv").default,
  Ajv2019: require("ajv/dist/2019").default,
  Ajv2020: require("ajv/dist/2020").default,
  addFormats: require("ajv-formats").default,
};
