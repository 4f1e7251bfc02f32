import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../src/util/dates.js";

describe("date repair never guesses", () => {
  const cases: Array<[string, string | undefined]> = [
    ["February 9, 2026", "2026-02-09"],
    ["Feb 9, 2026", "2026-02-09"],
    ["9 February 2026", "2026-02-09"],
    ["Jun. 5, 2026", "2026-06-05"],
    ["2026/01/30", "2026-01-30"],
    ["2026.1.3", "2026-01-03"],
    ["30/01/2026", undefined],
    ["01/02/2026", undefined],
    ["February 30, 2026", undefined],
    ["May 2026", undefined],
    ["Febr 9, 2026", undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected ?? "no fix"}`, () => {
      expect(toIsoDate(input)).toBe(expected);
    });
  }
});
