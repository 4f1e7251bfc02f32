/**
 * An entry's front matter against its schema's JSON Schema (`frontMatter.jsonSchema`): each ajv
 * error as a finding at the YAML node it names, for the rule of its concept: key presence and
 * unknown keys are `front-matter-keys`', value problems `front-matter-value`'s. Validated once
 * per entry, whichever of the two rules asks first.
 */
import type { Entry } from "../model/entry.js";
import { fenceOf } from "../parse/front-matter-types.js";
import type { Range } from "../parse/source.js";
import { expectedOf, type JsonSchemaError, pathLabel, pointerPath } from "../schema/json-schema-errors.js";
import type { SchemaIndex } from "../schema/types.js";
import { closestMatch, plural, quote, quoteList } from "../util/text.js";
import type { Report } from "./define-rule.js";
import { kindOf } from "./front-matter-values.js";

export interface JsonSchemaFinding {
  ruleId: "front-matter-keys" | "front-matter-value";
  report: Report;
  /** The allowed value a value differs from only in case: what a fix writes in its place. */
  sameCase?: string;
}

const found = new WeakMap<object, JsonSchemaFinding[]>();

/** The findings of `entry`'s front matter against `schema.jsonSchema` (none without one, or without parsed front matter). */
export function jsonSchemaFindings(entry: Entry, schema: SchemaIndex): JsonSchemaFinding[] {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  const jsonSchema = schema.jsonSchema;
  if (!frontMatter || !data || !jsonSchema) return [];
  let findings = found.get(data);
  if (!findings) {
    const opening = { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } };
    const rangeAt = (path: (string | number)[], part: "key" | "value" = "value"): Range =>
      (path.length > 0 ? (frontMatter.rangeOf(path, part) ?? frontMatter.rangeOf(path, "key")) : undefined) ?? opening;
    const fence = fenceOf(frontMatter.syntax);
    findings = jsonSchema.validate(data).map((error) => findingOf(error, data, jsonSchema.file, rangeAt, fence));
    found.set(data, findings);
  }
  return findings;
}

/** `a: b` for a scalar at a path, `list \`tags\`` for a collection. */
function shown(label: string, value: unknown): string {
  if (Array.isArray(value)) return `list \`${label}\``;
  if (value !== null && typeof value === "object") return `mapping \`${label}\``;
  return quote(`${label}: ${value === null ? "null" : String(value)}`);
}

function findingOf(
  error: JsonSchemaError,
  data: Record<string, unknown>,
  file: string,
  rangeAt: (path: (string | number)[], part?: "key" | "value") => Range,
  /** The block's fence (`---`, `+++`), as a missing key's message names it. */
  fence: string,
): JsonSchemaFinding {
  const rule = `JSON Schema \`${file}\` ${error.schemaPath}`;
  const path = pointerPath(error.instancePath, data);
  const label = pathLabel(path);
  const p = error.params as Record<string, unknown>;
  const keys = (messageId: string, data: Record<string, string>, range: Range): JsonSchemaFinding => ({
    ruleId: "front-matter-keys",
    report: { messageId, data: { ...data, rule }, range },
  });
  switch (error.keyword) {
    case "required":
    case "dependentRequired":
    case "dependencies": {
      const key = pathLabel([...path, String(p.missingProperty)]);
      if (path.length > 0) return keys("jsonSchemaMissingIn", { key, parent: label }, rangeAt(path));
      return keys("jsonSchemaMissing", { key, fence }, rangeAt(path));
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const key = quote(pathLabel([...path, name]));
      const range = rangeAt([...path, name], "key");
      const suggestion = closestMatch(name, known)?.match;
      if (suggestion) return keys("jsonSchemaUnknownSuggest", { key, suggestion }, range);
      if (known.length === 0) return keys("jsonSchemaNoKeys", { key }, range);
      return keys("jsonSchemaUnknown", { key, allowed: quoteList(known) }, range);
    }
    case "propertyNames": {
      const name = String(p.propertyName);
      return keys("jsonSchemaKeyName", { key: quote(pathLabel([...path, name])) }, rangeAt([...path, name], "key"));
    }
    default:
      return valueFinding(error, rule, path, label, rangeAt);
  }
}

function valueFinding(
  error: JsonSchemaError,
  rule: string,
  path: (string | number)[],
  label: string,
  rangeAt: (path: (string | number)[]) => Range,
): JsonSchemaFinding {
  const value = error.data;
  const p = error.params as Record<string, unknown>;
  const report = (messageId: string, data: Record<string, string>, range = rangeAt(path)): JsonSchemaFinding => ({
    ruleId: "front-matter-value",
    report: { messageId, data: { ...data, rule }, range },
  });
  const expected = expectedOf(error);
  switch (error.keyword) {
    case "type":
      return report("jsonSchemaType", { found: shown(label, value), kind: kindOf(value), expected });
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).filter((v): v is string => typeof v === "string");
      const sameCase =
        typeof value === "string" ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
      if (sameCase !== undefined) {
        return { ...report("jsonSchemaEnumCase", { found: shown(label, value), expected: sameCase }), sameCase };
      }
      const suggestion = typeof value === "string" ? closestMatch(value, allowed)?.match : undefined;
      if (suggestion) return report("jsonSchemaEnumSuggest", { found: shown(label, value), expected, suggestion });
      return report("jsonSchema", { found: shown(label, value), expected });
    }
    case "minLength":
    case "maxLength":
      return report("jsonSchema", {
        found: `${shown(label, value)} (${plural([...String(value)].length, "character")})`,
        expected,
      });
    case "minItems":
    case "maxItems":
      return report("jsonSchema", {
        found: `${plural(Array.isArray(value) ? value.length : 0, "item")} in \`${label}\``,
        expected,
      });
    case "uniqueItems": {
      const items = Array.isArray(value) ? value : [];
      const again = Number(p.i);
      return report(
        "jsonSchema",
        { found: shown(pathLabel([...path, again]), items[again]), expected },
        rangeAt([...path, again]),
      );
    }
    default:
      return report("jsonSchema", { found: label ? shown(label, value) : "front matter", expected });
  }
}
