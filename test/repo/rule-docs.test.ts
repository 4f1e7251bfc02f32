/**
 * Every rule doc's examples run: a ```` ```md invalid ```` block must produce at
 * least one finding of that rule and a ```` ```md valid ```` block none. An
 * optional JSON object after the label sets `options`, `schema`, `now` and
 * `base` (the file's text at the base revision) and `folder` (other files beside
 * the example, named `entry.md`, for catalog-level rules), `path` (the example's
 * own path, default `entry.md`) and `schemaKeys` (keys such as `paths` set on
 * the schema), and `dataset` (`folder` holds a dataset's template and criteria: the
 * schema is found from them, as a run finds it):
 * ```` ```md invalid {"options": {"maxAgeDays": 30}} ````.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/index.js";
import { lintFolder, lintText } from "../helpers/lint-text.js";

interface Example {
  kind: "valid" | "invalid";
  code: string;
  meta: {
    options?: unknown;
    schema?: string;
    now?: string;
    base?: string;
    folder?: Record<string, string>;
    path?: string;
    schemaKeys?: Record<string, unknown>;
    dataset?: boolean;
  };
  line: number;
}

export function docExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const fence = /^(`{3,})md (valid|invalid)(?: (\{.*\}))?\n([\s\S]*?)^\1$/gm;
  for (const match of markdown.matchAll(fence)) {
    examples.push({
      kind: match[2] as Example["kind"],
      meta: match[3] ? JSON.parse(match[3]) : {},
      code: match[4] ?? "",
      line: markdown.slice(0, match.index).split("\n").length,
    });
  }
  return examples;
}

const docsDir = join(import.meta.dirname, "..", "..", "docs", "rules");

for (const rule of rules) {
  describe(`docs/rules/${rule.id}.md`, () => {
    const examples = docExamples(readFileSync(join(docsDir, `${rule.id}.md`), "utf8"));
    it("has valid and invalid examples", () => {
      expect(examples.some((e) => e.kind === "invalid")).toBe(true);
      expect(examples.some((e) => e.kind === "valid")).toBe(true);
    });
    for (const example of examples) {
      it(`${example.kind} example at line ${example.line}`, () => {
        if (example.meta.folder) {
          // A catalog-level rule: the example is `entry.md` beside the files in `folder`.
          const path = example.meta.path ?? "entry.md";
          const byFile = lintFolder({ ...example.meta.folder, [path]: example.code }, rule.id, {
            ...(example.meta.schemaKeys ? { schemaKeys: example.meta.schemaKeys } : {}),
            // A dataset (its template and criteria among `folder`): the schema is found, and only the example linted.
            ...(example.meta.dataset ? { discover: true, only: [path] } : {}),
          });
          const mine = byFile[path] ?? [];
          if (example.kind === "invalid") expect(mine.length).toBeGreaterThan(0);
          else expect(mine.map((d) => d.message)).toEqual([]);
          return;
        }
        const found = lintText(example.code, {
          rules: [rule.id],
          ...(example.meta.options ? { options: { [rule.id]: example.meta.options } } : {}),
          ...(example.meta.schema ? { schema: example.meta.schema, cwd: docsDir } : {}),
          ...(example.meta.now ? { now: example.meta.now } : {}),
          ...(example.meta.base !== undefined ? { base: example.meta.base } : {}),
          ...(example.meta.path ? { path: example.meta.path } : {}),
          ...(example.meta.schemaKeys ? { schemaKeys: example.meta.schemaKeys } : {}),
        }).filter((d) => d.ruleId === rule.id);
        if (example.kind === "invalid") expect(found.length).toBeGreaterThan(0);
        else expect(found.map((d) => d.message)).toEqual([]);
      });
    }
  });
}
