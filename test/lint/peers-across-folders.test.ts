/**
 * Rules comparing entries that each have a folder of their own (explore's topics/<slug>/index.md)
 * see every catalog file as a peer when a run lints only some: a reference to an unlinted topic
 * resolves, and an alias an unlinted topic holds is found.
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api/index.js";
import { tempDir } from "../helpers/temp.js";

const schema = {
  name: "topics",
  groups: [],
  title: { from: "none" },
  frontMatter: {
    keys: {
      topic: { type: "string" },
      aliases: { type: "string", separator: ",", unique: true },
      related: { type: "string", separator: ",", references: { key: "topic" } },
    },
  },
};

function catalog(): string {
  return tempDir("peers", {
    ".catalog-lintrc.json": JSON.stringify({
      include: ["topics/*/index.md"],
      schema: "schema.json",
      rules: { "empty-section": "off", "body-length": "off" },
    }),
    "schema.json": JSON.stringify(schema),
    "topics/javascript/index.md": "---\ntopic: javascript\naliases: js\n---\nJavaScript.\n",
    "topics/node/index.md": "---\ntopic: node\naliases: js\nrelated: javascript\n---\nNode.\n",
  });
}

describe("peers across folders", () => {
  it("resolves a reference to an entry the run does not lint, and finds a value it holds", () => {
    const report = lint({ cwd: catalog(), now: "2026-11-28", paths: ["topics/node/index.md"] });
    const found = report.results.flatMap((r) => r.diagnostics.map((d) => `${r.filePath} ${d.ruleId} ${d.message}`));
    expect(found).toEqual([
      "topics/node/index.md unique-value Unexpected `aliases` value `js` in `topics/node/index.md`, expected a value no other entry has: `topics/javascript/index.md` line 3 has it",
    ]);
  });
});
