/**
 * A standard JSON Schema for front matter (`frontMatter.jsonSchema` of a
 * schema file), such as the one Astro generates from a content collection's
 * zod schema. Validated with ajv, loaded on first use (src/util/packages.ts):
 * a run whose schemas name none never loads it. A file that cannot be used
 * (not JSON, not a valid JSON Schema, an unresolvable `$ref`) stops the run
 * with one line naming the file, the line, the key path, what was found and
 * what was expected.
 */
import type { ValidateFunction } from "ajv";
import { CatalogLintError } from "../util/errors.js";
import { jsonSchemaValidator } from "../util/packages.js";
import {
  collapseErrors,
  expectedOf,
  type JsonSchemaError,
  jsonQuote,
  pathLabel,
  pointerPath,
} from "./json-schema-errors.js";
import { schemaLine } from "./schema-line.js";

/** A compiled JSON Schema: what the front-matter rules check an entry's front matter with. */
export interface FrontMatterJsonSchema {
  /** The file, as messages name it (relative to the working directory). */
  file: string;
  /** The errors of `data`, collapsed (see collapseErrors), at most MAX_ERRORS. */
  validate(data: unknown): JsonSchemaError[];
}

/** Errors kept per entry: a front matter that matches nothing of its schema needs no hundred findings. */
export const MAX_ERRORS = 50;

/** The JSON Schema versions ajv knows, by `$schema` (without `#`, http or https); absent is draft-07. */
const DIALECTS: Record<string, "Ajv" | "Ajv2019" | "Ajv2020"> = {
  "json-schema.org/draft-07/schema": "Ajv",
  "json-schema.org/draft/2019-09/schema": "Ajv2019",
  "json-schema.org/draft/2020-12/schema": "Ajv2020",
};

/**
 * YAML 1.1 timestamps (`2024-01-05`, `2024-01-05 10:00:00`): the YAML readers of static sites
 * (js-yaml in Astro, libyaml in Jekyll) read them as dates, which zod's `z.date()` accepts, so a
 * `date-time` key (Astro's JSON Schema for `z.date()`) accepts them as written.
 */
const YAML_TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::?\d\d)?))?)?$/;

function isYamlTimestamp(text: string): boolean {
  const m = YAML_TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Compiles `text`, the JSON Schema file `file` (as shown), or throws a CatalogLintError saying why it cannot be used. */
export function compileJsonSchema(text: string, file: string): FrontMatterJsonSchema {
  const fail = (path: (string | number)[], found: string, expected: string, line = schemaLine(text, path)) =>
    new CatalogLintError(
      `Invalid JSON Schema file ${file}: at \`${pathLabel(path) || "(root)"}\`${line ? ` (line ${line})` : ""}: Unexpected ${found}, expected ${expected}`,
    );
  let schema: unknown;
  try {
    // A byte order mark is no JSON, but editors on Windows write one.
    schema = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const { line, column } = syntaxErrorAt(text, error as Error);
    throw new CatalogLintError(
      `Invalid JSON Schema file ${file}: at line ${line}, column ${column}: Unexpected ${jsonQuote(text.slice(positionOf(text, line, column), positionOf(text, line, column) + 1) || "end of file")}, expected valid JSON (${(error as Error).message.split("\n")[0]})`,
    );
  }
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw fail([], Array.isArray(schema) ? "a list" : jsonQuote(schema), "a JSON Schema object (`{ … }`)");
  }
  const dialect = (schema as { $schema?: unknown }).$schema;
  const key = typeof dialect === "string" ? dialect.replace(/^https?:\/\//, "").replace(/#$/, "") : undefined;
  const className = key === undefined ? "Ajv" : DIALECTS[key];
  if (!className) {
    throw fail(
      ["$schema"],
      jsonQuote(dialect),
      "`http://json-schema.org/draft-07/schema#`, `https://json-schema.org/draft/2019-09/schema` or `https://json-schema.org/draft/2020-12/schema` (the URL is never fetched)",
    );
  }
  const packages = jsonSchemaValidator();
  // strict: false, so the annotations schema generators add (`markdownDescription`) are no errors.
  const ajv = new packages[className]({ allErrors: true, verbose: true, strict: false, logger: false });
  packages.addFormats(ajv);
  const dateTime = ajv.formats["date-time"] as { validate: (s: string) => boolean } | undefined;
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s: string) => isYamlTimestamp(s) || !!dateTime?.validate(s),
  });
  // zod-to-json-schema's `unix-time` (an integer of seconds): any integer is one.
  ajv.addFormat("unix-time", { type: "number", validate: () => true });
  if (!ajv.validateSchema(schema as object)) {
    const error = collapseErrors(ajv.errors ?? [])[0];
    if (error) {
      const path = pointerPath(error.instancePath, schema);
      throw fail(path, jsonQuote(error.data), `${expectedOf(error)} (the JSON Schema meta-schema)`);
    }
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema as object);
  } catch (error) {
    const missing = (error as { missingRef?: string }).missingRef;
    if (missing !== undefined) {
      const path = refPath(schema, missing);
      const remote = /^[a-z][a-z0-9+.-]*:/i.test(missing);
      const otherFile = !remote && !missing.startsWith("#");
      throw fail(
        path,
        `\`$ref\` ${jsonQuote(missing)}`,
        remote
          ? "a `$ref` within the file such as `#/definitions/name` (remote schemas are never fetched)"
          : otherFile
            ? "a `$ref` within the file such as `#/definitions/name` (other files are not read)"
            : "a `$ref` to a part of the file that exists",
      );
    }
    throw fail([], "JSON Schema", `one ajv can compile (${(error as Error).message})`);
  }
  return {
    file,
    validate(data) {
      if (validate(data)) return [];
      return collapseErrors(validate.errors ?? []).slice(0, MAX_ERRORS);
    },
  };
}

/** The path of the first `$ref` whose value is `ref` (or ends with it, as ajv resolves it against the file's `$id`). */
function refPath(schema: unknown, ref: string): (string | number)[] {
  const found: (string | number)[][] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (found.length > 0 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && (v === ref || ref.endsWith(v) || v.endsWith(ref))) {
        found.push([...path, k]);
        return;
      }
      visit(v, [...path, k]);
    }
  };
  visit(schema, []);
  return found[0] ?? [];
}

/** Where JSON.parse stopped: Node 20 says `at position N`, later versions `(line L column C)` too. */
function syntaxErrorAt(text: string, error: Error): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function positionOf(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
  return offset + column - 1;
}
