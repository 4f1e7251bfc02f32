/**
 * An Astro or Docusaurus collection of `.mdx` entries (front matter, an `import` line, JSX):
 * found with no config, `init` writes an `include` of `*.mdx`, and the run that follows reports
 * only what was planted, at its line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const entry = (n: string, frontMatter = `title: Tool ${n}\ncategory: cli\n`) =>
  `---\n${frontMatter}---\nimport X from '../x.astro';\n\n# Tool ${n}\n\n<X />\n\nText.\n`;

const collection = (overrides: Record<string, string> = {}) =>
  Object.fromEntries(
    ["a", "b", "c", "d", "e", "f"].map((n) => [`src/content/tools/${n}.mdx`, overrides[n] ?? entry(n)]),
  );

interface Report {
  filePath: string;
  messages: Array<{ line: number; column: number; ruleId: string; message: string }>;
}

function lintJson(
  root: string,
): Array<{ file: string; line: number; column: number; ruleId: string; message: string }> {
  const run = cli(["--format", "json", "--now", "2026-12-04"], root);
  return (JSON.parse(run.stdout) as Report[]).flatMap((f) =>
    f.messages.map(({ line, column, ruleId, message }) => ({
      file: f.filePath.slice(root.length + 1),
      line,
      column,
      ruleId,
      message,
    })),
  );
}

describe("init and lint on .mdx entries", () => {
  it("finds .mdx files with no config", () => {
    const run = cli(["--now", "2026-12-04"], tempDir("mdx-zero-config", collection()));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("No schema found for the 6 markdown files below the working directory");
  });

  it("writes an include of the entries' extension, and the run finds nothing", () => {
    const root = tempDir("init-mdx", collection());
    const init = cli(["init"], root);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain("src/content/tools/*.mdx (6 entries) → catalog-schema.yaml");
    expect(readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8")).toContain("  - src/content/tools/*.mdx\n");
    expect(lintJson(root)).toEqual([]);
  });

  it("reports a front-matter key missing from one entry at its block", () => {
    const root = tempDir("init-mdx-seeded", collection());
    expect(cli(["init"], root).code).toBe(0);
    // Seeded after init: the schema requires `category`, which f lacks now.
    const files = collection({ f: entry("f", "title: Tool f\n") });
    const seeded = tempDir("init-mdx-seeded-after", {
      ...files,
      ".catalog-lintrc.yaml": readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8"),
      "catalog-schema.yaml": readFileSync(join(root, "catalog-schema.yaml"), "utf8"),
    });
    expect(lintJson(seeded)).toEqual([
      {
        file: "src/content/tools/f.mdx",
        line: 1,
        column: 1,
        ruleId: "front-matter-keys",
        message: "Missing front-matter key `category`, expected it in the `---` block",
      },
    ]);
  });

  it("mixes .md and .mdx entries of one folder in one glob", () => {
    const files = collection();
    const moved = Object.fromEntries(
      Object.entries(files).map(([path, text], i) => [i < 2 ? path.replace(/\.mdx$/, ".md") : path, text]),
    );
    const root = tempDir("init-mdx-mixed", moved);
    const init = cli(["init"], root);
    expect(init.stderr).toContain("src/content/tools/*.{md,mdx} (6 entries)");
    // In the `.md` files the import line is text before the title.
    expect(lintJson(root).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      "src/content/tools/a.md:5 title",
      "src/content/tools/b.md:5 title",
    ]);
  });
});
