// Bundle the CLI (dist/cli.js) and the Action (dist/index.js) into self-contained ESM files (committed; CI checks it is fresh).
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const banner = [
  "#!/usr/bin/env node",
  // @actions/* pull CommonJS code that calls require(); give the ESM bundle one.
  'import { createRequire as __catalogLintCreateRequire } from "node:module";',
  "const require = __catalogLintCreateRequire(import.meta.url);",
].join("\n");

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

await build({
  entryPoints: { cli: "src/cli.ts", index: "src/action/index.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: false,
  legalComments: "linked",
  banner: { js: banner },
  logLevel: "warning",
  plugins: [zodEnglishOnly],
  // Paths as written (`node_modules/…`), not resolved: the same bundle (its module comments
  // included) from a checkout whose node_modules is a symbolic link, such as a git worktree.
  preserveSymlinks: true,
});
