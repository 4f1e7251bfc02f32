/** Where a suggestion may go (the right side of one hunk of the diff), and what its comment says. */
import { describe, expect, it } from "vitest";
import { diffLines, inDiff, type Suggestion, suggestionBody, suggestionKey } from "../../src/action/suggestions.js";

const PATCH = [
  "@@ -1,4 +1,4 @@",
  " # Tool",
  "-old line",
  "+new line",
  " kept",
  " kept too",
  "@@ -20,3 +20,4 @@ ## Section",
  " a",
  "+b",
  "+c",
  " d",
  "\\ No newline at end of file",
].join("\n");

const at = (start: number, end: number, text = "x"): Suggestion => ({
  path: "e.md",
  start,
  end,
  text,
  ruleId: "date-format",
  message: "Unexpected `x`",
});

describe("diffLines", () => {
  it("numbers the right side's added and context lines, hunk by hunk, never a removed one", () => {
    expect([...diffLines(PATCH)]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [20, 1],
      [21, 1],
      [22, 1],
      [23, 1],
    ]);
  });
});

describe("inDiff", () => {
  it("keeps a suggestion whose every line is in one hunk, of a file with a diff", () => {
    const patches = new Map([["e.md", PATCH]]);
    const { inside, outside } = inDiff(
      [at(2, 3), at(4, 20), at(5, 5), at(21, 22), { ...at(1, 1), path: "other.md" }],
      patches,
    );
    expect(inside.map((s) => [s.start, s.end])).toEqual([
      [2, 3],
      [21, 22],
    ]);
    expect(outside).toBe(3);
  });
});

describe("suggestionBody", () => {
  it("starts with the marker and its key, escapes the message, fences past the text's backticks", () => {
    const s = { ...at(2, 2, "```js\n@me"), message: "Unexpected `<b>` by @me" };
    const body = suggestionBody(s);
    expect(body.startsWith(`<!-- catalog-lint:suggestion ${suggestionKey(s)} -->\n`)).toBe(true);
    expect(body).toContain("````suggestion\n```js\n@me\n````");
    expect(body).not.toMatch(/<b>|by @me/);
    expect(suggestionKey(s)).not.toBe(suggestionKey({ ...s, start: 3, end: 3 }));
  });
});
