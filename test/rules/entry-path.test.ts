/** entry-path's `equalsPath`: a front-matter value repeating the entry's folder or file name. */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";

const keys = (equalsPath: "folder" | "file") => ({
  frontMatter: { keys: { topic: { type: "string", equalsPath } } },
});

function run(text: string, path: string, equalsPath: "folder" | "file" = "folder"): string {
  return formatDiagnostics(lintText(text, { rules: ["entry-path"], path, schemaKeys: keys(equalsPath) }));
}

describe("entry-path equalsPath", () => {
  it("reports a value that is not the folder name, at the value, without a fix", () => {
    expect(run("---\ntopic: foo\n---\n# Foo - https://example.com\n", "topics/bar/index.md")).toBe(
      "2:8-2:11  entry-path  Unexpected `topic: foo` in `topics/bar/index.md`, expected the folder name `bar`",
    );
  });

  it("keeps the exact columns of a quoted value", () => {
    expect(run('---\ntopic: "foo"\n---\n# Foo - https://example.com\n', "topics/bar/index.md")).toMatch(/^2:8-2:13 /);
  });

  it("accepts the folder name", () => {
    expect(run("---\ntopic: bar\n---\n# Bar - https://example.com\n", "topics/bar/index.md")).toBe("");
  });

  it("compares with the file name without .md", () => {
    expect(run("---\ntopic: bar\n---\n# Bar - https://example.com\n", "topics/bar.md", "file")).toBe("");
    expect(run("---\ntopic: baz\n---\n# Baz - https://example.com\n", "topics/bar.md", "file")).toBe(
      "2:8-2:11  entry-path  Unexpected `topic: baz` in `topics/bar.md`, expected the file name `bar` (without `.md`)",
    );
  });

  it("compares an .mdx entry with its file name without .mdx", () => {
    expect(run("---\ntopic: bar\n---\n# Bar - https://example.com\n", "src/content/tools/bar.mdx", "file")).toBe("");
    expect(run("---\ntopic: baz\n---\n# Baz - https://example.com\n", "src/content/tools/bar.mdx", "file")).toBe(
      "2:8-2:11  entry-path  Unexpected `topic: baz` in `src/content/tools/bar.mdx`, expected the file name `bar` (without `.mdx`)",
    );
  });

  it("says nothing without a folder in the path, or without the key", () => {
    expect(run("---\ntopic: foo\n---\n# Foo - https://example.com\n", "index.md")).toBe("");
    expect(run("---\nother: foo\n---\n# Foo - https://example.com\n", "topics/bar/index.md")).toBe("");
  });

  it("is case-sensitive, as paths published as URLs are", () => {
    expect(run("---\ntopic: Bar\n---\n# Bar - https://example.com\n", "topics/bar/index.md")).toMatch(/entry-path/);
  });
});
