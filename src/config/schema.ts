import { z } from "zod";
import { rules } from "../rules/index.js";

export const SeveritySetting = z.enum(["off", "warn", "error"]).meta({
  description: "off: do not run; warn: report without failing; error: report and fail",
});
export type SeveritySetting = z.infer<typeof SeveritySetting>;

/** `"warn"`, or `["warn", {options}]` with the rule's own options schema. */
const ruleSettings = Object.fromEntries(
  rules.map((rule) => [
    rule.id,
    z
      .union([SeveritySetting, z.tuple([SeveritySetting]), z.tuple([SeveritySetting, rule.options])])
      .optional()
      .meta({ description: `${rule.description}. ${rule.fixable ? "Fixable." : ""}`.trim() }),
  ]),
);

export const RulesConfig = z
  .object(ruleSettings)
  .strict()
  .meta({ description: "Rule severities and options by rule id" });
export type RulesConfig = z.infer<typeof RulesConfig>;

const Globs = z.union([z.string(), z.array(z.string())]);

export const Override = z
  .object({
    files: Globs.meta({ description: "Globs (relative to the config file) this override applies to" }),
    schema: z.string().optional(),
    rules: RulesConfig.optional(),
  })
  .strict();

export const Config = z
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
export type Config = z.infer<typeof Config>;
