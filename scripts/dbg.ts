import { parseConfig } from "../src/config/load.js";
for (const t of ["rules:\n  stale-date:\n    - warn\n    - maxAgeDays: soon\n", "rules:\n  stale-date: [warn, {maxAge: 3}]\n", '{"include": "docs/*.md"}', "overrides:\n  - files: 3\n"]) {
  try { parseConfig(t, "rc.yaml"); } catch (e) { console.log((e as Error).message); }
}
