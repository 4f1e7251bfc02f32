/**
 * The bulk suppressions file (src/files/suppressions-file.ts): ESLint's layout, stable bytes,
 * and a one-line error naming the line of whatever is malformed.
 */
import { describe, expect, it } from "vitest";
import { formatSuppressions, parseSuppressions, type Suppressions } from "../../src/files/suppressions-file.js";

const of = (entries: Record<string, Record<string, number>>): Suppressions =>
  new Map(Object.entries(entries).map(([file, rules]) => [file, new Map(Object.entries(rules))]));

describe("formatSuppressions", () => {
  it("writes ESLint's layout, files then rules in code-unit order, whatever order they came in", () => {
    const text = formatSuppressions(of({ "b.md": { url: 1, title: 2 }, "B.md": { url: 3 }, "a/z.md": { title: 1 } }));
    expect(text).toBe(
      `${JSON.stringify({ "B.md": { url: { count: 3 } }, "a/z.md": { title: { count: 1 } }, "b.md": { title: { count: 2 }, url: { count: 1 } } }, null, 2)}\n`,
    );
    expect(formatSuppressions(parseSuppressions(text, "s.json"))).toBe(text);
  });

  it("drops counts of 0 and files left without a rule", () => {
    expect(formatSuppressions(of({ "a.md": { url: 0 }, "b.md": { url: 0, title: 1 } }))).toBe(
      '{\n  "b.md": {\n    "title": {\n      "count": 1\n    }\n  }\n}\n',
    );
    expect(formatSuppressions(new Map())).toBe("{}\n");
  });

  it("keeps a `__proto__` key a key, as JSON.parse reads it", () => {
    const text = '{\n  "__proto__": {\n    "url": {\n      "count": 1\n    }\n  }\n}\n';
    const parsed = parseSuppressions(text, "s.json");
    expect([...parsed.keys()]).toEqual(["__proto__"]);
    expect(formatSuppressions(parsed)).toBe(text);
  });
});

describe("parseSuppressions", () => {
  const error = (text: string) => {
    try {
      parseSuppressions(text, "catalog-lint-suppressions.json");
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("parsed");
  };
  const FIX = "fix it, or delete it and run catalog-lint --suppress-all to write it again";

  it("reads a byte order mark and whole numbers from 0", () => {
    expect(parseSuppressions('\uFEFF{"a.md":{"url":{"count":0}}}', "s.json").get("a.md")?.get("url")).toBe(0);
  });

  it("names the line of a syntax error", () => {
    expect(error('{\n  "a.md": {\n    "url": { "count": 1 },\n  }\n}')).toBe(
      `catalog-lint-suppressions.json:4: invalid JSON (Expected double-quoted property name); ${FIX}`,
    );
    expect(error('{\n  "a.md": {')).toMatch(/^catalog-lint-suppressions\.json:2: invalid JSON \(/);
  });

  it.each([
    ["[]", 1, "found an array, expected an object of files"],
    ['{\n  "a.md": {},\n  "b.md": 3\n}', 3, "`b.md`: found `3`, expected an object of rule ids"],
    [
      '{\n  "a.md": {\n    "url": { "count": 1 },\n    "title": { "count": 1.5 }\n  }\n}',
      4,
      '`a.md` `title`: found `{"count":1.5}`, expected `{ "count": N }` with N a whole number',
    ],
    [
      '{\n  "a.md": { "url": { "count": 1 } },\n  "b.md": {\n    "url": { "count": -1 }\n  }\n}',
      4,
      '`b.md` `url`: found `{"count":-1}`, expected `{ "count": N }` with N a whole number',
    ],
    [
      '{ "a.md": { "url": { "count": 1, "line": 3 } } }',
      1,
      '`a.md` `url`: found `{"count":1,"line":3}`, expected `{ "count": N }` with N a whole number',
    ],
    [
      '{\n\n  "../x.md": {}\n}',
      3,
      "file `../x.md`: found an empty, `.` or `..` folder, expected a path from the repository's root",
    ],
    [
      '{\n  "/etc/x.md": {}\n}',
      2,
      "file `/etc/x.md`: found an absolute path, expected a path from the repository's root",
    ],
    ['{\n  "a\\\\b.md": {}\n}', 2, "file `a\\b.md`: found a `\\`, expected `/` between folders"],
  ])("refuses %j at line %i", (text, line, problem) => {
    expect(error(text)).toBe(`catalog-lint-suppressions.json:${line}: ${problem}; ${FIX}`);
  });

  it("names the line of the key that is wrong, not of another key of the same name", () => {
    const text = '{\n  "a.md": {\n    "url": { "count": 1 }\n  },\n  "b.md": {\n    "url": { "count": "1" }\n  }\n}';
    expect(error(text)).toMatch(/^catalog-lint-suppressions\.json:6: `b\.md` `url`: found `\{"count":"1"\}`/);
  });
});
