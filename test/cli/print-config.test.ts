/**
 * `--print-config` shows the whole schema a file is checked against, front-matter keys and
 * path/catalog rules included, the same bytes every run.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const SCHEMA = `name: topics
groups: []
title: { from: frontMatter, key: display_name }
body: { open: true, maxLength: 2000, differsFrom: short_description }
frontMatter:
  required: true
  closed: true
  keys:
    display_name: { type: string, required: true }
    short_description: { type: string }
    topic: { type: string, required: true, pattern: "^[a-z0-9][a-z0-9-]*$" }
    kind: { type: string, enum: [tool, language] }
    url: { type: string, format: url, url: { schemes: [https], hosts: [github.com] } }
    released: { type: date, dateFormat: "MMMM D, YYYY" }
paths:
  file: { pattern: "^index\\\\.md$" }
  folder: { pattern: "^[a-z0-9-]+$", maxLength: 35 }
  onlyFiles: ["index.md", "*.png"]
catalog: { sameSections: true }
`;

describe("--print-config", () => {
  const root = tempDir("print-config", {
    ".catalog-lintrc.yaml": "schema: topics.schema.yaml\nrules:\n  body-length: warn\n",
    "topics.schema.yaml": SCHEMA,
    "topics/git/index.md": "---\ndisplay_name: Git\ntopic: git\n---\nGit.\n",
  });

  it("prints every key of a front-matter schema, and the same bytes twice", () => {
    const first = cli(["--print-config", "topics/git/index.md"], root);
    expect(first.code).toBe(0);
    expect(cli(["--print-config", "topics/git/index.md"], root).stdout).toBe(first.stdout);
    const { schema, rules } = JSON.parse(first.stdout);
    expect(rules["body-length"]?.[0]).toBe("warn");
    expect(schema.name).toBe("topics");
    expect(schema.title).toMatchObject({ from: "frontMatter", key: "display_name" });
    expect(schema.body).toMatchObject({ open: true, maxLength: 2000, differsFrom: "short_description" });
    expect(schema.frontMatter).toMatchObject({ required: true, closed: true });
    const keys = schema.frontMatter.keys;
    expect(keys.topic).toMatchObject({ type: "string", required: true, pattern: "^[a-z0-9][a-z0-9-]*$" });
    expect(keys.kind).toMatchObject({ enum: ["tool", "language"] });
    expect(keys.url).toMatchObject({ format: "url", url: { schemes: ["https"], hosts: ["github.com"] } });
    expect(keys.released).toMatchObject({ type: "date", dateFormat: "MMMM D, YYYY" });
    expect(schema.paths).toMatchObject({
      file: { pattern: "^index\\.md$" },
      folder: { pattern: "^[a-z0-9-]+$", maxLength: 35 },
      onlyFiles: ["index.md", "*.png"],
    });
    expect(schema.catalog).toMatchObject({ sameSections: true });
  });

  it("shows the config and schema files relative to the working directory, with `/`", () => {
    const fromRoot = JSON.parse(cli(["--print-config", "topics/git/index.md"], root).stdout);
    expect(fromRoot).toMatchObject({ configFile: ".catalog-lintrc.yaml", schemaFiles: ["topics.schema.yaml"] });
    const fromTopic = JSON.parse(cli(["--print-config", "index.md"], join(root, "topics", "git")).stdout);
    expect(fromTopic).toMatchObject({
      configFile: "../../.catalog-lintrc.yaml",
      schemaFiles: ["../../topics.schema.yaml"],
    });
    expect(cli(["--print-config", "topics/git/index.md"], root).stdout).not.toContain(root);
  });
});
