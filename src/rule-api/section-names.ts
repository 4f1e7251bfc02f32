import type { CatalogSchema, SchemaIndex } from "../schema/types.js";
import { derivedFromSchema } from "../schema/types.js";
import { BoundedMemo } from "../util/derived.js";
import { affordsSuggestion, closestMatch, type SuggestionBudget } from "../util/text.js";

type SectionMatch = { match: string; unique: boolean } | undefined;

/** What suggestions are made from, derived once per schema; suggestions are memoized by name. */
interface SectionNames {
  groupNames: string[];
  groupSet: Set<string>;
  /** Field names (group values included) without repeats, in schema order. */
  fieldNames: string[];
  fieldSet: Set<string>;
  /** The field names that list an alias, without repeats, in schema order. */
  aliases: Map<string, string[]>;
  /** Suggestions by name, for groups and for fields: headings repeat across a catalog. */
  groupMemo: BoundedMemo<SectionMatch>;
  fieldMemo: BoundedMemo<SectionMatch>;
}

const sectionNames = derivedFromSchema((schema: CatalogSchema): SectionNames => {
  const groupNames = schema.groups.map((g) => g.name);
  const fields = schema.groups.flatMap((g) => [...g.fields, ...(g.value ? [g.value] : [])]);
  // Each alias's field names in schema order, without repeats (a set beside each list: a
  // criteria file giving thousands of fields one alias would otherwise cost their square).
  const aliases = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  for (const field of fields) {
    for (const alias of field.aliases) {
      const names = aliases.get(alias) ?? [];
      const known = seen.get(alias) ?? new Set<string>();
      if (!known.has(field.name)) {
        names.push(field.name);
        known.add(field.name);
      }
      aliases.set(alias, names);
      seen.set(alias, known);
    }
  }
  const fieldNames = [...new Set(fields.map((f) => f.name))];
  return {
    groupNames,
    groupSet: new Set(groupNames),
    fieldNames,
    fieldSet: new Set(fieldNames),
    aliases,
    groupMemo: new BoundedMemo(),
    fieldMemo: new BoundedMemo(),
  };
});

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
  budget?: SuggestionBudget,
): SectionMatch {
  const names = sectionNames(schema);
  if (depth <= 2) {
    if (names.groupSet.has(name)) return undefined;
    return remembered(names.groupMemo, name, names.groupNames, budget);
  }
  if (names.fieldSet.has(name)) return undefined;
  const aliased = names.aliases.get(name);
  if (aliased) return { match: aliased[0] as string, unique: aliased.length === 1 };
  return remembered(names.fieldMemo, name, names.fieldNames, budget);
}

export function suggestSection(
  name: string,
  depth: number,
  schema: SchemaIndex,
  budget?: SuggestionBudget,
): string | undefined {
  return suggestSectionMatch(name, depth, schema, budget)?.match;
}

/** `closestMatch` remembered by name; the budget is charged as if it were computed (see SuggestionBudget). */
function remembered(
  memo: BoundedMemo<SectionMatch>,
  name: string,
  candidates: readonly string[],
  budget: SuggestionBudget | undefined,
): SectionMatch {
  if (budget && !affordsSuggestion(name, candidates, budget)) return undefined;
  return memo.get(name, () => closestMatch(name, candidates));
}
