import { describe, expect, it } from "vitest";
import { MAX_ALIAS_COUNT, parseFrontMatter } from "../../src/parse/front-matter.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { createSourceFile, type Range } from "../../src/parse/source.js";

const parse = (text: string) => {
  const source = createSourceFile("entry.md", text);
  return parseFrontMatter(source, parseMarkdown(source).frontMatter);
};
const at = (range: Range | undefined) =>
  range && `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

describe("parseFrontMatter", () => {
  it("parses a mapping and finds keys and values by path", () => {
    const fm = parse("---\ntopic: git\naliases:\n  - vcs\n  - scm\nmeta: { a: 1 }\n---\nbody\n");
    expect(fm?.data).toEqual({ topic: "git", aliases: ["vcs", "scm"], meta: { a: 1 } });
    expect(fm?.problems).toEqual([]);
    expect(at(fm?.range)).toBe("1:1-8:1");
    expect(at(fm?.rangeOf(["topic"], "key"))).toBe("2:1-2:6");
    expect(at(fm?.rangeOf(["topic"]))).toBe("2:8-2:11");
    expect(at(fm?.rangeOf(["aliases", 1]))).toBe("5:5-5:8");
    expect(at(fm?.rangeOf(["meta", "a"]))).toBe("6:12-6:13");
    expect(fm?.rangeOf(["nope"])).toBeUndefined();
    expect(fm?.rangeOf(["aliases", 5])).toBeUndefined();
  });

  it("keeps YAML dates as the strings written", () => {
    expect(parse("---\ncreated: 2020-01-02\n---\n")?.data).toEqual({ created: "2020-01-02" });
  });

  it("maps positions through a BOM and CRLF line endings", () => {
    const fm = parse("\uFEFF---\r\ntopic: git\r\nname: x\r\n---\r\n");
    expect(at(fm?.rangeOf(["name"]))).toBe("3:7-3:8");
  });

  it.each([
    ["---\na: 1\na: 2\n---\n", "3:1-3:2", /duplicate key `a`/],
    ["---\na:\n\t- x\n---\n", "3:1-3:2", /tab as indentation/],
    ['---\na: "open\n---\n', "2:4-2:5", /closing quote/],
    ["---\na: [1, 2\n---\n", undefined, /expected/],
    ["---\n- a\n---\n", "2:1-2:4", /not a mapping/],
    ["---\ntopic: x\n# no end\n", "1:1-1:4", /closing `---`/],
  ])("reports %j at its position", (text, range, message) => {
    const fm = parse(text);
    expect(fm?.data).toBeUndefined();
    expect(fm?.problems.length).toBeGreaterThan(0);
    expect(fm?.problems[0]?.message).toMatch(message);
    if (range) expect(at(fm?.problems[0]?.range)).toBe(range);
  });

  it("bounds alias expansion (billion laughs) instead of expanding", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
      ["g", "f"],
    ]) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const fm = parse(`---\n${lines.join("\n")}\n---\n`);
    expect(fm?.data).toBeUndefined();
    expect(fm?.problems[0]?.message).toContain(String(MAX_ALIAS_COUNT));
    expect(at(fm?.problems[0]?.range)).toBe("3:8-3:10");
  });

  it("allows a few aliases", () => {
    expect(parse("---\nx: &x git\ny: *x\n---\n")?.data).toEqual({ x: "git", y: "git" });
  });

  it("has no front matter for a thematic break followed by prose, or none at all", () => {
    expect(parse("---\nJust text\n")).toBeUndefined();
    expect(parse("# Title\n")).toBeUndefined();
  });

  it("reads an empty block as no keys", () => {
    expect(parse("---\n---\n")?.data).toEqual({});
  });
});

describe("a quoted value whose next lines start at the left margin", () => {
  // libyaml (Jekyll, github/explore's suite) and js-yaml read it; github/explore has one.
  const text = "---\ncreated_by: '\"Pirates\": Sangar, \nlordjoda, payonel'\nname: OC\nlogo: oc.png\n---\n";

  it("reads it as those readers do, keeping every later position", () => {
    const fm = parse(text);
    expect(fm?.problems).toEqual([]);
    expect(fm?.data).toEqual({ created_by: '"Pirates": Sangar, lordjoda, payonel', name: "OC", logo: "oc.png" });
    expect(at(fm?.rangeOf(["created_by"]))).toBe("2:13-3:19");
    expect(at(fm?.rangeOf(["name"]))).toBe("4:7-4:9");
    expect(at(fm?.rangeOf(["logo"], "key"))).toBe("5:1-5:5");
  });

  it("still reports a quote that never closes, and other problems beside it", () => {
    expect(parse("---\na: 'open\nb: c\n---\n")?.problems[0]?.message).toMatch(/closing quote/);
    const both = parse("---\na: 'x\ny'\nb: 1\nb: 2\n---\n");
    expect(both?.problems.map((p) => [p.message, at(p.range)])).toEqual([
      ["Unexpected duplicate key `b`, expected each key once", "5:1-5:2"],
    ]);
  });
});
