/**
 * The data the repository embeds for its tests and its Quick start: the example
 * catalog (a byte-exact subset of awesome-comparisons, test/fixtures/example-catalog)
 * and the vendored JSON Schemas (test/fixtures/vendor/schemas). What they claim
 * in their SOURCE.md and README.md is checked here; against the full catalog
 * too when it is beside the project (real data).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { catalogEntries, EXAMPLE_CATALOG, GITHUB_ACTION_SCHEMA, SARIF_SCHEMA } from "../helpers/embedded.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;

/** The JSON report of the catalog at `root` (no paths: its manifest's data folders), by path inside it. */
function lintCatalog(root: string): Map<string, Report[number]["messages"]> {
  const run = cli(["--format", "json", "--now", "2026-11-28"], root);
  expect(run.stderr).toBe("");
  return new Map((JSON.parse(run.stdout) as Report).map((r) => [relative(root, r.filePath), r.messages]));
}

const rulesOf = (report: Map<string, Report[number]["messages"]>) =>
  [...new Set([...report.values()].flat().map((m) => m.ruleId))].sort();

/** Every file below `root`, relative to it, sorted. */
const filesBelow = (root: string) =>
  (
    readdirSync(root, { recursive: true, withFileTypes: true }) as Array<{
      isFile(): boolean;
      parentPath: string;
      name: string;
    }>
  )
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("the vendored schemas", () => {
  it("are the upstream files their README names, unchanged", () => {
    expect(sha256(SARIF_SCHEMA)).toBe("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e");
    expect(sha256(GITHUB_ACTION_SCHEMA)).toBe("83bd3bf0c4122ceb764927bc189d9e3794931306b53cdf89816f6f3472cadf88");
    expect(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")).id).toBe(
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    );
    expect(JSON.parse(readFileSync(GITHUB_ACTION_SCHEMA, "utf8")).$id).toBe(
      "https://json.schemastore.org/github-action.json",
    );
  });
});

describe("the example catalog", () => {
  const report = lintCatalog(EXAMPLE_CATALOG);

  it("holds the entries its SOURCE.md lists, and no others", () => {
    const source = readFileSync(join(EXAMPLE_CATALOG, "SOURCE.md"), "utf8");
    // "  - `aie-model`: claude-haiku-4-5, codeium_enterprise, deepseek-r1 (…), kimi-k2, …"
    const listed = [...source.matchAll(/^ {2}- `([\w-]+)`: ((?:.|\n {4})+)$/gm)].flatMap(([, id, names = ""]) =>
      names
        .replace(/\([^)]*\)/g, "")
        .split(",")
        .map((name) => `datasets/${id}/data/${name.trim()}.md`),
    );
    const present = catalogEntries(EXAMPLE_CATALOG).map((f) => relative(EXAMPLE_CATALOG, f));
    expect(listed.sort()).toEqual(present);
    expect(present).toHaveLength(31);
  });

  it("lints every entry, and draws every kind of finding the full catalog has, and entries with none", () => {
    // Every file of the data folders but business-competition's TEMPLATE.md: its template, not an entry.
    const entries = catalogEntries(EXAMPLE_CATALOG).filter((f) => basename(f) !== "TEMPLATE.md");
    const linted = [...report.keys()].filter((f) => f.includes("/data/")).sort();
    expect(linted).toEqual(entries.map((f) => relative(EXAMPLE_CATALOG, f)));
    // The rest are templates, reported on only where the criteria disagree with them.
    const others = [...report.keys()].filter((f) => !f.includes("/data/"));
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) {
      expect(file).toMatch(/^datasets\/[\w-]+\/config\/[\w-]+-comparison-template\.md$/);
      expect(new Set(report.get(file)?.map((m) => m.ruleId))).toEqual(new Set(["schema-conflict"]));
    }
    // The 16 rules that report something on the full awesome-comparisons catalog (see the real-data test below);
    // its 49 section-placement findings are values under `## MCP-Client`, which schema-conflict reports.
    expect(rulesOf(report)).toEqual([
      "date-format",
      "duplicate-entry",
      "filename",
      "label-value",
      "license-consistency",
      "rating-format",
      "repo-url",
      "required-section",
      "schema-conflict",
      "section-order",
      "single-value",
      "template-leftover",
      "title",
      "unknown-marker",
      "unknown-section",
      "url",
    ]);
    expect(report.get("datasets/aie-model/data/deepseek-r1.md")).toEqual([]);
  });
});

describeRealData("the example catalog against the whole awesome-comparisons catalog", () => {
  it("is a byte-exact copy of some of its files", () => {
    const copied = filesBelow(EXAMPLE_CATALOG).filter((f) => f !== "SOURCE.md");
    expect(copied.length).toBeGreaterThan(30);
    for (const file of copied) expect(sha256(join(EXAMPLE_CATALOG, file)), file).toBe(sha256(join(REAL_CATALOG, file)));
  });

  it("gives each copied entry exactly the findings it gets in a run over the whole catalog, and every kind of them", () => {
    const example = lintCatalog(EXAMPLE_CATALOG);
    const whole = lintCatalog(REAL_CATALOG);
    // 200 and 31 files in data folders, business-competition's TEMPLATE.md among them: its template, not an entry.
    const entriesOf = (report: Map<string, unknown>) => [...report.keys()].filter((f) => f.includes("/data/"));
    expect(entriesOf(whole)).toHaveLength(199);
    expect(entriesOf(example)).toHaveLength(30);
    for (const [path, messages] of example) expect(messages, path).toEqual(whole.get(path));
    expect(rulesOf(example)).toEqual(rulesOf(whole));
  });
});
