/**
 * The schema language's keys zod cannot check alone: patterns compile (in
 * linear time), date formats parse, keys fit their key's type. Each problem
 * stops the run naming the key path, what was found and what was expected.
 */
import { describe, expect, it } from "vitest";
import { loadSchemaOption } from "../../src/schema/resolve.js";
import { tempDir } from "../helpers/temp.js";

const load = (keys: string) => () =>
  loadSchemaOption(
    "schema.yaml",
    tempDir("schema-language", { "schema.yaml": `name: s\ngroups: []\nfrontMatter:\n  keys:\n${keys}` }),
  );

describe("front-matter key specs in a schema file", () => {
  it("accepts every key of the language", () => {
    const schema = load(
      [
        "    topic: { type: string, required: true, pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 35 }",
        "    kind: { type: string, enum: [a, b] }",
        "    url: { type: string, format: url, url: { schemes: [https], hosts: [github.com] } }",
        "    released: { type: date, dateFormat: 'MMMM D, YYYY' }",
        "    tags: { type: list, minItems: 1, maxItems: 6, uniqueItems: true, items: { type: string, pattern: '^[a-z]+$' } }",
        "",
      ].join("\n"),
    )();
    expect(schema.schema.frontMatter?.keys.topic).toMatchObject({ type: "string", required: true, maxLength: 35 });
  });

  it.each([
    [
      "    a: { pattern: '(a)\\1' }\n",
      /at `frontMatter\.keys\.a\.pattern` \(line 5\): Unexpected pattern `\(a\)\\1`, expected a regular expression without backreferences/,
    ],
    ["    a: { pattern: '(?=x)' }\n", /at `frontMatter\.keys\.a\.pattern` \(line 5\): .*without lookahead/],
    [
      "    a: { pattern: '[a-' }\n",
      /at `frontMatter\.keys\.a\.pattern` \(line 5\): .*expected a valid regular expression/,
    ],
    ["    a: { type: list, items: { pattern: '(?<=x)y' } }\n", /at `frontMatter\.keys\.a\.items\.pattern`/],
    [
      "    a: { type: date, dateFormat: 'DD/MM' }\n",
      /at `frontMatter\.keys\.a\.dateFormat` \(line 5\): Unexpected date format `DD\/MM`, expected one `YYYY`/,
    ],
    ["    a: { type: date, dateFormat: 'D YYYY' }\n", /expected a month with the day/],
    [
      "    a: { type: string, items: { type: string } }\n",
      /at `frontMatter\.keys\.a\.items` \(line 5\): Unexpected `items` with `type: string`/,
    ],
    [
      "    a: { type: string, url: { hosts: [github.com] } }\n",
      /at `frontMatter\.keys\.a\.url` \(line 5\): Unexpected `url` with `format: \(none\)`/,
    ],
    ["    a: { type: text }\n", /at `frontMatter\.keys\.a\.type`/],
    ["    a: { requird: true }\n", /frontMatter\.keys\.a/],
  ])("refuses %j", (keys, message) => {
    expect(load(keys)).toThrow(message);
  });
});

describe("schema file errors", () => {
  it("name the line of the key path", () => {
    expect(load("    a: { type: string }\n    b: { pattern: '(a)\\1' }\n")).toThrow(
      /at `frontMatter\.keys\.b\.pattern` \(line 6\): Unexpected pattern/,
    );
    expect(load("    a: { type: string, requird: true }\n")).toThrow(/at `frontMatter\.keys\.a\.requird` \(line 5\)/);
  });
});
