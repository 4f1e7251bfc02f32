import { distance } from "fastest-levenshtein";
import { buildEntry } from "../model/build-entry.js";
import type { Group } from "../model/entry.js";
import { createSourceFile } from "../parse/source.js";
import { type CriteriaText, type Definition, keysOf, matches, readDefinitions } from "./conflicts.js";
import type { SchemaConflict } from "./types.js";

/**
 * Where an ultimate-comparisons catalog's `data/template.md` and `configuration/comparison.yml`
 * disagree on the `##` headings an entry has (one `##` per criterion, matched by id or name):
 *
 * - `spelling`: a criterion the template writes another way (`## Licence` for `License`): the
 *   same name but for case, spaces, `-` and `_`, or at most two letters apart, and no other
 *   criterion or heading that close;
 * - `missingGroup`: a criterion entries write that the template has no `##` for.
 *
 * A template `##` no criterion names is not counted: the framework shows it as free text (see
 * ultimateSchema), so it is no disagreement. Not counted either: the title (`NAME-URL`) and the
 * short description (the framework's locked `description` criterion, the line under the title).
 */
export function findUltimateConflicts(
  template: { path: string; text: string },
  criteriaFiles: readonly CriteriaText[],
): SchemaConflict[] {
  const entry = buildEntry(createSourceFile(template.path, template.text));
  const written = [...readDefinitions(criteriaFiles).values()].filter(isWritten);
  const unmatched = written.filter((d) => !entry.groups.some((g) => matches(keysOf(d), g.name)));
  const loose = entry.groups.filter((g) => !written.some((d) => matches(keysOf(d), g.name)));
  const conflicts: SchemaConflict[] = [];
  for (const definition of unmatched) {
    const base = { criteria: definition.places, template: template.path, names: [...keysOf(definition)] };
    const heading = onlySpelling(definition, loose, unmatched);
    if (heading) {
      conflicts.push({
        ...base,
        kind: "spelling",
        group: heading.name,
        name: definition.id,
        range: heading.heading.range,
      });
    } else {
      const range = entry.headings[0]?.range ?? startRange;
      conflicts.push({ ...base, kind: "missingGroup", name: definition.id, range });
    }
  }
  return conflicts;
}

/** Whether entries write the criterion as a `##` of its own: what says what it is, but the title and short description. */
function isWritten(definition: Definition): boolean {
  if (definition.type === "NAME-URL" || definition.id === "description") return false;
  return definition.name !== undefined || definition.type !== undefined || definition.hasValues;
}

/** The one template heading that spells `definition` another way, when it is close to no other criterion. */
function onlySpelling(
  definition: Definition,
  headings: readonly Group[],
  unmatched: readonly Definition[],
): Group | undefined {
  const candidates = headings.filter((g) => isSpelling(definition, g.name));
  if (candidates.length !== 1) return undefined;
  const heading = candidates[0] as Group;
  return unmatched.filter((d) => isSpelling(d, heading.name)).length === 1 ? heading : undefined;
}

function isSpelling(definition: Definition, heading: string): boolean {
  const target = folded(heading);
  return [...keysOf(definition)].some((key) => {
    const k = folded(key);
    // Two letters apart only between names long enough that two letters do not make another word.
    return k === target || (Math.min(k.length, target.length) >= 5 && distance(k, target) <= 2);
  });
}

function folded(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

const startRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
