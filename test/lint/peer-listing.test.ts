/**
 * Peers in a linted file's folder come from the folder's one listing, the one
 * `folderFiles` gives the rules (src/lint/linter.ts `listing`): an entry linted
 * alone is still compared with the untouched files beside it.
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/linter.js";
import { EXAMPLE_ENTRIES } from "../helpers/mutations.js";
import { tempDir } from "../helpers/temp.js";

const ENTRY = EXAMPLE_ENTRIES[0] as string;

describe("peers from the folder listing", () => {
  it("a file linted alone gets duplicate-entry against its untouched twin, in the root and in a folder", () => {
    const dir = tempDir("peer-listing", {
      "a.md": ENTRY,
      "b.md": ENTRY,
      "data/a.md": ENTRY,
      "data/b.md": ENTRY,
      "data/.hidden.md": ENTRY,
    });
    const options = { cwd: dir, config: { config: {}, dir }, now: "2026-12-03" };
    for (const file of ["a.md", "data/a.md"]) {
      const run = lint([file], options);
      const duplicates = run.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === "duplicate-entry");
      expect(duplicates.length, file).toBeGreaterThan(0);
      // A dot-file is a peer too (the folder is read whole, as before the listing was shared).
      expect(duplicates.map((d) => d.message).join("\n"), file).toMatch(/also used by `(data\/)?(b|\.hidden)\.md`/);
    }
  });
});
