/**
 * `init`, then a lint, on catalogs that are a static site's content: a Jekyll collection
 * (`_tools/*.md`), an Astro content collection (`src/content/tools/*.md` beside the JSON Schema
 * Astro generates) and a Docusaurus `docs/` folder. Their bodies are free markdown (headings,
 * lists, code, images, HTML comments, setext headings, `:::note` admonitions) and have no
 * template: a clean site gives no finding, and one planted mistake each is found at its line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyCatalog } from "../helpers/temp.js";

const FIXTURES = resolve(import.meta.dirname, "..", "fixtures", "init");

interface Finding {
  place: string;
  message: string;
}

/** A copy of fixture `name` with `init` run in it. */
function initialised(name: string): string {
  const root = copyCatalog(join(FIXTURES, name), `init-${name}`);
  const init = cli(["init"], root);
  expect(init.stderr).toContain("catalog-lint: wrote .catalog-lintrc.yaml");
  expect(init.code).toBe(0);
  return root;
}

/** The findings of a lint run in `root`, as `file:line ruleId`. */
function lint(root: string): Finding[] {
  const run = cli(["--format", "json"], root);
  const report = JSON.parse(run.stdout) as Array<{
    filePath: string;
    messages: Array<{ line: number; ruleId: string; message: string }>;
  }>;
  return report.flatMap((f) =>
    f.messages.map((m) => ({
      place: `${f.filePath.slice(root.length + 1)}:${m.line} ${m.ruleId}`,
      message: m.message,
    })),
  );
}

/** Replace `from` by `to` in one file of `root` (the text must be there: a planted mistake that misses is no test). */
function plant(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe("init, then lint, on a static site's content collection", () => {
  it("Jekyll `_tools/*.md`: no finding; a missing required key is found", () => {
    const root = initialised("jekyll");
    expect(readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8")).toContain("  - _tools/*.md");
    expect(lint(root)).toEqual([]);
    plant(root, "_tools/pelican.md", "language: Python\n", "");
    expect(lint(root)).toEqual([
      { place: "_tools/pelican.md:1 front-matter-keys", message: expect.stringContaining("`language`") },
    ]);
  });

  it("Astro `src/content/tools/*.md`: no finding; a category outside the collection's enum is found", () => {
    const root = initialised("astro");
    // The collection's own JSON Schema checks the keys, not keys guessed from seven entries.
    expect(readFileSync(join(root, "catalog-schema.yaml"), "utf8")).toContain(
      "jsonSchema: .astro/collections/tools.schema.json",
    );
    expect(lint(root)).toEqual([]);
    plant(root, "src/content/tools/helix.md", "category: editor", "category: editr");
    expect(lint(root)).toEqual([
      {
        place: "src/content/tools/helix.md:5 front-matter-value",
        message: expect.stringContaining("`category: editr`"),
      },
    ]);
  });

  it("Docusaurus `docs/*.md` (its `docs/` is the site, not documentation): no finding; an unclosed front matter is found", () => {
    const root = initialised("docusaurus");
    expect(readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8")).toContain("  - docs/*.md");
    expect(lint(root)).toEqual([]);
    plant(root, "docs/jq.md", "tags: [json, cli]\n---\n", "tags: [json, cli]\n");
    expect(lint(root).map((f) => f.place)).toEqual(["docs/jq.md:1 front-matter-syntax"]);
  });
});
