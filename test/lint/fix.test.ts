import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixFiles, unifiedDiff } from "../../src/lint/fix-files.js";
import { lint } from "../../src/lint/linter.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";
import { copyCatalog, tempDir } from "../helpers/temp.js";

function entries(root: string): string[] {
  const out: string[] = [];
  for (const dataset of readdirSync(join(root, "datasets"))) {
    const data = join(root, "datasets", dataset, "data");
    try {
      for (const f of readdirSync(data)) out.push(relative(root, join(data, f)));
    } catch {
      // a dataset without entries
    }
  }
  return out.sort();
}

/** Every dataset's `config/*.md` (its template, and old ones). */
function templates(root: string): string[] {
  const out: string[] = [];
  for (const dataset of readdirSync(join(root, "datasets"))) {
    const config = join(root, "datasets", dataset, "config");
    try {
      for (const f of readdirSync(config)) if (f.endsWith(".md")) out.push(relative(root, join(config, f)));
    } catch {
      // a dataset without a config folder
    }
  }
  return out.sort();
}

const headings = (text: string) => text.split(/\r?\n/).filter((l) => /^#{1,6}\s/.test(l)).length;

/** --fix over every entry of a copy of the catalog at `source`. */
function fixOnACopy(source: string): void {
  // Set up before the tests (not while they are declared: a skipped real-data copy reads nothing).
  let root: string;
  let files: string[];
  let before: Map<string, string>;
  let options: { cwd: string; config: { config: object; dir: string }; now: string };
  let findingsBefore: ReturnType<typeof lint>["results"];
  let first: ReturnType<typeof fixFiles>;
  beforeAll(() => {
    // Writable, as a checkout's files are (the real catalog in ../shared is read-only, which --fix respects).
    root = copyCatalog(source, "fix");
    files = entries(root);
    // One file gets an unusual mode, which the fix must keep.
    chmodSync(join(root, files[0] as string), 0o640);
    // The templates too: schema-conflict reports on them, and --fix must never write them.
    before = new Map([...files, ...templates(root)].map((f) => [f, readFileSync(join(root, f), "utf8")]));
    options = { cwd: root, config: { config: {}, dir: root }, now: "2026-11-28" };
    findingsBefore = lint(files, options).results;
    first = fixFiles(files, options, { write: true, diff: false });
  });
  it("changes files and leaves no fixable finding", () => {
    const changed = first.results.filter((r) => r.output !== undefined);
    expect(changed.length).toBeGreaterThan(10);
    expect(first.results.flatMap((r) => r.diagnostics).filter((d) => d.fix)).toEqual([]);
    for (const r of changed) expect(readFileSync(join(root, r.filePath), "utf8")).toBe(r.output);
  });

  it("reports what a lint of the fixed files reports, catalog-level findings (duplicate-entry) included", () => {
    const messages = (results: Array<{ filePath: string; diagnostics: Array<{ ruleId: string; message: string }> }>) =>
      results.flatMap((r) => r.diagnostics.map((d) => `${r.filePath} ${d.ruleId} ${d.message}`));
    const after = lint(files, options).results;
    expect(messages(after).some((m) => m.includes(" duplicate-entry "))).toBe(true);
    expect(messages(first.results)).toEqual(messages(after));
  });

  it("is idempotent: a second run changes nothing", () => {
    const second = fixFiles(files, options, { write: true, diff: false });
    expect(second.results.filter((r) => r.output !== undefined)).toEqual([]);
  });

  it("touches only the fixed ranges: every other byte, and every heading, is kept", () => {
    let moved = 0;
    expect(findingsBefore.some((r) => r.filePath.includes("/config/"))).toBe(true);
    for (const result of findingsBefore) {
      const original = before.get(result.filePath);
      if (original === undefined) throw new Error(`${result.filePath}: a result for a file not read before the fix`);
      const now = readFileSync(join(root, result.filePath), "utf8");
      expect(headings(now), result.filePath).toBe(headings(original));
      // Replay the reported edits (the section-order move aside) on the original.
      let expected = original;
      const edits = result.diagnostics
        .filter((d) => d.fix && d.ruleId !== "section-order")
        .flatMap((d) => (d.fix ? [d.fix] : []))
        .sort((a, b) => b.range[0] - a.range[0]);
      for (const fix of edits) expected = expected.slice(0, fix.range[0]) + fix.text + expected.slice(fix.range[1]);
      if (result.diagnostics.some((d) => d.fix && d.ruleId === "section-order")) {
        // Sections were moved whole: the same lines, in another order.
        moved++;
        const lines = (text: string) =>
          text
            .split(/\r?\n/)
            .filter((l) => l.trim() !== "")
            .sort();
        expect(lines(now), result.filePath).toEqual(lines(expected));
      } else {
        expect(now, result.filePath).toBe(expected);
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it("keeps the file mode", () => {
    const changed = first.results.filter((r) => r.output !== undefined);
    expect(changed.map((r) => r.filePath)).toContain(files[0]);
    for (const r of changed) {
      expect(statSync(join(root, r.filePath)).mode & 0o777).toBe(r.filePath === files[0] ? 0o640 : 0o644);
    }
  });
}

describe("--fix on a copy of the example catalog", () => fixOnACopy(EXAMPLE_CATALOG));

describeRealData("--fix on a copy of the whole awesome-comparisons catalog (200 entries)", () =>
  fixOnACopy(REAL_CATALOG),
);

describe("fixing a single file", () => {
  it("keeps a BOM and CRLF line endings, and prints a unified diff in dry-run mode", () => {
    const root = tempDir("fix-bom");
    const text =
      "\uFEFF# Tool - https://tool.dev\r\n\r\n## General Info\r\n\r\n### Last Update\r\n- February 9, 2026\r\n\r\n## Licensing\r\n\r\n### Opensource\r\n- yes\r\n";
    writeFileSync(join(root, "tool.md"), text);
    const options = { cwd: root, config: { config: {}, dir: root }, now: "2026-11-28", schema: "awesome-comparisons" };
    const dry = fixFiles(["tool.md"], options, { write: false, diff: true });
    expect(readFileSync(join(root, "tool.md"), "utf8")).toBe(text);
    expect(dry.results[0]?.diff).toContain("--- a/tool.md\n+++ b/tool.md\n");
    expect(dry.results[0]?.diff).toContain("-- February 9, 2026\r\n+- 2026-02-09\r\n");
    fixFiles(["tool.md"], options, { write: true, diff: false });
    expect(readFileSync(join(root, "tool.md"), "utf8")).toBe(
      text.replace("February 9, 2026", "2026-02-09").replace("- yes", "- Yes"),
    );
  });

  it("renders diffs git-style", () => {
    expect(unifiedDiff("a.md", "x\n", "y\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-x\n+y\n");
  });
});
