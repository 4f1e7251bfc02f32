// Bundle the CLI (dist/cli.cjs, which runs dist/cli-bundle.cjs) and the Action (dist/index.cjs) into self-contained CommonJS files (committed; CI checks they are fresh).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

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
      resolveDir: ROOT,
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
 * evaluates the real one on first use. So a run without a config or schema file
 * never evaluates zod.
 */
const zodStandIn =
  'let zod;\nexport const z = new Proxy({}, { get: (_, key) => (zod ??= require("real:zod").z)[key] });';

/**
 * The `yaml` package reads config and schema files only (criteria YAML goes through js-yaml),
 * yet the bundles evaluated it at every start (8 ms of the Action's). Our sources' `yaml` is
 * a stand-in exporting what they use, each requiring the real package on first use; a name
 * not listed here fails the build.
 */
const yamlStandIn = [
  "let yaml;",
  'const real = () => (yaml ??= require("real:yaml"));',
  "export const parse = (...args) => real().parse(...args);",
  "export const parseDocument = (...args) => real().parseDocument(...args);",
  "export const isMap = (node) => real().isMap(node);",
  "export const isSeq = (node) => real().isSeq(node);",
  "export class LineCounter { constructor() { return new (real().LineCounter)(); } }",
].join("\n");

/**
 * re2js (linear-time matching for the patterns a catalog's config gives) is 275 KB that only
 * a run with such a pattern needs: +21 % on the CLI's bundle and +47 % on the Action's if
 * bundled. It is kept beside both; src/schema/pattern.ts uses only these two functions.
 */
const re2jsStandIn =
  'let re2js;\nexport const RE2JS = new Proxy({}, { get: (_, key) => (re2js ??= require("real:re2js")).RE2JS[key] });';

/**
 * A plugin giving our sources (not the packages) `contents` in place of the package `name`:
 * a stand-in whose `require("real:<name>")` loads the real one on first use. Where the real
 * one is:
 * - `bundled`: in the same bundle, in a function esbuild runs on that first `require`. The CLI
 *   caches its bundle's compiled code, so code it does not run costs it little.
 * - `beside`: in `dist/<name>.cjs` (`besideTheBundle`). The Action compiles its bundle at every
 *   start, and the less text, the sooner it starts.
 * Either way it is the ES module build that `import` would get (`require` would pick zod's
 * CommonJS build, and all its locales).
 */
function standIn(name, contents, where) {
  const namespace = `${name}-on-demand`;
  return {
    name: `${namespace}-${where}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, (args) =>
        /[\\/]src[\\/]/.test(args.importer) ? { path: name, namespace } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace }, () => ({
        contents,
        resolveDir: ROOT,
        loader: "js",
      }));
      build.onResolve({ filter: new RegExp(`^real:${name}$`) }, async (args) => {
        if (where === "beside") return { path: `./${name}.cjs`, external: true };
        const found = await build.resolve(name, { kind: "import-statement", resolveDir: args.resolveDir });
        return found.errors.length ? { errors: found.errors } : { path: found.path };
      });
    },
  };
}

/**
 * Fails the build if `file` holds any of `packages`: the plugins above keep them out of the
 * Action's bundle, and a dependency's update could quietly bring one back (esbuild heads each
 * module with a `// node_modules/<package>/…` comment).
 */
function leftOut(file, packages) {
  const text = readFileSync(file, "utf8");
  for (const name of packages) {
    if (text.includes(`\n// node_modules/${name}/`))
      throw new Error(`${file} holds ${name}, which must be loaded on demand`);
  }
}

/** What `standIn(name, …, "beside")` loads: the package's ES module build, as one CommonJS file. */
async function besideTheBundle(name, plugins = []) {
  await build({
    ...common,
    stdin: { contents: `export * from "${name}";`, resolveDir: ROOT, loader: "js" },
    outfile: `dist/${name}.cjs`,
    format: "cjs",
    plugins,
  });
  asciiOnly(`dist/${name}.cjs`);
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
 * Code a run may not need goes in a file of its own beside the bundle, `require`d on first use.
 * Here the source module `request` (as `importer` imports it) is swapped for its lazy `twin`: the
 * same functions, which load the real module from that file (built below from the real module).
 * - remark-parse and micromark (`dist/remark-parser.cjs`): the block scanner reads plain entries
 *   alone, so most runs never evaluate micromark at all.
 * - Octokit (`dist/octokit.cjs`, the Action only): with undici and Node's network modules, it took a
 *   third of the Action's start, and a run that calls no API never needs it.
 */
function lazyTwin(importer, request, twin) {
  return {
    name: `lazy-${twin}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${request.replace(/[./]/g, "\\$&")}$`) }, (args) =>
        importer.test(args.importer) ? { path: fileURLToPath(new URL(`../${twin}`, import.meta.url)) } : undefined,
      );
    },
  };
}
const remarkOnDemand = lazyTwin(/[\\/]src[\\/]parse[\\/]markdown\.ts$/, "./remark.js", "src/parse/remark-lazy.ts");
const octokitOnDemand = lazyTwin(/[\\/]src[\\/]action[\\/]main\.ts$/, "./octokit.js", "src/action/octokit-lazy.ts");

/**
 * `@actions/core` imports its OIDC client (`core.getIDToken`) at load, and with it
 * `@actions/http-client`, undici and tunnel: 57 ms of the Action's start in a profile, for a function
 * catalog-lint never calls. The Action's bundle has a stand-in that says so if it ever is.
 */
const coreWithoutOidc = {
  name: "core-without-oidc",
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)
        ? { path: "oidc-utils", namespace: "core-without-oidc" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "core-without-oidc" }, () => ({
      contents: [
        "export class OidcClient {",
        "  static getIDToken() {",
        "    return Promise.reject(new Error(\"catalog-lint's bundle leaves out @actions/core's OIDC client (scripts/build.mjs): getIDToken is not available\"));",
        "  }",
        "}",
      ].join("\n"),
      loader: "js",
    }));
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
 * the Action). `import.meta.url` (remark-lazy.ts, src/cli/bin.ts, some dependencies) becomes the
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

// The CLI: a small entry (src/cli/bin.ts) that runs its bundle through V8's code cache (`main` is
// what src/cli/bin.ts calls).
await build({
  ...common,
  ...commonJs,
  entryPoints: { "cli-bundle": "src/cli/index.ts" },
  outdir: "dist",
  plugins: [
    standIn("zod", zodStandIn, "bundled"),
    zodEnglishOnly,
    standIn("yaml", yamlStandIn, "bundled"),
    standIn("re2js", re2jsStandIn, "beside"),
    remarkOnDemand,
    fdirBundledPicomatch,
  ],
});
asciiOnly("dist/cli-bundle.cjs");
// The entry names its code cache by the bundle's hash (see src/cli/bin.ts).
const bundleHash = createHash("sha256").update(readFileSync("dist/cli-bundle.cjs")).digest("hex").slice(0, 16);
await build({
  ...common,
  ...commonJs,
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  banner: { js: "#!/usr/bin/env node" },
  define: { ...commonJs.define, CLI_BUNDLE_SHA256: JSON.stringify(bundleHash) },
});

// The Action. A runner is fresh for every job, so there is no code cache to keep: it compiles
// every time, and what a run may not need is kept beside it.
await build({
  ...common,
  ...commonJs,
  entryPoints: { index: "src/action/index.ts" },
  outdir: "dist",
  plugins: [
    standIn("zod", zodStandIn, "beside"),
    standIn("yaml", yamlStandIn, "beside"),
    standIn("re2js", re2jsStandIn, "beside"),
    remarkOnDemand,
    octokitOnDemand,
    coreWithoutOidc,
    fdirBundledPicomatch,
  ],
});
asciiOnly("dist/index.cjs");
leftOut("dist/index.cjs", ["undici", "@octokit/core", "@actions/http-client", "zod", "yaml", "micromark", "re2js"]);
leftOut("dist/cli-bundle.cjs", ["re2js"]);
await besideTheBundle("zod", [zodEnglishOnly]);
await besideTheBundle("yaml");
await besideTheBundle("re2js");
await build({
  ...common,
  ...commonJs,
  entryPoints: { octokit: "src/action/octokit.ts" },
  outdir: "dist",
  plugins: [coreWithoutOidc],
});
asciiOnly("dist/octokit.cjs");
