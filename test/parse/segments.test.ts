/**
 * Parsing a file one stretch between headings at a time gives exactly the tree
 * of one parse of the whole file: on every entry of the example catalog, on
 * random mixes of block syntax and on mutated real entries (fast-check, fixed
 * seeds); the real-data test repeats it on all 200 entries of the full catalog.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown, segmentStarts } from "../../src/parse/markdown.js";
import { createSourceFile } from "../../src/parse/source.js";
import { EXAMPLE_ENTRIES, mutated, REAL_ENTRIES, SNIPPETS } from "../helpers/mutations.js";
import { describeRealData } from "../helpers/real-data.js";

const settings = { seed: 20261128, numRuns: 120, endOnFailure: true } as const;

describe("parsing in segments", () => {
  const same = (text: string) => {
    const source = createSourceFile("entry.md", text);
    // batch 0: every stretch between headings parsed alone; Infinity: the whole text at once.
    expect(parseMarkdown(source, { scan: false, batch: 0 })).toEqual(
      parseMarkdown(source, { scan: false, batch: Number.POSITIVE_INFINITY }),
    );
  };

  it("gives the tree of one whole parse, on every entry of the example catalog", () => {
    expect(EXAMPLE_ENTRIES).toHaveLength(31);
    for (const text of EXAMPLE_ENTRIES) same(text);
  });

  describeRealData("parsing all 200 entries of awesome-comparisons in segments", () => {
    it("gives the tree of one whole parse, on every real entry", () => {
      expect(REAL_ENTRIES).toHaveLength(200);
      for (const text of REAL_ENTRIES) same(text);
    });
  });

  it("gives the tree of one whole parse, on random mixes of block syntax", () => {
    const lines = fc.array(fc.constantFrom(...SNIPPETS, "Abc", "text", "<!-- c -->", "</div>", "<pre>", "</pre>"), {
      maxLength: 30,
    });
    const runs = 1500;
    let cut = 0;
    fc.assert(
      fc.property(lines, fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), (ls, eol, trailing) => {
        const text = ls.join(eol) + (trailing ? eol : "");
        if (segmentStarts(text).length > 0) cut++;
        same(text);
      }),
      { seed: 7, numRuns: runs },
    );
    // Not vacuous: a third of the texts are cut into segments at all (685 of 1,500).
    expect(cut).toBeGreaterThan(runs / 3);
  }, 60_000);

  it("gives the tree of one whole parse, on mutated real entries", () => {
    let cut = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        if (segmentStarts(text).length > 0) cut++;
        same(text);
      }),
      settings,
    );
    // Not vacuous: every mutated entry keeps headings to cut it at.
    expect(cut).toBe(settings.numRuns);
  }, 60_000);
});
