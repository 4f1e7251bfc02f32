import type { Entry, Group, Section, Value } from "../model/entry.js";
import type { FieldSpec, SchemaIndex } from "../schema/types.js";
import { isUnknownMarker } from "./text.js";

/** A section of the entry paired with the schema field it holds values for. */
export interface FieldMatch {
  section: Section;
  spec: FieldSpec;
  /** The `##` group the section sits in, if any. */
  group?: Group;
}

/**
 * Every section whose values a value rule should check: `###` fields the schema
 * knows (wherever they sit, so a misplaced field is still checked), and `##`
 * groups that hold a value directly (`## MCP-Client` + `- Yes`).
 */
export function fieldMatches(entry: Entry, schema: SchemaIndex): FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const section of entry.orphanFields) {
    const known = schema.field(section.name);
    if (known) matches.push({ section, spec: known.field });
  }
  for (const group of entry.groups) {
    const groupSpec = schema.group(group.name);
    const direct = groupSpec?.value ?? groupSpec?.fields.find((f) => f.name === group.name);
    if (direct && group.values.length > 0) matches.push({ section: group, spec: direct, group });
    for (const section of group.fields) {
      const spec = groupSpec?.fields.find((f) => f.name === section.name) ?? schema.field(section.name)?.field;
      if (spec) matches.push({ section, spec, group });
    }
  }
  return matches;
}

/**
 * The values a value rule checks: every value but the unknown marker, and for a
 * single-valued field only the first one (extra values are `single-value`'s
 * finding, so one mistake is reported once).
 */
export function checkedValues(match: FieldMatch): Value[] {
  const values = match.section.values.filter((v) => !isUnknownMarker(v.text));
  return match.spec.multiple ? values : values.slice(0, 1);
}
