import type { z } from "zod";
import { derivedFrom } from "../util/derived.js";
import { configParsers } from "../util/packages.js";
import { patternProblem } from "./pattern.js";

/** What a field's values look like (described in `buildSchemas`). */
export const FIELD_KINDS = ["text", "label", "yes-no", "date", "rating", "url"] as const;

/**
 * The shape of a catalog: which `##` groups an entry has, which `###` fields each
 * group holds, and what a field's values look like. Built from a dataset's own
 * template (and criteria YAML), a built-in preset, or a JSON/YAML file.
 *
 * The zod schemas check schema files only: templates and presets are built
 * complete by our own code (tests check them against these schemas). So they
 * are built on first use, and a run without a schema file never loads zod
 * (src/util/packages.ts).
 */
function buildSchemas() {
  const { z } = configParsers();
  const FieldKind = z.enum(FIELD_KINDS).meta({
    description:
      "text: free text; label: one of `values`; yes-no: `Yes` or `No`; date: ISO YYYY-MM-DD; rating: `[N] commentary` or `Benchmark: 90.8%`; url: absolute http(s) URL or `-`",
  });

  const FieldSpec = z
    .object({
      name: z.string().min(1).meta({ description: "Heading text, matched case-sensitively" }),
      kind: FieldKind.default("text"),
      values: z.array(z.string()).optional().meta({ description: "Allowed values of a label or yes-no field" }),
      multiple: z.boolean().default(true).meta({ description: "Whether the field may hold several values" }),
      required: z.boolean().default(true),
      aliases: z
        .array(z.string())
        .default([])
        .meta({ description: "Other spellings (criteria ids, display names) suggested as did-you-mean" }),
    })
    .strict();

  const GroupSpec = z
    .object({
      name: z.string().min(1),
      required: z.boolean().default(true),
      /** Set when the template puts a value directly under the `##` heading. */
      value: FieldSpec.optional(),
      fields: z.array(FieldSpec).default([]),
    })
    .strict();

  const { PathsSpec, CatalogSpec } = buildCatalogSchemas(z);

  const CatalogSchema = z
    .object({
      name: z.string().min(1).meta({ description: "Shown in messages and --print-config" }),
      /** Where the schema came from (a preset id or a file path). */
      source: z.string().optional(),
      groups: z.array(GroupSpec).min(1),
      paths: PathsSpec.optional(),
      catalog: CatalogSpec.optional(),
    })
    .strict();

  return { FieldKind, FieldSpec, GroupSpec, CatalogSchema, PathsSpec, CatalogSpec };
}

// ---- paths and whole-catalog keys (rules entry-path, folder-files, same-sections) ----

/** `paths` and `catalog`: where entries live and how they agree with each other. */
function buildCatalogSchemas(z: ReturnType<typeof configParsers>["z"]) {
  const pattern = z
    .string()
    .min(1)
    .superRefine((source, context) => {
      const problem = patternProblem(source);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .meta({ description: "Regular expression the name must match (RE2 syntax: no backreferences or lookaround)" });
  const NameSpec = z
    .object({
      pattern: pattern.optional(),
      maxLength: z.number().int().positive().optional().meta({ description: "Most characters the name may have" }),
    })
    .strict();
  const PathsSpec = z
    .object({
      file: NameSpec.optional().meta({ description: "The entry's file name, `.md` included (rule entry-path)" }),
      folder: NameSpec.optional().meta({ description: "The name of the entry's folder (rule entry-path)" }),
      onlyFiles: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .meta({ description: "Globs of the only files allowed in an entry's folder (rule folder-files)" }),
    })
    .strict()
    .meta({ description: "Rules for the paths of entries (rules entry-path, folder-files)" });
  const CatalogSpec = z
    .object({
      sameSections: z.boolean().optional().meta({
        description: "Every entry of a folder has the `##` sections most of its siblings have (rule same-sections)",
      }),
    })
    .strict()
    .meta({ description: "Rules across the entries of a catalog" });
  return { PathsSpec, CatalogSpec };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** What a schema file (`--schema x.json`, `.yaml`) may hold: a CatalogSchema, defaults filled in by `parse`. */
export function schemaFileSchema(): Schemas["CatalogSchema"] {
  schemas ??= buildSchemas();
  return schemas.CatalogSchema;
}

export type FieldKind = z.infer<Schemas["FieldKind"]>;
export type FieldSpec = z.infer<Schemas["FieldSpec"]>;
export type GroupSpec = z.infer<Schemas["GroupSpec"]>;
export type CatalogSchema = z.infer<Schemas["CatalogSchema"]>;
export type PathsSpec = z.infer<Schemas["PathsSpec"]>;

/** Field lookup helpers shared by the rules. */
export interface SchemaIndex {
  schema: CatalogSchema;
  group(name: string): GroupSpec | undefined;
  /** The field and the group the schema puts it in. */
  field(name: string): { field: FieldSpec; group: GroupSpec } | undefined;
  /** Every heading name the schema knows (groups, fields). */
  knownNames(): string[];
}

export function indexSchema(schema: CatalogSchema): SchemaIndex {
  const groups = new Map(schema.groups.map((g) => [g.name, g]));
  const fields = new Map<string, { field: FieldSpec; group: GroupSpec }>();
  for (const group of schema.groups) {
    for (const field of group.fields) if (!fields.has(field.name)) fields.set(field.name, { field, group });
  }
  const names = [...new Set([...groups.keys(), ...fields.keys()])];
  return {
    schema,
    group: (name) => groups.get(name),
    field: (name) => fields.get(name),
    knownNames: () => names,
  };
}

/** `derivedFrom` keyed by the schema an index was built from (each file may get a new index of it). */
export function derivedFromSchema<Value>(derive: (schema: CatalogSchema) => Value): (index: SchemaIndex) => Value {
  const get = derivedFrom(derive);
  return (index) => get(index.schema);
}
