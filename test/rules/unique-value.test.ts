/** unique-value and reference: values compared across the entries of one schema, each in its own folder. */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintFolder } from "../helpers/lint-text.js";

const keys = {
  topic: { type: "string" },
  aliases: { type: "string", separator: ",", unique: true, references: { key: "topic", resolve: false } },
  related: { type: "string", separator: ",", references: { key: "topic" } },
};
const schemaKeys = { frontMatter: { keys: keys } };

function topic(name: string, extra = ""): string {
  return `---\ntopic: ${name}\n${extra}---\n# ${name} - https://example.com\n`;
}

function run(ruleId: string, files: Record<string, string>): Record<string, string> {
  const found = lintFolder(files, ruleId, { schemaKeys });
  return Object.fromEntries(Object.entries(found).map(([file, d]) => [file, formatDiagnostics(d)]));
}

describe("unique-value", () => {
  it("reports an alias two entries share, on both, with the other's position", () => {
    const found = run("unique-value", {
      "topics/javascript/index.md": topic("javascript", "aliases: ecmascript, js\n"),
      "topics/node/index.md": topic("node", "aliases: js\n"),
    });
    expect(found["topics/node/index.md"]).toBe(
      "3:10-3:12  unique-value  Unexpected `aliases` value `js` in `topics/node/index.md`, expected a value no other entry has: `topics/javascript/index.md` line 3 has it",
    );
    expect(found["topics/javascript/index.md"]).toBe(
      "3:22-3:24  unique-value  Unexpected `aliases` value `js` in `topics/javascript/index.md`, expected a value no other entry has: `topics/node/index.md` line 3 has it",
    );
  });

  it("accepts values each entry has alone, and reports one entry's repeated value", () => {
    const found = run("unique-value", {
      "topics/a/index.md": topic("a", "aliases: x, y\n"),
      "topics/b/index.md": topic("b", "aliases: z, z\n"),
    });
    expect(found["topics/a/index.md"]).toBe("");
    expect(found["topics/b/index.md"]).toBe(
      "3:13-3:14  unique-value  Unexpected `aliases` value `z` again in `topics/b/index.md`, expected each value once: line 3 has it",
    );
  });
});

describe("reference", () => {
  it("reports an alias that is another entry's topic (resolve: false)", () => {
    const found = run("reference", {
      "topics/javascript/index.md": topic("javascript"),
      "topics/node/index.md": topic("node", "aliases: nodejs, javascript\n"),
    });
    expect(found["topics/node/index.md"]).toBe(
      "3:18-3:28  reference  Unexpected `aliases` value `javascript` in `topics/node/index.md`, expected no other entry's `topic`: `topics/javascript/index.md` line 2 has it",
    );
    expect(found["topics/javascript/index.md"]).toBe("");
  });

  it("reports a related topic no entry has, with a did-you-mean (resolve: true)", () => {
    const found = run("reference", {
      "topics/javascript/index.md": topic("javascript"),
      "topics/node/index.md": topic("node", "related: javascirpt, javascript\n"),
    });
    expect(found["topics/node/index.md"]).toBe(
      "3:10-3:20  reference  Unexpected `related` value `javascirpt` in `topics/node/index.md`, expected the `topic` of another entry (did you mean `javascript`, `topics/javascript/index.md` line 2?)",
    );
  });
});
