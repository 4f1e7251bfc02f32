/**
 * An `.mdx` entry's top-level `import`/`export` blocks are code for the site's build: the entry
 * model does not see them, every position after them is the file's own, and only `.mdx` files
 * are read so (in `.md` such a line is text).
 */
import { describe, expect, it } from "vitest";
import { buildEntry } from "../../src/model/build-entry.js";
import { blankEsmBlocks } from "../../src/parse/mdx-esm.js";
import { createSourceFile } from "../../src/parse/source.js";
import { lintText } from "../helpers/lint-text.js";

const FRONT = "---\ntitle: Tool\n---\n";
const entryOf = (path: string, text: string) => buildEntry(createSourceFile(path, text));

describe("ESM blocks in MDX entries", () => {
  const text = `${FRONT}import X from '../x.astro';\nimport Y from './y.astro';\n\n# Tool - https://tool.dev\n\n<X />\n`;

  it("leaves the title the first thing after an import", () => {
    const entry = entryOf("tool.mdx", text);
    expect(entry.beforeTitle).toEqual([]);
    expect(entry.title?.name).toBe("Tool");
    expect(lintText(text, { path: "tool.mdx", rules: ["title"] })).toEqual([]);
  });

  it("reads the same line in a `.md` file as content before the title", () => {
    const found = lintText(text, { path: "tool.md", rules: ["title"] });
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual([
      [4, "Unexpected content before the title, expected `# Name - URL` first"],
    ]);
  });

  it("keeps `export` inside a code fence as code", () => {
    const fenced = `${FRONT}# Tool - https://tool.dev\n\n\`\`\`js\n\nexport const x = 1\n\`\`\`\n`;
    const blanked = blankEsmBlocks(fenced);
    expect(blanked).toBe(fenced);
    expect(entryOf("tool.mdx", fenced).lead.map((b) => [b.type, b.text])).toEqual([
      ["code", "```js\n\nexport const x = 1\n```"],
    ]);
  });

  it("blanks a multi-line export up to the blank line, after any blank line, and not mid-paragraph", () => {
    const source = "import A from 'a';\n\nText\nexport is a word here.\n\nexport const meta = {\n  a: 1,\n};\nText.\n";
    expect(blankEsmBlocks(source)).toBe(
      `${" ".repeat(18)}\n\nText\nexport is a word here.\n\n${" ".repeat(21)}\n${" ".repeat(7)}\n${" ".repeat(2)}\n${" ".repeat(5)}\n`,
    );
  });

  it("keeps `import` lines inside an HTML comment, and CRLF line breaks", () => {
    expect(blankEsmBlocks("<!--\n\nimport x from 'x';\n-->\n")).toBe("<!--\n\nimport x from 'x';\n-->\n");
    expect(blankEsmBlocks("import x from 'x';\r\n\r\n# T\r\n")).toBe(`${" ".repeat(18)}\r\n\r\n# T\r\n`);
  });

  it("reports later findings at their exact positions", () => {
    const later = `${FRONT}import X from '../x.astro';\n\n  # Tool\n`;
    // The title has no URL: reported at its text, `Tool`.
    const [finding] = lintText(later, { path: "tool.mdx", rules: ["title"] });
    expect(finding?.range.start).toEqual({ line: 6, column: 5, offset: later.lastIndexOf("Tool\n") });
    const heading = entryOf("tool.mdx", later).title?.heading;
    expect(heading?.range.start).toEqual({ line: 6, column: 3, offset: later.indexOf("# Tool") });
  });
});
