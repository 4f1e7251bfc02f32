/**
 * Hugo's TOML front matter (`+++` … `+++`): the same FrontMatter as the YAML
 * path (data, problems at exact ranges, ranges by path), the block blanked in
 * the markdown tree, and every parse error a problem at its line and column.
 */
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/parse/front-matter.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { createSourceFile, type Range } from "../../src/parse/source.js";

const parse = (text: string) => {
  const source = createSourceFile("entry.md", text);
  return parseFrontMatter(source, parseMarkdown(source).frontMatter);
};
const at = (range: Range | undefined) =>
  range && `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
/** The text at a range, to check a range holds what it names. */
const textAt = (text: string, range: Range | undefined) => range && text.slice(range.start.offset, range.end.offset);

const HUGO = [
  "+++",
  'title = "Hugo"',
  "date = 2024-01-02T10:00:00+01:00",
  "draft = false",
  "weight = 3",
  'tags = ["go", "static"]',
  "",
  "[params]",
  'repo = "gohugoio/hugo"',
  'links.docs = "https://gohugo.io"',
  "",
  "[[params.authors]]",
  'name = "Bjørn"',
  "[[params.authors]]",
  'name = "Steve"',
  "+++",
  "",
  "Hugo is fast.",
  "",
].join("\n");

describe("TOML front matter", () => {
  it("reads the data: tables, dotted keys, arrays and arrays of tables", () => {
    const fm = parse(HUGO);
    expect(fm?.syntax).toBe("toml");
    expect(fm?.problems).toEqual([]);
    expect(fm?.data).toEqual({
      title: "Hugo",
      date: "2024-01-02T10:00:00+01:00",
      draft: false,
      weight: 3,
      tags: ["go", "static"],
      params: {
        repo: "gohugoio/hugo",
        links: { docs: "https://gohugo.io" },
        authors: [{ name: "Bjørn" }, { name: "Steve" }],
      },
    });
    expect(at(fm?.range)).toBe("1:1-17:1");
  });

  it("finds keys and values by path, tables and arrays of tables included", () => {
    const fm = parse(HUGO);
    expect(at(fm?.rangeOf(["title"], "key"))).toBe("2:1-2:6");
    expect(at(fm?.rangeOf(["title"]))).toBe("2:9-2:15");
    expect(textAt(HUGO, fm?.rangeOf(["date"]))).toBe("2024-01-02T10:00:00+01:00");
    expect(at(fm?.rangeOf(["tags", 1]))).toBe("6:15-6:23");
    expect(textAt(HUGO, fm?.rangeOf(["tags"]))).toBe('["go", "static"]');
    // A table: its header's key, and the table as its value.
    expect(at(fm?.rangeOf(["params"], "key"))).toBe("8:2-8:8");
    expect(textAt(HUGO, fm?.rangeOf(["params"]))).toMatch(/^\[params\]\nrepo = "gohugoio\/hugo"\n/);
    expect(at(fm?.rangeOf(["params", "repo"]))).toBe("9:8-9:23");
    expect(textAt(HUGO, fm?.rangeOf(["params", "links", "docs"]))).toBe('"https://gohugo.io"');
    expect(textAt(HUGO, fm?.rangeOf(["params", "links", "docs"], "key"))).toBe("docs");
    // Each table of an array of tables, and the list of them from the first to the last.
    expect(textAt(HUGO, fm?.rangeOf(["params", "authors", 1, "name"]))).toBe('"Steve"');
    expect(at(fm?.rangeOf(["params", "authors", 1, "name"]))).toBe("15:8-15:15");
    expect(textAt(HUGO, fm?.rangeOf(["params", "authors"]))).toBe(
      '[[params.authors]]\nname = "Bjørn"\n[[params.authors]]\nname = "Steve"',
    );
    expect(fm?.rangeOf(["nope"])).toBeUndefined();
    expect(fm?.rangeOf(["tags", 5])).toBeUndefined();
    expect(fm?.rangeOf(["params", "nope"])).toBeUndefined();
  });

  it("keeps dates as the text written, as the YAML path does", () => {
    const fm = parse(
      "+++\nday = 2024-01-02\nat = 2024-01-02T03:04:05Z\nspaced = 2024-01-02 03:04:05\nlocal = 2024-01-02T03:04:05\ntime = 07:32:00\nlist = [2020-01-01, 2021-06-30]\n+++\n",
    );
    expect(fm?.data).toEqual({
      day: "2024-01-02",
      at: "2024-01-02T03:04:05Z",
      spaced: "2024-01-02 03:04:05",
      local: "2024-01-02T03:04:05",
      time: "07:32:00",
      list: ["2020-01-01", "2021-06-30"],
    });
    expect(parse("---\nday: 2024-01-02\n---\n")?.data).toEqual({ day: "2024-01-02" });
  });

  it("reads quoted keys, inline tables, and a key the prototype has as an own key", () => {
    const text = '+++\n"a b" = 1\nsite = { name = "x", n = [1, 2] }\nconstructor = "c"\n+++\n';
    const fm = parse(text);
    expect(fm?.data).toEqual({ "a b": 1, site: { name: "x", n: [1, 2] }, constructor: "c" });
    expect(Object.hasOwn(fm?.data ?? {}, "constructor")).toBe(true);
    expect(textAt(text, fm?.rangeOf(["a b"], "key"))).toBe('"a b"');
    expect(textAt(text, fm?.rangeOf(["site", "n", 1]))).toBe("2");
  });

  it("blanks the block in the markdown tree, so the body starts after it", () => {
    const source = createSourceFile("entry.md", HUGO);
    const { tree, frontMatter } = parseMarkdown(source);
    expect(at(frontMatter)).toBe("1:1-17:1");
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph"]);
    expect(tree.children[0]?.position?.start.line).toBe(18);
  });

  it("maps positions through a BOM and CRLF line endings, and allows trailing spaces on the fences", () => {
    const fm = parse('\uFEFF+++  \r\ntitle = "Hugo"\r\nweight = 2\r\n+++ \r\nBody.\r\n');
    expect(fm?.data).toEqual({ title: "Hugo", weight: 2 });
    expect(at(fm?.rangeOf(["weight"]))).toBe("3:10-3:11");
    expect(at(fm?.range)).toBe("1:1-5:1");
  });

  it("reads an empty block as no keys", () => {
    expect(parse("+++\n+++\nBody.\n")?.data).toEqual({});
  });

  it("is no front matter when `+++` is not the first line, or not alone on it", () => {
    expect(parse('\n+++\ntitle = "x"\n+++\n')).toBeUndefined();
    expect(parse('+++ x\ntitle = "x"\n+++\n')).toBeUndefined();
    expect(parse("+++\n\nJust text after a plus line.\n")).toBeUndefined();
  });

  it.each([
    [
      "a duplicate key",
      '+++\ntitle = "a"\ntitle = "b"\n+++\n',
      "3:1-3:6",
      "Unexpected duplicate key `title`, expected each key once",
    ],
    [
      "a duplicate table",
      "+++\n[params]\nx = 1\n[params]\n+++\n",
      "4:2-4:8",
      "Unexpected duplicate key `params`, expected each key once",
    ],
    [
      "a key set as a value and as a table",
      "+++\nparams = 1\n[params]\n+++\n",
      "3:2-3:8",
      "Unexpected duplicate key `params`, expected each key once",
    ],
    [
      "an unclosed string",
      '+++\ntitle = "Hugo\ndraft = true\n+++\n',
      "2:9-2:10",
      'Unexpected end of a quoted value, expected its closing `"`',
    ],
    [
      "an unclosed literal string after a closed one",
      "+++\ntags = ['a', 'b\n+++\n",
      "2:14-2:15",
      "Unexpected end of a quoted value, expected its closing `'`",
    ],
    [
      "an unclosed multi-line string",
      '+++\ntext = """one\ntwo "quoted" = 1\n+++\n',
      "2:8-2:11",
      'Unexpected end of a quoted value, expected its closing `"""`',
    ],
    ["a bad value", "+++\ndraft = nope\n+++\n", "2:9-2:13", "Unexpected character `nope`, expected valid TOML"],
    [
      "a date that is no date",
      "+++\ndate = 2024-02-30\n+++\n",
      "2:8-2:18",
      "Unexpected invalid date `2024-02-30`, expected a real date",
    ],
    [
      "a bad escape",
      '+++\ntitle = "a\\q"\n+++\n',
      "2:11-2:13",
      "Unexpected escape `\\q` in a string, expected one of TOML's (`\\n`, `\\t`, `\\\"`, `\\\\`, `\\uXXXX`…)",
    ],
    [
      "two keys on a line",
      "+++\na = 1 b = 2\n+++\n",
      "2:7-2:8",
      "Unexpected TOML at `b` (must be a newline), expected valid TOML",
    ],
    [
      "an unclosed array",
      "+++\ntags = [1, 2\n+++\n",
      "3:1-3:1",
      "Unexpected end of an array, expected its closing `]`",
    ],
    [
      "an unclosed fence",
      '+++\ntitle = "Hugo"\n\nBody.\n',
      "1:1-1:4",
      "Unexpected end of the file inside the front matter, expected a closing `+++` line",
    ],
  ])("reports %s at its line and column", (_kind, text, range, message) => {
    const fm = parse(text);
    expect(fm?.syntax).toBe("toml");
    expect(fm?.data).toBeUndefined();
    expect(fm?.problems.map((p) => [at(p.range), p.message])).toEqual([[range, message]]);
  });

  it("reports nesting too deep to read as a problem, not a crash", () => {
    const depth = 100_000;
    const fm = parse(`+++\na = ${"[".repeat(depth)}${"]".repeat(depth)}\n+++\n`);
    expect(fm?.data).toBeUndefined();
    expect(fm?.problems.map((p) => [at(p.range), p.message])).toEqual([
      ["2:1-2:1", "Unexpected TOML nested too deeply, expected fewer nested arrays and tables"],
    ]);
    // A real depth is read.
    expect(parse("+++\na = [[[1]], [2]]\n+++\n")?.data).toEqual({ a: [[[1]], [2]] });
  });
});
