/**
 * template-leftover's template lines: the lines of a template's lead (`**Dataset ID:** <id>`)
 * kept in an entry's lead. They come from the dataset's template, so the cases are a small
 * catalog of a template and its entries rather than golden fixtures (which share one schema
 * per folder).
 */
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/diagnostics/fix.js";
import { lintFolder } from "../helpers/lint-text.js";

const TEMPLATE = `# Code Models
<!-- Add the comparison entry name plus canonical URL. -->
-
<!-- Describe this comparison entry using one or two paragraphs. -->
AI Models and model tooling

**Dataset ID:** aie-model

- a listed lead value

## General Info
### Notes
-
`;

const entry = (lead: string, notes = "- Nothing else.") =>
  `# DeepSeek R1 - https://www.deepseek.com/\n\n${lead}\n\n## General Info\n\n### Notes\n${notes}\n`;

describe("template-leftover: the template's own lead lines", () => {
  const files = {
    "template.md": TEMPLATE,
    "kept.md": entry("An open reasoning model.\n\n**Dataset ID:** aie-model"),
    "under-text.md": entry("An open reasoning model.\n**Dataset ID:** aie-model\nMore about it."),
    "described.md": entry("AI Models and model tooling"),
    "elsewhere.md": entry("An open reasoning model.", "- **Dataset ID:** aie-model\n**Dataset ID:** aie-model"),
    "list-item.md": entry("- a listed lead value"),
    "clean.md": entry("An open reasoning model."),
  };
  const found = lintFolder(files, "template-leftover", { schema: "template.md" });
  const messages = (file: string) => (found[file] ?? []).map((d) => d.message);
  const line =
    "Unexpected template line `**Dataset ID:** aie-model` in the entry, expected it removed: the template's lead describes the dataset, not this entry";

  it("reports the line kept as a paragraph, and its fix removes it with one of the blank lines around it", () => {
    const [finding] = found["kept.md"] ?? [];
    expect(messages("kept.md")).toEqual([line]);
    expect(finding?.range.start).toMatchObject({ line: 5, column: 1 });
    expect(finding?.range.end).toMatchObject({ line: 5, column: 26 });
    expect(applyFixes(files["kept.md"], finding ? [finding] : []).text).toBe(entry("An open reasoning model."));
  });

  it("reports it inside a paragraph too, without a fix when text follows it", () => {
    expect(messages("under-text.md")).toEqual([line]);
    expect(found["under-text.md"]?.[0]?.fix).toBeUndefined();
  });

  it("reports the template's description of the dataset kept as the entry's", () => {
    expect(messages("described.md")).toEqual([
      "Unexpected template line `AI Models and model tooling` in the entry, expected it removed: the template's lead describes the dataset, not this entry",
    ]);
  });

  it("looks only at the entry's lead, never at list items, and never at the template itself", () => {
    expect(messages("elsewhere.md")).toEqual([]);
    expect(messages("list-item.md")).toEqual([]);
    expect(messages("clean.md")).toEqual([]);
    expect(messages("template.md").filter((m) => m.includes("template line"))).toEqual([]);
  });
});
