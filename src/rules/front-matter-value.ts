import type { FrontMatter } from "../model/entry.js";
import type { Range } from "../parse/source.js";
import { defineRule, type Report } from "../rule-api/define-rule.js";
import { dateFormatOf, isDateKey, kindOf, shownValue } from "../rule-api/front-matter-values.js";
import { jsonSchemaFindings } from "../rule-api/json-schema-findings.js";
import { isSpdxId } from "../rule-api/spdx.js";
import { compilePattern } from "../schema/pattern.js";
import type { KeySpec } from "../schema/types.js";
import { didYouMean, plural, quote, quoteList } from "../util/text.js";

/** What each `type` is, in messages. */
const EXPECTED_TYPE: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  date: "a date",
  list: "a list",
  map: "a mapping",
};

/** "", null, [] and {} hold nothing. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
    case "date":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "list":
      return Array.isArray(value);
    case "map":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default defineRule({
  id: "front-matter-value",
  description: "Front-matter values should have the type, form and length the schema gives their key",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    type: "Unexpected {{value}} ({{kind}}) for `{{key}}`, expected {{expected}}",
    typeCollection: "Unexpected {{value}} for `{{key}}`, expected {{expected}}",
    enum: "Unexpected {{value}} for `{{key}}`, expected one of {{allowed}}",
    enumSuggest: "Unexpected {{value}} for `{{key}}`, expected one of {{allowed}} (did you mean `{{suggestion}}`?)",
    enumCase: "Unexpected {{value}} for `{{key}}`, expected `{{expected}}` (values match case-sensitively)",
    pattern: "Unexpected {{value}} for `{{key}}`, expected a value matching `{{pattern}}`",
    minLength: "Unexpected {{value}} for `{{key}}`, {{length}}: expected at least {{limit}}",
    maxLength: "Unexpected {{value}} for `{{key}}`, {{length}}: expected at most {{limit}}",
    url: "Unexpected {{value}} for `{{key}}`, expected an absolute URL",
    scheme: "Unexpected scheme `{{scheme}}` in `{{key}}`, expected {{allowed}}",
    host: "Unexpected host `{{host}}` in `{{key}}`, expected {{allowed}}",
    spdx: "Unexpected {{value}} for `{{key}}`, expected an SPDX license id such as `MIT` or `Apache-2.0`",
    email: "Unexpected {{value}} for `{{key}}`, expected an email address",
    date: "Unexpected {{value}} for `{{key}}`, expected a date written `{{format}}`",
    realDate: "Unexpected {{value}} for `{{key}}`, expected a real date written `{{format}}`",
    minItems: "Unexpected {{count}} in `{{key}}`, expected at least {{limit}}",
    maxItems: "Unexpected {{count}} in `{{key}}`, expected at most {{limit}}",
    duplicateItem: "Unexpected {{value}} again in `{{key}}` (also `{{key}}[{{first}}]`), expected each item once",
    jsonSchema: "Unexpected {{found}}, expected {{expected}} ({{rule}})",
    jsonSchemaType: "Unexpected {{found}} ({{kind}}), expected {{expected}} ({{rule}})",
    jsonSchemaEnumCase: "Unexpected {{found}}, expected `{{expected}}` (values match case-sensitively) ({{rule}})",
    jsonSchemaEnumSuggest: "Unexpected {{found}}, expected {{expected}} (did you mean `{{suggestion}}`?) ({{rule}})",
  },
  check({ entry, schema, report }) {
    const frontMatter = entry.frontMatter;
    const data = frontMatter?.data;
    // No block, or invalid YAML (front-matter-syntax's finding): nothing to check.
    if (!frontMatter || !data) return;
    for (const finding of jsonSchemaFindings(entry, schema)) {
      if (finding.ruleId !== "front-matter-value") continue;
      const { range } = finding.report;
      // A value that differs from an allowed one only in case is fixed, as a `keys` enum's is.
      const fix =
        finding.sameCase === undefined
          ? undefined
          : {
              range: [range.start.offset, range.end.offset] as [number, number],
              text: requoted(entry.source.text, range, finding.sameCase),
            };
      report(fix ? { ...finding.report, fix } : finding.report);
    }
    for (const [key, spec] of Object.entries(schema.schema.frontMatter?.keys ?? {})) {
      if (!Object.hasOwn(data, key)) continue;
      const value = data[key];
      // An empty value the schema forbids is front-matter-keys' finding.
      if (isEmpty(value) && (spec.nonEmpty ?? spec.required)) continue;
      checkValue({ frontMatter, text: entry.source.text, report }, [key], key, value, spec);
    }
  },
});

type Path = (string | number)[];
type At = (messageId: string, data: Record<string, string | number>) => void;

interface Checking {
  frontMatter: FrontMatter;
  /** The file's text (fixes keep a value's quotes). */
  text: string;
  report: (report: Report) => void;
}

function checkValue(
  checking: Checking,
  path: Path,
  label: string,
  value: unknown,
  spec: Omit<KeySpec, "items"> & { items?: KeySpec["items"] },
): void {
  const { frontMatter, report } = checking;
  // A key with nothing after its colon is absent, unless the schema forbids it (front-matter-keys).
  if (value === null) return;
  const range = frontMatter.rangeOf(path) ?? frontMatter.range;
  const at = (messageId: string, data: Record<string, string | number>, where: Range = range) =>
    report({ messageId, data: { key: label, ...data }, range: where });
  const type = spec.type ?? "any";
  if (!hasType(value, type)) {
    let expected = EXPECTED_TYPE[type] ?? type;
    if (type === "date") expected += ` written \`${dateFormatOf(spec).source}\``;
    if (typeof value === "object") at("typeCollection", { value: shownValue(value), expected });
    else at("type", { value: shownValue(value), kind: kindOf(value), expected });
    return;
  }
  if (spec.enum && !spec.enum.some((allowed) => allowed === value)) {
    const allowed = quoteList(spec.enum.map(String));
    const text = typeof value === "string" ? value : undefined;
    const sameCase =
      text === undefined
        ? undefined
        : spec.enum.find((a) => typeof a === "string" && a.toLowerCase() === text.toLowerCase());
    if (typeof sameCase === "string") {
      report({
        messageId: "enumCase",
        data: { key: label, value: shownValue(value), expected: sameCase },
        range,
        fix: { range: [range.start.offset, range.end.offset], text: requoted(checking.text, range, sameCase) },
      });
    } else {
      const strings = spec.enum.filter((a): a is string => typeof a === "string");
      const suggestion = text === undefined ? undefined : didYouMean(text, strings);
      if (suggestion) at("enumSuggest", { value: shownValue(value), allowed, suggestion });
      else at("enum", { value: shownValue(value), allowed });
    }
  }
  if (typeof value === "string") checkString(value, spec, at);
  if (Array.isArray(value)) {
    if (spec.minItems !== undefined && value.length < spec.minItems) {
      at("minItems", { count: plural(value.length, "item"), limit: spec.minItems });
    }
    if (spec.maxItems !== undefined && value.length > spec.maxItems) {
      at("maxItems", { count: plural(value.length, "item"), limit: spec.maxItems });
    }
    if (spec.uniqueItems) {
      const seen = new Map<string, number>();
      value.forEach((item, i) => {
        if (item === null || typeof item === "object") return;
        const key = `${typeof item}:${String(item)}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else at("duplicateItem", { value: shownValue(item), first }, frontMatter.rangeOf([...path, i]) ?? range);
      });
    }
    if (spec.items) {
      const items = spec.items;
      value.forEach((item, i) => {
        if (isEmpty(item) && items.nonEmpty === false) return;
        checkValue(checking, [...path, i], `${label}[${i}]`, item, items);
      });
    }
  }
}

function checkString(value: string, spec: Omit<KeySpec, "items">, at: At): void {
  const shown = quote(value);
  const count = [...value].length;
  const length = plural(count, "character");
  if (spec.minLength !== undefined && count < spec.minLength) {
    at("minLength", { value: shown, length, limit: spec.minLength });
  }
  if (spec.maxLength !== undefined && count > spec.maxLength) {
    at("maxLength", { value: shown, length, limit: spec.maxLength });
  }
  if (spec.pattern !== undefined && !compilePattern(spec.pattern).test(value)) {
    at("pattern", { value: shown, pattern: spec.pattern });
  }
  if (isDateKey(spec)) {
    const format = dateFormatOf(spec);
    if (!format.shaped(value)) at("date", { value: shown, format: format.source });
    else if (format.day(value) === undefined) at("realDate", { value: shown, format: format.source });
  }
  switch (spec.format) {
    case "url":
      checkUrl(value, spec, at);
      break;
    case "spdx":
      if (!isSpdxId(value)) at("spdx", { value: shown });
      break;
    case "email":
      if (!EMAIL.test(value)) at("email", { value: shown });
      break;
    default:
      break;
  }
}

function checkUrl(value: string, spec: Omit<KeySpec, "items">, at: At): void {
  let url: URL | undefined;
  try {
    url = /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value) ? undefined : new URL(value);
  } catch {
    url = undefined;
  }
  if (!url) {
    at("url", { value: quote(value) });
    return;
  }
  const scheme = url.protocol.replace(/:$/, "");
  const schemes = spec.url?.schemes;
  if (schemes && !schemes.some((s) => s.toLowerCase() === scheme)) {
    at("scheme", { scheme, allowed: quoteList(schemes, 10) });
    return;
  }
  const hosts = spec.url?.hosts;
  if (hosts && !hosts.some((h) => hostMatches(h.toLowerCase(), url.hostname))) {
    at("host", { host: url.hostname, allowed: quoteList(hosts, 10) });
  }
}

/** `github.com` is that host only; `*.wikipedia.org` any host below it (`en.wikipedia.org`). */
function hostMatches(allowed: string, host: string): boolean {
  return allowed.startsWith("*.")
    ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1
    : allowed === host;
}

/** `value` written as the value at `range` of `text` was: in the same quotes, or plain. */
function requoted(text: string, range: Range, value: string): string {
  const quoteChar = text.charAt(range.start.offset);
  if (quoteChar === '"') return JSON.stringify(value);
  if (quoteChar === "'") return `'${value.replace(/'/g, "''")}'`;
  // Plain, unless plain YAML would read it otherwise (a `: `, a leading indicator, `#`).
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(value) ? JSON.stringify(value) : value;
}
