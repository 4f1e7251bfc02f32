import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseWithYamlPackage } from "yaml";
import { applyCriteria, parseCriteriaYaml, readCriteria } from "../../src/schema/criteria.js";
import { schemaFromTemplate } from "../../src/schema/from-template.js";
import { presets } from "../../src/schema/presets/index.js";
import { loadSchemaOption, SchemaResolver } from "../../src/schema/resolve.js";
import { SchemaStore } from "../../src/schema/store.js";
import { schemaFileSchema } from "../../src/schema/types.js";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { describeRealData, HAS_REAL_CATALOG, REAL_CATALOG } from "../helpers/real-data.js";
import { copyCatalog, tempDir } from "../helpers/temp.js";

/** The ids of the datasets of the catalog at `root` that have a config template. */
const datasetsWithTemplates = (root: string) =>
  readdirSync(join(root, "datasets")).filter((id) =>
    existsSync(join(root, "datasets", id, "config", `${id}-comparison-template.md`)),
  );

/** The schema of dataset `id`'s template in the catalog at `root`: its headings, kinds and values. */
function expectTemplateSchema(root: string, id: string): void {
  const path = join(root, "datasets", id, "config", `${id}-comparison-template.md`);
  const schema = schemaFromTemplate(readFileSync(path, "utf8"), path, id);
  const headings = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => /^#{2,3} /.test(l))
    .map((l) => l.replace(/^#+ /, "").trim());
  // Structure and order are exactly the template's headings.
  const names = schema.groups.flatMap((g) => [g.name, ...g.fields.map((f) => f.name)]);
  expect(names).toEqual(headings);
  const general = schema.groups.find((g) => g.name === "General Info");
  const field = (name: string) => schema.groups.flatMap((g) => g.fields).find((f) => f.name === name);
  expect(general?.fields.map((f) => f.name)).toContain("Last Update");
  expect(field("Last Update")).toMatchObject({ kind: "date", multiple: false });
  expect(field("Rating")).toMatchObject({ kind: "rating" });
  expect(field("Repo")).toMatchObject({ kind: "url" });
  expect(field("Version")).toMatchObject({ kind: "text" });
  expect(field("Opensource")).toMatchObject({ kind: "yes-no", values: ["Yes", "No"], multiple: false });
  expect(field("License")?.kind).toBe("label");
  expect(field("License")?.values).toContain("Apache-2.0");
  expect(field("Classification")?.values).toContain("Code/Editor");
  expect(field("Languages")?.values?.length).toBeGreaterThan(10);
  // Built complete, as a schema file's would be once checked (no zod at run time).
  expect(schemaFileSchema().parse(schema)).toStrictEqual(schema);
  expect(JSON.stringify(schemaFileSchema().parse(schema))).toBe(JSON.stringify(schema));
}

describe("schema from each dataset template of the example catalog", () => {
  const templates = datasetsWithTemplates(CATALOG);
  it("finds the templates", () => {
    expect(templates).toEqual([
      "ai-chat",
      "aie-model",
      "all",
      "code-editor",
      "code-orchestration",
      "other",
      "terminal",
    ]);
  });
  for (const id of templates) {
    it(id, () => expectTemplateSchema(CATALOG, id));
  }

  it("builds the presets complete, as a checked schema file", () => {
    for (const preset of Object.values(presets)) {
      expect(JSON.stringify(schemaFileSchema().parse(preset))).toBe(JSON.stringify(preset));
    }
  });

  it("reads a template's `### Date` of bare years as text, not a YYYY-MM-DD date", () => {
    const field = (text: string) =>
      schemaFromTemplate(`# Name - URL\n\n## General Info\n\n### Date\n${text}\n`, "t.md").groups[0]?.fields[0];
    expect(field("- 2015")?.kind).toBe("text");
    expect(field("2019")?.kind).toBe("text");
    expect(field("-")?.kind).toBe("date");
    expect(field("- 2015-06-01")?.kind).toBe("date");
  });

  it("says which template has no `##` group, and what to do", () => {
    expect(() => schemaFromTemplate("# Name - https://x.dev\n\nJust a lead.\n", "datasets/x/config/t.md")).toThrow(
      "Template datasets/x/config/t.md has no `##` heading; expected the groups an entry holds (`## General Info`…). Add them, or pass --schema.",
    );
  });

  it("reads single-choice labels and group-level values (code-orchestration, ai-chat)", () => {
    const orchestration = join(CATALOG, "datasets/code-orchestration/config/code-orchestration-comparison-template.md");
    const schema = schemaFromTemplate(readFileSync(orchestration, "utf8"), orchestration);
    const topology = schema.groups.flatMap((g) => g.fields).find((f) => f.name === "Agent Topology");
    expect(topology).toMatchObject({ kind: "label", values: ["Fixed", "Dynamic"], multiple: false });
    const task = schema.groups.flatMap((g) => g.fields).find((f) => f.name === "Task Source");
    expect(task).toMatchObject({ kind: "label", multiple: true });
    const aiChat = join(CATALOG, "datasets/ai-chat/config/ai-chat-comparison-template.md");
    const chat = schemaFromTemplate(readFileSync(aiChat, "utf8"), aiChat);
    expect(chat.groups.find((g) => g.name === "MCP-Client")?.value).toMatchObject({ kind: "yes-no" });
  });
});

describeRealData("schema from each dataset template of awesome-comparisons", () => {
  const templates = HAS_REAL_CATALOG ? datasetsWithTemplates(REAL_CATALOG) : [];
  it("finds the templates", () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
  });
  for (const id of templates) {
    it(id, () => expectTemplateSchema(REAL_CATALOG, id));
  }
});

/** The catalog's own YAML (its criteria files): everything below configuration/ and datasets/. */
const catalogYaml = (root: string) =>
  ["configuration", "datasets"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f)),
  );

/** Each YAML file of the catalog at `root` reads as the yaml package (YAML 1.2, merge keys) reads it. */
function expectYamlAsYamlPackage(root: string, atLeast: number): void {
  const files = catalogYaml(root);
  expect(files.length).toBeGreaterThanOrEqual(atLeast);
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    expect(parseCriteriaYaml(text), file).toEqual(parseWithYamlPackage(text, { merge: true }));
  }
}

describe("criteria YAML", () => {
  it("reads every YAML file of the example catalog as the yaml package (YAML 1.2, merge keys) does", () => {
    expectYamlAsYamlPackage(CATALOG, 12);
    // Scalars YAML 1.1 or js-yaml's default schema would read otherwise: dates, yes/no, octal-looking numbers.
    const tricky = "base: &b\n  when: 2026-11-28\n  flag: yes\n  n: 012\n  on: off\nuse:\n  <<: *b\n  x: ~\n";
    expect(parseCriteriaYaml(tricky)).toEqual(parseWithYamlPackage(tricky, { merge: true }));
  });

  it("reads both layouts and overlays aliases and label values", () => {
    const criteria = readCriteria(
      [
        "criteria:",
        "  - MCP-Tools:",
        "      name: Tools",
        "      type: LABEL",
        "      values:",
        "        'Yes':",
        "        'No':",
        "  - id: RiskLevel",
        "    type: LABEL",
        "    values: ['Low', 'Moderate', 'High']",
        "  - default-text:",
        "      ignore: true",
      ].join("\n"),
    );
    expect(criteria).toEqual([
      { id: "MCP-Tools", name: "Tools", type: "LABEL", values: ["Yes", "No"] },
      { id: "RiskLevel", type: "LABEL", values: ["Low", "Moderate", "High"] },
    ]);
    const schema = applyCriteria(
      {
        name: "t",
        groups: [
          {
            name: "G",
            required: true,
            fields: [
              { name: "Tools", kind: "yes-no", values: ["Yes", "No"], multiple: false, required: true, aliases: [] },
              { name: "RiskLevel", kind: "text", multiple: true, required: true, aliases: [] },
            ],
          },
        ],
      },
      criteria,
    );
    expect(schema.groups[0]?.fields[0]?.aliases).toEqual(["MCP-Tools"]);
    expect(schema.groups[0]?.fields[1]).toMatchObject({ kind: "label", values: ["Low", "Moderate", "High"] });
  });
});

describe("schema discovery", () => {
  const resolver = new SchemaResolver(CATALOG);
  it("uses each entry's own dataset template, through the manifest", () => {
    const resolved = resolver.resolve(join(CATALOG, "datasets/code-orchestration/data/gnap.md"));
    expect(resolved.dataset).toBe("code-orchestration");
    expect(resolved.schema.groups.map((g) => g.name)).toContain("Parallelism");
    const tools = resolver
      .resolve(join(CATALOG, "datasets/code-editor/data/zed.md"))
      .schema.groups.flatMap((g) => g.fields)
      .find((f) => f.name === "Tools");
    // The alias comes from configuration/defaults/groups-advanced.yml.
    expect(tools?.aliases).toContain("MCP-Tools");
  });

  it("uses the preset outside any dataset and when forced", () => {
    expect(resolver.resolve(join(CATALOG, "FORMATTING.md")).schema.name).toBe("awesome-comparisons");
    const forced = resolver.resolve(join(CATALOG, "datasets/code-orchestration/data/gnap.md"), "awesome-comparisons");
    expect(forced.schema.groups.map((g) => g.name)).toEqual(["General Info", "Licensing"]);
  });

  it("finds datasets by folder layout without a manifest", () => {
    const root = tempDir("schema");
    mkdirSync(join(root, "datasets/tools/config"), { recursive: true });
    mkdirSync(join(root, "datasets/tools/data"), { recursive: true });
    writeFileSync(
      join(root, "datasets/tools/config/tools-comparison-template.md"),
      "# T\n## Only Group\n### Only Field\n-\n",
    );
    const resolved = new SchemaResolver(root).resolve(join(root, "datasets/tools/data/x.md"));
    expect(resolved.dataset).toBe("tools");
    expect(resolved.schema.groups.map((g) => g.name)).toEqual(["Only Group"]);
  });

  it("says once when a dataset has no template, and falls back to the preset", () => {
    const root = tempDir("schema");
    mkdirSync(join(root, "datasets/bare/data"), { recursive: true });
    const bare = new SchemaResolver(root);
    const a = bare.resolve(join(root, "datasets/bare/data/a.md"));
    bare.resolve(join(root, "datasets/bare/data/b.md"));
    expect(a.schema.name).toBe("awesome-comparisons");
    expect(bare.notices).toHaveLength(1);
    expect(bare.notices[0]).toMatch(/Dataset `bare` has no template .*built-in preset `awesome-comparisons`/);
    // Both places a template is looked for, the config folder's and the data folder's.
    expect(bare.notices[0]).toContain(
      "(looked for datasets/bare/config/bare-comparison-template.md and datasets/bare/data/TEMPLATE.md)",
    );
  });

  it("names a criteria file it cannot parse, and says what to do", () => {
    const root = tempDir("schema");
    mkdirSync(join(root, "datasets/bad/data"), { recursive: true });
    mkdirSync(join(root, "datasets/bad/config"), { recursive: true });
    writeFileSync(join(root, "datasets/bad/config/comparison.yml"), "criteria:\n  - Tools: [unclosed\n");
    const resolved = new SchemaResolver(root).resolve(join(root, "datasets/bad/data/a.md"));
    expect(() => resolved.schema).toThrow(
      /^Cannot read the criteria file datasets\/bad\/config\/comparison\.yml: line 3, column 1: [^\n]+\. Fix its YAML or pass --schema\.$/s,
    );
  });

  it("loads a schema file and names the first problem of an invalid one", () => {
    const dir = tempDir("schema");
    writeFileSync(join(dir, "ok.yaml"), "name: mine\ngroups:\n  - name: Info\n    fields:\n      - name: Owner\n");
    expect(loadSchemaOption("ok.yaml", dir).schema.groups[0]?.fields[0]).toMatchObject({ name: "Owner", kind: "text" });
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ name: "x", groups: [{ name: "G", fields: [{ name: "F", kind: "colour" }] }] }),
    );
    expect(() => loadSchemaOption("bad.json", dir)).toThrow(
      /Invalid schema file bad\.json: at `groups\.0\.fields\.0\.kind`/,
    );
    expect(() => loadSchemaOption("missing.yaml", dir)).toThrow(/neither a preset .* nor an existing file/);
  });

  it("shows a schema file given as an absolute path (as the CLI and config hand it) relative to the working directory", () => {
    const dir = tempDir("schema-shown");
    mkdirSync(join(dir, "sub"));
    writeFileSync(
      join(dir, "sub/bad.yaml"),
      "name: x\ngroups:\n  - name: G\n    fields:\n      - { name: F, kind: colour }\n",
    );
    expect(() => loadSchemaOption(join(dir, "sub/bad.yaml"), dir)).toThrow(
      /^Invalid schema file sub\/bad\.yaml: at `groups\.0\.fields\.0\.kind` \(line 5\)/,
    );
  });

  it("says where a schema file's YAML is broken, on one line", () => {
    const dir = tempDir("schema-yaml");
    writeFileSync(join(dir, "bad.yaml"), "name: x\ngroups: [\n");
    expect(() => loadSchemaOption(join(dir, "bad.yaml"), dir)).toThrow(
      /^Cannot parse schema file bad\.yaml: line 3, column 1: [^\n]*\bend with a \]\. Fix its YAML\.$/,
    );
  });

  it("tells a template given as --schema to add its groups, not to pass --schema", () => {
    const dir = tempDir("schema-template");
    writeFileSync(join(dir, "t.md"), "# Name - https://x.dev\n\nJust a lead.\n");
    const load = () => loadSchemaOption(join(dir, "t.md"), dir);
    expect(load).toThrow(
      /^Template t\.md has no `##` heading; .*Add them to t\.md, or give --schema .* a schema file instead\.$/,
    );
    expect(load).not.toThrow(/pass --schema/);
  });

  it("reads a copied corpus the same way (templates are found relative to the catalog)", () => {
    const root = copyCatalog(CATALOG, "schema");
    const resolved = new SchemaResolver(root).resolve(join(root, "datasets/aie-model/data/deepseek-r1.md"));
    expect(resolved.dataset).toBe("aie-model");
  });
});

describe("schema store (dataset schemas kept across CLI runs)", () => {
  const entry = join(CATALOG, "datasets/code-orchestration/data/gnap.md");

  it("gives the schema built from the same files, and only those", () => {
    const file = join(tempDir("schema"), "cache", "schemas-test.json");
    const built = new SchemaResolver(CATALOG, new SchemaStore(file)).resolve(entry);
    const fresh = built.schema;
    new SchemaStore(file).save(); // nothing built by this one: nothing written
    expect(existsSync(file)).toBe(false);
    // The first resolver's store is saved by its owner (the CLI, after the run).
    const store = new SchemaStore(file);
    store.set(built.identity, fresh);
    store.save();
    const again = new SchemaResolver(CATALOG, new SchemaStore(file)).resolve(entry);
    expect(again.identity).toBe(built.identity);
    expect(again.schema).toEqual(fresh);

    // A schema is found by what it was built from: plant one, and an edited template misses it.
    const planted = { ...fresh, name: "planted" };
    const plantedStore = new SchemaStore(file);
    plantedStore.set(built.identity, planted);
    plantedStore.save();
    expect(new SchemaResolver(CATALOG, new SchemaStore(file)).resolve(entry).schema.name).toBe("planted");
    const copy = copyCatalog(CATALOG, "schema");
    const template = join(copy, "datasets/code-orchestration/config/code-orchestration-comparison-template.md");
    writeFileSync(template, `${readFileSync(template, "utf8")}\n`);
    const edited = new SchemaResolver(copy, new SchemaStore(file)).resolve(
      join(copy, "datasets/code-orchestration/data/gnap.md"),
    );
    expect(edited.schema.name).toBe("code-orchestration");
  });

  it("is empty when its file is missing, corrupt or holds something else", () => {
    const dir = tempDir("schema");
    const identity = new SchemaResolver(CATALOG).resolve(entry).identity;
    const cases = [
      "{not json",
      JSON.stringify({ identity: "x" }),
      JSON.stringify([[identity, { name: "broken", groups: [] }]]),
      JSON.stringify([[identity, { name: "broken", groups: [{ name: "G", required: true, fields: [{ name: 1 }] }] }]]),
      // The rule looks the template's comments up in a list: a string there is no list.
      JSON.stringify([
        [identity, { name: "broken", groups: [{ name: "G", required: true, fields: [] }], templateCommentTexts: "x" }],
      ]),
    ];
    for (const [i, text] of cases.entries()) {
      const file = join(dir, `schemas-${i}.json`);
      writeFileSync(file, text);
      const resolved = new SchemaResolver(CATALOG, new SchemaStore(file)).resolve(entry);
      expect(resolved.schema.name).toBe("code-orchestration");
    }
    expect(new SchemaStore(join(dir, "missing.json")).get(identity)).toBeUndefined();
  });
});

describeRealData("criteria YAML of awesome-comparisons", () => {
  it("reads every YAML file of the catalog as the yaml package (YAML 1.2, merge keys) does", () => {
    expectYamlAsYamlPackage(REAL_CATALOG, 15);
  });
});
