/**
 * Real entries and random mutations of them, shared by the property tests:
 * lines deleted, duplicated, or inserted (headings, list markers, comments,
 * directives, unicode), CRLF line endings, a BOM.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "awesome-comparisons", "datasets");
/** Every real entry, in a fixed order. */
export const ALL_ENTRIES: string[] = readdirSync(CORPUS)
  .flatMap((d) => {
    try {
      return readdirSync(join(CORPUS, d, "data")).map((f) => join(CORPUS, d, "data", f));
    } catch {
      return [];
    }
  })
  .sort()
  .map((f) => readFileSync(f, "utf8"));

/** Every 5th real entry (40 of 200). */
export const ENTRIES = ALL_ENTRIES.filter((_, i) => i % 5 === 0);

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
