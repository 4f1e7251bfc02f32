/** ajv's errors collapsed to one per problem (src/schema/json-schema-errors.ts), through a compiled JSON Schema. */
import { describe, expect, it } from "vitest";
import { compileJsonSchema } from "../../src/schema/json-schema.js";
import { expectedOf } from "../../src/schema/json-schema-errors.js";

const errorsOf = (schema: object, data: unknown) =>
  compileJsonSchema(JSON.stringify(schema), "s.json")
    .validate(data)
    .map((e) => `${e.instancePath} ${e.schemaPath} ${expectedOf(e)}`);

describe("collapsed JSON Schema errors", () => {
  const slugOrNull = {
    type: "object",
    propertyNames: { pattern: "^[a-z]+$" },
    properties: { s: { type: "string", minLength: 20, anyOf: [{ $ref: "#/definitions/slug" }, { type: "null" }] } },
    definitions: { slug: { type: "string", pattern: "^[a-z-]+$" } },
  };

  it("blames the one branch of a union the value's kind fits, reached through its `$ref`, and keeps the union's siblings", () => {
    expect(errorsOf(slugOrNull, { s: "Bad Slug" })).toEqual([
      "/s #/definitions/slug/pattern a value matching `^[a-z-]+$`",
      "/s #/properties/s/minLength at least 20 characters",
    ]);
  });

  it("lists the branches when no single one fits", () => {
    expect(errorsOf(slugOrNull, { s: 3 })).toEqual([
      "/s #/properties/s/anyOf a value matching `#/definitions/slug` or `null`",
      "/s #/properties/s/type a string",
    ]);
  });

  it("reports a key name `propertyNames` refuses once, not once per inner keyword", () => {
    expect(errorsOf(slugOrNull, { Bad: 1 })).toEqual([" #/propertyNames a key name the `propertyNames` schema allows"]);
  });

  it("leaves an `if` to its `then`", () => {
    // Parsed from JSON, as a schema file is: a `then` key in object syntax reads as a promise to lint.
    const schema = JSON.parse('{ "if": { "required": ["a"] }, "then": { "required": ["b"] } }') as object;
    expect(errorsOf(schema, { a: 1 })).toEqual([" #/then/required a value that does have required property 'b'"]);
  });

  it("reports at most 50 errors per entry", () => {
    const schema = { type: "object", additionalProperties: { type: "string" } };
    const data = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, i]));
    expect(errorsOf(schema, data)).toHaveLength(50);
  });
});
