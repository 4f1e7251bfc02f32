/**
 * The block scanner against remark-parse, the parser of record: whatever text
 * the scanner accepts, its tree must be remark-parse's (positions, nesting,
 * text values), on every real entry, on mutated entries and on random mixes of
 * block syntax. Only `spread` is not compared: nothing reads it, and working
 * it out needs the blank lines the scanner does not keep.
 */
import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { scanBlocks } from "../../src/parse/block-scanner.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { createSourceFile } from "../../src/parse/source.js";
import { EXAMPLE_ENTRIES, mutated, REAL_ENTRIES, SNIPPETS } from "../helpers/mutations.js";
import { describeRealData } from "../helpers/real-data.js";

const withoutSpread = (tree: unknown) => JSON.parse(JSON.stringify(tree, (k, v) => (k === "spread" ? undefined : v)));

/** Scans `text`; when the scanner accepts it, expects remark-parse's tree. Returns the tree when it did. */
function sameTree(text: string): Root | undefined {
  const source = createSourceFile("entry.md", text);
  const scanned = scanBlocks(source.text);
  if (!scanned) return undefined;
  const reference = parseMarkdown(source, { scan: false }).tree;
  // The outline first, for a readable difference; then everything.
  expect(outline(scanned)).toEqual(outline(reference));
  expect(withoutSpread(scanned)).toEqual(withoutSpread(reference));
  return scanned;
}

/** The types of `node` and of every node below it. */
const typesIn = (node: Nodes): string[] => [
  node.type,
  ...("children" in node ? node.children.flatMap((child) => typesIn(child)) : []),
];

/** One line per node: its type, depth and position. */
function outline(node: Nodes, depth = 0): string[] {
  const { start, end } = node.position ?? { start: {}, end: {} };
  const own = `${"  ".repeat(depth)}${node.type}${"depth" in node ? node.depth : ""} ${start.line}:${start.column}-${end.line}:${end.column}`;
  return [own, ...("children" in node ? node.children.flatMap((child) => outline(child, depth + 1)) : [])];
}

describe("block scanner", () => {
  it("gives remark-parse's tree for the example catalog's real entries, and accepts nearly all of them", () => {
    const accepted = EXAMPLE_ENTRIES.filter(sameTree).length;
    // The speed of a lint depends on this share: 31 of 31 (and 200 of 200 real ones, below).
    expect(accepted / EXAMPLE_ENTRIES.length).toBeGreaterThanOrEqual(0.99);
  });

  it("gives remark-parse's tree for mutated real entries", () => {
    const runs = 400;
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        if (sameTree(text)) accepted++;
      }),
      { seed: 20261128, numRuns: runs, endOnFailure: true },
    );
    // Mutations insert fences, quotes and tabs on purpose; still, most must take the fast path.
    expect(accepted).toBeGreaterThan(runs / 2);
  }, 60_000);

  it("gives remark-parse's tree for random mixes of block syntax", () => {
    const line = fc.oneof(
      fc.constantFrom(
        ...SNIPPETS,
        "Abc",
        "text  ",
        "  lazy",
        "   deeper text",
        "<!-- c -->",
        "<!-- open",
        "close -->",
        "- <!-- c --> text",
        "  - nested",
        "    - nested twice",
        "      text under it",
        "- a  ",
        "2. two",
        "1) paren",
        "+ plus",
        "-  two spaces",
        "-     five spaces",
        "## Heading ##",
        "#",
        "### ",
        "- ## not a heading here",
        "`code` start",
        "_under_",
        "=",
        "--",
        "* * *",
        "     five-space text",
        "  1. nested ordered",
        "10. ten",
        "- 2. x",
        "1.",
        "*",
        "  -",
        "   - three spaces",
        "<!-- a -->b",
        "  <!-- indented comment",
        "-->  after",
        "- # heading in an item",
        "  ## indented heading",
        "   ==",
        "--- ",
        "====  ",
        "    ---",
      ),
      fc.string({ unit: fc.constantFrom(" ", "-", "*", "1", ".", "#", "<", "!", "a", ">", "`", "="), maxLength: 8 }),
    );
    const runs = 4000;
    let accepted = 0;
    const built = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (ls, eol, trailing) => {
          const text = ls.join(eol) + (trailing ? eol : "");
          const tree = sameTree(text);
          // Blank texts are accepted whatever the scanner does right: they do not count.
          if (!tree || text.trim() === "") return;
          accepted++;
          for (const type of typesIn(tree)) built.add(type);
        },
      ),
      { seed: 11, numRuns: runs, endOnFailure: true },
    );
    // Not vacuous: a third of the mixes, blank ones aside, took the fast path (1,551 of 4,000 on
    // 2026-12-02), and between them they hold every kind of node the scanner builds.
    expect(accepted).toBeGreaterThan(runs / 3);
    expect([...built].sort()).toEqual(["break", "heading", "html", "list", "listItem", "paragraph", "root", "text"]);
  }, 60_000);

  it("is what parseMarkdown uses, front matter blanked as for remark-parse", () => {
    const source = createSourceFile("entry.md", `---\ntitle: x\n---\n${EXAMPLE_ENTRIES[0]}`);
    const fast = parseMarkdown(source);
    const reference = parseMarkdown(source, { scan: false });
    expect(fast.frontMatter).toEqual(reference.frontMatter);
    expect(withoutSpread(fast.tree)).toEqual(withoutSpread(reference.tree));
    // Not vacuous: the scanner did accept this text (remark-parse's trees carry `spread: true` here and there).
    expect(scanBlocks(source.text.replace(/^---\ntitle: x\n---/, "   \n          \n   "))).toBeDefined();
  });
});

describeRealData("block scanner on all 200 entries of awesome-comparisons", () => {
  it("gives remark-parse's tree for every real entry, and accepts nearly all of them", () => {
    expect(REAL_ENTRIES).toHaveLength(200);
    const accepted = REAL_ENTRIES.filter(sameTree).length;
    // The speed of a lint depends on this share: 200 of 200 on 2026-11-28.
    expect(accepted / REAL_ENTRIES.length).toBeGreaterThanOrEqual(0.99);
  });
});
