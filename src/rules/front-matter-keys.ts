import { fenceOf } from "../parse/front-matter-types.js";
import { defineRule } from "../rule-api/define-rule.js";
import { jsonSchemaFindings } from "../rule-api/json-schema-findings.js";
import { didYouMean, quote } from "../util/text.js";

/** "", null, undefined and [] (and {}) hold nothing. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

export default defineRule({
  id: "front-matter-keys",
  description: "Front matter should hold the keys the schema requires, each with a value, and no others when closed",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    missingBlock: "Missing front matter, expected a `---` block at the top of the file",
    missingKey: "Missing front-matter key `{{key}}`, expected it in the `{{fence}}` block",
    empty: "Unexpected empty value for `{{key}}`, expected a value",
    unknown: "Unexpected front-matter key {{key}}, expected one of the schema's keys",
    unknownSuggest: "Unexpected front-matter key {{key}}, expected `{{suggestion}}`",
    jsonSchemaMissing: "Missing front-matter key `{{key}}`, expected it in the `{{fence}}` block ({{rule}})",
    jsonSchemaMissingIn: "Missing front-matter key `{{key}}`, expected it in `{{parent}}` ({{rule}})",
    jsonSchemaUnknown: "Unexpected front-matter key {{key}}, expected one of {{allowed}} ({{rule}})",
    jsonSchemaNoKeys: "Unexpected front-matter key {{key}}, expected no keys here ({{rule}})",
    jsonSchemaUnknownSuggest: "Unexpected front-matter key {{key}}, expected `{{suggestion}}` ({{rule}})",
    jsonSchemaKeyName:
      "Unexpected front-matter key {{key}}, expected a key name the schema's `propertyNames` allows ({{rule}})",
  },
  check({ entry, schema, report }) {
    const spec = schema.schema.frontMatter;
    if (!spec) return;
    const frontMatter = entry.frontMatter;
    if (!frontMatter) {
      if (spec.required) {
        const start = { line: 1, column: 1, offset: 0 };
        report({ messageId: "missingBlock", range: { start, end: start } });
      }
      return;
    }
    const data = frontMatter.data;
    // Invalid YAML or TOML is front-matter-syntax's finding: nothing to check the keys of.
    if (!data) return;
    const keys = spec.keys ?? {};
    const opening = { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } };
    for (const [key, keySpec] of Object.entries(keys)) {
      const present = Object.hasOwn(data, key);
      if (!present) {
        if (keySpec.required)
          report({ messageId: "missingKey", data: { key, fence: fenceOf(frontMatter.syntax) }, range: opening });
        continue;
      }
      const nonEmpty = keySpec.nonEmpty ?? keySpec.required;
      if (nonEmpty && isEmptyValue(data[key])) {
        const range = frontMatter.rangeOf([key], "value") ?? frontMatter.rangeOf([key], "key") ?? opening;
        report({ messageId: "empty", data: { key }, range });
      }
    }
    for (const finding of jsonSchemaFindings(entry, schema)) {
      if (finding.ruleId === "front-matter-keys") report(finding.report);
    }
    if (spec.closed) {
      const known = Object.keys(keys);
      for (const key of Object.keys(data)) {
        if (Object.hasOwn(keys, key)) continue;
        const range = frontMatter.rangeOf([key], "key") ?? opening;
        const suggestion = didYouMean(key, known);
        if (suggestion) report({ messageId: "unknownSuggest", data: { key: quote(key), suggestion }, range });
        else report({ messageId: "unknown", data: { key: quote(key) }, range });
      }
    }
  },
});
