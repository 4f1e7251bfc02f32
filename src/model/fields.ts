import type { FieldSpec, GroupSpec, SchemaIndex } from "../schema/types.js";
import { isoDay } from "../util/dates.js";
import { derivedFrom } from "../util/derived.js";
import { isUnknownMarker } from "../util/text.js";
import type { Entry, Group, Section, Value } from "./entry.js";

/** A section of the entry paired with the schema field it holds values for. */
export interface FieldMatch {
  section: Section;
  spec: FieldSpec;
  /** The `##` group the section sits in, if any. */
  group?: Group;
  /** `checkedValues(match)`, once asked for. */
  checked?: readonly Value[];
}

/** A group's fields by name, the first of a name winning (as `fields.find` would). */
const fieldsByName = derivedFrom((group: GroupSpec): ReadonlyMap<string, FieldSpec> => {
  const byName = new Map<string, FieldSpec>();
  for (const field of group.fields) if (!byName.has(field.name)) byName.set(field.name, field);
  return byName;
});

/**
 * Every section whose values a value rule should check: `###` fields the schema
 * knows (wherever they sit, so a misplaced field is still checked), and `##`
 * groups that hold a value directly (`## MCP-Client` + `- Yes`).
 */
export function fieldMatches(entry: Entry, schema: SchemaIndex): readonly FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const section of entry.orphanFields) {
    const known = schema.field(section.name);
    if (known) matches.push({ section, spec: known.field });
  }
  for (const group of entry.groups) {
    const groupSpec = schema.group(group.name);
    const groupFields = groupSpec ? fieldsByName(groupSpec) : undefined;
    const direct = groupSpec?.value ?? groupFields?.get(group.name);
    if (direct && group.values.length > 0) matches.push({ section: group, spec: direct, group });
    for (const section of group.fields) {
      const spec = groupFields?.get(section.name) ?? schema.field(section.name)?.field;
      if (spec) matches.push({ section, spec, group });
    }
  }
  return matches;
}

/**
 * `fieldMatches` of one entry, found on the first call and then kept: what the
 * rule context hands each rule that checks the entry (a dozen rules ask, one
 * after another). Kept by the closure, so the matches die with the file's
 * check: no module slot keeps the last file's entry alive, and no WeakMap
 * (V8's scavenger keeps a WeakMap's young values alive, which promoted every
 * entry to the old generation: +150 MB at 10,000 files).
 */
export function fieldMatchesOnce(entry: Entry, schema: SchemaIndex): () => readonly FieldMatch[] {
  let matches: readonly FieldMatch[] | undefined;
  return () => {
    matches ??= fieldMatches(entry, schema);
    return matches;
  };
}

/**
 * The values a value rule checks: every value but the unknown marker, and for a
 * single-valued field only the first one (extra values are `single-value`'s
 * finding, so one mistake is reported once).
 */
export function checkedValues(match: FieldMatch): readonly Value[] {
  if (match.checked === undefined) {
    const values = match.section.values.filter((v) => !isUnknownMarker(v.text));
    match.checked = match.spec.multiple ? values : values.slice(0, 1);
  }
  return match.checked;
}

/** A value of a date field (`Last Update`) as the date rules read it. */
export interface DateValue {
  section: Section;
  value: Value;
  /** Its day (see `isoDay`), or undefined when it is not a real `YYYY-MM-DD` date. */
  day: number | undefined;
}

/** The checked values (see `checkedValues`) of every date field among an entry's matches, in order. */
export function dateValues(matches: readonly FieldMatch[]): DateValue[] {
  const found: DateValue[] = [];
  for (const match of matches) {
    if (match.spec.kind !== "date") continue;
    for (const value of checkedValues(match)) found.push({ section: match.section, value, day: isoDay(value.text) });
  }
  return found;
}
