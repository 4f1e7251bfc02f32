/**
 * Memos the perf ledger (bench/README.md) keeps for their measured gain: each
 * test fails if its memo silently stops answering the repeat call.
 */
import { describe, expect, it } from "vitest";
import { buildEntry } from "../../src/model/build-entry.js";
import { fieldMatchesOnce } from "../../src/model/fields.js";
import { createSourceFile } from "../../src/parse/source.js";
import { loadSchemaOption } from "../../src/schema/resolve.js";
import { indexSchema } from "../../src/schema/types.js";
import { CLEAN } from "../helpers/cli.js";

describe("fieldMatchesOnce (the rule context's fieldMatches)", () => {
  it("finds an entry's matches once for all the rules that ask, and again for the next entry", () => {
    const schema = indexSchema(loadSchemaOption("awesome-comparisons", process.cwd()).schema);
    const entry = buildEntry(createSourceFile("a.md", CLEAN));
    const forEntry = fieldMatchesOnce(entry, schema);
    const first = forEntry();
    expect(first.length).toBeGreaterThan(5);
    expect(forEntry()).toBe(first);

    const next = buildEntry(createSourceFile("b.md", CLEAN));
    const again = fieldMatchesOnce(next, schema)();
    expect(again).not.toBe(first);
    expect(again).toEqual(first.map((m) => expect.objectContaining({ spec: m.spec })));
  });
});
