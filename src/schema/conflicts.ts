import { buildEntry } from "../model/build-entry.js";
import type { Group } from "../model/entry.js";
import { createSourceFile } from "../parse/source.js";
import { parseCriteriaYaml } from "./criteria.js";
import type { SchemaConflict, SourcePlace } from "./types.js";

/** A criteria file's text and its path as shown in messages. */
export interface CriteriaText {
  path: string;
  text: string;
}

/** One criterion as the criteria files together define it, with where each file does. */
export interface Definition {
  id: string;
  name?: string;
  type?: string;
  hasValues: boolean;
  children: string[];
  places: SourcePlace[];
}

/**
 * Where a dataset's template and its criteria YAML disagree on the headings an entry has:
 *
 * - `placement`: the criteria make a criterion a group with its own value (a LABEL with
 *   `children`: its value sits directly under `## MCP-Client`), the template writes the value
 *   under a field of the same name (`## MCP-Client` then `### MCP-Client`);
 * - `missing`: the criteria define a criterion entries write (see isWritten) that the template
 *   has neither as a field nor as a group's value (`Extensible`).
 *
 * Only criteria that say what they are (a `name` or `type`) or that a group lists as a child
 * count. Items with only display values or flags (`Terminal`, `default-label` in value-displays.yml,
 * which every dataset shares) say how to show a criterion if a dataset has it, not that it has it.
 */
export function findSchemaConflicts(
  template: { path: string; text: string },
  criteriaFiles: readonly CriteriaText[],
): SchemaConflict[] {
  const definitions = readDefinitions(criteriaFiles);
  const listedAsChild = new Set([...definitions.values()].flatMap((d) => d.children));
  const entry = buildEntry(createSourceFile(template.path, template.text));
  const conflicts: SchemaConflict[] = [];
  for (const definition of definitions.values()) {
    const defines = definition.name !== undefined || definition.type !== undefined || listedAsChild.has(definition.id);
    if (!defines || !isWritten(definition)) continue;
    const keys = keysOf(definition);
    const group = entry.groups.find((g) => matches(keys, g.name));
    const field = entry.groups.flatMap((g) => g.fields.map((f) => ({ f, g }))).find(({ f }) => matches(keys, f.name));
    const base = { criteria: definition.places, template: template.path, names: [...keys] };
    if (field) {
      // A criteria group with a value, written by the template as `## X` then `### X`.
      const sameNamed = group && field.g === group && field.f.name === group.name;
      if (definition.children.length > 0 && sameNamed && !hasValue(group)) {
        conflicts.push({
          ...base,
          kind: "placement",
          group: group.name,
          name: group.name,
          range: field.f.heading.range,
        });
      }
      continue;
    }
    if (group) {
      if (hasValue(group)) continue;
      conflicts.push({ ...base, kind: "missing", group: group.name, name: group.name, range: group.heading.range });
      continue;
    }
    const parent = [...definitions.values()].find((d) => d.children.includes(definition.id));
    const parentGroup = parent ? entry.groups.find((g) => matches(keysOf(parent), g.name)) : undefined;
    conflicts.push({
      ...base,
      kind: "missing",
      ...(parentGroup ? { group: parentGroup.name } : {}),
      name: definition.name ?? definition.id,
      range: parentGroup?.heading.range ?? entry.headings[0]?.range ?? startRange,
    });
  }
  return conflicts;
}

/**
 * Whether entries write the criterion as a heading of their own: not the title (`name-url`), not
 * what the framework works out itself (`REPOSITORY`: a repository's activity), not a mere group
 * (`MARKDOWN` with children); a criterion without a type is a label when it lists values.
 */
function isWritten(definition: Definition): boolean {
  switch (definition.type) {
    case undefined:
      return definition.hasValues;
    case "NAME-URL":
    case "REPOSITORY":
      return false;
    case "MARKDOWN":
      return definition.children.length === 0;
    default:
      return true;
  }
}

const startRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export function keysOf(definition: Definition): Set<string> {
  return new Set([definition.id, ...(definition.name ? [definition.name] : [])]);
}

/** As applyCriteria matches a criterion to a heading: by id or display name, spaces dropped or not. */
export function matches(keys: ReadonlySet<string> | readonly string[], heading: string): boolean {
  const all = [...keys];
  return all.includes(heading) || all.includes(heading.replace(/\s+/g, ""));
}

/** Whether the template puts a value directly under the group (as schemaFromTemplate reads it). */
function hasValue(group: Group): boolean {
  return group.values.some((v) => v.kind === "item" && v.text !== "" && v.text !== "-");
}

export function readDefinitions(files: readonly CriteriaText[]): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parseCriteriaYaml(file.text);
    } catch {
      continue; // the schema build reports a criteria file it cannot read
    }
    const list = isRecord(doc) && Array.isArray(doc.criteria) ? doc.criteria : [];
    const lines = file.text.split(/\r\n|\r|\n/);
    for (const item of list) {
      if (!isRecord(item)) continue;
      const pairs: Array<[string, unknown]> = typeof item.id === "string" ? [[item.id, item]] : Object.entries(item);
      for (const [id, body] of pairs) {
        if (!isRecord(body) || body.ignore === true) continue;
        const definition = definitions.get(id) ?? { id, hasValues: false, children: [], places: [] };
        if (typeof body.name === "string") definition.name = body.name;
        if (typeof body.type === "string") definition.type = body.type.toUpperCase();
        const values = body.values;
        if ((Array.isArray(values) && values.length > 0) || (isRecord(values) && Object.keys(values).length > 0))
          definition.hasValues = true;
        if (Array.isArray(body.children)) definition.children.push(...body.children.map(String));
        definition.places.push({ file: file.path, line: lineOf(lines, id) });
        definitions.set(id, definition);
      }
    }
  }
  return definitions;
}

/** The line of a criterion's `- Id:` or `- id: Id` item (1-based; 1 when not found). */
function lineOf(lines: readonly string[], id: string): number {
  const quoted = `['"]?${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}['"]?`;
  const item = new RegExp(`^\\s*-\\s+(?:${quoted}\\s*:|id\\s*:\\s*${quoted}\\s*$)`);
  const index = lines.findIndex((line) => item.test(line));
  return index + 1 || 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
