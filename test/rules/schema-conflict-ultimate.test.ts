import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixFiles } from "../../src/lint/fix-files.js";
import { lint } from "../../src/lint/linter.js";
import { findUltimateConflicts } from "../../src/schema/ultimate-conflicts.js";
import { copyCatalog } from "../helpers/temp.js";

// An ultimate-comparisons catalog whose template writes `## Licence` for the criteria's `License`
// and lacks their `Platforms` (see its README).
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "ultimate-conflict");
const AGREEING = join(import.meta.dirname, "..", "fixtures", "ultimate-catalog");
const TEMPLATE_PATH = "data/template.md";
const CRITERIA_PATH = "configuration/comparison.yml";
const ENTRIES = ["data/follows-criteria.md", "data/follows-template.md"];
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");

function conflictsOf(root: string) {
  return findUltimateConflicts({ path: TEMPLATE_PATH, text: read(root, TEMPLATE_PATH) }, [
    { path: CRITERIA_PATH, text: read(root, CRITERIA_PATH) },
  ]);
}

function run(root: string, files = ENTRIES) {
  const result = lint(files, { cwd: root, config: { config: {}, dir: root }, now: "2026-12-03" });
  return new Map(result.results.map((r) => [r.filePath, r.diagnostics]));
}

describe("findUltimateConflicts", () => {
  it("pairs a template heading with the criterion it spells another way, and finds a criterion the template lacks", () => {
    expect(conflictsOf(FIXTURE)).toMatchObject([
      {
        kind: "spelling",
        group: "Licence",
        name: "License",
        names: ["License", "SPDX License"],
        criteria: [{ file: CRITERIA_PATH, line: 14 }],
        range: { start: { line: 8, column: 1 } },
      },
      { kind: "missingGroup", name: "Platforms", criteria: [{ file: CRITERIA_PATH, line: 20 }] },
    ]);
  });

  it("counts no title, no short description, no free-text heading of the template", () => {
    // The agreeing fixture's template has `## Notes`, which no criterion names: free text, no conflict.
    expect(conflictsOf(AGREEING)).toEqual([]);
  });

  it("pairs only when one heading is that close: a case difference, or two letters in a long name", () => {
    const template = "# T - http://t.example\n\n## performance\n- fast\n\n## Rate\n";
    const criteria =
      "criteria:\n  - Performance:\n      type: LABEL\n  - Rating:\n      type: RATING\n  - Date:\n      type: TEXT\n";
    const found = findUltimateConflicts({ path: TEMPLATE_PATH, text: template }, [
      { path: CRITERIA_PATH, text: criteria },
    ]);
    // `Rate` is two letters from `Date` and from `Rating`, both short: no guess between them.
    expect(found.map((c) => [c.kind, c.name, c.group])).toEqual([
      ["spelling", "Performance", "performance"],
      ["missingGroup", "Rating", undefined],
      ["missingGroup", "Date", undefined],
    ]);
  });
});

describe("schema-conflict on an ultimate-comparisons catalog", () => {
  it("reports once on the template naming both sources, and warns the entry that follows the criteria", () => {
    const byFile = run(copyCatalog(FIXTURE, "ultimate-conflict"));
    const template = byFile.get(TEMPLATE_PATH) ?? [];
    expect(template.map((d) => [d.range.start.line, d.ruleId, d.severity, d.fix])).toEqual([
      [1, "schema-conflict", "warn", undefined],
      [8, "schema-conflict", "warn", undefined],
    ]);
    expect(template[1]?.message).toBe(
      `Unexpected disagreement on \`## Licence\`: ${CRITERIA_PATH} line 14 spells it \`License\`, ${TEMPLATE_PATH} writes \`## Licence\`; entries follow either. Expected the template and the criteria to agree: rename one to the other`,
    );
    expect(template[0]?.message).toContain(
      `${CRITERIA_PATH} line 20 defines it, ${TEMPLATE_PATH} has no \`## Platforms\``,
    );
    // No unknown-section error (and no rename fix toward `Licence`) on the entry that follows the criteria.
    const criteriaSide = byFile.get("data/follows-criteria.md") ?? [];
    expect(criteriaSide.map((d) => [d.range.start.line, d.ruleId, d.severity, d.fix])).toEqual([
      [7, "schema-conflict", "warn", undefined],
      [10, "schema-conflict", "warn", undefined],
    ]);
    expect(criteriaSide[0]?.message).toContain("the template data/template.md writes `## Licence`");
    expect(byFile.get("data/follows-template.md") ?? []).toEqual([]);
  });

  it("fixes neither spelling with --fix", () => {
    const root = copyCatalog(FIXTURE, "ultimate-conflict-fix");
    const before = ["data/follows-criteria.md", "data/follows-template.md", TEMPLATE_PATH].map((p) => read(root, p));
    fixFiles(
      ENTRIES,
      { cwd: root, config: { config: {}, dir: root }, now: "2026-12-03" },
      { write: true, diff: false },
    );
    expect(["data/follows-criteria.md", "data/follows-template.md", TEMPLATE_PATH].map((p) => read(root, p))).toEqual(
      before,
    );
  });

  it("finds nothing when the template and the criteria agree", () => {
    const byFile = run(copyCatalog(AGREEING, "ultimate-agreeing"), [
      "data/alpha.md",
      "data/betaTool.md",
      "data/gamma.md",
    ]);
    expect(byFile.size).toBe(3);
    expect([...byFile.values()].flat().filter((d) => d.ruleId === "schema-conflict")).toEqual([]);
  });
});
