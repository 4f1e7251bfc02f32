import { z } from "zod";
import type { Rule } from "../rules/define-rule.js";
import { rules } from "../rules/index.js";

/*
 * The config file's schema. zod is needed only to check what a user wrote (a
 * config file, a schema file), so the schemas are built on first use and a run
 * without a config file never evaluates zod (see zodOnDemand in scripts/build.mjs).
 */

function buildSchemas() {
  const SeveritySetting = z.enum(["off", "warn", "error"]).meta({
    description: "off: do not run; warn: report without failing; error: report and fail",
  });

  /** `"warn"`, or `["warn", {options}]` with the rule's own options schema. */
  const ruleSettings = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      z
        .union([SeveritySetting, z.tuple([SeveritySetting]), z.tuple([SeveritySetting, ruleOptionsSchema(rule)])])
        .optional()
        .meta({ description: `${rule.description}. ${rule.fixable ? "Fixable." : ""}`.trim() }),
    ]),
  );

  const RulesConfig = z.object(ruleSettings).strict().meta({ description: "Rule severities and options by rule id" });

  const Globs = z.union([z.string(), z.array(z.string())]);

  const Override = z
    .object({
      files: Globs.meta({ description: "Globs (relative to the config file) this override applies to" }),
      schema: z.string().optional(),
      rules: RulesConfig.optional(),
    })
    .strict();

  const Config = z
    .object({
      $schema: z.string().optional(),
      include: z
        .array(z.string())
        .optional()
        .meta({ description: "Globs of catalog files to lint when no paths are given (default: every **/*.md)" }),
      exclude: z
        .array(z.string())
        .optional()
        .meta({ description: "Globs never linted (node_modules and .git always are)" }),
      schema: z.string().optional().meta({
        description:
          "A preset id (awesome-comparisons), a template .md, or a schema .json/.yaml; default: each dataset's own template",
      }),
      maxFileSize: z.number().int().positive().optional().meta({
        description:
          "Largest catalog file read, in bytes (default 2097152, 2 MiB); a larger file gets one readable-file finding and is not parsed",
      }),
      rules: RulesConfig.optional(),
      overrides: z
        .array(Override)
        .optional()
        .meta({ description: "Settings for files matching globs; later entries win" }),
    })
    .strict()
    .meta({
      title: "catalog-lint configuration",
      description: "Configuration for catalog-lint (.catalog-lintrc.json / .yaml)",
    });

  return { Config, RulesConfig, SeveritySetting };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The config file's schema (what `.catalog-lintrc.*` may hold). */
export function configSchema(): Schemas["Config"] {
  schemas ??= buildSchemas();
  return schemas.Config;
}

export type Config = z.infer<Schemas["Config"]>;
export type RulesConfig = z.infer<Schemas["RulesConfig"]>;
export type SeveritySetting = z.infer<Schemas["SeveritySetting"]>;

const optionSchemas = new WeakMap<Rule, z.ZodType<Record<string, unknown>>>();

/** A rule's options schema (rules without options take an empty object); `parse(undefined)` gives its defaults. */
export function ruleOptionsSchema(rule: Rule): z.ZodType<Record<string, unknown>> {
  let schema = optionSchemas.get(rule);
  if (!schema) {
    schema = rule.options?.(z) ?? z.object({}).strict().default({});
    optionSchemas.set(rule, schema);
  }
  return schema;
}
