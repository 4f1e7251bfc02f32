/**
 * `title` in a schema file: where an entry's title comes from (`from: heading`,
 * `frontMatter`, `none`) and whether the heading's ` - URL` part is required.
 * The `title` and `duplicate-entry` rules use the title the schema defines.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSchemaOption } from "../../src/schema/resolve.js";
import { formatDiagnostics, lintFolder, lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const schemaFile = (title: string, keys = "    display_name: { type: string }\n") =>
  `name: topics\ngroups: []\ntitle:\n${title}frontMatter:\n  keys:\n${keys}`;

const lintWith = (schema: string, text: string, rules = ["title"]) => {
  const dir = tempDir("title-sources", { "schema.yaml": schema });
  return formatDiagnostics(lintText(text, { rules, schema: "schema.yaml", cwd: dir }));
};

describe("title.from: frontMatter", () => {
  const schema = schemaFile("  from: frontMatter\n  key: display_name\n");

  it("takes the title from the key: no heading needed", () => {
    expect(lintWith(schema, "---\ndisplay_name: Git\n---\nGit is a version control system.\n")).toBe("");
  });

  it("reports a missing or empty key that no other rule reports, at the block or the value", () => {
    expect(lintWith(schema, "---\ntopic: git\n---\nBody.\n")).toBe(
      "1:1-1:4  title  Missing title, expected a value for the front-matter key `display_name`",
    );
    expect(lintWith(schema, '---\ndisplay_name: ""\n---\nBody.\n')).toBe(
      "2:15-2:17  title  Missing title, expected a value for the front-matter key `display_name`",
    );
    expect(lintWith(schema, "Body only.\n")).toBe(
      "1:1-1:1  title  Missing title, expected a value for the front-matter key `display_name`",
    );
  });

  it("leaves a required key to front-matter-keys, and invalid YAML to front-matter-syntax", () => {
    const required = schemaFile(
      "  from: frontMatter\n  key: display_name\n",
      "    display_name: { type: string, required: true }\n",
    );
    const text = "---\ntopic: git\n---\nBody.\n";
    expect(lintWith(required, text)).toBe("");
    expect(lintWith(required, text, ["title", "front-matter-keys"])).toBe(
      "1:1-1:4  front-matter-keys  Missing front-matter key `display_name`, expected it in the `---` block",
    );
    expect(lintWith(schema, "---\ndisplay_name: [a\n---\n")).toBe("");
  });

  it("takes the title from TOML front matter (`+++`) too, and reports it missing or not text there", () => {
    expect(lintWith(schema, '+++\ndisplay_name = "Git"\n+++\nGit is a version control system.\n')).toBe("");
    expect(lintWith(schema, '+++\ntopic = "git"\n+++\nBody.\n')).toBe(
      "1:1-1:4  title  Missing title, expected a value for the front-matter key `display_name`",
    );
    expect(lintWith(schema, '+++\ndisplay_name = ["Git", "Hg"]\n+++\n')).toBe(
      "2:16-2:29  title  Unexpected `a list` as the title `display_name`, expected text",
    );
    // Invalid TOML is front-matter-syntax's finding, not a missing title.
    expect(lintWith(schema, '+++\ndisplay_name = "Git\n+++\n')).toBe("");
  });

  it("finds two entries with the same title, one YAML and one TOML (duplicate-entry)", () => {
    const dir = tempDir("title-sources", { "schema.yaml": schema });
    const byFile = lintFolder(
      { "a.md": "---\ndisplay_name: Git\n---\nOne.\n", "b.md": '+++\ndisplay_name = "git"\n+++\nTwo.\n' },
      "duplicate-entry",
      { schema: join(dir, "schema.yaml") },
    );
    expect(formatDiagnostics(byFile["b.md"] ?? [])).toBe(
      "2:16-2:21  duplicate-entry  Unexpected entry name `git`, also used by `a.md` (line 2): expected one entry per tool",
    );
  });

  it("reports a value that is not text", () => {
    expect(lintWith(schema, "---\ndisplay_name: [Git, Hg]\n---\n")).toBe(
      "2:15-2:24  title  Unexpected `a list` as the title `display_name`, expected text",
    );
  });

  it("finds two entries with the same front-matter title (duplicate-entry)", () => {
    const dir = tempDir("title-sources", { "schema.yaml": schema });
    const byFile = lintFolder(
      {
        "a.md": "---\ndisplay_name: Git\n---\nOne.\n",
        "b.md": "---\ndisplay_name: git\n---\nTwo.\n",
        "c.md": "---\ndisplay_name: Mercurial\n---\n# Git - https://git-scm.com\n",
      },
      "duplicate-entry",
      { schema: join(dir, "schema.yaml") },
    );
    expect(formatDiagnostics(byFile["a.md"] ?? [])).toBe(
      "2:15-2:18  duplicate-entry  Unexpected entry name `Git`, also used by `b.md` (line 2): expected one entry per tool",
    );
    expect(byFile["c.md"]).toEqual([]);
  });
});

describe("title.from: heading", () => {
  it("requires the URL by default, and not with url: optional", () => {
    const text = "# Git\n";
    expect(lintWith(schemaFile("  from: heading\n"), text)).toMatch(/without a URL/);
    expect(lintWith(schemaFile("  from: heading\n  url: optional\n"), text)).toBe("");
  });

  it("reads the whole heading as the name with url: none", () => {
    const schema = schemaFile("  from: heading\n  url: none\n");
    expect(lintWith(schema, "# Git - the stupid content tracker\n")).toBe("");
    expect(lintWith(schema, "Text\n")).toMatch(/Missing title heading/);
    const dir = tempDir("title-sources", { "schema.yaml": schema });
    const byFile = lintFolder({ "a.md": "# Git - fast\n", "b.md": "# Git - slow\n" }, "duplicate-entry", {
      schema: join(dir, "schema.yaml"),
    });
    expect(byFile["a.md"]).toEqual([]);
  });
});

describe("title.from: none", () => {
  it("checks no title", () => {
    expect(lintWith(schemaFile("  from: none\n"), "Just a body.\n")).toBe("");
  });
});

describe("schema file keys that name a front-matter key", () => {
  const load = (schema: string) => () =>
    loadSchemaOption("schema.yaml", tempDir("title-sources", { "schema.yaml": schema }));

  it("must name a key of frontMatter.keys", () => {
    expect(load(schemaFile("  from: frontMatter\n  key: displayname\n"))).toThrow(
      /at `title\.key` \(line \d+\): Unexpected `displayname`, expected one of `display_name` of `frontMatter\.keys`/,
    );
    expect(load(`${schemaFile("  from: heading\n")}body:\n  differsFrom: summary\n`)).toThrow(
      /at `body\.differsFrom` \(line \d+\): Unexpected `summary`/,
    );
    expect(load(schemaFile("  from: frontMatter\n"))).toThrow(/Missing `key`, expected it with `from: frontMatter`/);
    expect(load(schemaFile("  from: none\n  key: display_name\n"))).toThrow(
      /at `title\.key` \(line \d+\): Unexpected `key`/,
    );
    expect(load(schemaFile("  from: frontMatter\n  key: display_name\n  url: none\n"))).toThrow(
      /at `title\.url` \(line \d+\): Unexpected `url`/,
    );
  });

  it("may name a key only a JSON Schema defines", () => {
    const schema =
      "name: t\ngroups: []\ntitle: { from: frontMatter, key: name }\nfrontMatter:\n  jsonSchema: ./t.json\n";
    const dir = tempDir("title-sources", { "schema.yaml": schema, "t.json": '{ "type": "object" }' });
    expect(loadSchemaOption("schema.yaml", dir).schema.title).toEqual({ from: "frontMatter", key: "name" });
  });
});
