// Bundle the CLI (dist/cli.cjs, which runs dist/cli-bundle.cjs) and the Action (dist/index.cjs) into self-contained CommonJS files (committed; CI checks they are fresh).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * zod's classic API re-exports all its ~40 message locales as `z.locales` (358 KB, a fifth of
 * the CLI bundle, parsed at every start). catalog-lint only uses English, which zod registers
 * itself, so the locales index is replaced by one that exports `en` alone.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: "zod-locales", namespace: "zod-english-only" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      loader: "js",
    }));
  },
};

/**
 * zod checks only what users write (a config file, a schema file, rule options),
 * yet evaluating it took a large share of every start: 25 ms of a one-file run,
 * 60 ms of the Action's (which compiles it every time). Our sources build their
 * schemas in functions, on first use (src/config/schema.ts, src/schema/types.ts,
 * each rule's `options`); here, the `zod` they import is a stand-in whose `z`
 * evaluates the real one on first use (esbuild defers a module `require`d
 * this way). So a run without a config or schema file never evaluates zod.
 */
const zodOnDemand = standIn(
  "zod",
  'let zod;\nexport const z = new Proxy({}, { get: (_, key) => (zod ??= require("zod-as-imported").z)[key] });',
  (build) =>
    // `require` would pick zod's CommonJS build (and all its locales): the stand-in takes the
    // ES module build that `import` gets.
    build.onResolve({ filter: /^zod-as-imported$/ }, async (args) => {
      const found = await build.resolve("zod", { kind: "import-statement", resolveDir: args.resolveDir });
      return found.errors.length ? { errors: found.errors } : { path: found.path };
    }),
);

/**
 * The `yaml` package reads config and schema files only (criteria YAML goes through js-yaml),
 * yet the bundles evaluated it at every start (8 ms of the Action's). Our sources' `yaml` is
 * a stand-in exporting what they use, each requiring the real package on first use; a name
 * not listed here fails the build.
 */
const yamlOnDemand = standIn(
  "yaml",
  [
    "let yaml;",
    'const real = () => (yaml ??= require("yaml"));',
    "export const parse = (...args) => real().parse(...args);",
    "export const parseDocument = (...args) => real().parseDocument(...args);",
    "export const isMap = (node) => real().isMap(node);",
    "export const isSeq = (node) => real().isSeq(node);",
    "export class LineCounter { constructor() { return new (real().LineCounter)(); } }",
  ].join("\n"),
);

/**
 * A plugin giving our sources (not the packages) `contents` in place of the package `name`:
 * a stand-in that `require`s the real one on first use. `more` adds what the stand-in needs.
 */
function standIn(name, contents, more = () => {}) {
  const namespace = `${name}-on-demand`;
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, (args) =>
        /[\\/]src[\\/]/.test(args.importer) ? { path: name, namespace } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace }, () => ({
        contents,
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        loader: "js",
      }));
      more(build);
    },
  };
}

/**
 * fdir (tinyglobby's folder walker) loads picomatch at start-up through a
 * `require` of its own, which esbuild cannot follow: Node then read and compiled
 * picomatch from node_modules on every run (4 ms), though the bundle holds it.
 * The call is pointed at the bundled copy.
 */
const fdirBundledPicomatch = {
  name: "fdir-bundled-picomatch",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const patched = source
        .replace('__require.resolve("picomatch");', "")
        .replace('pm = __require("picomatch");', 'pm = require("picomatch");');
      if (!patched.includes('pm = require("picomatch");') || patched.includes('__require("picomatch")')) {
        throw new Error(`${args.path}: fdir no longer loads picomatch as expected; update fdirBundledPicomatch`);
      }
      return { contents: patched, loader: "js" };
    });
  },
};

/**
 * remark-parse and micromark go in a file of their own, `dist/remark-parser.cjs`, which the
 * bundles `require` on first use (src/parse/remark-lazy.ts in place of remark.ts): the block
 * scanner reads plain entries alone, so most runs never evaluate micromark at all.
 */
const remarkOnDemand = {
  name: "remark-on-demand",
  setup(build) {
    build.onResolve({ filter: /^\.\/remark\.js$/ }, (args) =>
      /[\\/]src[\\/]parse[\\/]markdown\.ts$/.test(args.importer)
        ? { path: fileURLToPath(new URL("../src/parse/remark-lazy.ts", import.meta.url)) }
        : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: false,
  legalComments: "linked",
  logLevel: "warning",
  // Paths as written (`node_modules/…`), not resolved: the same bundle (its module comments
  // included) from a checkout whose node_modules is a symbolic link, such as a git worktree.
  preserveSymlinks: true,
};

/**
 * The entries are CommonJS: Node starts a CommonJS file sooner than an ES module (40-65 ms for
 * the Action). `import.meta.url` (remark-lazy.ts, src/bin.ts, some dependencies) becomes the
 * file's own URL.
 */
const commonJs = {
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  define: { "import.meta.url": "importMetaUrl" },
  inject: ["scripts/import-meta-url.js"],
};

/**
 * esbuild escapes non-ASCII characters in code, but copies comments as they are; one
 * em dash in a comment makes Node decode the whole file as UTF-8 the slow way and
 * V8 keep it as two-byte text (8 ms more to read the CLI bundle). So non-ASCII
 * characters in comments are written as `\uXXXX`; anywhere else the build fails.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, "utf8").split("\n");
  const ascii = lines.map((line, i) => {
    const first = line.search(/[\u0080-\uffff]/);
    if (first === -1) return line;
    const comment = /^\s*(\/\/|\/\*|\*)/.test(line) || (line.includes("//") && line.indexOf("//") < first);
    if (!comment) throw new Error(`${file}:${i + 1}: non-ASCII text outside a comment`);
    return line.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  });
  writeFileSync(file, ascii.join("\n"));
}

await build({
  ...common,
  entryPoints: { "remark-parser": "src/parse/remark.ts" },
  outdir: "dist",
  format: "cjs",
  outExtension: { ".js": ".cjs" },
});
asciiOnly("dist/remark-parser.cjs");

// The CLI: a small entry (src/bin.ts) that runs its bundle through V8's code cache (`main` is
// what src/bin.ts calls).
await build({
  ...common,
  ...commonJs,
  entryPoints: { "cli-bundle": "src/cli.ts" },
  outdir: "dist",
  plugins: [zodOnDemand, zodEnglishOnly, yamlOnDemand, remarkOnDemand, fdirBundledPicomatch],
});
asciiOnly("dist/cli-bundle.cjs");
// The entry names its code cache by the bundle's hash (see src/bin.ts).
const bundleHash = createHash("sha256").update(readFileSync("dist/cli-bundle.cjs")).digest("hex").slice(0, 16);
await build({
  ...common,
  ...commonJs,
  entryPoints: { cli: "src/bin.ts" },
  outdir: "dist",
  banner: { js: "#!/usr/bin/env node" },
  define: { ...commonJs.define, CLI_BUNDLE_SHA256: JSON.stringify(bundleHash) },
});

// The Action. A runner is fresh for every job, so there is no code cache to keep: it compiles
// every time.
await build({
  ...common,
  ...commonJs,
  entryPoints: { index: "src/action/index.ts" },
  outdir: "dist",
  plugins: [zodOnDemand, zodEnglishOnly, yamlOnDemand, remarkOnDemand, fdirBundledPicomatch],
});
asciiOnly("dist/index.cjs");
