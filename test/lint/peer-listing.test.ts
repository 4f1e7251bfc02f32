/**
 * Peers in a linted file's folder come from the folder's one listing, the one
 * `folderFiles` gives the rules (src/lint/linter.ts `listing`): an entry linted
 * alone is still compared with the untouched files beside it, those a run
 * with no paths could lint (src/lint/peer-candidates.ts).
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
      expect(duplicates.map((d) => d.message).join("\n"), file).toMatch(/also used by `(data\/)?b\.md`/);
    }
  });
});

describe("peers are the files a run with no paths could lint", () => {
  /** The duplicate-entry messages of linting `data/a.md` alone. */
  function duplicatesOfA(files: Record<string, string>, catalog?: { include?: string[]; exclude?: string[] }) {
    const dir = tempDir("peer-lintable", { "data/a.md": ENTRY, ...files });
    const options = {
      cwd: dir,
      config: { config: {}, dir },
      now: "2026-12-03",
      ...(catalog ? { catalog: { cwd: dir, ...catalog } } : {}),
    };
    return lint(["data/a.md"], options)
      .results.flatMap((r) => r.diagnostics)
      .filter((d) => d.ruleId === "duplicate-entry")
      .map((d) => d.message);
  }

  it("a `data/.draft.md` twin, which no run lints, makes no duplicate-entry", () => {
    expect(duplicatesOfA({ "data/.draft.md": ENTRY })).toEqual([]);
    expect(duplicatesOfA({ "data/.draft.md": ENTRY }, { include: ["data/*.md"] })).toEqual([]);
  });

  it("a visible twin still does, and is the only file named", () => {
    const messages = duplicatesOfA({ "data/.draft.md": ENTRY, "data/b.md": ENTRY });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/also used by `data\/b\.md`/);
      expect(message).not.toContain(".draft.md");
    }
  });

  it("a dot-file twin is a peer when an `include` pattern names dot-files", () => {
    const messages = duplicatesOfA({ "data/.draft.md": ENTRY }, { include: ["data/*.md", "data/.*.md"] });
    expect(messages.join("\n")).toMatch(/also used by `data\/\.draft\.md`/);
  });

  it("a twin outside `include`, or excluded, is no peer", () => {
    expect(duplicatesOfA({ "data/b.md": ENTRY }, { include: ["data/a.md"] })).toEqual([]);
    expect(duplicatesOfA({ "data/b.md": ENTRY }, { include: ["data/*.md"], exclude: ["data/b.md"] })).toEqual([]);
  });
});
