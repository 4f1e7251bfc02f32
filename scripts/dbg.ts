import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { globSync } from "tinyglobby";
import { unified } from "unified";

const files = globSync(["datasets/*/data/*.md"], { cwd: "/work/shared/corpus/awesome-comparisons", absolute: true });
const texts = files.map((f) => readFileSync(f, "utf8"));
console.log(
  files.length,
  texts.reduce((a, t) => a + t.length, 0),
);
const p = unified().use(remarkParse);
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const t of texts) p.parse(t);
  console.log("parse", (performance.now() - t0).toFixed(0), "ms");
}
