/**
 * ajv's errors in catalog-lint's words: the noise collapsed (one finding per
 * failed `anyOf`/`oneOf`, not one per branch) and each error's expectation
 * said as "expected Y". Shared by the front-matter rules (an entry against a
 * JSON Schema) and the JSON Schema file's own check (against its meta-schema).
 */
import type { ErrorObject } from "ajv";
import { quote, quoteList } from "../util/text.js";

export type JsonSchemaError = ErrorObject;

/** JSON Pointer segments (`/tags/0` → `["tags", 0]`), a segment a number where the data there is a list. */
export function pointerPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const index = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(index);
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[index] : undefined;
  }
  return path;
}

/** `author.name`, `tags[0]`: a path as messages show it. */
export function pathLabel(path: readonly (string | number)[]): string {
  let label = "";
  for (const segment of path) label += typeof segment === "number" ? `[${segment}]` : label ? `.${segment}` : segment;
  return label;
}

/**
 * The errors worth a finding each. A failed `anyOf`/`oneOf` becomes the errors
 * of the one branch that fits the value's kind (a string against a string
 * branch with a `format`), else one error that lists the branches; an `if`
 * error is left to its `then`/`else` errors, which say what failed; a
 * `propertyNames` error stands for the errors inside it.
 *
 * ajv reports a union's branch errors just before the union's own error (a
 * union that passes takes them back), so the run of errors before it that it
 * can have caused are its branches': at its value or below, and in one of its
 * branches (by schema path, or through a branch's `$ref`) or outside the
 * schema that holds the union (another definition a branch refers to).
 */
export function collapseErrors(errors: readonly JsonSchemaError[]): JsonSchemaError[] {
  const kept: JsonSchemaError[] = [];
  for (let i = errors.length - 1; i >= 0; i--) {
    const error = errors[i] as JsonSchemaError;
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf" && error.keyword !== "propertyNames") {
      kept.push(error);
      continue;
    }
    let first = i;
    while (first > 0 && causedBy(errors[first - 1] as JsonSchemaError, error)) first--;
    const inner = errors.slice(first, i);
    i = first;
    if (error.keyword === "propertyNames") kept.push(error);
    else kept.push(...chooseBranch(error, inner).reverse());
  }
  return kept.reverse();
}

/** The `$ref` of each branch of a union (verbose errors carry the branches as `schema`). */
function branchRefs(union: JsonSchemaError): (string | undefined)[] {
  const branches = Array.isArray(union.schema) ? (union.schema as unknown[]) : [];
  return branches.map((b) => {
    const ref = b !== null && typeof b === "object" ? (b as { $ref?: unknown }).$ref : undefined;
    return typeof ref === "string" ? ref : undefined;
  });
}

/** The branch (index) of `union` that `error` came from, as far as its schema path tells. */
function branchOf(error: JsonSchemaError, union: JsonSchemaError): string | undefined {
  const prefix = `${union.schemaPath}/`;
  if (error.schemaPath.startsWith(prefix)) return error.schemaPath.slice(prefix.length).split("/")[0];
  const i = branchRefs(union).findIndex(
    (ref) => ref !== undefined && (error.schemaPath === ref || error.schemaPath.startsWith(`${ref}/`)),
  );
  return i >= 0 ? String(i) : undefined;
}

function causedBy(error: JsonSchemaError, union: JsonSchemaError): boolean {
  const at = union.instancePath;
  if (error.instancePath !== at && !error.instancePath.startsWith(`${at}/`)) return false;
  if (branchOf(error, union) !== undefined) return true;
  const holder = union.schemaPath.slice(0, union.schemaPath.lastIndexOf("/"));
  return !error.schemaPath.startsWith(`${holder}/`);
}

/** A failed union's errors: those of the only branch the value's kind fits, else the union itself. */
function chooseBranch(union: JsonSchemaError, inner: JsonSchemaError[]): JsonSchemaError[] {
  // A `oneOf` that more than one branch matched has no branch to blame.
  if (union.params.passingSchemas) return [union];
  const branches = new Map<string, JsonSchemaError[]>();
  inner.forEach((e, i) => {
    const branch = branchOf(e, union) ?? `unknown ${i}`;
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  });
  const fitting = [...branches.values()].filter(
    (errs) => !errs.some((e) => e.instancePath === union.instancePath && e.keyword === "type"),
  );
  const only = fitting[0];
  return fitting.length === 1 && only ? collapseErrors(only) : [union];
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "`null`",
};

const FORMAT_WORDS: Record<string, string> = {
  date: "a date written `YYYY-MM-DD`",
  "date-time": "a date and time such as `2024-01-05T10:00:00Z`",
  time: "a time such as `10:00:00Z`",
  uri: "an absolute URI",
  "uri-reference": "a URI reference",
  url: "an absolute URL",
  email: "an email address",
  hostname: "a host name",
  ipv4: "an IPv4 address",
  ipv6: "an IPv6 address",
  uuid: "a UUID",
  regex: "a regular expression",
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(",");
  const words = types.map((t) => TYPE_WORDS[String(t)] ?? `a ${String(t)}`);
  return words.length <= 2 ? words.join(" or ") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** A value quoted as JSON shows it (`"draft"`, `3`, `true`). */
export function jsonQuote(value: unknown): string {
  return quote(typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));
}

/** What a (sub)schema accepts, in words: for the branches of a failed union. */
function describeSchema(schema: unknown): string {
  if (schema === true) return "any value";
  if (schema === false) return "no value";
  if (typeof schema !== "object" || schema === null) return "a value";
  const s = schema as Record<string, unknown>;
  if ("const" in s) return jsonQuote(s.const);
  if (Array.isArray(s.enum))
    return `one of ${quoteList(s.enum.map((v) => (typeof v === "string" ? v : JSON.stringify(v))))}`;
  if (typeof s.format === "string") {
    const words = FORMAT_WORDS[s.format];
    if (words && s.type !== "integer" && s.type !== "number") return words;
    return `${s.type ? typeWords(s.type) : "a value"} in the \`${s.format}\` format`;
  }
  if (s.type !== undefined) return typeWords(s.type);
  if (typeof s.$ref === "string") return `a value matching \`${s.$ref}\``;
  return "a value matching the branch";
}

/** "expected …": what the keyword that failed wanted, from its params (and, for unions, its branches). */
export function expectedOf(error: JsonSchemaError): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return typeWords(p.type);
    case "enum":
      return `one of ${quoteList((p.allowedValues as unknown[]).map((v) => (typeof v === "string" ? v : JSON.stringify(v))))}`;
    case "const":
      return jsonQuote(p.allowedValue);
    case "pattern":
      return `a value matching \`${String(p.pattern)}\``;
    case "format":
      return FORMAT_WORDS[String(p.format)] ?? `a value in the \`${String(p.format)}\` format`;
    case "minLength":
      return `at least ${String(p.limit)} characters`;
    case "maxLength":
      return `at most ${String(p.limit)} characters`;
    case "minItems":
      return `at least ${String(p.limit)} items`;
    case "maxItems":
      return `at most ${String(p.limit)} items`;
    case "minProperties":
      return `at least ${String(p.limit)} keys`;
    case "maxProperties":
      return `at most ${String(p.limit)} keys`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `a number ${String(p.comparison)} ${String(p.limit)}`;
    case "multipleOf":
      return `a multiple of ${String(p.multipleOf)}`;
    case "uniqueItems":
      return `each item once (item ${String(p.i)} is item ${String(p.j)} again)`;
    case "anyOf":
    case "oneOf": {
      const branches = Array.isArray(error.schema) ? error.schema.map(describeSchema) : [];
      const listed =
        branches.length <= 2 ? branches.join(" or ") : `${branches.slice(0, -1).join(", ")} or ${branches.at(-1)}`;
      if (p.passingSchemas) return `exactly one of ${listed || "the branches"}, not several`;
      return listed || "a value matching one of the branches";
    }
    case "false schema":
      return "no value here";
    case "not":
      return "a value the `not` schema does not match";
    case "propertyNames":
      return "a key name the `propertyNames` schema allows";
    case "contains":
    case "minContains":
    case "maxContains":
      return "items matching the `contains` schema";
    default:
      // A keyword without words of its own: ajv's sentence, as "expected" reads it.
      return `a value that ${(error.message ?? "matches the schema").replace(/^must /, "does ")}`;
  }
}
