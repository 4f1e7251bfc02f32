import type { SchemaIndex } from "../schema/types.js";
import { closestMatch } from "./text.js";

/**
 * The known heading an unknown one most likely means, at its own level: an
 * alias from the criteria (`MCP-Tools` → `Tools`, `FreeTrial` → `Free Trial`),
 * else the closest name by spelling (`Licence` → `License`). Groups (`##`) are
 * only compared with groups and fields (`###`) with fields. `unique` says no
 * other name is as close, so renaming is safe.
 */
export function suggestSectionMatch(
  name: string,
  depth: number,
  schema: SchemaIndex,
): { match: string; unique: boolean } | undefined {
  const groups = schema.schema.groups;
  if (depth <= 2) {
    if (groups.some((g) => g.name === name)) return undefined;
    return closestMatch(
      name,
      groups.map((g) => g.name),
    );
  }
  const fields = groups.flatMap((g) => [...g.fields, ...(g.value ? [g.value] : [])]);
  if (fields.some((f) => f.name === name)) return undefined;
  const aliased = [...new Set(fields.filter((f) => f.aliases.includes(name)).map((f) => f.name))];
  if (aliased.length > 0) return { match: aliased[0] as string, unique: aliased.length === 1 };
  return closestMatch(name, [...new Set(fields.map((f) => f.name))]);
}

export function suggestSection(name: string, depth: number, schema: SchemaIndex): string | undefined {
  return suggestSectionMatch(name, depth, schema)?.match;
}
