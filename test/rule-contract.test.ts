/**
 * The rule contract (issue 18, item 3): what a rule is handed, and what it hands
 * on. Catalog-level rules get the options the config gives the reported file;
 * each option is declared once; per-file data the rules share comes in the rule
 * context; reporters and the cache get rule metadata handed to them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ruleOptionsSchema } from "../src/config/schema.js";
import { type OptionDeclarations, optionDefaults, optionsSchema } from "../src/rule-api/options.js";
import { rules } from "../src/rules/index.js";

describe("rule options, each declared once", () => {
  const declared: OptionDeclarations<{ limit: number; names: string[] }> = {
    limit: { default: 3, description: "How many", schema: (zod) => zod.number().int().positive() },
    names: { default: ["a"], description: "Which names", schema: (zod) => zod.array(zod.string()) },
  };

  it("derive the defaults without zod, and a schema that fills in, documents and checks each one", () => {
    const defaults = optionDefaults(declared);
    expect(defaults).toEqual({ limit: 3, names: ["a"] });
    const schema = optionsSchema(declared, defaults, z);
    expect(schema.parse(undefined)).toEqual(defaults);
    expect(schema.parse({ limit: 5 })).toEqual({ limit: 5, names: ["a"] });
    expect(schema.safeParse({ limit: 0 }).success).toBe(false);
    expect(schema.safeParse({ limits: 5 }).success).toBe(false); // unknown option
    const json = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, unknown> };
    expect(json.properties).toEqual({
      limit: {
        type: "integer",
        exclusiveMinimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        default: 3,
        description: "How many",
      },
      names: { type: "array", items: { type: "string" }, default: ["a"], description: "Which names" },
    });
  });

  it("are what every rule's defaults and config schema come from", () => {
    for (const rule of rules) {
      const names = Object.keys(rule.options);
      expect(Object.keys(rule.defaults), rule.id).toEqual(names);
      for (const name of names) expect(rule.defaults[name], `${rule.id}.${name}`).toBe(rule.options[name]?.default);
      const json = z.toJSONSchema(ruleOptionsSchema(rule), { io: "input" }) as {
        properties?: Record<string, { default?: unknown; description?: string }>;
      };
      expect(Object.keys(json.properties ?? {}), rule.id).toEqual(names);
      for (const name of names) {
        expect(json.properties?.[name]?.description, `${rule.id}.${name}`).toBe(rule.options[name]?.description);
      }
    }
    // Not vacuous: rules with options exist, with more than one option for some.
    expect(rules.filter((r) => Object.keys(r.options).length > 1).length).toBeGreaterThan(0);
  });
});
