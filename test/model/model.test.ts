import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEntry } from "../../src/model/build-entry.js";
import { createSourceFile, lineText, pointAt } from "../../src/parse/source.js";

const ENTRY = [
  "# DeepSeek R1 - https://www.deepseek.com/",
  "",
  "Open reasoning model.",
  "",
  "## General Info",
  "",
  "### Rating",
  "- MMLU: 90.8%",
  "  - measured by the vendor",
  "",
  "### Last Update",
  "2026-01-30",
  "",
  "## Licensing",
  "",
  "### Opensource",
  "- Yes",
  "",
].join("\n");

function entryOf(text: string) {
  return buildEntry(createSourceFile("entry.md", text));
}

/** The text at a range, for asserting that positions point where they claim. */
function at(text: string, range: { start: { offset: number }; end: { offset: number } }): string {
  const source = createSourceFile("x.md", text);
  return source.text.slice(range.start.offset, range.end.offset);
}

describe("entry model", () => {
  it("shapes title, lead, groups, fields, values and notes with positions", () => {
    const entry = entryOf(ENTRY);
    expect(entry.title?.name).toBe("DeepSeek R1");
    expect(entry.title?.url).toBe("https://www.deepseek.com/");
    expect(entry.title?.urlRange?.start).toMatchObject({ line: 1, column: 17 });
    expect(entry.lead.map((b) => b.text)).toEqual(["Open reasoning model."]);
    expect(entry.groups.map((g) => g.name)).toEqual(["General Info", "Licensing"]);
    const [rating, lastUpdate] = entry.groups[0]?.fields ?? [];
    expect(rating?.values.map((v) => v.text)).toEqual(["MMLU: 90.8%"]);
    expect(rating?.values[0]?.notes.map((n) => n.text)).toEqual(["measured by the vendor"]);
    expect(rating?.values[0]?.range.start).toMatchObject({ line: 8, column: 3 });
    expect(lastUpdate?.values).toMatchObject([{ kind: "line", text: "2026-01-30" }]);
    expect(lastUpdate?.values[0]?.range.start).toMatchObject({ line: 12, column: 1 });
    expect(lastUpdate?.values[0]?.range.end).toMatchObject({ line: 12, column: 11 });
  });

  it("reads `-` as an empty item and `- -` as the text `-`", () => {
    const entry = entryOf("# X - -\n\n## G\n\n### A\n-\n\n### B\n- -\n");
    const [a, b] = entry.groups[0]?.fields ?? [];
    expect(a?.values.map((v) => v.text)).toEqual([""]);
    expect(b?.values.map((v) => v.text)).toEqual(["-"]);
    expect(entry.title?.url).toBe("-");
  });

  it("treats indented items after a bare line as that line's notes", () => {
    const entry = entryOf("# X - -\n\n## G\n\n### Last Update\n2026-05-14\n  - verified on the site\n- 2026-05-15\n");
    const values = entry.groups[0]?.fields[0]?.values ?? [];
    expect(values.map((v) => v.text)).toEqual(["2026-05-14", "2026-05-15"]);
    expect(values[0]?.notes.map((n) => n.text)).toEqual(["verified on the site"]);
  });

  it("keeps a value with a `-` under it as a value and records the underline", () => {
    const text = "# X - -\n\n## G\n\n### Last Update\n2026-05-14\n-\n\n## Licensing\n";
    const entry = entryOf(text);
    expect(entry.groups.map((g) => g.name)).toEqual(["G", "Licensing"]);
    expect(entry.groups[0]?.fields[0]?.values.map((v) => v.text)).toEqual(["2026-05-14"]);
    expect(entry.setextUnderlines.map((r) => at(text, r))).toEqual(["-"]);
    expect(entry.setextUnderlines[0]?.start).toMatchObject({ line: 7, column: 1 });
  });

  it("collects HTML comments anywhere, with exact ranges", () => {
    const text = "# X - -\n<!-- lead -->\n## G\n### F\n<!-- Keep only -->\n- Yes <!-- inline -->\n  <!-- in item -->\n";
    const entry = entryOf(text);
    expect(entry.comments.map((c) => c.text)).toEqual(["lead", "Keep only", "inline", "in item"]);
    expect(entry.comments.map((c) => at(text, c.range))).toEqual([
      "<!-- lead -->",
      "<!-- Keep only -->",
      "<!-- inline -->",
      "<!-- in item -->",
    ]);
    expect(entry.groups[0]?.fields[0]?.values.map((v) => v.text)).toEqual(["Yes"]);
  });

  it("records fields before any group, and content before the title", () => {
    const entry = entryOf("Intro\n\n# X - https://x.io\n\n### Version\n- 1.0\n");
    expect(entry.beforeTitle.map((b) => b.text)).toEqual(["Intro"]);
    expect(entry.orphanFields.map((f) => f.name)).toEqual(["Version"]);
  });

  it("recognises a title written without the space after #", () => {
    const entry = entryOf("#Aider - https://aider.chat\n\n## General Info\n");
    expect(entry.title).toBeUndefined();
    expect(entry.pseudoTitle?.text).toBe("#Aider - https://aider.chat");
  });

  it("keeps #### headings inside their field", () => {
    const entry = entryOf("# X - -\n## G\n### F\n#### Detail\n- a\n### H\n- b\n");
    const [f, h] = entry.groups[0]?.fields ?? [];
    expect(f?.subheadings.map((s) => s.text)).toEqual(["Detail"]);
    expect(f?.values.map((v) => v.text)).toEqual(["a"]);
    expect(h?.values.map((v) => v.text)).toEqual(["b"]);
  });
});

describe("positions survive BOM, CRLF and front matter", () => {
  const plain = ENTRY;
  const variants: Record<string, { text: string; lineShift: number }> = {
    plain: { text: plain, lineShift: 0 },
    bom: { text: `\uFEFF${plain}`, lineShift: 0 },
    crlf: { text: plain.replace(/\n/g, "\r\n"), lineShift: 0 },
    "bom+crlf": { text: `\uFEFF${plain.replace(/\n/g, "\r\n")}`, lineShift: 0 },
    "front matter": { text: `---\ntitle: x\ntags: [a, b]\n---\n${plain}`, lineShift: 4 },
    "front matter+crlf": { text: `---\r\ntitle: x\r\n---\r\n${plain.replace(/\n/g, "\r\n")}`, lineShift: 3 },
  };
  for (const [name, { text, lineShift }] of Object.entries(variants)) {
    it(name, () => {
      const source = createSourceFile("x.md", text);
      const entry = buildEntry(source);
      const rating = entry.groups[0]?.fields[0]?.values[0];
      const date = entry.groups[0]?.fields[1]?.values[0];
      expect(rating?.range.start).toMatchObject({ line: 8 + lineShift, column: 3 });
      expect(date?.range.start).toMatchObject({ line: 12 + lineShift, column: 1 });
      expect(date?.range.end).toMatchObject({ line: 12 + lineShift, column: 11 });
      expect(entry.title?.heading.range.start).toMatchObject({ line: 1 + lineShift, column: 1 });
      // The offsets index the BOM-less text, so slicing gives the value back.
      expect(at(text, date?.range ?? rating?.range ?? { start: { offset: 0 }, end: { offset: 0 } })).toBe("2026-01-30");
      expect(lineText(source, 12 + lineShift)).toBe("2026-01-30");
      if (lineShift > 0) expect(entry.frontMatter?.range.end.line).toBe(lineShift + 1);
    });
  }

  it("starts a line after every LF, CRLF and lone CR, whichever mix a file has", () => {
    const text = fc
      .array(fc.constantFrom("a", "bc", "\n", "\r", "\r\n", "\uFEFF"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (raw) => {
        const source = createSourceFile("x.md", raw);
        const expected = [0];
        // The rule, one character at a time: a CR followed by a LF ends its line at the LF.
        for (let i = 0; i < source.text.length; i++) {
          const c = source.text[i];
          if (c === "\n" || (c === "\r" && source.text[i + 1] !== "\n")) expected.push(i + 1);
        }
        expect(source.lineStarts).toEqual(expected);
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });

  it("maps offsets to points for lone CR line endings too", () => {
    const source = createSourceFile("x.md", "a\rb\r\nc");
    expect(pointAt(source, 2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(pointAt(source, 5)).toEqual({ line: 3, column: 1, offset: 5 });
  });
});
