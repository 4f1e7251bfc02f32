/**
 * Real entries and random mutations of them, shared by the property tests:
 * lines deleted, duplicated, or inserted (headings, list markers, comments,
 * directives, unicode), CRLF line endings, a BOM. The entries mutated are the
 * example catalog's (real entries the repository embeds), so these properties
 * hold on a clone with nothing beside it; REAL_ENTRIES are all 200 of the full
 * catalog, for the real-data tests (empty when it is absent).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { catalogEntries, EXAMPLE_CATALOG } from "./embedded.js";
import { HAS_REAL_CATALOG, REAL_CATALOG } from "./real-data.js";

/** Every entry of the example catalog, in a fixed order. */
export const EXAMPLE_ENTRIES: string[] = catalogEntries(EXAMPLE_CATALOG).map((f) => readFileSync(f, "utf8"));

/** Every entry of the full real catalog, in a fixed order; empty when it is absent (see real-data.ts). */
export const REAL_ENTRIES: string[] = HAS_REAL_CATALOG
  ? catalogEntries(REAL_CATALOG).map((f) => readFileSync(f, "utf8"))
  : [];

/** The entries mutations start from: the example catalog's 30. */
export const ENTRIES = EXAMPLE_ENTRIES;

/** Lines a mutation inserts: structure, markers, comments and directives the rules look at. */
export const SNIPPETS = [
  "# Title - https://example.com",
  "#NoSpace - https://example.com",
  "## General Info",
  "## Licensing",
  "## Unknown Group",
  "### Rating",
  "### Last Update",
  "### Repo",
  "### Classification",
  "### Opensource",
  "#### Deeper",
  "- ",
  "- -",
  "-",
  "  - a note",
  "    - deeper note",
  "* star item",
  "1. ordered",
  "> quoted",
  "- [4] Solid",
  "- [9] out of range",
  "- MMLU: 90.8%",
  "- 2026-02-30",
  "- 2026-11-01",
  "- November 1, 2026",
  "- N/A",
  "- Yes",
  "- yes",
  "- https://github.com/acme/tool",
  "- not a url",
  "<!-- a comment -->",
  "<!--",
  "-->",
  "<!-- catalog-lint-disable -->",
  "<!-- catalog-lint-enable -->",
  "<!-- catalog-lint-disable-next-line title, label-value -->",
  "<!-- catalog-lint-disable nope -->",
  "---",
  "===",
  "```",
  "~~~",
  "    indented code",
  "<div>",
  "| a | b |",
  "",
  "   ",
  "\t- tab item",
  "é😀\u200b\u00a0\ufeff",
];

type Op =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "insert"; at: number; line: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: fc.string({ unit: "binary", maxLength: 12 }) }),
);

export const mutated = fc
  .record({
    entry: fc.nat({ max: ENTRIES.length - 1 }),
    ops: fc.array(op, { maxLength: 10 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ entry, ops, crlf, bom }) => {
    const lines = (ENTRIES[entry] as string).split("\n");
    for (const o of ops) {
      const at = o.at % (lines.length + 1);
      if (o.kind === "delete") lines.splice(at, 1);
      else if (o.kind === "duplicate") lines.splice(at, 0, lines[at] ?? "");
      else lines.splice(at, 0, o.line);
    }
    const text = lines.join(crlf ? "\r\n" : "\n");
    return bom ? `\uFEFF${text}` : text;
  });
