/** The SARIF file the Action writes for code scanning: capped at what GitHub accepts, errors first. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/diagnostics/diagnostic.js";
import { rulesMeta } from "../../src/rules/index.js";
import { SARIF_SCHEMA } from "../helpers/embedded.js";

describe("the SARIF file's cap", () => {
  const many = (count: number, severity: "error" | "warn", from: number): FileResult => ({
    filePath: `datasets/x/data/${severity}-${from}.md`,
    diagnostics: Array.from({ length: count }, (_, i) => ({
      ruleId: "label-value",
      severity,
      message: `Unexpected value ${from + i}`,
      range: { start: { line: i + 1, column: 1, offset: 0 }, end: { line: i + 1, column: 2, offset: 1 } },
    })),
  });

  it("keeps errors first up to GitHub's 25,000, in their places, with the same fingerprints, and says how many were left out", async () => {
    const { sarif, sarifWithLimit, SARIF_MAX_RESULTS } = await import("../../src/reporters/sarif.js");
    // Warnings in the first file, errors after them: a plain cut would keep only warnings.
    const results = [many(20_000, "warn", 0), many(10_000, "error", 0)];
    const context = { color: false, cwd: "/ws", rulesMeta: rulesMeta() };
    const capped = JSON.parse(sarifWithLimit(results, context, SARIF_MAX_RESULTS));
    const whole = JSON.parse(sarif(results, context));
    const run = capped.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r: { level: string }) => r.level === "error")).toHaveLength(10_000);
    expect(run.results[0].message.text).toBe("Unexpected value 0");
    expect(run.results.at(-1).level).toBe("error");
    const fingerprint = (r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints)[0];
    const wholeFingerprints = new Set(whole.runs[0].results.map(fingerprint));
    expect(
      run.results.every((r: { partialFingerprints: Record<string, string> }) => wholeFingerprints.has(fingerprint(r))),
    ).toBe(true);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "warning",
            message: {
              text: "5000 more results were left out: a run holds at most 25000 (GitHub code scanning rejects more), errors first. Run catalog-lint locally to see them all.",
            },
          },
        ],
      },
    ]);
    expect(whole.runs[0].invocations).toBeUndefined();
    // ajv-draft-04 is CommonJS: under NodeNext its class is the module's `default` (also set at runtime).
    const Ajv = (await import("ajv-draft-04")).default;
    const ajv = new Ajv.default({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
    expect(validate(capped) ? "valid" : ajv.errorsText(validate.errors)).toBe("valid");
  });
});
