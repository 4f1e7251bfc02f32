import type { Value } from "../model/entry.js";
import { checkedValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { SPDX_IDS } from "../rule-api/spdx.js";
import { listAnd, plain, quote } from "../util/text.js";

interface LicenseClass {
  kind: "open" | "closed";
  /** An SPDX id that is not OSI-approved (said in the message, since it may look open). */
  notOsi: boolean;
}

export default defineRule({
  id: "license-consistency",
  description: "Opensource should agree with License: `Yes` with an OSI-approved license, `No` with a proprietary one",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    openButClosed:
      "Unexpected {{value}} for `{{field}}` when `{{licenseField}}` lists only {{licenses}}, expected `No` or an OSI-approved license",
    closedButOpen:
      "Unexpected {{value}} for `{{field}}` when `{{licenseField}}` lists only {{licenses}}, expected `Yes` or the proprietary license listed too",
  },
  check({ fieldMatches, report }) {
    const matches = fieldMatches();
    const licenseMatches = matches.filter((m) => /^licen[cs]es?$/i.test(m.section.name));
    // Only the License values themselves count: a note under a value (a component's license) is free text.
    const licenses = licenseMatches.flatMap((m) => checkedValues(m).filter((v) => v.kind !== "block"));
    const firstLicense = licenseMatches[0];
    if (!firstLicense || licenses.length === 0) return;
    const classes = licenses.map(classify);
    // A license the rule cannot place (`FSL`, `Llama 4 Community License`) is no evidence either way,
    // and may be what makes the licensing mixed: the rule stays silent.
    if (classes.some((c) => c === undefined)) return;
    const known = classes as LicenseClass[];
    // Found once, for every Opensource value (per value: Opensource fields × License values).
    const only = {
      open: known.every((c) => c.kind === "open"),
      closed: known.every((c) => c.kind === "closed"),
    };
    // Described once, for every Opensource value that contradicts them.
    let licensesText: string | undefined;

    for (const match of matches) {
      const { section, spec } = match;
      if (spec.kind !== "yes-no" || !/^open[\s-]?source$/i.test(section.name)) continue;
      const value = checkedValues(match)[0];
      const answer = value?.text.toLowerCase();
      if (!value || (answer !== "yes" && answer !== "no")) continue;
      const against = answer === "yes" ? "closed" : "open";
      if (!only[against]) continue;
      licensesText ??= describe(licenses, known);
      report({
        messageId: answer === "yes" ? "openButClosed" : "closedButOpen",
        data: {
          value: quote(value.text),
          field: plain(section.name),
          licenseField: plain(firstLicense.section.name),
          licenses: licensesText,
        },
        range: value.range,
      });
    }
  },
});

// Licenses that publish the source but are not open source (no OSI approval), by name, as entries
// write them: n8n's `Sustainable Use License (fair-code)` and `n8n Enterprise License`, the BSL,
// SSPL, Elastic License and Commons Clause. (FSL is left out: the catalog's own list offers it.)
const SOURCE_AVAILABLE =
  /^(?:sustainable use|business source|server side public|elastic|commons clause|(?:[\w.-]+ )?enterprise)(?: licen[cs]e)?(?: v?\d+(?:\.\d+)?)?$/i;
// `(fair-code)`, `(source-available)`: a note that says what kind of license it is.
const NOT_OPEN_NOTE = /^(?:fair[- ]code|source[- ]available)$/i;

/**
 * `open` for an OSI-approved SPDX id, `closed` for `Proprietary`, another SPDX id or a
 * source-available license by name (`Sustainable Use License (fair-code)`), else undefined.
 */
function classify(value: Value): LicenseClass | undefined {
  const text = value.text.trim();
  if (/^proprietary$/i.test(text)) return { kind: "closed", notOsi: false };
  const noted = /^(.*?\S)\s*\(([^()]*)\)$/.exec(text);
  const name = (noted?.[1] ?? text).trim();
  if (/\blicen[cs]e\b/i.test(name) && SOURCE_AVAILABLE.test(name)) return { kind: "closed", notOsi: true };
  if (noted && NOT_OPEN_NOTE.test((noted[2] ?? "").trim())) return { kind: "closed", notOsi: true };
  // `Apache 2.0` is `Apache-2.0` written with a space (label-value reports the spelling).
  const license = SPDX_IDS.get(text.toLowerCase()) ?? SPDX_IDS.get(text.toLowerCase().replace(/\s+/g, "-"));
  if (!license) return undefined;
  return license.osi ? { kind: "open", notOsi: false } : { kind: "closed", notOsi: true };
}

/**
 * `` `Proprietary` (line 40) `` or `` `BUSL-1.1` (line 40, not OSI-approved) and `MIT` (line 41) ``,
 * the first `MAX_DESCRIBED` of them and how many more: every message names them, and an entry
 * of many Opensource sections and License values would otherwise get their product.
 */
function describe(values: Value[], classes: LicenseClass[]): string {
  const items = values
    .slice(0, MAX_DESCRIBED)
    .map((v, i) => `${quote(v.text)} (line ${v.range.start.line}${classes[i]?.notOsi ? ", not OSI-approved" : ""})`);
  if (values.length > MAX_DESCRIBED) items.push(`${values.length - MAX_DESCRIBED} more`);
  return listAnd(items);
}

/** Licenses a message names (an entry lists one or two). */
const MAX_DESCRIBED = 5;
