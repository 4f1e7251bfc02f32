/**
 * `filename` judges the name before its markdown extension and keeps that extension in the
 * suggestion: an Astro or Docusaurus entry `My Tool.mdx` is to be `my-tool.mdx`, not `my-tool-mdx.md`.
 */
import { describe, expect, it } from "vitest";
import { suggestName } from "../../src/rules/filename.js";
import { lintText } from "../helpers/lint-text.js";

const messagesFor = (path: string, options?: Record<string, unknown>) =>
  lintText("# Tool\n", { path, rules: ["filename"], ...(options ? { options: { filename: options } } : {}) }).map(
    (d) => d.message,
  );

describe("filename and markdown extensions", () => {
  it.each(["f.mdx", "tool-a.markdown", "tool-a.md", "src/content/tools/claude-code.mdx"])(
    "accepts the conforming name %s",
    (path) => {
      expect(messagesFor(path)).toEqual([]);
    },
  );

  it.each([
    ["My Tool.mdx", "my-tool.mdx"],
    ["Amazon_Q.markdown", "amazon-q.markdown"],
    ["Aider.MDX", "aider.mdx"],
    ["gpt-5.2.md", "gpt-5-2.md"],
  ])("suggests for %s the name %s", (path, suggestion) => {
    expect(messagesFor(path)).toEqual([
      `Unexpected file name \`${path}\`, expected lowercase words joined by hyphens: \`${suggestion}\``,
    ]);
  });

  it("gives a name without a markdown extension `.md`", () => {
    expect(suggestName("Read Me.txt")).toBe("read-me-txt.md");
  });

  it("keeps the extension in a custom pattern's suggestion, which must then match it", () => {
    const pattern = "^[a-z]+\\.mdx$";
    expect(messagesFor("Tool.mdx", { pattern })).toEqual([
      `Unexpected file name \`Tool.mdx\`, expected a name matching \`${pattern}\`, like \`tool.mdx\``,
    ]);
    // `tool.md` would not match, so no suggestion is made.
    expect(messagesFor("Tool.md", { pattern })).toEqual([
      `Unexpected file name \`Tool.md\`, expected a name matching \`${pattern}\``,
    ]);
  });
});
