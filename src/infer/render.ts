/**
 * The files `catalog-lint init` writes, as text: each schema file and the
 * config naming them, commented with what was inferred from how many entries
 * (the `yaml` package's Document API puts each note above the key it explains).
 */
import type { Document, Node as YamlNode } from "yaml";
import type { CatalogSchema, FieldSpec, GroupSpec, KeySpec } from "../schema/types.js";
import { configParsers } from "../util/packages.js";
import type { InferredCatalog } from "./index.js";
import type { Notes } from "./notes.js";

/** The schema without the values a schema file need not write (defaults), keys in a readable order. */
export function compactSchema(schema: CatalogSchema): Record<string, unknown> {
  const out: Record<string, unknown> = { name: schema.name };
  if (schema.title) out.title = schema.title;
  if (schema.frontMatter) {
    const { required, closed, jsonSchema, keys } = schema.frontMatter;
    out.frontMatter = {
      required,
      closed,
      ...(jsonSchema ? { jsonSchema } : {}),
      // Beside a JSON Schema, keys are only what it does not say (none, as init writes it).
      ...(jsonSchema && Object.keys(keys ?? {}).length === 0
        ? {}
        : { keys: Object.fromEntries(Object.entries(keys ?? {}).map(([k, spec]) => [k, compactKey(spec)])) }),
    };
  }
  if (schema.body) out.body = schema.body;
  out.groups = schema.groups.map(compactGroup);
  return out;
}

function compactKey(spec: KeySpec | NonNullable<KeySpec["items"]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    if (key === "required" && value === false) continue;
    if (key === "type" && value === "any") continue;
    out[key] = key === "items" ? compactKey(value as NonNullable<KeySpec["items"]>) : value;
  }
  return out;
}

function compactGroup(group: GroupSpec): Record<string, unknown> {
  return {
    name: group.name,
    required: group.required,
    ...(group.value ? { value: compactField(group.value) } : {}),
    ...(group.fields.length > 0 ? { fields: group.fields.map(compactField) } : {}),
  };
}

function compactField(field: FieldSpec): Record<string, unknown> {
  return {
    name: field.name,
    kind: field.kind,
    ...(field.values ? { values: field.values } : {}),
    multiple: field.multiple,
    required: field.required,
  };
}

/** A schema file's text: the compact schema with each note above what it explains. */
export function renderSchema(catalog: InferredCatalog): string {
  const { yaml } = configParsers();
  const doc = new yaml.Document(compactSchema(catalog.schema));
  attachNotes(doc, catalog.notes);
  return doc.toString({ lineWidth: 0 });
}

function attachNotes(doc: Document, notes: Notes): void {
  const { yaml } = configParsers();
  for (const { path, text } of notes.all()) {
    const comment = ` ${text}`;
    if (path.length === 0) {
      doc.commentBefore = comment;
      continue;
    }
    // The nearest written node: a note about something the file leaves out goes on its parent.
    for (let end = path.length; end > 0; end--) {
      const parent = end === 1 ? doc.contents : doc.getIn(path.slice(0, end - 1), true);
      const last = path[end - 1];
      let target: YamlNode | undefined;
      if (yaml.isMap(parent)) {
        const pair = parent.items.find((p) => yaml.isScalar(p.key) && p.key.value === last);
        if (pair && yaml.isScalar(pair.key)) target = pair.key;
      } else if (yaml.isSeq(parent) && typeof last === "number") {
        const item = parent.items[last];
        if (yaml.isNode(item)) target = item;
      }
      if (target) {
        target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${comment}` : comment;
        break;
      }
    }
  }
}

export interface ConfigFiles {
  /** The schema file of each catalog, beside the config (`catalog-schema.yaml`, `catalog-schema.topics.yaml`). */
  schemaFiles: string[];
}

/** The name of each catalog's schema file: one catalog gets `catalog-schema.yaml`. */
export function schemaFileNames(catalogs: readonly InferredCatalog[]): string[] {
  if (catalogs.length === 1) return ["catalog-schema.yaml"];
  const used = new Set<string>();
  return catalogs.map((c) => {
    const base =
      c.cluster.folder === "." ? "root" : c.cluster.folder.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
    let name = `catalog-schema.${base || "catalog"}.yaml`;
    for (let i = 2; used.has(name); i++) name = `catalog-schema.${base}-${i}.yaml`;
    used.add(name);
    return name;
  });
}

/** `.catalog-lintrc.yaml`: what to lint, which schema each catalog gets, the rules the entries disagree on. */
export function renderConfig(catalogs: readonly InferredCatalog[], schemaFiles: readonly string[]): string {
  const { yaml } = configParsers();
  const include = catalogs.map((c) => c.cluster.glob);
  const exclude = catalogs.flatMap((c) => c.cluster.exclude);
  const single = catalogs.length === 1;
  const rulesOf = (c: InferredCatalog) => Object.fromEntries([...c.rules].map(([r, { setting }]) => [r, setting]));
  const config: Record<string, unknown> = {
    include,
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(single ? { schema: schemaFiles[0] } : {}),
    ...(single && catalogs[0] && catalogs[0].rules.size > 0 ? { rules: rulesOf(catalogs[0]) } : {}),
    ...(single
      ? {}
      : {
          overrides: catalogs.map((c, i) => ({
            files: c.cluster.glob,
            schema: schemaFiles[i],
            ...(c.rules.size > 0 ? { rules: rulesOf(c) } : {}),
          })),
        }),
  };
  const doc = new yaml.Document(config);
  doc.commentBefore = [
    " Written by `catalog-lint init` from the entries of this repository; edit freely.",
    " yaml-language-server: $schema=./node_modules/catalog-lint/schema/catalog-lintrc.schema.json",
  ].join("\n");
  const includeNode = doc.getIn(["include"], true);
  if (yaml.isSeq(includeNode)) {
    catalogs.forEach((c, i) => {
      const item = includeNode.items[i];
      if (yaml.isNode(item)) item.commentBefore = ` ${c.cluster.files.length} entries`;
    });
  }
  const excludeNode = doc.getIn(["exclude"], true);
  if (yaml.isSeq(excludeNode) && excludeNode.items[0] && yaml.isNode(excludeNode.items[0])) {
    excludeNode.items[0].commentBefore = " beside the entries, but documentation or templates";
  }
  for (const [i, c] of catalogs.entries()) {
    const path = single ? ["rules"] : ["overrides", i, "rules"];
    const rules = doc.getIn(path, true);
    if (!yaml.isMap(rules)) continue;
    for (const pair of rules.items) {
      if (yaml.isScalar(pair.key)) pair.key.commentBefore = ` ${c.rules.get(String(pair.key.value))?.why}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
