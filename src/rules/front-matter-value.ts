import type { FrontMatter } from "../model/entry.js";
import { keyValues, separatedItems } from "../model/separated-items.js";
import type { Range, SourceFile } from "../parse/source.js";
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
    distinctFrom:
      "Unexpected {{value}} in `{{key}}`, expected a value `{{other}}` does not hold: line {{line}} has it there",
    emptyItem:
      "Unexpected empty item {{index}} in `{{key}}` ({{value}}), expected items separated by one `{{separator}}`",
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
              text: requoted(entry.source.text, range, finding.sameCase, frontMatter.syntax),
            };
      report(fix ? { ...finding.report, fix } : finding.report);
    }
    const keys = schema.schema.frontMatter?.keys ?? {};
    for (const [key, spec] of Object.entries(keys)) {
      if (!Object.hasOwn(data, key)) continue;
      const value = data[key];
      // An empty value the schema forbids is front-matter-keys' finding.
      if (isEmpty(value) && (spec.nonEmpty ?? spec.required)) continue;
      checkValue({ frontMatter, source: entry.source, report }, [key], key, value, spec);
      if (spec.distinctFrom) checkDistinct(entry.source, frontMatter, key, keys, report);
    }
  },
});

/**
 * `distinctFrom`: no value (or item) of `key` equals one of the other keys' in the same entry
 * (explore: an alias is neither the topic itself nor one of its related topics).
 */
function checkDistinct(
  source: SourceFile,
  frontMatter: FrontMatter,
  key: string,
  keys: Record<string, KeySpec>,
  report: (report: Report) => void,
): void {
  const spec = keys[key] as KeySpec;
  const own = keyValues(source, frontMatter, key, spec);
  for (const other of spec.distinctFrom ?? []) {
    if (other === key || !Object.hasOwn(frontMatter.data ?? {}, other)) continue;
    const theirs = new Map<string, Range>();
    for (const item of keyValues(source, frontMatter, other, keys[other] ?? {})) {
      if (!theirs.has(item.text)) theirs.set(item.text, item.range);
    }
    for (const item of own) {
      const there = theirs.get(item.text);
      if (!there) continue;
      report({
        messageId: "distinctFrom",
        data: { key, value: quote(item.text), other, line: there.start.line },
        range: item.range,
      });
    }
  }
}

type Path = (string | number)[];
type At = (messageId: string, data: Record<string, string | number>) => void;

interface Checking {
  frontMatter: FrontMatter;
  /** The file (fixes keep a value's quotes; separated items find their columns). */
  source: SourceFile;
  report: (report: Report) => void;
  /** Where the value is, when it is not at its path (an item of a separated string). */
  at?: Range;
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
  const range = checking.at ?? frontMatter.rangeOf(path) ?? frontMatter.range;
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
    // An item of a separated string is not a YAML scalar of its own: no fix rewrites it.
    if (typeof sameCase === "string" && checking.at === undefined) {
      report({
        messageId: "enumCase",
        data: { key: label, value: shownValue(value), expected: sameCase },
        range,
        fix: {
          range: [range.start.offset, range.end.offset],
          text: requoted(checking.source.text, range, sameCase, checking.frontMatter.syntax),
        },
      });
    } else if (typeof sameCase === "string") {
      at("enumCase", { value: shownValue(value), expected: sameCase });
    } else {
      const strings = spec.enum.filter((a): a is string => typeof a === "string");
      const suggestion = text === undefined ? undefined : didYouMean(text, strings);
      if (suggestion) at("enumSuggest", { value: shownValue(value), allowed, suggestion });
      else at("enum", { value: shownValue(value), allowed });
    }
  }
  if (typeof value === "string" && spec.separator !== undefined) {
    checkSeparated(checking, path, label, value, range, spec);
    return;
  }
  if (typeof value === "string") checkString(value, spec, at);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => ({ item, range: frontMatter.rangeOf([...path, i]) ?? range }));
    checkItems(checking, path, label, items, spec, at);
  }
}

type ListSpec = Omit<KeySpec, "items"> & { items?: KeySpec["items"] };

/** `minItems`, `maxItems`, `uniqueItems` and `items` over a list's items (of YAML, or of a separated string). */
function checkItems(
  checking: Checking,
  path: Path,
  label: string,
  items: Array<{ item: unknown; range: Range; separated?: boolean }>,
  spec: ListSpec,
  at: (messageId: string, data: Record<string, string | number>, where?: Range) => void,
): void {
  if (spec.minItems !== undefined && items.length < spec.minItems) {
    at("minItems", { count: plural(items.length, "item"), limit: spec.minItems });
  }
  if (spec.maxItems !== undefined && items.length > spec.maxItems) {
    at("maxItems", { count: plural(items.length, "item"), limit: spec.maxItems });
  }
  if (spec.uniqueItems) {
    const seen = new Map<string, number>();
    items.forEach(({ item, range }, i) => {
      if (item === null || typeof item === "object") return;
      const key = `${typeof item}:${String(item)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else at("duplicateItem", { value: shownValue(item), first }, range);
    });
  }
  if (spec.items) {
    const itemSpec = spec.items;
    items.forEach(({ item, range, separated }, i) => {
      if (isEmpty(item) && itemSpec.nonEmpty === false) return;
      const inner = separated ? { ...checking, at: range } : checking;
      checkValue(inner, [...path, i], `${label}[${i}]`, item, itemSpec);
    });
  }
}

/** A `separator` string: its trimmed items are the list (`aliases: a, b, c`); an empty one is a finding. */
function checkSeparated(
  checking: Checking,
  path: Path,
  label: string,
  value: string,
  range: Range,
  spec: ListSpec,
): void {
  const separator = spec.separator as string;
  // Nothing but spaces: no items (an empty value is front-matter-keys' to judge).
  const parts = value.trim() === "" ? [] : separatedItems(checking.source, value, range, separator);
  const at = (messageId: string, data: Record<string, string | number>, where: Range = range) =>
    checking.report({ messageId, data: { key: label, ...data }, range: where });
  parts.forEach((part, i) => {
    if (part.text === "") at("emptyItem", { index: i, value: quote(value), separator }, part.range);
  });
  const items = parts.filter((p) => p.text !== "").map((p) => ({ item: p.text, range: p.range, separated: true }));
  checkItems(checking, path, label, items, spec, at);
}

function checkString(value: string, spec: Omit<KeySpec, "items">, at: At): void {
  // Quoted only for a finding: most values have none, and a catalog has thousands of values.
  const shown = () => quote(value);
  if (spec.minLength !== undefined || spec.maxLength !== undefined) {
    const count = [...value].length;
    const length = plural(count, "character");
    if (spec.minLength !== undefined && count < spec.minLength) {
      at("minLength", { value: shown(), length, limit: spec.minLength });
    }
    if (spec.maxLength !== undefined && count > spec.maxLength) {
      at("maxLength", { value: shown(), length, limit: spec.maxLength });
    }
  }
  if (spec.pattern !== undefined && !compilePattern(spec.pattern).test(value)) {
    at("pattern", { value: shown(), pattern: spec.pattern });
  }
  if (isDateKey(spec)) {
    const format = dateFormatOf(spec);
    if (!format.shaped(value)) at("date", { value: shown(), format: format.source });
    else if (format.day(value) === undefined) at("realDate", { value: shown(), format: format.source });
  }
  switch (spec.format) {
    case "url":
      checkUrl(value, spec, at);
      break;
    case "spdx":
      if (!isSpdxId(value)) at("spdx", { value: shown() });
      break;
    case "email":
      if (!EMAIL.test(value)) at("email", { value: shown() });
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
function requoted(text: string, range: Range, value: string, syntax: FrontMatter["syntax"]): string {
  const quoteChar = text.charAt(range.start.offset);
  // TOML strings are always quoted: a literal one ('…') holds no `'` nor line break, a basic one
  // takes JSON's escapes (TOML's are the same, and JSON.stringify writes no other).
  if (syntax === "toml") {
    const literal = quoteChar === "'" && !/['\r\n]/.test(value) && text.charAt(range.start.offset + 1) !== "'";
    return literal ? `'${value}'` : JSON.stringify(value);
  }
  if (quoteChar === '"') return JSON.stringify(value);
  if (quoteChar === "'") return `'${value.replace(/'/g, "''")}'`;
  // Plain, unless plain YAML would read it otherwise (a `: `, a leading indicator, `#`).
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(value) ? JSON.stringify(value) : value;
}
