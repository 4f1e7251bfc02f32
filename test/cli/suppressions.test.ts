/**
 * Bulk suppressions from the command line, after ESLint's: `--suppress-all` records the
 * errors of the example catalog per file and rule, later runs report only what goes beyond,
 * and `--prune-suppressions` drops what was fixed.
 */

import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const FILE = "catalog-lint-suppressions.json";
const CHATGPT = "datasets/ai-chat/data/chatgpt.md";
const KIMI = "datasets/aie-model/data/kimi-k2.md";
const DEEPSEEK = "datasets/aie-model/data/deepseek-r1.md";

/** A writable copy of the example catalog (links dereferenced). */
function catalog(): string {
  const dir = tempDir("suppressions");
  dirs.push(dir);
  copyInto(EXAMPLE_CATALOG, dir);
  secondRatingError(dir);
  return dir;
}

/** kimi-k2.md with two rating-format errors (the copy has one): a file over and under its count in the tests. */
function secondRatingError(dir: string): void {
  const path = join(dir, KIMI);
  const line = "- SWE-bench Verified: 65.8% (K2), higher on SWE-bench Multilingual (K2.5)\n";
  const text = readFileSync(path, "utf8");
  expect(text).toContain(line);
  writeFileSync(path, text.replace(line, "- SWE-bench Verified: Competitive with GPT-4o\n"));
}

/** A copy whose every error is suppressed. */
function suppressed(): string {
  const dir = catalog();
  const run = cli(["--suppress-all"], dir);
  expect(run.code).toBe(0);
  return dir;
}

const json = (dir: string, ...argv: string[]) => cli(["--format", "json", ...argv], dir);
const messages = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>).flatMap(
    (f) => f.messages.map((m) => ({ file: f.filePath, ...m })),
  );
const errorsOf = (stdout: string) => messages(stdout).filter((m) => m.severity === 2);
const suppressions = (dir: string) =>
  JSON.parse(readFileSync(join(dir, FILE), "utf8")) as Record<string, Record<string, { count: number }>>;
const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));

describe("--suppress-all", () => {
  it("records every error per file and rule; a rerun reports none and exits 0", () => {
    const dir = catalog();
    const before = json(dir);
    expect(before.code).toBe(1);
    const errors = errorsOf(before.stdout);
    expect(errors.length).toBeGreaterThan(250);

    const run = cli(["--suppress-all"], dir);
    expect(run.code).toBe(0);
    // 25 files: the 49 values under `## MCP-Client` are schema-conflict warnings, and one entry had no other error.
    expect(run.stderr).toContain(`catalog-lint: ${errors.length} errors in 25 files suppressed: ${FILE} written\n`);
    const written = suppressions(dir);
    expect(written[CHATGPT]).toEqual({
      "date-format": { count: 1 },
      "template-leftover": { count: 38 },
      "unknown-marker": { count: 1 },
    });
    const counted = Object.values(written).flatMap((rules) => Object.values(rules).map((r) => r.count));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(errors.length);

    const after = json(dir);
    expect(after.code).toBe(0);
    expect(errorsOf(after.stdout)).toEqual([]);
    expect(after.stderr).toBe(`catalog-lint: ${errors.length} errors in 25 files suppressed by ${FILE}\n`);
  });

  it("leaves warnings reported: they never fail a run, and stale-date is how an entry is seen going stale", () => {
    const dir = suppressed();
    const warnings = messages(json(dir).stdout);
    expect(warnings.length).toBeGreaterThan(5);
    expect(warnings.every((m) => m.severity === 1)).toBe(true);
    expect(JSON.stringify(suppressions(dir))).not.toMatch(/duplicate-entry|section-order|filename/);
  });

  it("rewrites the identical bytes when nothing changed, and does not touch the file", () => {
    const dir = suppressed();
    const bytes = readFileSync(join(dir, FILE));
    const mtime = statSync(join(dir, FILE)).mtimeMs;
    const again = cli(["--suppress-all"], dir);
    expect(again.stderr).toContain(`${FILE} unchanged`);
    expect(readFileSync(join(dir, FILE)).equals(bytes)).toBe(true);
    expect(statSync(join(dir, FILE)).mtimeMs).toBe(mtime);
    expect(Object.keys(suppressions(dir))).toEqual(Object.keys(suppressions(dir)).sort());
  });

  it("with --suppress-rule, records that rule's errors only and keeps the file's other entries", () => {
    const dir = catalog();
    expect(cli(["--suppress-rule", "rating-format"], dir).code).toBe(1);
    expect(suppressions(dir)[KIMI]).toEqual({ "rating-format": { count: 2 } });
    expect(new Set(Object.values(suppressions(dir)).flatMap((rules) => Object.keys(rules)))).toEqual(
      new Set(["rating-format"]),
    );
    expect(errorsOf(json(dir).stdout).some((m) => m.ruleId === "rating-format")).toBe(false);

    expect(cli(["--suppress-rule", "title", "--suppress-rule", "url"], dir).code).toBe(1);
    const rules = new Set(Object.values(suppressions(dir)).flatMap((r) => Object.keys(r)));
    expect(rules).toEqual(new Set(["rating-format", "title", "url"]));
    expect(cli(["--suppress-rule", "rating-fromat"], dir).stderr).toBe(
      "catalog-lint: --suppress-rule `rating-fromat`: unknown rule (did you mean `rating-format`?), expected a rule id (see docs/rules)\n",
    );
  });
});

describe("after --suppress-all", () => {
  it("reports a new finding in a clean file, and exits 1", () => {
    const dir = suppressed();
    edit(dir, DEEPSEEK, (text) => text.replace("# DeepSeek R1 - ", "#DeepSeek R1 - "));
    const run = json(dir);
    expect(run.code).toBe(1);
    expect(errorsOf(run.stdout)).toEqual([expect.objectContaining({ file: join(dir, DEEPSEEK), ruleId: "title" })]);
  });

  it("reports all of a file's errors of a rule once they go beyond the count, saying how many are over", () => {
    const dir = suppressed();
    edit(dir, KIMI, (text) => text.replace("- LiveCodeBench: 53.7%\n", "- LiveCodeBench: 53.7%\n- MMMU: a lot\n"));
    const run = json(dir);
    expect(run.code).toBe(1);
    expect(errorsOf(run.stdout).map((m) => m.ruleId)).toEqual(["rating-format", "rating-format", "rating-format"]);
    expect(run.stderr).toContain(
      `catalog-lint: ${KIMI}: 1 \`rating-format\` error over the 2 suppressed: all 3 are reported, as catalog-lint cannot tell which are new\n`,
    );
  });

  it("still suppresses them when lines move: blank lines at the top and between the sections", () => {
    const dir = catalog();
    // The entry's lines (not its template's, on which schema-conflict reports).
    const lines = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number }> }>)
        .filter((f) => f.filePath.endsWith(CHATGPT))
        .flatMap((f) => f.messages.map((m) => m.line));
    const before = lines(json(dir, CHATGPT).stdout);
    expect(cli(["--suppress-all"], dir).code).toBe(0);
    edit(dir, CHATGPT, (text) => `\n\n\n${text.replace(/\n## /g, "\n\n\n## ")}`);
    const moved = json(dir, CHATGPT);
    expect(moved.code).toBe(0);
    expect(errorsOf(moved.stdout)).toEqual([]);
    // Without the file: the same 40 errors, each on another line than before.
    rmSync(join(dir, FILE));
    const after = json(dir, CHATGPT);
    expect(errorsOf(after.stdout)).toHaveLength(40);
    expect(lines(after.stdout).filter((line, i) => line === before[i])).toEqual([]);
  });

  it("says what was fixed is no longer needed, and --prune-suppressions drops it", () => {
    const dir = suppressed();
    edit(dir, CHATGPT, (text) => text.replace("- February 9, 2026", "- 2026-02-09"));
    const run = json(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `catalog-lint: 1 error in 1 file that ${FILE} suppresses is no longer found: run catalog-lint --prune-suppressions to drop them\n`,
    );
    const pruned = cli(["--prune-suppressions"], dir);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain(`catalog-lint: Pruned ${FILE}: 1 error in 1 file no longer found, dropped\n`);
    expect(suppressions(dir)[CHATGPT]).toEqual({ "template-leftover": { count: 38 }, "unknown-marker": { count: 1 } });
    // Pruned, the allowance is gone: the error comes back as a new one.
    edit(dir, CHATGPT, (text) => text.replace("- 2026-02-09", "- February 9, 2026"));
    expect(json(dir).code).toBe(1);
    expect(cli(["--prune-suppressions"], dir).stderr).toContain(`Nothing to prune in ${FILE}`);
  });

  it("drops the entries of a file gone from the catalog, on a run of the whole catalog only", () => {
    const dir = suppressed();
    unlinkSync(join(dir, KIMI));
    expect(cli(["--prune-suppressions", "datasets/terminal"], dir).stderr).toContain("Nothing to prune");
    expect(suppressions(dir)[KIMI]).toBeDefined();
    expect(cli(["--prune-suppressions", "."], dir).stderr).toContain("2 errors in 1 file no longer found, dropped");
    expect(suppressions(dir)[KIMI]).toBeUndefined();
  });

  it("lowers a count to what is found, and never raises one", () => {
    const dir = suppressed();
    edit(dir, KIMI, (text) => text.replace("- HLE-Full: Surpasses GPT-5.2 and Claude Opus 4.5 (with tools)\n", ""));
    cli(["--prune-suppressions", KIMI], dir);
    expect(suppressions(dir)[KIMI]).toEqual({ "rating-format": { count: 1 } });
    edit(dir, KIMI, (text) => text.replace("- LiveCodeBench: 53.7%\n", "- LiveCodeBench: 53.7%\n- A: b\n- C: d\n"));
    expect(cli(["--prune-suppressions", KIMI], dir).code).toBe(1);
    expect(suppressions(dir)[KIMI]).toEqual({ "rating-format": { count: 1 } });
  });
});

describe("the suppressions file", () => {
  it("is a one-line error naming its line when malformed (exit 2, nothing reported)", () => {
    const dir = catalog();
    writeFileSync(join(dir, FILE), '{\n  "a.md": {\n    "url": { "count": "2" }\n  }\n}\n');
    const run = cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `catalog-lint: ${FILE}:3: \`a.md\` \`url\`: found \`{"count":"2"}\`, expected \`{ "count": N }\` with N a whole number; fix it, or delete it and run catalog-lint --suppress-all to write it again\n`,
    );
  });

  it("is not read through a link out of the repository, nor written through one", () => {
    const dir = catalog();
    const outside = tempDir("suppressions-outside");
    dirs.push(outside);
    writeFileSync(join(outside, "secret.json"), '{"a.md": {"url": {"count": 1}}}');
    symlinkSync(join(outside, "secret.json"), join(dir, FILE));
    const run = cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^catalog-lint: Cannot read the suppressions file catalog-lint-suppressions\.json: found a symbolic link leading outside the repository .*; catalog-lint did not read it\. /,
    );
    expect(cli(["--suppress-all"], dir).code).toBe(2);
    expect(readFileSync(join(outside, "secret.json"), "utf8")).toBe('{"a.md": {"url": {"count": 1}}}');
  });

  it("is optional where catalog-lint looks by default, and required where --suppressions-location names it", () => {
    const dir = catalog();
    expect(cli([], dir).code).toBe(1);
    const named = cli(["--suppressions-location", "baseline.json"], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(
      "catalog-lint: The suppressions file baseline.json (--suppressions-location) does not exist; check the path, or run catalog-lint --suppress-all to write it\n",
    );
    expect(cli(["--prune-suppressions"], dir).stderr).toBe(
      `catalog-lint: --prune-suppressions: there is no suppressions file ${FILE}; run catalog-lint --suppress-all to write one\n`,
    );
    expect(cli(["--suppress-all", "--suppressions-location", "baseline.json"], dir).code).toBe(0);
    expect(cli(["--suppressions-location", "baseline.json"], dir).code).toBe(0);
    expect(cli([], dir).code).toBe(1);
  });

  it("keys files by their path from the repository's root, wherever catalog-lint runs", () => {
    const dir = catalog();
    execFileSync("git", ["init", "-q", dir]);
    expect(cli(["--suppress-all"], dir).code).toBe(0);
    const sub = join(dir, "datasets", "aie-model");
    const location = ["--suppressions-location", join(dir, FILE)];
    const run = cli(["--format", "json", ...location, "data/kimi-k2.md"], sub);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`catalog-lint: 2 errors in 1 file suppressed by ../../${FILE}\n`);
  });

  it("refuses options that contradict each other", () => {
    const dir = catalog();
    expect(cli(["--suppress-all", "--prune-suppressions"], dir).code).toBe(2);
    expect(cli(["--suppress-all", "--suppress-rule", "url"], dir).stderr).toBe(
      "catalog-lint: Use either --suppress-all or --suppress-rule, not both\n",
    );
    expect(cli(["--suppress-all", "--fix-dry-run"], dir).stderr).toBe(
      "catalog-lint: --fix-dry-run writes nothing, so --suppress-all/--suppress-rule cannot record what it would leave: use --fix\n",
    );
  });

  it("after --fix --suppress-all, records only what the fixes left", () => {
    const dir = catalog();
    const run = cli(["--fix", "--suppress-all"], dir);
    expect(run.code).toBe(0);
    const rules = new Set(Object.values(suppressions(dir)).flatMap((r) => Object.keys(r)));
    expect(rules.has("date-format")).toBe(false);
    // Its 37 template comments were removed, its date rewritten.
    expect(Object.keys(suppressions(dir)[CHATGPT] ?? {})).toEqual(["unknown-marker"]);
    expect(json(dir).code).toBe(0);
  });
});
