import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixFiles } from "../../src/lint/fix-files.js";
import { lint } from "../../src/lint/linter.js";
import { findSchemaConflicts } from "../../src/schema/conflicts.js";
import { cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyCatalog, tempDir } from "../helpers/temp.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "rules", "schema-conflict");
const { files } = JSON.parse(readFileSync(join(fixtures, "config.json"), "utf8")) as { files: Record<string, string> };
const TEMPLATE = files["../config/demo-comparison-template.md"] as string;
const CRITERIA = files["../config/comparison.yml"] as string;
const TEMPLATE_PATH = "datasets/demo/config/demo-comparison-template.md";
const CRITERIA_PATH = "datasets/demo/config/comparison.yml";

/** The demo dataset of the fixtures, with `entries` in its data folder. */
function demoCatalog(entries: Record<string, string>, criteria = CRITERIA): string {
  return tempDir("schema-conflict", {
    [TEMPLATE_PATH]: TEMPLATE,
    [CRITERIA_PATH]: criteria,
    ...Object.fromEntries(Object.entries(entries).map(([name, text]) => [`datasets/demo/data/${name}`, text])),
  });
}

const followsCriteria = readFileSync(join(fixtures, "follows-criteria.md"), "utf8");
const followsTemplate = readFileSync(join(fixtures, "follows-template.md"), "utf8");

describe("findSchemaConflicts", () => {
  const conflicts = findSchemaConflicts({ path: TEMPLATE_PATH, text: TEMPLATE }, [
    { path: CRITERIA_PATH, text: CRITERIA },
  ]);
  const byName = new Map(conflicts.map((c) => [c.name, c]));

  it("finds a value the criteria put on the group and the template under a same-named field", () => {
    expect(byName.get("MCP-Client")).toMatchObject({
      kind: "placement",
      group: "MCP-Client",
      criteria: [{ file: CRITERIA_PATH, line: 2 }],
      range: { start: { line: 11, column: 1 } },
    });
  });

  it("finds a group value and a child field the criteria define and the template lacks", () => {
    expect(byName.get("Extensible")).toMatchObject({
      kind: "missing",
      group: "Extensible",
      range: { start: { line: 15 } },
    });
    // `MCP-Roots`, named `Roots`, a child of MCP-Client: at the template's `## MCP-Client`.
    expect(byName.get("Roots")).toMatchObject({
      kind: "missing",
      group: "MCP-Client",
      names: ["MCP-Roots", "Roots"],
      criteria: [{ file: CRITERIA_PATH, line: 10 }],
      range: { start: { line: 8 } },
    });
  });

  it("counts no display-only item, no title, no system field, nothing the template has", () => {
    expect([...byName.keys()].sort()).toEqual(["Extensible", "MCP-Client", "Roots"]);
    const more = `${CRITERIA}  - id:\n      name: Name\n      type: name-url\n  - RepositoryActive:\n      type: REPOSITORY\n  - default-label:\n      values:\n        'Yes':\n`;
    const found = findSchemaConflicts({ path: TEMPLATE_PATH, text: TEMPLATE }, [{ path: CRITERIA_PATH, text: more }]);
    expect(found.map((c) => c.name).sort()).toEqual(["Extensible", "MCP-Client", "Roots"]);
  });

  it("finds none when the criteria agree with the template (matched by id or display name)", () => {
    const agreeing =
      "criteria:\n  - MCP-Client:\n      name: MCP Support\n      type: LABEL\n  - Plugins:\n      type: LABEL\n";
    expect(
      findSchemaConflicts({ path: TEMPLATE_PATH, text: TEMPLATE }, [{ path: CRITERIA_PATH, text: agreeing }]),
    ).toEqual([]);
  });

  it("finds a criterion's line in either layout (`- Id:` and `- id: Id`), and in every file defining it", () => {
    const list =
      "criteria:\n  - id: General\n    type: MARKDOWN\n    children: [Classification]\n  - id: Terminal\n    name: Terminal\n    type: LABEL\n";
    const display = "criteria:\n  - Terminal:\n      values:\n        'Yes':\n";
    const found = findSchemaConflicts({ path: TEMPLATE_PATH, text: TEMPLATE }, [
      { path: "a.yml", text: list },
      { path: "b.yml", text: display },
    ]);
    expect(found).toMatchObject([
      {
        name: "Terminal",
        criteria: [
          { file: "a.yml", line: 5 },
          { file: "b.yml", line: 2 },
        ],
      },
    ]);
  });
});

describe("schema-conflict in a run", () => {
  it("reports once on the template, naming both sources, and on each entry that follows the criteria", () => {
    const root = demoCatalog({ "cursor.md": followsCriteria, "zed.md": followsTemplate, "void.md": followsCriteria });
    const run = lint(["datasets/demo/data/cursor.md", "datasets/demo/data/void.md", "datasets/demo/data/zed.md"], {
      cwd: root,
      config: { config: {}, dir: root },
      now: "2026-11-28",
    });
    const byFile = new Map(run.results.map((r) => [r.filePath, r.diagnostics]));
    expect([...byFile.keys()]).toEqual([
      TEMPLATE_PATH,
      "datasets/demo/data/cursor.md",
      "datasets/demo/data/void.md",
      "datasets/demo/data/zed.md",
    ]);
    const template = byFile.get(TEMPLATE_PATH) ?? [];
    expect(template.map((d) => [d.range.start.line, d.ruleId, d.severity, d.fix])).toEqual([
      [8, "schema-conflict", "warn", undefined],
      [11, "schema-conflict", "warn", undefined],
      [15, "schema-conflict", "warn", undefined],
    ]);
    expect(template[2]?.message).toBe(
      `Unexpected disagreement on \`### Extensible\`: ${CRITERIA_PATH} line 13 defines it, ${TEMPLATE_PATH} does not; entries follow either. Expected the template and the criteria to agree: add it to the template, or remove it from the criteria`,
    );
    expect(template[1]?.message).toContain(`${CRITERIA_PATH} line 2 puts its value directly under \`## MCP-Client\``);
    const cursor = byFile.get("datasets/demo/data/cursor.md") ?? [];
    // One finding per disputed heading, from this rule only: not unknown-section's or section-placement's too.
    expect(cursor.filter((d) => [8, 12, 17].includes(d.range.start.line)).map((d) => d.ruleId)).toEqual([
      "schema-conflict",
      "schema-conflict",
      "schema-conflict",
    ]);
    expect(cursor.filter((d) => d.ruleId === "schema-conflict").every((d) => !d.fix && d.severity === "warn")).toBe(
      true,
    );
    expect(byFile.get("datasets/demo/data/zed.md")?.filter((d) => d.ruleId === "schema-conflict")).toEqual([]);
  });

  it("leaves the usual rules to report the same headings once the sources agree", () => {
    const agreeing = "criteria:\n  - Plugins:\n      type: LABEL\n";
    const root = demoCatalog({ "cursor.md": followsCriteria }, agreeing);
    const run = lint(["datasets/demo/data/cursor.md"], {
      cwd: root,
      config: { config: {}, dir: root },
      now: "2026-11-28",
    });
    expect(run.results.map((r) => r.filePath)).toEqual(["datasets/demo/data/cursor.md"]);
    const found = (run.results[0]?.diagnostics ?? []).map((d) => `${d.range.start.line} ${d.ruleId}`);
    expect(found).toContain("8 section-placement");
    expect(found).toContain("12 unknown-section");
    expect(found).toContain("17 unknown-section");
    expect(found.some((f) => f.endsWith("schema-conflict"))).toBe(false);
  });

  it("never writes the template with --fix, and reports it in what remains", () => {
    const root = demoCatalog({ "cursor.md": `${followsCriteria}\n<!-- Keep only the label values that apply. -->\n` });
    const fixed = fixFiles(
      ["datasets/demo/data/cursor.md"],
      { cwd: root, config: { config: {}, dir: root }, now: "2026-11-28" },
      {
        write: true,
        diff: false,
      },
    );
    expect(readFileSync(join(root, TEMPLATE_PATH), "utf8")).toBe(TEMPLATE);
    const template = fixed.results.find((r) => r.filePath === TEMPLATE_PATH);
    expect(template).toMatchObject({ fixed: 0 });
    expect(template?.output).toBeUndefined();
    expect(template?.diagnostics).toHaveLength(3);
  });

  it("appears in the JSON, SARIF and GitHub reporters, and is off like any rule", () => {
    const root = demoCatalog({ "cursor.md": followsCriteria });
    const json = JSON.parse(cli(["--format", "json"], root).stdout) as Array<{ filePath: string }>;
    expect(json.map((r) => r.filePath)).toContain(join(root, TEMPLATE_PATH));
    const sarif = cli(["--format", "sarif"], root).stdout;
    expect(sarif).toContain(`"uri": "${TEMPLATE_PATH}"`);
    const github = cli(["--format", "github"], root).stdout;
    expect(github).toContain(`::warning file=${TEMPLATE_PATH},line=15,`);
    writeFileSync(join(root, ".catalog-lintrc.yaml"), "rules:\n  schema-conflict: off\n");
    const off = cli(["--format", "json"], root);
    expect(off.stderr).toBe("");
    const offFiles = (JSON.parse(off.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).map(
      (r) => [r.filePath, r.messages.map((m) => m.ruleId)],
    );
    expect(offFiles.map(([f]) => f)).toEqual([join(root, "datasets/demo/data/cursor.md")]);
    // Off, the entry's disputed headings are still not the usual rules' (the conflict stands).
    expect(offFiles[0]?.[1]).not.toContain("unknown-section");
  });
});

describe("schema-conflict on the example catalog", () => {
  it("reports Extensible and MCP-Client's placement on the code-editor template, once", () => {
    const root = copyCatalog(EXAMPLE_CATALOG, "schema-conflict");
    const report = JSON.parse(cli(["--format", "json"], root).stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number; message: string }>;
    }>;
    const editor = report.find((r) =>
      r.filePath.endsWith("datasets/code-editor/config/code-editor-comparison-template.md"),
    );
    const headings = editor?.messages.map((m) => /disagreement on `([^`]+)`/.exec(m.message)?.[1]);
    expect(headings).toEqual([
      "### Protocol Version",
      "### Roots",
      "### Sampling",
      "### Tasks",
      "## MCP-Client",
      "### Extensible",
    ]);
    expect(editor?.messages.at(-1)?.message).toContain(
      "configuration/defaults/groups-advanced.yml line 261 and configuration/defaults/value-displays.yml line 14 define it",
    );
  });
});
