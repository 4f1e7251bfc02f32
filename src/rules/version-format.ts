import { checkedValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { UNKNOWN_PHRASES, unknownPhrase } from "../rule-api/unknown-values.js";
import { plain, quote } from "../util/text.js";

// The version is what comes before the first `(`, ` - `, ` – `, ` — ` or `;`:
// `v2.1.128 (2026-05) — see …` → `v2.1.128`.
const HEAD = /^(.*?)(?:\(|\s[-\u2013\u2014]\s|;|$)/;
// The template's own placeholders: `vX.X`, `x.y.z`, `X`.
const PLACEHOLDER_VERSION = /^(?:[a-z](?:\.[a-z])+|x+)$/i;
// `(yyyy-mm--dd)`, `(YYYY-MM-DD)`: the template's date placeholder left in.
const PLACEHOLDER_DATE = /\(\s*y{2,4}\s*[-/.]+\s*m{1,2}\s*[-/.]+\s*d{1,2}\s*\)/i;

export default defineRule({
  id: "version-format",
  description:
    "A Version value should name a version, not a bare `v`, an empty version before the date or a placeholder",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    empty: "Unexpected {{value}} for `{{field}}`, expected a version (like `v2.1.0 (2025-06-15)`), or `-` if unknown",
    placeholder:
      "Unexpected template placeholder {{value}} for `{{field}}`, expected the real version and date (like `v2.1.0 (2025-06-15)`), or `-` if unknown",
    unknown: "Unexpected {{value}} for `{{field}}`, expected `-` for an unknown version",
  },
  check({ fieldMatches, report }) {
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      if (spec.kind !== "text" || !/^version$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        if (value.kind === "block") continue;
        const problem = versionProblem(value.text);
        if (problem) {
          report({
            messageId: problem,
            data: { value: quote(value.text), field: plain(section.name) },
            range: value.range,
          });
        }
      }
    }
  },
});

/** Why a Version value says nothing, or undefined when it names a version. */
export function versionProblem(text: string): "empty" | "placeholder" | "unknown" | undefined {
  if (PLACEHOLDER_DATE.test(text)) return "placeholder";
  const head = (HEAD.exec(text)?.[1] ?? text).trim();
  // `v`, `v1.2`, `vN/A`: a leading `v` marks a version number and is not itself one.
  const prefixed = /^v/i.test(head);
  const core = prefixed ? head.slice(1).trim() : head;
  if (prefixed && unknownPhrase(core, UNKNOWN_PHRASES)) return "unknown";
  if (!/[\p{L}\p{N}]/u.test(core)) {
    // `N/A`, `?` or `Unknown (…)` without a `v` is `unknown-marker`'s finding.
    return !prefixed && unknownPhrase(core, UNKNOWN_PHRASES) ? undefined : "empty";
  }
  return PLACEHOLDER_VERSION.test(core) ? "placeholder" : undefined;
}
