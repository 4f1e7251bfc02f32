import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GITHUB_ACTION_SCHEMA as SCHEMA } from "../helpers/embedded.js";

const ROOT = join(import.meta.dirname, "..", "..");
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

describe("action.yml", () => {
  it("validates against SchemaStore's github-action schema", () => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, "utf8")));
    const valid = validate(action);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("runs the committed bundle on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.cjs" });
  });

  it("declares exactly the inputs the code reads and the outputs it sets", () => {
    const source = ["inputs.ts", "main.ts"].map((f) => readFileSync(join(ROOT, "src", "action", f), "utf8")).join("\n");
    const read = [...source.matchAll(/(?:getInput|bool|oneOf)\("([\w-]+)"/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort());
    const set = [...source.matchAll(/setOutput\("([\w-]+)"/g)].map((m) => m[1]);
    expect([...new Set(set)].sort()).toEqual(Object.keys(action.outputs).sort());
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
    expect(action.inputs["github-token"]?.default).toBe("${{ github.token }}");
  });
});
