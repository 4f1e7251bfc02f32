// Bundle the CLI (dist/cli.cjs, which runs dist/cli-bundle.cjs) and the Action (dist/index.cjs) into self-contained CommonJS files (committed; CI checks they are fresh).
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

await build({
  ...common,
  entryPoints: { "remark-parser": "src/parse/remark.ts" },
  outdir: "dist",
  format: "cjs",
  outExtension: { ".js": ".cjs" },
});

// The CLI: a small entry (src/bin.ts) that runs its bundle through V8's code cache (`main` is
// what src/bin.ts calls).
await build({
  ...common,
  ...commonJs,
  entryPoints: { "cli-bundle": "src/cli.ts" },
  outdir: "dist",
  plugins: [zodEnglishOnly, remarkOnDemand],
});
await build({
  ...common,
  ...commonJs,
  entryPoints: { cli: "src/bin.ts" },
  outdir: "dist",
  banner: { js: "#!/usr/bin/env node" },
});

// The Action. A runner is fresh for every job, so there is no code cache to keep: it compiles
// every time.
await build({
  ...common,
  ...commonJs,
  entryPoints: { index: "src/action/index.ts" },
  outdir: "dist",
  plugins: [zodEnglishOnly, remarkOnDemand],
});
