import { didYouMean, looseKey } from "../util/text.js";
import { byCount } from "./agreement.js";

/**
 * The names (headings, keys, values) of a tally split into those the catalog
 * uses and the rare misspellings of them: a name used once or twice whose
 * closest match (case, spacing, a few letters) is used at least twice as often
 * and by two entries or more. `Custom Modes` ×30 and `CustomModes` ×1: the
 * second is a mistake for a lint run to report, not part of the schema.
 */
export function splitMisspellings(counts: Map<string, number>): { kept: string[]; misspelt: Map<string, string> } {
  const ordered = byCount(counts);
  const misspelt = new Map<string, string>();
  const kept: string[] = [];
  for (const [name, count] of ordered) {
    if (count <= 2) {
      const frequent = kept.filter((k) => (counts.get(k) ?? 0) >= Math.max(2, count * 2));
      const closest = frequent.length > 0 ? didYouMean(name, frequent) : undefined;
      // By spelling only for names of four letters or more (`C` is no misspelling of `B`).
      if (closest !== undefined && isMisspelling(name, closest)) {
        misspelt.set(name, closest);
        continue;
      }
    }
    kept.push(name);
  }
  return { kept, misspelt };
}

/**
 * Whether `name` reads as a mistake for `closest`: the same loosely (case,
 * spaces, hyphens), or close in spelling for a name of four letters or more
 * (`C` is no misspelling of `B`) that differs in more than its digits
 * (`Color 3` is a value of its own beside `Color 1`).
 */
function isMisspelling(name: string, closest: string): boolean {
  if (looseKey(name) === looseKey(closest)) return true;
  if (name.length < 4) return false;
  const digitless = (s: string) => s.replace(/\d+/g, "#");
  return digitless(name) !== digitless(closest);
}
