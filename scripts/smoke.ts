import { readdirSync } from "node:fs";
import { lint } from "../src/lint/linter.js";

const root = "/work/shared/corpus/awesome-comparisons";
const files: string[] = [];
for (const d of readdirSync(root + "/datasets")) {
  try {
    for (const f of readdirSync(`${root}/datasets/${d}/data`)) files.push(`datasets/${d}/data/${f}`);
  } catch {}
}
const run = lint(files, { cwd: root, config: { config: {}, dir: root }, now: "2026-11-28" });
const counts: Record<string, number> = {};
for (const r of run.results) for (const d of r.diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
console.log(run.results.length, counts, run.notices);
const rule = process.argv[2];
if (rule)
  for (const r of run.results)
    for (const d of r.diagnostics)
      if (d.ruleId === rule) console.log(`${r.filePath}:${d.range.start.line}:${d.range.start.column} ${d.message}`);
