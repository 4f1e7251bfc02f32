// Bundle the CLI (dist/cli.cjs, which runs dist/cli-bundle.cjs), the Action (dist/index.cjs) and the API (dist/api.cjs) into
// self-contained CommonJS files, with beside them the packages only some runs load (committed; CI
// checks they are fresh). Every mechanism here is in the perf ledger of bench/README.md, with its
// measured gain and the test that guards it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * What src/util/packages.ts loads on first use, beside the bundles: each file is built from the
 * packages its source twin (`src/util/<name>.cjs`) requires, with the same exports. The ES module
 * builds, as `import` gets them (`require` would pick zod's CommonJS build, and all its locales).
 */
const PACKAGES_BESIDE = {
  "config-parsers": 'export { z } from "zod"; export * as yaml from "yaml";',
  re2js: 'export * from "re2js";',
  "remark-parser": 'export { unified } from "unified"; export { default as remarkParse } from "remark-parse";',
  "json-schema-validator":
    'export { default as Ajv } from "ajv"; export { default as Ajv2019 } from "ajv/dist/2019"; export { default as Ajv2020 } from "ajv/dist/2020"; export { default as addFormats } from "ajv-formats";',
  "toml-parser": 'export { parseTOML } from "toml-eslint-parser";',
};

/**
 * What no bundle may hold: the packages above are loaded beside them, and Octokit (with undici and
 * @actions/http-client) is the Action's `dist/octokit.cjs`. A dependency's update could quietly
 * bring one back through another import; esbuild heads each module with a
 * `// node_modules/<package>/…` comment, so the build fails on that comment.
 */
const LEFT_OUT = [
  "zod",
  "yaml",
  "re2js",
  "micromark",
  "ajv",
  "ajv-formats",
  "toml-eslint-parser",
  "undici",
  "@octokit/core",
  "@actions/http-client",
];

/**
 * zod's classic API re-exports all its ~40 message locales as `z.locales` (358 KB, parsed whenever
 * zod loads). catalog-lint only uses English, which zod registers itself, so the locales index is
 * replaced by one that exports `en` alone.
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

/**
 * src/action/octokit-lazy.ts imports `./octokit.js` on the first API call; in the Action's bundle
 * that module is dist/octokit.cjs (built below), not a part of index.cjs: compiled at every start
 * on a fresh runner, 1 MB of text would cost every run, API or not.
 */
const octokitBeside = {
  name: "octokit-beside",
  setup(build) {
    build.onResolve({ filter: /^\.\/octokit\.js$/ }, (args) =>
      args.kind === "dynamic-import" && /[\\/]src[\\/]action[\\/]octokit-lazy\.ts$/.test(args.importer)
        ? { path: "./octokit.cjs", external: true }
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
 * The entries are CommonJS: Node starts a CommonJS file sooner than an ES module. `import.meta.url`
 * (src/util/packages.ts, src/cli/bin.ts, some dependencies) becomes the file's own URL. A dynamic
 * `import()` left outside the bundle becomes a `require` (Node's CommonJS loader, not the ES one).
 */
const commonJs = {
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  define: { "import.meta.url": "importMetaUrl" },
  inject: ["scripts/import-meta-url.js"],
  supported: { "dynamic-import": false },
};

/** Fails the build if `file` holds one of the LEFT_OUT packages (see there). */
function leftOut(file) {
  const text = readFileSync(file, "utf8");
  for (const name of LEFT_OUT) {
    if (text.includes(`\n// node_modules/${name}/`)) {
      throw new Error(`${file} holds ${name}, which must be loaded on first use from a file beside it`);
    }
  }
}

async function bundle(entry, source, options = {}) {
  const file = `dist/${entry}.cjs`;
  await build({ ...common, ...commonJs, ...source, outfile: file, ...options });
  return file;
}

// From an empty folder: a file no longer built must not stay behind, committed and loadable.
rmSync("dist", { recursive: true, force: true });
for (const [name, contents] of Object.entries(PACKAGES_BESIDE)) {
  await bundle(name, { stdin: { contents, resolveDir: ROOT, loader: "js" } }, { plugins: [zodEnglishOnly] });
}

// The CLI: a small entry (src/cli/bin.ts) that runs its bundle through V8's code cache (`main` is
// what src/cli/bin.ts calls). The entry names its code cache by the bundle's hash.
leftOut(await bundle("cli-bundle", { entryPoints: ["src/cli/index.ts"] }));
const bundleHash = createHash("sha256").update(readFileSync("dist/cli-bundle.cjs")).digest("hex").slice(0, 16);
await bundle(
  "cli",
  { entryPoints: ["src/cli/bin.ts"] },
  {
    banner: { js: "#!/usr/bin/env node" },
    define: { ...commonJs.define, CLI_BUNDLE_SHA256: JSON.stringify(bundleHash) },
  },
);

// The Action. A runner is fresh for every job, so there is no code cache to keep: it compiles
// index.cjs every time, and Octokit only when a run calls the API.
leftOut(await bundle("index", { entryPoints: ["src/action/index.ts"] }, { plugins: [octokitBeside, coreWithoutOidc] }));
await bundle("octokit", { entryPoints: ["src/action/octokit.ts"] }, { plugins: [coreWithoutOidc] });

// The programmatic API (`import { lint } from "catalog-lint"`, or `require`): one CommonJS file,
// whose named exports Node's ES loader finds (esbuild writes them in the form it reads).
leftOut(await bundle("api", { entryPoints: ["src/api/index.ts"] }));
emitApiTypes();

/**
 * The API's declarations, generated from src/ by TypeScript (never written by hand, so they
 * cannot drift): the .d.ts files src/api/index.ts reaches, in dist/types/ as in src/, with a
 * package.json that makes them CommonJS declarations, as dist/api.cjs is.
 */
function emitApiTypes() {
  const require = createRequire(import.meta.url);
  const ts = require("typescript");
  const emitted = new Map();
  const program = ts.createProgram(["src/api/index.ts"], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    resolveJsonModule: true,
    strict: true,
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: "src",
    outDir: "dist/types",
    types: ["node"],
  });
  const { diagnostics } = program.emit(undefined, (file, text) => emitted.set(resolve(file), text));
  if (diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(diagnostics, ts.createCompilerHost({})));
  }
  const wanted = new Set();
  const visit = (file) => {
    if (wanted.has(file)) return;
    const text = emitted.get(file);
    if (text === undefined) throw new Error(`The API's declarations import ${file}, which TypeScript did not emit`);
    wanted.add(file);
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith("."))
        throw new Error(`${file} imports ${fileName}: the API's types must name no package`);
      visit(resolve(dirname(file), fileName.replace(/\.js$/, ".d.ts")));
    }
  };
  visit(resolve("dist/types/api/index.d.ts"));
  for (const file of wanted) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, emitted.get(file));
  }
  writeFileSync("dist/types/package.json", `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
}
