/**
 * Findings on a file that is no entry (a dataset's template, where `schema-conflict` reports
 * its disagreements with the criteria) only when the run covers that file: a whole-catalog run,
 * a run that names it or changed it, or one that names or changed a criteria file they name. A
 * pull request that changes one entry is not told of a template it never touched.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namedPathMatcher } from "../../src/files/named-paths.js";
import { scopeMatcher } from "../../src/lint/scope.js";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "rules", "schema-conflict");
const { files } = JSON.parse(readFileSync(join(fixtures, "config.json"), "utf8")) as { files: Record<string, string> };
const TEMPLATE = "datasets/demo/config/demo-comparison-template.md";
const CRITERIA = "datasets/demo/config/comparison.yml";
/** A second criteria file that defines one more criterion the template lacks: one finding names it alone. */
const EXTRA = "configuration/defaults/extra.yml";
const ENTRY = "datasets/demo/data/cursor.md";
const OTHER = "datasets/demo/data/void.md";

/** The fixtures' demo dataset (its template and criteria disagree on 3 headings) and a manifest adding `EXTRA`. */
function demoCatalog(): string {
  const entry = readFileSync(join(fixtures, "follows-criteria.md"), "utf8");
  return tempDir("run-scope", {
    [TEMPLATE]: files["../config/demo-comparison-template.md"] as string,
    [CRITERIA]: files["../config/comparison.yml"] as string,
    [EXTRA]: "criteria:\n  - Offline:\n      type: LABEL\n      values: {'Yes': {}, 'No': {}}\n",
    "configuration/datasets.manifest.json": JSON.stringify({
      datasets: [{ id: "demo", sources: { dataDir: "datasets/demo/data", config: CRITERIA, configDefaults: [EXTRA] } }],
    }),
    [ENTRY]: entry,
    [OTHER]: entry.replace("# Cursor - https://cursor.com", "# Void - https://voideditor.com"),
  });
}

/** The files with findings and the template's headings in dispute, from the JSON report of `argv`. */
function report(argv: string[], cwd: string) {
  const run = cli(["--format", "json", ...argv], cwd);
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
  const template = results.find((r) => r.filePath === join(cwd, TEMPLATE));
  return {
    files: results.map((r) => r.filePath.slice(cwd.length + 1)),
    disputed: template?.messages.map((m) => /disagreement on `([^`]+)`/.exec(m.message)?.[1]) ?? [],
    stderr: run.stderr,
    code: run.code,
  };
}

const ALL_DISPUTED = ["### Offline", "### Roots", "## MCP-Client", "### Extensible"];

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" });

describe("findings on a template, by what the run covers", () => {
  it("are in a whole-catalog run, not in a run of one entry, whose own schema-conflict findings stay", () => {
    const dir = demoCatalog();
    const whole = report([], dir);
    expect(whole.files).toEqual([TEMPLATE, ENTRY, OTHER]);
    expect(whole.disputed).toEqual(ALL_DISPUTED);
    expect(report(["."], dir).disputed).toEqual(ALL_DISPUTED);

    const one = report([ENTRY], dir);
    expect(one.files).toEqual([ENTRY]);
    const entryFindings = (run: string[]) =>
      (
        JSON.parse(cli(["--format", "json", ...run], dir).stdout) as Array<{
          filePath: string;
          messages: Array<{ ruleId: string; line: number }>;
        }>
      )
        .find((r) => r.filePath === join(dir, ENTRY))
        ?.messages.filter((m) => m.ruleId === "schema-conflict")
        .map((m) => m.line);
    expect(entryFindings([ENTRY])).toEqual(entryFindings([]));
    expect(entryFindings([ENTRY])?.length).toBeGreaterThan(0);
    // A folder of entries does not hold the template; the dataset's folder, or a glob matching it, does.
    expect(report(["datasets/demo/data"], dir).files).toEqual([ENTRY, OTHER]);
    expect(report(["datasets/demo"], dir).disputed).toEqual(ALL_DISPUTED);
    expect(report(["datasets/**/*.md"], dir).disputed).toEqual(ALL_DISPUTED);
  });

  it("are shown when the template is named, alone or with an entry, and the notice says what is reported", () => {
    const dir = demoCatalog();
    const alone = report([TEMPLATE], dir);
    expect(alone.files).toEqual([TEMPLATE]);
    expect(alone.disputed).toEqual(ALL_DISPUTED);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toContain(
      `File ignored because it is dataset \`demo\`'s template, not an entry: ${TEMPLATE}. catalog-lint reads it as the schema of the entries, and reports only where the template and the criteria disagree (schema-conflict)`,
    );
    const withEntry = report([TEMPLATE, ENTRY], dir);
    expect(withEntry.files).toEqual([TEMPLATE, ENTRY]);
    expect(withEntry.disputed).toEqual(ALL_DISPUTED);
  });

  it("are shown when a criteria file they name is named: only those naming it", () => {
    const dir = demoCatalog();
    expect(report([EXTRA, ENTRY], dir).disputed).toEqual(["### Offline"]);
    expect(report([EXTRA], dir).disputed).toEqual(["### Offline"]);
    expect(report([CRITERIA], dir).disputed).toEqual(["### Roots", "## MCP-Client", "### Extensible"]);
  });

  it("with --changed-since: only when the template or a criteria file they name changed", () => {
    const dir = demoCatalog();
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    const changed = (file: string) => {
      git(dir, "checkout", "-q", ".");
      appendFileSync(join(dir, file), "\n");
      return report(["--changed-since", "main"], dir);
    };
    const entryOnly = changed(ENTRY);
    expect(entryOnly.files).toEqual([ENTRY]);
    expect(entryOnly.disputed).toEqual([]);
    const template = changed(TEMPLATE);
    expect(template.files).toEqual([TEMPLATE, ENTRY, OTHER]);
    expect(template.disputed).toEqual(ALL_DISPUTED);
    // The entries it governs are linted; of the template's findings, the one naming it.
    expect(changed(EXTRA).disputed).toEqual(["### Offline"]);
  });
});

describe("scopeMatcher", () => {
  const cwd = "/catalog";
  it("covers every file without a scope, the named paths, and of them only the changed ones", () => {
    expect(scopeMatcher(cwd, undefined)("any/file.md")).toBe(true);
    const named = scopeMatcher(cwd, { paths: ["datasets/a", "b.md", "c/*.yml"] });
    expect(["datasets/a/config/t.md", "b.md", "c/x.yml"].map(named)).toEqual([true, true, true]);
    expect(["datasets/ab/t.md", "b.md.bak", "c/d/x.yml", "datasets/b/t.md"].map(named)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const changed = scopeMatcher(cwd, { paths: [], changed: ["t.md"] });
    expect([changed("t.md"), changed("u.md")]).toEqual([true, false]);
    const both = scopeMatcher(cwd, { paths: ["datasets/a"], changed: ["datasets/a/t.md", "datasets/b/t.md"] });
    expect(["datasets/a/t.md", "datasets/b/t.md", "datasets/a/u.md"].map(both)).toEqual([true, false, false]);
  });

  it("reads a named path as the command line does: from the working directory, `..` and `.` resolved", () => {
    const inside = namedPathMatcher("/catalog/datasets", ["../configuration", "./a/config/t.md"]);
    expect(inside("../configuration/x.yml")).toBe(true);
    expect(inside("a/config/t.md")).toBe(true);
    expect(inside("a/config/u.md")).toBe(false);
  });
});
