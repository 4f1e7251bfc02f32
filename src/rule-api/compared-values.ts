/**
 * What the catalog rules `unique-value` and `reference` share: the entries of
 * one schema (a catalog such as explore's topics, whose entries each have their
 * own folder) and the values of their keys, in a stable order.
 */
import type { EntrySummary, SummaryValue } from "../model/summary.js";
import type { CatalogSchema, KeySpec, SchemaIndex } from "../schema/types.js";

/** One value of an entry, as compared. */
export interface Held extends SummaryValue {
  entry: EntrySummary;
}

/** The entries by the schema they follow, each group in path order (linted files and peers alike). */
export function entriesBySchema(
  entries: readonly EntrySummary[],
  schemaOf: (filePath: string) => SchemaIndex,
): Map<CatalogSchema, EntrySummary[]> {
  const groups = new Map<CatalogSchema, EntrySummary[]>();
  for (const entry of entries) {
    if (!entry.values) continue;
    const schema = schemaOf(entry.filePath).schema;
    const group = groups.get(schema) ?? [];
    group.push(entry);
    groups.set(schema, group);
  }
  for (const group of groups.values())
    group.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return groups;
}

/** Every value of `key` in `entries`, in path order then file order. */
export function valuesOf(entries: readonly EntrySummary[], key: string): Held[] {
  const held: Held[] = [];
  for (const entry of entries) {
    for (const value of entry.values ?? []) if (value.key === key) held.push({ ...value, entry });
  }
  return held;
}

/** Every value of `key` in `entries`, grouped by the value (each group in the order of `valuesOf`). */
export function holdersByValue(entries: readonly EntrySummary[], key: string): Map<string, Held[]> {
  const byValue = new Map<string, Held[]>();
  for (const held of valuesOf(entries, key)) {
    const list = byValue.get(held.value);
    if (list) list.push(held);
    else byValue.set(held.value, [held]);
  }
  return byValue;
}

/** The keys of a schema whose spec says `test`. */
export function keysWith(schema: CatalogSchema, test: (spec: KeySpec) => boolean): Array<[string, KeySpec]> {
  return Object.entries(schema.frontMatter?.keys ?? {}).filter(([, spec]) => test(spec));
}

/** What peers these rules need: only entries with front matter can hold a value, and only if a linted one holds one. */
export function peersWithValues(linted: readonly EntrySummary[]): (folder: string, text: string) => boolean {
  const any = linted.some((e) => e.values && e.values.length > 0);
  return (_folder, text) => any && /^(?:\uFEFF)?---[ \t]*\r?\n/.test(text);
}
