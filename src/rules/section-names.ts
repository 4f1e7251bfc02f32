import type { SchemaIndex } from "../schema/types.js";
import { didYouMean } from "./text.js";

/**
 * The known heading an unknown one most likely means, at its own level: an
 * alias from the criteria (`MCP-Tools` → `Tools`, `FreeTrial` → `Free Trial`),
 * else the closest name by spelling (`Licence` → `License`). Groups (`##`) are
 * only compared with groups and fields (`###`) with fields.
 */
export function suggestSection(name: string, depth: number, schema: SchemaIndex): string | undefined {
  const groups = schema.schema.groups;
  if (depth <= 2) {
    if (groups.some((g) => g.name === name)) return undefined;
    return didYouMean(
      name,
      groups.map((g) => g.name),
    );
  }
  const fields = groups.flatMap((g) => [...g.fields, ...(g.value ? [g.value] : [])]);
  if (fields.some((f) => f.name === name)) return undefined;
  const alias = fields.find((f) => f.aliases.includes(name));
  if (alias) return alias.name;
  return didYouMean(name, [...new Set(fields.map((f) => f.name))]);
}
