/** front-matter-value with `separator`: a string read as a list of trimmed items (explore's `aliases: a, b`). */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";

const aliases = {
  type: "string",
  separator: ",",
  maxItems: 2,
  uniqueItems: true,
  items: { type: "string", pattern: "^[a-z]+$" },
};

function run(frontMatter: string, spec: Record<string, unknown> = aliases): string {
  return formatDiagnostics(
    lintText(`---\n${frontMatter}\n---\n# A - https://example.com\n`, {
      rules: ["front-matter-value"],
      schemaKeys: { frontMatter: { keys: { aliases: spec } } },
    }),
  );
}

describe("front-matter-value separator", () => {
  it("accepts trimmed items that each pass `items`", () => {
    expect(run("aliases: js, ts")).toBe("");
  });

  it("checks each item at its own columns (plain scalar)", () => {
    expect(run("aliases: js, T1")).toBe(
      "2:14-2:16  front-matter-value  Unexpected `T1` for `aliases[1]`, expected a value matching `^[a-z]+$`",
    );
  });

  it("keeps exact columns inside quotes", () => {
    expect(run('aliases: "js,  T1"')).toMatch(/^2:16-2:18 /);
  });

  it("falls back to the whole value's range when columns are not recoverable (folded scalar)", () => {
    expect(run("aliases: >-\n  js,\n  T1")).toMatch(/^2:10-4:5 .*`T1`/);
  });

  it("counts items for maxItems and finds a repeated one", () => {
    expect(run("aliases: a, b, c")).toMatch(/Unexpected 3 items in `aliases`, expected at most 2/);
    expect(run("aliases: a, a")).toBe(
      "2:13-2:14  front-matter-value  Unexpected `a` again in `aliases` (also `aliases[0]`), expected each item once",
    );
  });

  it("reports an empty item (a double or trailing separator) where it is", () => {
    expect(run("aliases: a,,b")).toBe(
      "2:12-2:12  front-matter-value  Unexpected empty item 1 in `aliases` (`a,,b`), expected items separated by one `,`",
    );
    expect(run("aliases: a, b,")).toMatch(/^2:15-2:15 .*empty item 2/);
  });

  it("reads a string without a separator as one value", () => {
    const { separator: _separator, items: _items, maxItems: _max, uniqueItems: _unique, ...plain } = aliases;
    expect(run("aliases: a,,b", { ...plain, pattern: "^[a-z,]+$" })).toBe("");
  });
});

describe("schema: separator", () => {
  it("is refused on a key that is not a string", () => {
    expect(() => run("aliases: [a]", { type: "list", separator: "," })).toThrow(/expected it only with `type: string`/);
  });
});

describe("distinctFrom", () => {
  const keys = {
    topic: { type: "string" },
    aliases: { type: "string", separator: ",", distinctFrom: ["topic", "related"] },
    related: { type: "string", separator: ",", distinctFrom: ["topic"] },
  };
  const lintKeys = (frontMatter: string) =>
    formatDiagnostics(
      lintText(`---\n${frontMatter}\n---\n# A - https://example.com\n`, {
        rules: ["front-matter-value"],
        schemaKeys: { frontMatter: { keys } },
      }),
    );

  it("reports an alias that is the topic itself, or one of its related topics, at the item", () => {
    expect(lintKeys("topic: react\naliases: reactjs, react\nrelated: vue, reactjs")).toBe(
      [
        "3:10-3:17  front-matter-value  Unexpected `reactjs` in `aliases`, expected a value `related` does not hold: line 4 has it there",
        "3:19-3:24  front-matter-value  Unexpected `react` in `aliases`, expected a value `topic` does not hold: line 2 has it there",
      ].join("\n"),
    );
  });

  it("accepts keys that share nothing", () => {
    expect(lintKeys("topic: react\naliases: reactjs\nrelated: vue")).toBe("");
  });

  it("must name keys the schema defines", () => {
    expect(() =>
      lintText("# A - https://example.com\n", {
        schemaKeys: { frontMatter: { keys: { a: { type: "string", distinctFrom: ["nope"] } } } },
      }),
    ).toThrow(/Unexpected `nope`/);
  });
});
