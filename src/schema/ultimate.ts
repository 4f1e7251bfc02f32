import type { Criterion } from "./criteria.js";
import type { CatalogSchema, FieldKind, FieldSpec, GroupSpec } from "./types.js";

/**
 * The schema of an ultimate-comparisons catalog (src/files/ultimate.ts), from its template and
 * criteria: one `##` per criterion, its values directly under it (a group with a `value`), none
 * required (the framework shows an entry without a criterion as an empty cell). A criterion's
 * `type` says what its values are: LABEL values are the criteria's (and the template's), which
 * `applyCriteria` adds; MARKDOWN and TEXT are free text, the template's bullets only examples;
 * RATING is `[N] commentary`; REPOSITORY and URL a link. A `##` the criteria do not name, or an
 * empty one in the template, is free text.
 */
export function ultimateSchema(template: CatalogSchema, criteria: Criterion[]): CatalogSchema {
  const byKey = new Map<string, Criterion>();
  for (const c of criteria) {
    for (const key of [c.id, c.name]) if (key && !byKey.has(key)) byKey.set(key, c);
  }
  const groups: GroupSpec[] = template.groups.map((group) => {
    const criterion = byKey.get(group.name);
    // A range-searched LABEL (`rangeSearch: true`) holds any number: its listed values are no closed set.
    const kind = criterion?.rangeSearch ? "text" : kindOf(criterion?.type, group.value);
    const value: FieldSpec = {
      name: group.name,
      kind,
      ...(kind === "label" && group.value?.values ? { values: group.value.values } : {}),
      multiple: group.value?.multiple ?? true,
      required: false,
      aliases: group.value?.aliases ?? [],
    };
    return { ...group, required: false, value };
  });
  return { ...template, title: { from: "heading", separator: "loose" }, groups, layout: "ultimate-comparisons" };
}

function kindOf(type: string | undefined, value: FieldSpec | undefined): FieldKind {
  switch (type) {
    case "LABEL":
      return value?.kind === "yes-no" ? "yes-no" : "label";
    case "RATING":
      return "rating";
    case "REPOSITORY":
    case "URL":
      return "url";
    case undefined:
      // Not a criterion: the template's bullets are examples of free text unless it names a rating.
      return value?.kind === "rating" ? "rating" : "text";
    default:
      return "text";
  }
}
