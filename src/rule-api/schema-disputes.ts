import type { Entry, Section } from "../model/entry.js";
import type { Range } from "../parse/source.js";
import { matches } from "../schema/conflicts.js";
import type { SchemaConflict, SchemaIndex } from "../schema/types.js";

/** Where an entry writes a heading its template and criteria disagree on (see findSchemaConflicts). */
export interface Dispute {
  conflict: SchemaConflict;
  /**
   * `valueOnGroup`: a value directly under `## group`; `field`: a `###` heading the template lacks;
   * `group`: a `##` criterion (ultimate-comparisons) the template lacks or spells another way.
   */
  form: "valueOnGroup" | "field" | "group";
  section: Section;
  range: Range;
}

/**
 * The entry's disputed headings: those `schema-conflict` reports, and that `unknown-section`
 * and `section-placement` leave to it (one finding per heading, saying which source it follows).
 */
export function disputesIn(entry: Entry, schema: SchemaIndex): Dispute[] {
  const conflicts = schema.schema.conflicts;
  if (!conflicts?.length) return [];
  const disputes: Dispute[] = [];
  for (const conflict of conflicts) {
    if (conflict.kind === "missingGroup" || conflict.kind === "spelling") {
      // The criteria's spelling of a `##` the template writes otherwise or not at all.
      for (const group of entry.groups) {
        if (matches(conflict.names, group.name) && !schema.group(group.name))
          disputes.push({ conflict, form: "group", section: group, range: group.heading.range });
      }
      continue;
    }
    const names = new Set([...conflict.names, conflict.name]);
    const isGroupValue = conflict.group !== undefined && conflict.group === conflict.name;
    for (const group of entry.groups) {
      // The criteria put the value directly under `## group`, the template does not.
      if (isGroupValue && group.name === conflict.group && group.values.length > 0) {
        const sameNamed = group.fields.some((f) => f.name === group.name);
        if (conflict.kind === "placement" ? !sameNamed : true)
          disputes.push({ conflict, form: "valueOnGroup", section: group, range: group.heading.range });
      }
      if (conflict.kind !== "missing") continue;
      for (const field of group.fields) {
        if (!names.has(field.name) || schema.field(field.name)) continue;
        // `### Extensible` under `## Extensible`, or a criteria field under any group.
        if (isGroupValue ? group.name === conflict.group : true)
          disputes.push({ conflict, form: "field", section: field, range: field.heading.range });
      }
    }
    if (conflict.kind === "missing" && !isGroupValue) {
      for (const field of entry.orphanFields) {
        if (names.has(field.name) && !schema.field(field.name))
          disputes.push({ conflict, form: "field", section: field, range: field.heading.range });
      }
    }
  }
  return disputes;
}

/** Whether `section`'s heading is one of the entry's disputes (in `form`, when given). */
export function isDisputed(entry: Entry, schema: SchemaIndex, section: Section, form?: Dispute["form"]): boolean {
  if (!schema.schema.conflicts?.length) return false;
  let disputes = found.get(entry);
  if (!disputes) {
    disputes = disputesIn(entry, schema);
    found.set(entry, disputes);
  }
  return disputes.some((d) => d.section === section && (form === undefined || d.form === form));
}

/** Each entry's disputes, found once for the rules that ask per section (an entry has one schema). */
const found = new WeakMap<Entry, Dispute[]>();
