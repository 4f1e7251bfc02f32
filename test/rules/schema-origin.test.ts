/**
 * Messages that quote the schema name its kind: a template, a schema file or a preset. A schema
 * file is not a template, so "as the `t` template writes it" would send its author looking for one.
 */
import { describe, expect, it } from "vitest";
import { schemaOrigin } from "../../src/rule-api/schema-origin.js";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const schemaFile = `name: tools
groups:
  - name: General Info
    fields:
      - { name: Version, kind: text }
      - { name: Languages, kind: text }
`;
const template = "# Name - URL\n\n## General Info\n\n### Version\n-\n\n### Languages\n-\n";
const entry = "# A - https://a.dev\n\n## General Info\n\n### Languages\n- Go\n\n### Versoin\n1.0\n\n### Version\n1.0\n";

const lint = (schema: string) =>
  formatDiagnostics(
    lintText(entry, {
      rules: ["unknown-section", "section-order"],
      schema,
      cwd: tempDir("schema-origin", { "tools.schema.yaml": schemaFile, "tools-template.md": template }),
    }),
  );

describe("schema origin in messages", () => {
  it("says `the schema` for a schema file", () => {
    const found = lint("tools.schema.yaml");
    expect(found).toContain("expected `### Version` as the schema `tools` writes it");
    expect(found).toContain("expected it after, as the schema `tools` orders them");
    expect(found).not.toContain("template");
  });

  it("says `template` for a template", () => {
    expect(lint("tools-template.md")).toContain("as the template `tools-template.md` writes it");
    expect(schemaOrigin({ name: "ai-chat", source: "datasets/ai-chat/config/ai-chat-comparison-template.md" })).toBe(
      "the `ai-chat` template",
    );
  });

  it("names a preset as a preset", () => {
    expect(schemaOrigin({ name: "awesome-comparisons", source: "preset:awesome-comparisons" })).toBe(
      "the preset `awesome-comparisons`",
    );
  });
});
