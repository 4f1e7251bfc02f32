import type { z } from "zod";
import type { Range } from "../parse/source.js";
import { dateFormat } from "../util/date-formats.js";
import { derivedFrom } from "../util/derived.js";
import { configParsers } from "../util/packages.js";
import type { FrontMatterJsonSchema } from "./json-schema.js";
import { patternProblem } from "./pattern.js";

/** What a field's values look like (described in `buildSchemas`). */
export const FIELD_KINDS = ["text", "label", "yes-no", "date", "rating", "url"] as const;

/** Where an entry's title comes from (`title.from`). */
export const TITLE_SOURCES = ["heading", "frontMatter", "none"] as const;
/** What a front-matter value is (`type`). */
export const KEY_TYPES = ["string", "number", "integer", "boolean", "date", "list", "map", "any"] as const;
/** What a front-matter string holds (`format`). */
export const KEY_FORMATS = ["url", "spdx", "date", "email"] as const;

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
      description: z.string().optional().meta({
        description:
          "What the field means (a template's first guidance comment): `Free access (like opensource), or free (potentially limited) trial available` makes an open-source entry's Free Trial `Yes`",
      }),
      keepOnlyApplicable: z.boolean().optional().meta({
        description:
          "The template says to keep only the values that apply: an entry keeping every value (three or more) kept the template's list",
      }),
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

  const TitleSpec = z
    .object({
      from: z.enum(TITLE_SOURCES).default("heading").meta({
        description:
          "heading: the `# Name - URL` h1; frontMatter: the front-matter key `key`; none: entries have no title",
      }),
      key: z
        .string()
        .min(1)
        .optional()
        .meta({ description: "The front-matter key holding the title (from: frontMatter)" }),
      url: z.enum(["required", "optional", "none"]).optional().meta({
        description: "With from: heading, whether the ` - URL` part is required (default), optional or absent",
      }),
      separator: z.enum(["spaced", "loose"]).optional().meta({
        description:
          "With from: heading, how the name and URL are joined: spaced: ` - ` (default); loose: a hyphen with or without spaces, as the ultimate-comparisons framework reads titles",
      }),
    })
    .strict();

  const UrlSpec = z
    .object({
      schemes: z.array(z.string().min(1)).optional().meta({ description: "Allowed schemes, such as `https`" }),
      hosts: z
        .array(z.string().min(1))
        .optional()
        .meta({ description: "Allowed hosts, such as `github.com`; `*.wikipedia.org` allows any host below one" }),
    })
    .strict();

  const keyShape = {
    type: z.enum(KEY_TYPES).default("any"),
    required: z.boolean().default(false),
    nonEmpty: z
      .boolean()
      .optional()
      .meta({ description: 'Whether "", null and [] are reported (default: true when required)' }),
    enum: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .meta({ description: "Allowed values (case-sensitive)" }),
    pattern: z.string().optional().meta({ description: "A regular expression strings must match (RE2 syntax)" }),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    format: z.enum(KEY_FORMATS).optional(),
    url: UrlSpec.optional().meta({ description: "With format: url, the schemes and hosts allowed" }),
    dateFormat: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "`YYYY-MM-DD` (the default of type: date) or a named format such as `MMMM D, YYYY`" }),
    minItems: z.number().int().nonnegative().optional(),
    maxItems: z.number().int().nonnegative().optional(),
    uniqueItems: z.boolean().optional(),
    equalsPath: z.enum(["folder", "file"]).optional().meta({
      description:
        "The value must equal the entry's folder name, or its file name without `.md` or `.mdx` (rule entry-path)",
    }),
    fileExists: z.boolean().optional().meta({
      description:
        "The value names a regular file that must exist beside the entry, in its folder (rule referenced-file)",
    }),
    unique: z.boolean().optional().meta({
      description: "No two entries have the same value; each list item counts (rule unique-value)",
    }),
    references: z
      .object({ key: z.string().min(1), resolve: z.boolean().default(true) })
      .strict()
      .optional()
      .meta({
        description:
          "Each value must (resolve: true) or must not (false) be another entry's `key` value (rule reference)",
      }),
    distinctFrom: z.array(z.string().min(1)).min(1).optional().meta({
      description:
        "Front-matter keys of the same entry whose values (or items) none of this key's values may equal: an alias that is not the topic itself (rule front-matter-value)",
    }),
    separator: z.string().min(1).optional().meta({
      description:
        "With type: string, the string is a list of trimmed items split at this text (`a, b, c` with `,`): `items`, `minItems`, `maxItems`, `uniqueItems`, `unique` and `references` apply to the items",
    }),
  };
  const ItemSpec = z.object(keyShape).strict();
  const KeySpec = z
    .object({
      ...keyShape,
      items: ItemSpec.optional().meta({ description: "With type: list (or a `separator`), each item's schema" }),
    })
    .strict();

  const FrontMatterSpec = z
    .object({
      required: z.boolean().default(false).meta({ description: "The file must start with a `---` front matter block" }),
      closed: z.boolean().default(false).meta({ description: "Keys not listed in `keys` are reported" }),
      jsonSchema: z
        .string()
        .min(1)
        .optional()
        .meta({ description: "A JSON Schema file for the front matter, relative to the schema file" }),
      keys: z.record(z.string(), KeySpec).default({}),
    })
    .strict();

  const BodySpec = z
    .object({
      open: z
        .boolean()
        .default(false)
        .meta({ description: "Any heading is allowed (no unknown or required sections); each needs content" }),
      minLength: z.number().int().nonnegative().optional().meta({ description: "Characters of body text, at least" }),
      maxLength: z.number().int().nonnegative().optional().meta({ description: "Characters of body text, at most" }),
      differsFrom: z
        .string()
        .min(1)
        .optional()
        .meta({ description: "A front-matter key whose value the body text must not equal" }),
    })
    .strict();

  const CatalogSchema = z
    .object({
      name: z.string().min(1).meta({ description: "Shown in messages and --print-config" }),
      /** Where the schema came from (a preset id or a file path). */
      source: z.string().optional(),
      boilerplate: z.array(z.string()).optional().meta({
        description:
          "Lines of the template's lead (before its first `##`) that describe the template, not an entry, such as `**Dataset ID:** aie-model`: an entry's lead should not keep them",
      }),
      templateComments: z.boolean().optional().meta({
        description:
          "Entries are copies of a template that guides with HTML comments (`<!-- Keep only the label values that apply -->`), so any HTML comment in an entry is taken for its leftover (rule template-leftover). Set for a template that has comments and by the preset; a schema file sets it when its catalog forbids comments in entries",
      }),
      templateCommentTexts: z.array(z.string()).optional().meta({
        description:
          "The texts of the template's own HTML comments (trimmed, whitespace collapsed), read from the template: an entry's comment equal to one is reported as the template's, any other as an HTML comment the catalog does not allow either (rule template-leftover)",
      }),
      groups: z.array(GroupSpec).meta({ description: "May be empty: body-only or front-matter-only entries" }),
      title: TitleSpec.optional().meta({ description: "Where an entry's title comes from (default: the heading)" }),
      frontMatter: FrontMatterSpec.optional(),
      body: BodySpec.optional(),
      bibliography: z
        .object({
          source: z.string().min(1).meta({ description: "Where the keys come from (a `.bib` file), for messages" }),
          keys: z.array(z.string().min(1)).meta({ description: "The citation keys a pandoc `[@key]` may name" }),
        })
        .strict()
        .optional()
        .meta({
          description:
            "Pandoc citation keys the `citation` rule checks `[@key]` against (read from the catalog's `.bib` files)",
        }),
      paths: PathsSpec.optional(),
      catalog: CatalogSpec.optional(),
      layout: z.enum(["ultimate-comparisons"]).optional().meta({
        description:
          "Set for an ultimate-comparisons catalog (`data/*.md` beside `data/template.md`): its framework reads any `.md` file name and ignores the order of the `##` criteria, so `filename` (with its default pattern) and `section-order` (unless asked) do not apply",
      }),
    })
    .strict()
    .superRefine((schema, ctx) => {
      // Keys that name a front-matter key must name one the schema defines.
      const keys = schema.frontMatter?.keys ?? {};
      const defined = Object.keys(keys);
      // A JSON Schema may define keys the `keys` map does not list.
      const open = schema.frontMatter?.jsonSchema !== undefined;
      const named = (path: (string | number)[], key: string | undefined) => {
        if (key === undefined || Object.hasOwn(keys, key) || open) return;
        const expected = defined.length > 0 ? `one of ${defined.map((k) => `\`${k}\``).join(", ")}` : "a key";
        ctx.addIssue({
          code: "custom",
          path,
          message: `Unexpected \`${key}\`, expected ${expected} of \`frontMatter.keys\``,
        });
      };
      const title = schema.title;
      if (title?.from === "frontMatter") {
        if (title.key === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["title"],
            message: "Missing `key`, expected it with `from: frontMatter`",
          });
        }
        named(["title", "key"], title.key);
      } else if (title?.key !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["title", "key"],
          message: `Unexpected \`key\` with \`from: ${title.from}\`, expected it only with \`from: frontMatter\``,
        });
      }
      if (title?.url !== undefined && title.from !== "heading") {
        ctx.addIssue({
          code: "custom",
          path: ["title", "url"],
          message: `Unexpected \`url\` with \`from: ${title.from}\`, expected it only with \`from: heading\``,
        });
      }
      named(["body", "differsFrom"], schema.body?.differsFrom);
      for (const [name, key] of Object.entries(keys)) {
        if (key.references) named(["frontMatter", "keys", name, "references", "key"], key.references.key);
        for (const [i, other] of (key.distinctFrom ?? []).entries()) {
          named(["frontMatter", "keys", name, "distinctFrom", i], other);
        }
        checkKeySpec(key, ["frontMatter", "keys", name], ctx);
        if (key.items) checkKeySpec(key.items, ["frontMatter", "keys", name, "items"], ctx);
      }
    });

  return {
    FieldKind,
    FieldSpec,
    GroupSpec,
    KeySpec,
    TitleSpec,
    FrontMatterSpec,
    BodySpec,
    CatalogSchema,
    PathsSpec,
    CatalogSpec,
  };
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

/** What zod cannot say of one key's spec: its pattern and date format compile, its keys fit its type. */
function checkKeySpec(
  spec: {
    type?: string;
    pattern?: string | undefined;
    dateFormat?: string | undefined;
    items?: unknown;
    url?: unknown;
    format?: string | undefined;
    separator?: string | undefined;
  },
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const issue = (key: string, message: string) => ctx.addIssue({ code: "custom", path: [...path, key], message });
  if (spec.pattern !== undefined) {
    const problem = patternProblem(spec.pattern);
    if (problem) issue("pattern", `Unexpected pattern \`${spec.pattern}\`, ${problem}`);
  }
  if (spec.dateFormat !== undefined) {
    const format = dateFormat(spec.dateFormat);
    if (typeof format === "string") issue("dateFormat", `Unexpected date format \`${spec.dateFormat}\`, ${format}`);
  }
  const listed = spec.type === "list" || spec.type === "any" || spec.separator !== undefined;
  if (spec.items !== undefined && !listed) {
    issue(
      "items",
      `Unexpected \`items\` with \`type: ${spec.type}\`, expected it only with \`type: list\` or a \`separator\``,
    );
  }
  if (spec.separator !== undefined && spec.type !== "string") {
    issue("separator", `Unexpected \`separator\` with \`type: ${spec.type}\`, expected it only with \`type: string\``);
  }
  if (spec.url !== undefined && spec.format !== "url") {
    issue(
      "url",
      `Unexpected \`url\` with \`format: ${spec.format ?? "(none)"}\`, expected it only with \`format: url\``,
    );
  }
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
/**
 * A built schema; one built from a dataset's template and criteria YAML also says where
 * those sources disagree (src/schema/conflicts.ts, rule schema-conflict). Not a key of
 * schema files: a schema file is one source, it cannot disagree with itself.
 */
export type CatalogSchema = z.infer<Schemas["CatalogSchema"]> & { conflicts?: SchemaConflict[] };

/** A line of a schema source (a criteria YAML file), its path as shown. */
export interface SourcePlace {
  file: string;
  line: number;
}

/**
 * Where a dataset's template and criteria disagree on one heading (see findSchemaConflicts and,
 * for the ultimate-comparisons layout, findUltimateConflicts).
 * `placement`: the criteria put the value directly under `## group`, the template under
 * `### name`; `missing`: the criteria define `name` (a field of `group`, or the value of
 * group `name`), the template does not; `missingGroup`: the criteria define criterion `name`,
 * written `## name`, the template has no such `##`; `spelling`: the template writes criterion
 * `name` as `## group`, another spelling.
 */
export interface SchemaConflict {
  kind: "placement" | "missing" | "missingGroup" | "spelling";
  /** The template's group the heading belongs to (for `missing`, when the template has it; for `spelling`, the template's spelling). */
  group?: string;
  /** The disputed heading's name as the criteria (or template) write it. */
  name: string;
  /** Every spelling the criteria give it (id and display name). */
  names: string[];
  /** The template (path as shown) and the heading the finding points at in it. */
  template: string;
  range: Range;
  /** The criteria files that define it, each at its line. */
  criteria: SourcePlace[];
}
export type PathsSpec = z.infer<Schemas["PathsSpec"]>;
export type KeySpec = z.infer<Schemas["KeySpec"]>;
export type TitleSpec = z.infer<Schemas["TitleSpec"]>;
export type FrontMatterSpec = z.infer<Schemas["FrontMatterSpec"]>;
export type BodySpec = z.infer<Schemas["BodySpec"]>;

/** Field lookup helpers shared by the rules. */
export interface SchemaIndex {
  schema: CatalogSchema;
  /** The schema's `frontMatter.jsonSchema`, compiled (src/schema/json-schema.ts). */
  jsonSchema?: FrontMatterJsonSchema;
  group(name: string): GroupSpec | undefined;
  /** The field and the group the schema puts it in. */
  field(name: string): { field: FieldSpec; group: GroupSpec } | undefined;
  /** Every heading name the schema knows (groups, fields). */
  knownNames(): string[];
}

export function indexSchema(schema: CatalogSchema, jsonSchema?: FrontMatterJsonSchema): SchemaIndex {
  const groups = new Map(schema.groups.map((g) => [g.name, g]));
  const fields = new Map<string, { field: FieldSpec; group: GroupSpec }>();
  for (const group of schema.groups) {
    for (const field of group.fields) if (!fields.has(field.name)) fields.set(field.name, { field, group });
  }
  const names = [...new Set([...groups.keys(), ...fields.keys()])];
  return {
    schema,
    ...(jsonSchema ? { jsonSchema } : {}),
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
