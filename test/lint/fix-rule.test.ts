/**
 * `--fix-rule <id>`: --fix and --fix-dry-run apply only the chosen rules' fixes; every other
 * finding is reported as found. Checked by linting the fixed text again.
 */
import { readFileSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { catalogEntries, EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function catalog(): string {
  const dir = tempDir("fix-rule");
  dirs.push(dir);
  copyInto(EXAMPLE_CATALOG, dir);
  return dir;
}

interface Message {
  ruleId: string;
  fix?: unknown;
}
const findings = (dir: string) =>
  (JSON.parse(cli(["--format", "json"], dir).stdout) as Array<{ messages: Message[] }>).flatMap((f) => f.messages);
const fixableBy = (messages: Message[]) => {
  const counts: Record<string, number> = {};
  for (const m of messages) if (m.fix) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
  return counts;
};
const texts = (dir: string) => catalogEntries(dir).map((file) => readFileSync(file, "utf8"));

describe("--fix-rule", () => {
  it("fixes only that rule's findings: a lint of the fixed files finds none of them, and every other one", () => {
    const dir = catalog();
    const before = findings(dir);
    const fixable = fixableBy(before);
    expect(fixable["date-format"]).toBeGreaterThan(0);
    expect(fixable["template-leftover"]).toBeGreaterThan(0);

    const run = cli(["--fix", "--fix-rule", "date-format"], dir);
    expect(run.stderr).toContain(`catalog-lint: Fixed ${fixable["date-format"]} problems in `);
    // The run's own report holds the other rules' fixable findings, as found.
    expect(run.stdout).toContain("template-leftover");
    const after = findings(dir);
    expect(after.filter((m) => m.ruleId === "date-format")).toEqual([]);
    const { "date-format": _fixed, ...others } = fixable;
    expect(fixableBy(after)).toEqual(others);
    expect(after.length).toBe(before.length - (fixable["date-format"] ?? 0));
  });

  it("takes several rules", () => {
    const dir = catalog();
    const fixable = fixableBy(findings(dir));
    cli(["--fix", "--fix-rule", "unknown-marker", "--fix-rule", "date-format"], dir);
    const left = fixableBy(findings(dir));
    expect(left["unknown-marker"]).toBeUndefined();
    expect(left["date-format"]).toBeUndefined();
    expect(left["template-leftover"]).toBe(fixable["template-leftover"]);
  });

  it("limits --fix-dry-run's diff to that rule, and writes nothing", () => {
    const dir = catalog();
    const original = texts(dir);
    const run = cli(["--fix-dry-run", "--fix-rule", "date-format"], dir);
    const changed = run.stdout.split("\n").filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) [ab]\//.test(line));
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line, line).toMatch(/^[-+]- /);
    expect(changed.filter((line) => line.startsWith("+")).every((line) => /^\+- \d{4}-\d{2}-\d{2}$/.test(line))).toBe(
      true,
    );
    expect(texts(dir)).toEqual(original);
  });

  it.each([
    [
      ["--fix", "--fix-rule", "date-fromat"],
      "--fix-rule `date-fromat`: unknown rule (did you mean `date-format`?), expected one of the fixable rules `unknown-section`, `section-order`, `template-leftover`, `date-format`, `label-value`, `unknown-marker`, `front-matter-value` (see docs/rules)",
    ],
    [
      ["--fix", "--fix-rule", "url"],
      "--fix-rule `url`: that rule has no fixes, expected one of the fixable rules `unknown-section`, `section-order`, `template-leftover`, `date-format`, `label-value`, `unknown-marker`, `front-matter-value`",
    ],
    [["--fix-rule", "date-format"], "--fix-rule chooses what --fix or --fix-dry-run fixes: add one of them"],
  ])("refuses %j with one line and exit 2", (argv, message) => {
    const dir = catalog();
    const original = texts(dir);
    const run = cli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`catalog-lint: ${message}\n`);
    expect(texts(dir)).toEqual(original);
  });
});
