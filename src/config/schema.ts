import type { z } from "zod";
import { DEFAULT_MAX_FILE_SIZE } from "../parse/limits.js";
import type { Rule } from "../rule-api/define-rule.js";
import { optionsSchema } from "../rule-api/options.js";
import { rules } from "../rules/index.js";
import { configParsers } from "../util/packages.js";

/**
 * The largest `maxFileSize` a config may set: 16 MiB, eight times the default and over 800
 * times the largest real entry. Linting holds about 20 bytes per byte of text (six 30 MB
 * entries took 3.6 GB), and up to 8 worker threads lint at once: 16 MiB keeps a run of the
 * largest allowed files within a few GB.
 */
export const MAX_FILE_SIZE_LIMIT = 16 * 1024 * 1024;

/**
 * `maxFileSize` for a config the run does not trust, such as a pull request's own: it may
 * lower the default, never raise it, so a PR cannot make the Action read larger files.
 */
export function untrustedMaxFileSize(config: { maxFileSize?: number | undefined }): number {
  return Math.min(config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE);
}

/**
 * Bounds on globs (`include`, `exclude`, an override's `files`). Each glob is matched against
 * every file found, so their number multiplies the run: real configs have a handful.
 */
export const MAX_GLOBS = 200;
export const MAX_GLOB_LENGTH = 500;
export const MAX_OVERRIDES = 200;
/**
 * picomatch matches a glob by backtracking: each `*` in one path segment multiplies the cost by
 * the length of the file's name (`*a*a*a*b` took 0.1 s per 250-character name, `*a*a*a*a*b` 14 s),
 * and a pull request chooses both the config and the names.
 */
export const MAX_STARS_PER_SEGMENT = 2;

/*
 * The config file's schema. zod is needed only to check what a user wrote (a
 * config file, a schema file), so the schemas are built on first use and a run
 * without a config file never loads zod (src/util/packages.ts).
 */

function buildSchemas() {
  const { z } = configParsers();
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

  const Glob = z
    .string()
    .min(1, { message: "expected a glob such as `datasets/*/data/**/*.md`, not an empty string; remove it" })
    .max(MAX_GLOB_LENGTH, { message: `expected a glob of at most ${MAX_GLOB_LENGTH} characters; shorten it` })
    .superRefine((glob, context) => {
      const problem = globProblem(glob);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
  const GlobList = z
    .array(Glob)
    .max(MAX_GLOBS, { message: `expected at most ${MAX_GLOBS} globs; use \`**\` or fewer, broader globs` });
  const Globs = z.union([Glob, GlobList]);

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
      include: GlobList.optional().meta({
        description: "Globs of catalog files to lint when no paths are given (default: every **/*.md)",
      }),
      exclude: GlobList.optional().meta({ description: "Globs never linted (node_modules and .git always are)" }),
      schema: z.string().optional().meta({
        description:
          "A preset id (awesome-comparisons), a template .md, or a schema .json/.yaml; default: each dataset's own template",
      }),
      maxFileSize: z
        .number()
        .int()
        .positive()
        .max(MAX_FILE_SIZE_LIMIT, {
          message: `expected at most ${MAX_FILE_SIZE_LIMIT} (16 MiB): larger files are not catalog entries; exclude them instead`,
        })
        .optional()
        .meta({
          description:
            "Largest catalog file read, in bytes (default 2097152, 2 MiB; at most 16777216, 16 MiB); a larger file gets one readable-file finding and is not parsed. The Action ignores a value above the default in a pull request's own config",
        }),
      rules: RulesConfig.optional(),
      overrides: z
        .array(Override)
        .max(MAX_OVERRIDES, {
          message: `expected at most ${MAX_OVERRIDES} overrides; merge those with the same settings`,
        })
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

/** What makes `glob` too costly to match (a message starting "expected …"), or undefined. */
function globProblem(glob: string): string | undefined {
  for (const segment of glob.split("/")) {
    // `**` alone is a globstar, matched segment by segment: it does not backtrack within one.
    const stars = segment === "**" ? 0 : (segment.match(/\*/g)?.length ?? 0);
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `expected at most ${MAX_STARS_PER_SEGMENT} \`*\` in one path segment, found ${stars} in \`${segment.length > 40 ? `${segment.slice(0, 39)}…` : segment}\`: each one multiplies the cost of matching a file name; use fewer wildcards`;
    }
  }
  return undefined;
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
    const { z } = configParsers();
    schema = optionsSchema(rule.options, rule.defaults, z);
    optionSchemas.set(rule, schema);
  }
  return schema;
}
