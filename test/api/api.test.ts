import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CatalogLintConfig, CatalogLintError, lint, lintText, loadConfig } from "../../src/api/index.js";
import type { LintFileResult } from "../../src/api/types.js";
import type { Config } from "../../src/config/schema.js";
import type { FileResult } from "../../src/diagnostics/diagnostic.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { tempDir } from "../helpers/temp.js";

/*
 * The API's own types are written without zod's (the package has no runtime dependency to name):
 * what the engine gives must fit them, and tsc (npm run typecheck) fails here when it no longer does.
 */
const configFits: Config extends CatalogLintConfig ? true : false = true;
const resultsFit: FileResult extends LintFileResult ? (LintFileResult extends FileResult ? true : false) : false = true;

describe("the programmatic API", () => {
  it("lints the catalog as the CLI does", () => {
    const report = lint({ cwd: EXAMPLE_CATALOG, now: "2026-11-28" });
    const fromCli = JSON.parse(cli(["--format", "json"], EXAMPLE_CATALOG).stdout) as Array<{
      filePath: string;
      errorCount: number;
      warningCount: number;
    }>;
    expect(report.results.map((r) => join(EXAMPLE_CATALOG, r.filePath))).toEqual(fromCli.map((r) => r.filePath));
    expect(report.errorCount).toBe(fromCli.reduce((n, r) => n + r.errorCount, 0));
    expect(report.warningCount).toBe(fromCli.reduce((n, r) => n + r.warningCount, 0));
    expect(report.errorCount).toBeGreaterThan(100);
    expect(configFits && resultsFit).toBe(true);
  });

  it("lints given paths, skipping what is no entry when asked", () => {
    const paths = ["SOURCE.md", "datasets/terminal/data/aider.md"];
    // The terminal template's criteria disagree with it (schema-conflict), but it was not asked about.
    const template = "datasets/terminal/config/terminal-comparison-template.md";
    expect(lint({ cwd: EXAMPLE_CATALOG, now: "2026-11-28", paths }).results.map((r) => r.filePath)).toEqual([
      "SOURCE.md",
      "datasets/terminal/data/aider.md",
    ]);
    const entries = lint({ cwd: EXAMPLE_CATALOG, now: "2026-11-28", paths, catalogFilesOnly: true });
    expect(entries.results.map((r) => r.filePath)).toEqual(["datasets/terminal/data/aider.md"]);
    // Named, it has a result: its findings are what was asked for.
    const named = lint({ cwd: EXAMPLE_CATALOG, now: "2026-11-28", paths: [...paths, template] });
    expect(named.results.map((r) => r.filePath)).toEqual(["SOURCE.md", template, "datasets/terminal/data/aider.md"]);
  });

  it("lints a text as a file, and fixes it without writing", () => {
    const path = "datasets/terminal/data/aider.md";
    const onDisk = readFileSync(join(EXAMPLE_CATALOG, path), "utf8");
    const report = lintText(onDisk, { cwd: EXAMPLE_CATALOG, now: "2026-11-28", filePath: path });
    // A text's report is its own file's: not its template's (see schema-conflict).
    expect(report.results).toEqual(
      lint({ cwd: EXAMPLE_CATALOG, now: "2026-11-28", paths: [path] }).results.filter((r) => r.filePath === path),
    );
    // An edit in an editor's buffer: `mit` for `MIT`, which label-value fixes.
    const text = onDisk.replace("\n- MIT\n", "\n- mit\n");
    expect(text).not.toBe(onDisk);
    const edited = lintText(text, { cwd: EXAMPLE_CATALOG, now: "2026-11-28", filePath: path });
    expect(edited.errorCount).toBe(report.errorCount + 1);
    const fixed = lintText(text, { cwd: EXAMPLE_CATALOG, now: "2026-11-28", filePath: path, fix: true });
    expect(fixed.output).toBe(onDisk);
    expect(fixed.errorCount).toBe(report.errorCount);
    expect(readFileSync(join(EXAMPLE_CATALOG, path), "utf8")).toBe(onDisk);
  });

  it("loads and checks the config, and throws CatalogLintError with the CLI's message", () => {
    const dir = tempDir("api", { ".catalog-lintrc.yaml": "include: ['*.md']\n", "a.md": CLEAN });
    expect(loadConfig({ cwd: dir })).toEqual({
      config: { include: ["*.md"] },
      path: join(dir, ".catalog-lintrc.yaml"),
      dir,
    });
    expect(loadConfig({ cwd: tempDir("api") }).config).toEqual({});
    const bad = tempDir("api", { ".catalog-lintrc.yaml": "incude: ['*.md']\n" });
    expect(() => loadConfig({ cwd: bad })).toThrow(CatalogLintError);
    expect(() => lint({ cwd: bad, now: "2026-11-28" })).toThrow(
      ".catalog-lintrc.yaml:1: `incude`: unknown key `incude` (did you mean `include`?), expected a documented key",
    );
    expect(() => lint({ cwd: dir, now: "2026-02-30" })).toThrow(/2026-02-30/);
  });
});
