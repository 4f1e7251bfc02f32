/**
 * Argument mistakes, in `catalog-lint` and in `catalog-lint new` alike: one
 * line of catalog-lint's own (never "internal error" and a stack trace),
 * exit code 2, a did-you-mean for a near option name; and "today" read by the
 * one parser both commands share.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "action-catalog");
const root = tempDir("options");
copyInto(FIXTURE, root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One line on stderr, nothing on stdout, exit code 2. */
function expectUsageError(run: ReturnType<typeof cli>, line: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^catalog-lint: [^\n]*\n$/);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stderr).toMatch(line);
}

describe("catalog-lint new with a bad argument", () => {
  it("an unknown option is a one-line usage error, not an internal error", () => {
    expectUsageError(
      cli(["new", "X", "--bogus"], root),
      /^catalog-lint: Unknown option '--bogus'.*; run catalog-lint new --help for usage\n$/,
    );
  });

  it("says which option a near name meant", () => {
    expectUsageError(
      cli(["new", "X", "--datset", "tools"], root),
      /^catalog-lint: Unknown option '--datset' \(did you mean '--dataset'\?\); run catalog-lint new --help for usage\n$/,
    );
  });

  it("an option without its value is a one-line usage error", () => {
    expectUsageError(cli(["new", "X", "--dataset"], root), /Option '--dataset <value>' argument missing/);
  });

  it("an impossible --now or CATALOG_LINT_NOW is refused, naming where it came from, and writes nothing", () => {
    expectUsageError(
      cli(["new", "X", "--dataset", "tools", "--now", "2026-02-30"], root),
      /^catalog-lint: Invalid --now `2026-02-30`, expected a real date YYYY-MM-DD\n$/,
    );
    expectUsageError(
      cli(["new", "X", "--dataset", "tools"], root, { CATALOG_LINT_NOW: "2026-02-30" }),
      /^catalog-lint: Invalid CATALOG_LINT_NOW `2026-02-30`, expected a real date YYYY-MM-DD;/,
    );
    expect(existsSync(join(root, "datasets/tools/data/x.md"))).toBe(false);
  });
});

describe("catalog-lint with a bad argument", () => {
  it("says which option a near name meant", () => {
    expectUsageError(
      cli(["--fromat", "json"], root),
      /^catalog-lint: Unknown option '--fromat' \(did you mean '--format'\?\); run catalog-lint --help for usage\n$/,
    );
  });

  it("suggests nothing for a name near no option", () => {
    // catalog-lint's own line, not Node's ("…. To specify a positional argument starting with a '-'…").
    expectUsageError(
      cli(["--frobnicate"], root),
      /^catalog-lint: Unknown option '--frobnicate'; run catalog-lint --help for usage\n$/,
    );
  });
});
