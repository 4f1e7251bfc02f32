import { createRequire } from "node:module";
import type { Root } from "mdast";

/**
 * What the bundles use in place of remark.ts: the same function, loaded on
 * first use from `remark-parser.cjs` beside the bundle (built from remark.ts
 * by scripts/build.mjs). Plain entries never need it, so a run over them
 * starts without evaluating micromark. A synchronous `require`: parsing is
 * synchronous.
 */
let remark: typeof import("./remark.js") | undefined;

export function parseWithRemark(text: string): Root {
  remark ??= createRequire(import.meta.url)("./remark-parser.cjs") as typeof import("./remark.js");
  return remark.parseWithRemark(text);
}
