// Bundle the CLI (dist/cli.js) and the Action (dist/index.js) into self-contained ESM files (committed; CI checks it is fresh).
import { build } from "esbuild";

const banner = [
  "#!/usr/bin/env node",
  // @actions/* pull CommonJS code that calls require(); give the ESM bundle one.
  'import { createRequire as __catalogLintCreateRequire } from "node:module";',
  "const require = __catalogLintCreateRequire(import.meta.url);",
].join("\n");

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
});
