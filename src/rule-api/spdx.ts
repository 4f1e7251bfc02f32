// The package's data file itself: its CommonJS index would be copied key by key into an
// ES module namespace when the bundle starts (600 licenses, 2-5 ms).
import spdxLicenses from "spdx-license-list/spdx.json" with { type: "json" };
import { derivedFrom } from "../util/derived.js";

/** SPDX ids by lower-case id, with their OSI approval (from `spdx-license-list`). */
export const SPDX_IDS = new Map(
  Object.entries(spdxLicenses as Record<string, { osiApproved: boolean }>).map(([id, license]) => [
    id.toLowerCase(),
    { id, osi: license.osiApproved },
  ]),
);

const LICENSES = spdxLicenses as Record<string, { name: string }>;

/** SPDX ids by their license's lower-case full name (`apache license 2.0` → `Apache-2.0`), built on first use. */
const idsByName = derivedFrom((licenses: Record<string, { name: string }>): ReadonlyMap<string, readonly string[]> => {
  const byName = new Map<string, string[]>();
  for (const [id, license] of Object.entries(licenses)) {
    const key = license.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  return byName;
});

/** A list's values by lower case, the first of a spelling winning; once per list. */
const byLowerCase = derivedFrom((allowed: readonly string[]): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const value of allowed) if (!map.has(value.toLowerCase())) map.set(value.toLowerCase(), value);
  return map;
});

/** Whether a list holds an SPDX id (a license list); once per list. */
export const listsLicenses = derivedFrom((allowed: readonly string[]): boolean => allowed.some(isSpdxId));

/**
 * Short names that name a family, not one license: the message says which licenses they could
 * be rather than pick one (`BSD` is the 2-clause or the 3-clause license, `GPL` version 2 or 3).
 */
const FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ["bsd", ["BSD-2-Clause", "BSD-3-Clause"]],
  ["gpl", ["GPL-2.0", "GPL-3.0"]],
  ["lgpl", ["LGPL-2.1", "LGPL-3.0"]],
]);

/** What a license value that is not in a field's list was meant to be. */
export type LicenseSuggestion = { one: string } | { family: readonly string[] };

/**
 * The listed license a value obviously means, or the family it names, when it is not one of
 * the list's values:
 * - its SPDX full name: `Apache License 2.0` → `Apache-2.0`;
 * - a name with the id in parentheses: `GNU General Public License v3.0 (GPL-3.0)` → `GPL-3.0`;
 * - a BSD id without `-Clause`: `BSD-3` → `BSD-3-Clause`;
 * - a family's short name: `BSD` → `BSD-2-Clause` or `BSD-3-Clause` (no one license).
 * Only ids the list holds are suggested (an `-only` id stands for its plain one, as the
 * catalog writes `GPL-3.0`); never one real license for another.
 */
export function licenseSuggestion(text: string, allowed: readonly string[]): LicenseSuggestion | undefined {
  const value = text.trim().replace(/\s+/g, " ");
  const key = value.toLowerCase();
  const listed = (id: string) => byLowerCase(allowed).get(id.toLowerCase().replace(/-only$/, ""));
  const family = FAMILIES.get(key);
  if (family) return { family };
  const bsd = /^bsd-([1-4])$/.exec(key);
  if (bsd) {
    const id = listed(`BSD-${bsd[1]}-Clause`);
    return id ? { one: id } : undefined;
  }
  const named = idsByName(LICENSES)
    .get(key)
    ?.flatMap((id) => listed(id) ?? []);
  if (named?.length) return { one: named[0] as string };
  const withId = /^(.+?) \(([^()]+)\)$/.exec(value);
  if (withId) {
    const id = listed((withId[2] as string).trim());
    const spdxId = id ? SPDX_IDS.get(id.toLowerCase())?.id : undefined;
    const name = spdxId ? LICENSES[spdxId]?.name.toLowerCase() : undefined;
    if (id && name?.startsWith((withId[1] as string).toLowerCase())) return { one: id };
  }
  return undefined;
}

/** Whether `text` is an SPDX license id (`EPL-2.0`, `mit`): any case, as licenses are matched. */
export function isSpdxId(text: string): boolean {
  return SPDX_IDS.has(text.trim().toLowerCase());
}
