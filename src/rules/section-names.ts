import type { SchemaIndex } from "../schema/types.js";
import { didYouMean } from "./text.js";

/**
 * The known heading an unknown one most likely means: an alias from the
 * criteria (`MCP-Tools` → `Tools`, `FreeTrial` → `Free Trial`), else the
 * closest name by spelling (`Licence` → `License`).
 */
export function suggestSection(name: string, schema: SchemaIndex): string | undefined {
  const known = schema.knownNames();
  if (known.includes(name)) return undefined;
  for (const group of schema.schema.groups) {
    for (const field of [...group.fields, ...(group.value ? [group.value] : [])]) {
      if (field.aliases.includes(name)) return field.name;
    }
  }
  return didYouMean(name, known);
}
