/**
 * empty-section says what an empty `##` group lacks, as the schema has it: its `###` fields,
 * the value the schema puts directly under it (`## MCP-Client` + `- Yes`), or, for a group
 * the schema does not know, any content.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const schema = `name: t
groups:
  - name: General Info
    fields:
      - { name: Version, kind: text }
  - name: MCP-Client
    value: { name: MCP-Client, kind: yes-no, values: [Yes, No] }
    fields: []
`;

const lint = (text: string) =>
  formatDiagnostics(
    lintText(text, {
      rules: ["empty-section"],
      schema: "schema.yaml",
      cwd: tempDir("empty-section-groups", { "schema.yaml": schema }),
    }),
  );

describe("empty-section on an empty group", () => {
  it("expects the fields of a group with fields", () => {
    expect(lint("# A - https://a.dev\n\n## General Info\n\n## MCP-Client\n- Yes\n")).toBe(
      "3:1-3:16  empty-section  Unexpected empty group `## General Info`, expected its `###` fields",
    );
  });

  it("expects the value of a group that holds one directly", () => {
    expect(lint("# A - https://a.dev\n\n## General Info\n\n### Version\n1.0\n\n## MCP-Client\n")).toBe(
      "8:1-8:14  empty-section  Unexpected empty group `## MCP-Client`, expected a value or `-` if unknown",
    );
  });

  it("expects any content under a group the schema does not know", () => {
    expect(lint("# A - https://a.dev\n\n## General Info\n\n### Version\n1.0\n\n## History\n")).toBe(
      "8:1-8:11  empty-section  Unexpected empty section `## History`, expected a value or fields under it",
    );
  });
});
