import type { Diagnostic, Fix } from "./diagnostic.js";

export interface FixResult {
  text: string;
  /** Fixes applied, in text order. */
  applied: Fix[];
  /** Fixes skipped because they overlapped an earlier one (a later run applies them). */
  skipped: Fix[];
}

/**
 * Apply non-overlapping fixes to `text` in one pass. Bytes outside the fixed
 * ranges are copied unchanged; overlapping fixes are left for the next pass,
 * as ESLint does.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = "";
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > text.length) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}
