import * as jsYaml from "js-yaml";
import type { CatalogSchema, FieldSpec } from "./types.js";

/**
 * YAML 1.2's core schema (dates stay strings, `yes` stays a string) with merge
 * keys (`<<: *anchor`), which the catalog's criteria files use. js-yaml reads
 * them about five times faster than the `yaml` package (which reads config
 * files, for its precise error positions): they are read on every run, one-file
 * runs included.
 */
const CRITERIA_SCHEMA = jsYaml.CORE_SCHEMA.extend({
  // `types` is exported by js-yaml but missing from @types/js-yaml.
  implicit: [(jsYaml as unknown as { types: { merge: jsYaml.Type } }).types.merge],
});

/** One criterion of a catalog's criteria YAML, normalised from either layout. */
export interface Criterion {
  id: string;
  name?: string;
  type?: string;
  values?: string[];
}

/**
 * Read the `criteria:` list of a criteria YAML. Both layouts the catalog uses are
 * accepted: `- Id: {name, type, values}` and `- id: Id, name, type, values`;
 * `values` may be a map (keys are the values) or a list.
 */
export function readCriteria(text: string): Criterion[] {
  const doc = parseCriteriaYaml(text);
  const list = isRecord(doc) && Array.isArray(doc.criteria) ? doc.criteria : [];
  const criteria: Criterion[] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    if (typeof item.id === "string") {
      criteria.push(normalise(item.id, item));
      continue;
    }
    for (const [id, body] of Object.entries(item)) {
      if (isRecord(body) && body.ignore !== true) criteria.push(normalise(id, body));
    }
  }
  return criteria;
}

/** A criteria file's YAML as data (see CRITERIA_SCHEMA). */
export function parseCriteriaYaml(text: string): unknown {
  return jsYaml.load(text, { schema: CRITERIA_SCHEMA });
}

function normalise(id: string, body: Record<string, unknown>): Criterion {
  const criterion: Criterion = { id };
  if (typeof body.name === "string") criterion.name = body.name;
  if (typeof body.type === "string") criterion.type = body.type.toUpperCase();
  const values = body.values;
  if (Array.isArray(values)) criterion.values = values.map(String);
  else if (isRecord(values)) criterion.values = Object.keys(values);
  return criterion;
}

/**
 * Overlay criteria on a template schema: a criterion matches a field by id or by
 * display name; its other spelling becomes an alias (for did-you-mean), and a
 * LABEL criterion's values join the field's allowed values. Later files win.
 */
export function applyCriteria(schema: CatalogSchema, criteria: Criterion[]): CatalogSchema {
  // Merge criteria by id first (later files refine earlier ones), then index by id and name.
  const byId = new Map<string, Criterion>();
  for (const c of criteria) {
    const previous = byId.get(c.id);
    byId.set(c.id, previous ? merge(previous, c) : c);
  }
  const byKey = new Map<string, Criterion[]>();
  for (const c of byId.values()) {
    for (const key of new Set([c.id, c.name])) {
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
  }
  const overlay = (field: FieldSpec): FieldSpec => {
    const matches = byKey.get(field.name) ?? byKey.get(field.name.replace(/\s+/g, ""));
    if (!matches?.length) return field;
    const aliases = new Set(field.aliases);
    for (const m of matches) for (const alias of [m.id, m.name]) if (alias && alias !== field.name) aliases.add(alias);
    // The criterion whose id is the heading itself describes it best.
    const c = matches.find((m) => m.id === field.name) ?? (matches[0] as Criterion);
    const next: FieldSpec = { ...field, aliases: [...aliases] };
    const isLabelCriterion = c.type === "LABEL" || (c.type === undefined && field.kind === "label");
    if (isLabelCriterion && c.values?.length && (field.kind === "text" || field.kind === "label")) {
      next.values = [...new Set([...(field.values ?? []), ...c.values])];
      next.kind =
        next.values.length === 2 && next.values.includes("Yes") && next.values.includes("No") ? "yes-no" : "label";
      if (next.kind === "yes-no") next.multiple = false;
    }
    return next;
  };
  return {
    ...schema,
    groups: schema.groups.map((g) => {
      const next = { ...g, fields: g.fields.map(overlay) };
      if (g.value) next.value = overlay(g.value);
      return next;
    }),
  };
}

function merge(a: Criterion, b: Criterion): Criterion {
  const merged: Criterion = { ...a, ...b };
  if (a.values || b.values) merged.values = [...new Set([...(a.values ?? []), ...(b.values ?? [])])];
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
