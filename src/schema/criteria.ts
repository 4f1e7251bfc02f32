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
  /** The framework filters this LABEL by number ranges (`250-300`): any number is a value. */
  rangeSearch?: boolean;
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

/**
 * How many values the aliases of one criteria file may stand for, all uses added up. js-yaml
 * has no such limit: `values: [*l8]`, with each anchor a list of ten aliases of the one before,
 * stands for 10^8 values (1.27 GB of text when read). A real file's aliases stand for a few
 * hundred (a `<<: *defaults` per criterion).
 */
export const MAX_ALIASED_VALUES = 100_000;

/**
 * A criteria file's YAML as data (see CRITERIA_SCHEMA). A syntax error, or aliases that stand
 * for over MAX_ALIASED_VALUES values, throw an Error of one line starting `line N:`.
 */
export function parseCriteriaYaml(text: string): unknown {
  const aliases = new AliasBudget();
  try {
    return jsYaml.load(text, { schema: CRITERIA_SCHEMA, listener: (event, state) => aliases.count(event, state) });
  } catch (error) {
    if (error instanceof AliasBombError) throw error;
    const { reason, mark } = error as jsYaml.YAMLException;
    // js-yaml's own message adds a code frame of the file: lines of it have no place in a one-line error.
    if (reason && mark) throw new Error(`line ${mark.line + 1}, column ${mark.column + 1}: ${reason}`);
    throw error;
  }
}

class AliasBombError extends Error {}

/**
 * Counts what aliases stand for as js-yaml reads: every node's size (itself and all below it,
 * aliases expanded) is known when it closes, and an alias closes as the node it names, already
 * sized. A merge key (`<<: *base`) copies what its alias stands for, so it is counted too.
 */
class AliasBudget {
  private readonly sizes = new WeakMap<object, number>();
  private used = 0;

  count(event: jsYaml.EventType, state: jsYaml.State): void {
    if (event !== "close") return;
    const node = (state as unknown as { result: unknown }).result;
    if (typeof node !== "object" || node === null) return;
    const known = this.sizes.get(node);
    // An alias: its node was read (and sized) before. js-yaml gives aliases no kind.
    if (known !== undefined && (state as unknown as { kind: string | null }).kind === null) {
      this.used += known;
      if (this.used > MAX_ALIASED_VALUES) {
        throw new AliasBombError(
          `line ${state.line + 1}: the aliases (\`*name\`) stand for more than ${MAX_ALIASED_VALUES.toLocaleString("en")} values, expected a criteria file that repeats an anchor a few times; write the values out, or nest fewer aliases`,
        );
      }
      return;
    }
    let size = 1;
    for (const child of Object.values(node))
      size += typeof child === "object" && child !== null ? (this.sizes.get(child) ?? 1) : 1;
    this.sizes.set(node, size);
  }
}

function normalise(id: string, body: Record<string, unknown>): Criterion {
  const criterion: Criterion = { id };
  if (typeof body.name === "string") criterion.name = body.name;
  if (typeof body.type === "string") criterion.type = body.type.toUpperCase();
  const values = body.values;
  if (Array.isArray(values)) criterion.values = values.map(String);
  else if (isRecord(values)) criterion.values = Object.keys(values);
  if (body.rangeSearch === true) criterion.rangeSearch = true;
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
    if (c.rangeSearch) {
      // Searched by number ranges (`250-300`): its listed values are examples, any number goes.
      next.kind = "text";
      delete next.values;
    } else if (isLabelCriterion && c.values?.length && (field.kind === "text" || field.kind === "label")) {
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
