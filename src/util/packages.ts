import { createRequire } from "node:module";

/**
 * Packages only some runs need, loaded on first use by the code that needs
 * them. Each is a `.cjs` file beside this module: here a one-line CommonJS
 * file requiring the package, in dist/ a file of its own beside the bundles
 * (built from the package by scripts/build.mjs), so the same `require` finds
 * it in the sources and in the bundles. What each saves a run that does not
 * need it is in bench/README.md (the perf ledger).
 */
const load = createRequire(import.meta.url);

/** zod and `yaml`: a config or schema file is read (a one-file run without one needs neither). */
export const configParsers = (): { z: typeof import("zod").z; yaml: typeof import("yaml") } =>
  load("./config-parsers.cjs");

/** re2js: a pattern from repository data is compiled (src/schema/pattern.ts). */
export const re2js = (): typeof import("re2js") => load("./re2js.cjs");

/** remark-parse and unified: a file the block scanner gives up on (src/parse/remark.ts). */
export const remarkPackages = (): {
  unified: typeof import("unified").unified;
  remarkParse: typeof import("remark-parse").default;
} => load("./remark-parser.cjs");

/** ajv (draft-07, 2019-09 and 2020-12) and ajv-formats: a schema names a `frontMatter.jsonSchema` (src/schema/json-schema.ts). */
export const jsonSchemaValidator = (): {
  Ajv: typeof import("ajv").default;
  Ajv2019: typeof import("ajv/dist/2019.js").default;
  Ajv2020: typeof import("ajv/dist/2020.js").default;
  addFormats: typeof import("ajv-formats").default;
} => load("./json-schema-validator.cjs");

/** toml-eslint-parser: a file starts with a `+++` (TOML, as Hugo writes it) front matter block (src/parse/toml-front-matter.ts). */
export const tomlParser = (): { parseTOML: typeof import("toml-eslint-parser").parseTOML } => load("./toml-parser.cjs");
