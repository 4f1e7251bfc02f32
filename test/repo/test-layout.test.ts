/**
 * The tests mirror src/: each test file sits in test/<folder>/ of the stage it
 * tests (end-to-end runs in the shell they drive, test/cli/ or test/action/),
 * checks of the whole repository in test/repo/, tests of the test helpers
 * beside them. And every temporary folder and every copy of a folder goes
 * through test/helpers/temp.ts, which removes what it made and copies links as
 * what they lead to: these tests keep it so as test files come and go.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const TEST = join(ROOT, "test");
const HELPER = "helpers/temp.ts";

/** Every TypeScript file below test/ but the fixtures, as a path relative to test/ (`cli/cli.test.ts`). */
const files = readdirSync(TEST, { recursive: true, encoding: "utf8" })
  .map((f) => f.split("\\").join("/"))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("fixtures/"))
  .sort();
const stages = readdirSync(join(ROOT, "src"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe("test layout", () => {
  it("puts each test file in the folder of a src/ stage, test/repo/ or test/helpers/", () => {
    const tests = files.filter((f) => f.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(30);
    const misplaced = tests
      .filter((f) => !f.includes("/") || ![...stages, "repo", "helpers"].includes(f.slice(0, f.indexOf("/"))))
      .map(
        (f) =>
          `test/${f}: expected in test/<folder>/ of the src/ stage it tests (${stages.join(", ")}), test/cli/ or test/action/ for end-to-end runs, test/repo/ for checks of the whole repository`,
      );
    expect(misplaced).toEqual([]);
  });

  it("makes temporary folders and copies folders only through test/helpers/temp.ts", () => {
    const patterns: Array<[RegExp, string]> = [
      [/\bmkdtemp(Sync)?\(/, "makes a temporary folder: use tempDir()"],
      [/\bcpSync\([^;]*\brecursive\b/, "copies a folder: use copyInto() or copyCatalog()"],
      [/["']cp["'],\s*\[\s*["']-[a-zA-Z]*R/, "copies a folder with cp -R: use copyInto() or copyCatalog()"],
    ];
    const found = files
      .filter((f) => f !== HELPER && f !== "repo/test-layout.test.ts")
      .flatMap((f) => {
        const text = readFileSync(join(TEST, f), "utf8");
        return patterns.filter(([pattern]) => pattern.test(text)).map(([, what]) => `test/${f} ${what}`);
      });
    expect(found).toEqual([]);
    // Not vacuous: the helper itself is what the patterns find.
    const helper = readFileSync(join(TEST, HELPER), "utf8");
    expect(patterns.slice(0, 2).every(([pattern]) => pattern.test(helper))).toBe(true);
  });
});
