/**
 * Headings at the edges of `# Name - URL` (the cases scripts/dbg.ts used to
 * print): a title whose name holds ` - `, with a closing `#`, and a heading
 * whose text ends in `#` that is no closing sequence (`## C#`).
 */
import { describe, expect, it } from "vitest";
import { buildEntry } from "../../src/model/build-entry.js";
import { createSourceFile } from "../../src/parse/source.js";

const entryOf = (text: string) => buildEntry(createSourceFile("entry.md", text));

describe("title and heading text", () => {
  it("splits the title at its last ` - `, after dropping a closing `#`", () => {
    const { title } = entryOf("# A - B - https://x.io #\n");
    expect({ name: title?.name, url: title?.url }).toEqual({ name: "A - B", url: "https://x.io" });
  });

  it("keeps a `#` that ends a heading's text without a space before it", () => {
    expect(entryOf("## C#\n").headings.map((h) => h.text)).toEqual(["C#"]);
  });
});
