/**
 * `frontMatter.jsonSchema`: an entry's front matter checked against a standard JSON Schema (the
 * fixture's is in the shape Astro generates for a content collection), each error at its YAML
 * node, and a JSON Schema file that cannot be used stopping the run with one line.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "json-schema");
const JSON_SCHEMA = ".astro/collections/cms.schema.json";

interface Message {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

function lintFixture(cwd = FIXTURE): Map<string, Message[]> {
  const run = cli(["--format", "json"], cwd);
  expect(run.stderr).toBe("");
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
  return new Map(results.map((r) => [r.filePath.slice(r.filePath.lastIndexOf("/") + 1), r.messages]));
}

const at = (m: Message) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`;

describe("frontMatter.jsonSchema", () => {
  const found = lintFixture();

  it("passes an entry that matches, its ISO date included (Astro's `z.date()` schema)", () => {
    expect(found.get("decap.md")).toEqual([]);
  });

  it("reports each error on its node, through the rule of its concept", () => {
    expect(found.get("tina.md")?.map(at)).toEqual([
      "3:12-3:21 front-matter-value", // typeofcms: Git based
      "4:7-4:16 front-matter-value", // repo: not a url
      "5:11-5:23 front-matter-value", // released: last tuesday
      "6:8-6:10 front-matter-value", // stars: -4
      "7:7-7:34 front-matter-value", // tags: 4 items
      "7:13-7:18 front-matter-value", // tags[1]: React
      "8:1-8:8 front-matter-keys", // licence
    ]);
    expect(found.get("strapi.md")?.map(at)).toEqual([
      "1:1-1:4 front-matter-keys",
      "1:1-1:4 title",
      "4:8-4:13 front-matter-value",
    ]);
  });

  it("says what was found, what was expected and which schema rule it is", () => {
    const messages = found.get("tina.md")?.map((m) => m.message) ?? [];
    expect(messages[0]).toBe(
      `Unexpected \`typeofcms: Git based\`, expected one of \`Git-based\` or \`API-driven\` (did you mean \`Git-based\`?) (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/properties/typeofcms/enum)`,
    );
    // One finding for the failed anyOf, naming its branches, not one per branch.
    expect(messages[2]).toBe(
      `Unexpected \`released: last tuesday\`, expected a date and time such as \`2024-01-05T10:00:00Z\`, a date written \`YYYY-MM-DD\` or an integer in the \`unix-time\` format (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/properties/released/anyOf)`,
    );
    expect(messages[4]).toBe(
      `Unexpected 4 items in \`tags\`, expected at most 3 items (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/properties/tags/maxItems)`,
    );
    expect(messages[6]).toBe(
      `Unexpected front-matter key \`licence\`, expected one of \`title\`, \`typeofcms\`, \`repo\`, or 4 more (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/additionalProperties)`,
    );
    // (The title rule reports the missing title too: the schema takes titles from `title`.)
    const strapi = found.get("strapi.md")?.flatMap((m) => (m.ruleId === "title" ? [] : [m.message])) ?? [];
    expect(strapi).toEqual([
      `Missing front-matter key \`title\`, expected it in the \`---\` block (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/required)`,
      `Unexpected \`stars: 63k\` (a string), expected an integer (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/properties/stars/type)`,
    ]);
  });

  it("fixes a value that differs from an allowed one only in case, keeping its quotes", () => {
    const dir = tempDir("json-schema-fix");
    copyInto(FIXTURE, dir);
    const entry = join(dir, "src/content/cms/decap.md");
    writeText(entry, readFileSync(entry, "utf8").replace("typeofcms: Git-based", 'typeofcms: "git-BASED"'));
    const before = lintFixture(dir).get("decap.md") ?? [];
    expect(before.map((m) => `${at(m)} ${m.message}`)).toEqual([
      `3:12-3:23 front-matter-value Unexpected \`typeofcms: git-BASED\`, expected \`Git-based\` (values match case-sensitively) (JSON Schema \`${JSON_SCHEMA}\` #/definitions/cms/properties/typeofcms/enum)`,
    ]);
    expect(cli(["--fix", "src/content/cms/decap.md"], dir).code).toBe(0);
    expect(readFileSync(entry, "utf8")).toContain('typeofcms: "Git-based"\n');
    expect(lintFixture(dir).get("decap.md")).toEqual([]);
  });

  it("suggests the closest key the schema defines for an unknown one", () => {
    const dir = tempDir("json-schema-suggest");
    copyInto(FIXTURE, dir);
    const entry = join(dir, "src/content/cms/decap.md");
    writeText(entry, readFileSync(entry, "utf8").replace("typeofcms:", "typeofcsm:"));
    const messages = lintFixture(dir).get("decap.md") ?? [];
    expect(messages.map((m) => [at(m), m.message])).toEqual([
      ["1:1-1:4 front-matter-keys", expect.stringContaining("Missing front-matter key `typeofcms`")],
      [
        "3:1-3:10 front-matter-keys",
        expect.stringContaining("Unexpected front-matter key `typeofcsm`, expected `typeofcms`"),
      ],
    ]);
  });

  it("says a mapping allows no keys when its schema lists none, and finds nested keys and values", () => {
    const dir = tempDir("json-schema-nested");
    copyInto(FIXTURE, dir);
    writeText(
      join(dir, JSON_SCHEMA),
      JSON.stringify({
        type: "object",
        properties: {
          author: {
            type: "object",
            properties: { name: { type: "string" } },
            required: ["name"],
            additionalProperties: false,
          },
          extra: { type: "object", additionalProperties: false },
        },
      }),
    );
    writeText(join(dir, "src/content/cms/decap.md"), "---\nauthor:\n  nam: Ann\nextra:\n  x: 1\n---\nText.\n");
    const messages = (lintFixture(dir).get("decap.md") ?? []).filter((m) => m.ruleId === "front-matter-keys");
    expect(messages.map((m) => `${at(m)} ${m.message.replace(/ \(JSON Schema.*$/, "")}`)).toEqual([
      "3:3-3:11 front-matter-keys Missing front-matter key `author.name`, expected it in `author`",
      "3:3-3:6 front-matter-keys Unexpected front-matter key `author.nam`, expected `name`",
      "5:3-5:4 front-matter-keys Unexpected front-matter key `extra.x`, expected no keys here",
    ]);
  });

  it("takes a date-time schema to accept a YAML date, and 2020-12 when `$schema` says so", () => {
    const dir = tempDir("json-schema-2020");
    copyInto(FIXTURE, dir);
    writeText(
      join(dir, JSON_SCHEMA),
      JSON.stringify({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        properties: { released: { type: "string", format: "date-time" }, tags: { type: "array", uniqueItems: true } },
        $defs: {},
      }),
    );
    writeText(join(dir, "src/content/cms/decap.md"), "---\nreleased: 2016-12-01\ntags: [a, b, a]\n---\nText.\n");
    writeText(join(dir, "src/content/cms/tina.md"), "---\nreleased: 2016-13-01\n---\nText.\n");
    writeText(join(dir, "src/content/cms/strapi.md"), "---\nreleased: 2015-10-14 09:30:00\n---\nText.\n");
    const result = lintFixture(dir);
    const values = (name: string) =>
      (result.get(name) ?? []).filter((m) => m.ruleId.startsWith("front-matter")).map((m) => `${at(m)} ${m.message}`);
    expect(values("decap.md")).toEqual([
      `3:14-3:15 front-matter-value Unexpected \`tags[2]: a\`, expected each item once (item 2 is item 0 again) (JSON Schema \`${JSON_SCHEMA}\` #/properties/tags/uniqueItems)`,
    ]);
    expect(values("tina.md")).toEqual([
      expect.stringMatching(
        /^2:11-2:21 front-matter-value Unexpected `released: 2016-13-01`, expected a date and time/,
      ),
    ]);
    expect(values("strapi.md")).toEqual([]);
  });

  it("reports the same through the bundled CLI (dist/cli.cjs, ajv from the file beside it)", () => {
    const dist = join(import.meta.dirname, "..", "..", "dist", "cli.cjs");
    const child = spawnSync(process.execPath, [dist, "--format", "json", "--now", "2026-11-28"], {
      cwd: FIXTURE,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: join(tempDir("json-schema-e2e"), "cache") },
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(cli(["--format", "json"], FIXTURE).stdout));
  });

  it("names the JSON Schema file in --print-config", () => {
    const run = cli(["--print-config", "src/content/cms/decap.md"], FIXTURE);
    const printed = JSON.parse(run.stdout) as {
      schema: { frontMatter: { jsonSchema: string } };
      schemaFiles: string[];
    };
    expect(printed.schema.frontMatter.jsonSchema).toBe(JSON_SCHEMA);
    // Relative to the working directory: the same bytes on every machine.
    expect(printed.schemaFiles).toEqual(["catalog.schema.yaml", JSON_SCHEMA]);
  });

  it("makes the JSON Schema's text part of the cache key", () => {
    const dir = tempDir("json-schema-cache");
    copyInto(FIXTURE, dir);
    const run = () => cli(["--format", "json", "--cache", "src/content/cms/strapi.md"], dir);
    const count = () => (JSON.parse(run().stdout) as Array<{ messages: unknown[] }>)[0]?.messages.length;
    expect(count()).toBe(3);
    expect(count()).toBe(3);
    const file = join(dir, JSON_SCHEMA);
    writeText(file, readFileSync(file, "utf8").replace('"required": ["title", "typeofcms"]', '"required": []'));
    expect(count()).toBe(2);
  });
});

const writeText = (file: string, text: string) => writeFileSync(file, text);

describe("a JSON Schema file that cannot be used", () => {
  /** The run's exit code and its one line on stderr, with `jsonSchema` text as the JSON Schema file. */
  function failWith(jsonSchema: string | undefined, written = "cms.schema.json"): { code: number; line: string } {
    const dir = tempDir("json-schema-bad", {
      "catalog.schema.yaml": `name: cms\ngroups: []\nfrontMatter:\n  jsonSchema: ${written}\n`,
      ".catalog-lintrc.yaml": "schema: catalog.schema.yaml\n",
      "entry.md": "---\ntitle: A\n---\n# A - -\n\nText.\n",
      ...(jsonSchema !== undefined ? { "cms.schema.json": jsonSchema } : {}),
    });
    const run = cli(["entry.md"], dir);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    return { code: run.code, line: (lines[0] ?? "").replace(/^catalog-lint: /, "") };
  }

  it("is missing: exit 2, naming the schema file, the line and the path looked for", () => {
    expect(failWith(undefined)).toEqual({
      code: 2,
      line: expect.stringContaining(
        "Invalid schema file catalog.schema.yaml: at `frontMatter.jsonSchema` (line 4): Unexpected `cms.schema.json`, which does not exist (looked for cms.schema.json), expected a JSON Schema file",
      ),
    });
  });

  it("is not JSON: the line and column of the syntax error", () => {
    const { code, line } = failWith('{\n  "type": "object",\n  "properties": {,}\n}\n');
    expect(code).toBe(2);
    expect(line).toMatch(
      /^Invalid JSON Schema file cms\.schema\.json: at line 3, column 18: Unexpected `,`, expected valid JSON/,
    );
  });

  it("is no valid JSON Schema: the key path and line, what was found and what the meta-schema expects", () => {
    const { code, line } = failWith(
      '{\n  "type": "object",\n  "properties": {\n    "title": { "type": "strin" }\n  }\n}\n',
    );
    expect(code).toBe(2);
    expect(line).toBe(
      "Invalid JSON Schema file cms.schema.json: at `properties.title.type` (line 4): Unexpected `strin`, expected one of `array`, `boolean`, `integer`, or 4 more (the JSON Schema meta-schema)",
    );
  });

  it("has a `$ref` that resolves to nothing", () => {
    const { code, line } = failWith('{\n  "$ref": "#/definitions/cms",\n  "definitions": {}\n}\n');
    expect(code).toBe(2);
    expect(line).toBe(
      "Invalid JSON Schema file cms.schema.json: at `$ref` (line 2): Unexpected `$ref` `#/definitions/cms`, expected a `$ref` to a part of the file that exists",
    );
  });

  it("has a remote `$ref`, which is never fetched", () => {
    const { code, line } = failWith(
      '{\n  "type": "object",\n  "properties": {\n    "a": { "$ref": "https://example.com/a.json" }\n  }\n}\n',
    );
    expect(code).toBe(2);
    expect(line).toBe(
      "Invalid JSON Schema file cms.schema.json: at `properties.a.$ref` (line 4): Unexpected `$ref` `https://example.com/a.json`, expected a `$ref` within the file such as `#/definitions/name` (remote schemas are never fetched)",
    );
  });

  it("has a `$ref` to another file, which is not read", () => {
    const { code, line } = failWith('{\n  "properties": {\n    "a": { "$ref": "defs.json#/a" }\n  }\n}\n');
    expect(code).toBe(2);
    expect(line).toMatch(
      /^Invalid JSON Schema file cms\.schema\.json: at `properties\.a\.\$ref` \(line 3\): Unexpected `\$ref` `defs\.json#\/a`, expected a `\$ref` within the file .*\(other files are not read\)$/,
    );
  });

  it("names a `$schema` catalog-lint does not know", () => {
    const { code, line } = failWith('{\n  "$schema": "http://json-schema.org/draft-03/schema#"\n}\n');
    expect(code).toBe(2);
    expect(line).toMatch(
      /^Invalid JSON Schema file cms\.schema\.json: at `\$schema` \(line 2\): Unexpected `http:\/\/json-schema\.org\/draft-03\/schema#`, expected `http:\/\/json-schema\.org\/draft-07\/schema#`/,
    );
  });

  it("is outside the repository", () => {
    const { code, line } = failWith("{}", "../../../../../../../../../../etc/passwd");
    expect(code).toBe(2);
    expect(line).toMatch(
      /^catalog\.schema\.yaml:4: `frontMatter\.jsonSchema`: found `[^`]*etc\/passwd`, a path outside the repository/,
    );
  });
});
