import { readFileSync } from "node:fs";
import { markUsed, writeCacheFile } from "../cache/user-cache.js";
import { type CatalogSchema, FIELD_KINDS, type FieldSpec, type GroupSpec } from "./types.js";

/** Schemas kept: the datasets of the few catalogs one user works on. */
const KEPT = 64;
const KINDS: ReadonlySet<string> = new Set(FIELD_KINDS);

/**
 * Built schemas by what they were built from (`ResolvedSchema.identity`: the
 * full text of a dataset's template and criteria files), kept across runs in
 * the user's cache folder (src/cache/user-cache.ts), in a file named by the build.
 * Building one reads the template and parses criteria YAML, a sixth of a
 * one-file run; a kept one is read back as JSON. Equal identity, equal schema,
 * so a stale one cannot be used. A missing, corrupt or foreign file is an empty
 * store; failing to write one only costs the speed.
 */
export class SchemaStore {
  private schemas: Map<string, CatalogSchema> | undefined;
  private added = false;

  constructor(private readonly file: string) {}

  get(identity: string): CatalogSchema | undefined {
    return this.load().get(identity);
  }

  set(identity: string, schema: CatalogSchema): void {
    const schemas = this.load();
    schemas.delete(identity);
    schemas.set(identity, schema);
    this.added = true;
  }

  /** Write the store when this run built a schema (the most recent KEPT), atomically. */
  save(): void {
    if (!this.added || !this.schemas) return;
    try {
      writeCacheFile(this.file, JSON.stringify([...this.schemas].slice(-KEPT)));
      this.added = false;
    } catch {
      // a read-only home, a full disk: the next run builds them again
    }
  }

  private load(): Map<string, CatalogSchema> {
    if (this.schemas) return this.schemas;
    this.schemas = new Map();
    try {
      const data: unknown = JSON.parse(readFileSync(this.file, "utf8"));
      markUsed(this.file);
      if (Array.isArray(data)) {
        for (const pair of data) {
          if (Array.isArray(pair) && typeof pair[0] === "string" && isSchema(pair[1]))
            this.schemas.set(pair[0], pair[1]);
        }
      }
    } catch {
      // none yet, or unreadable
    }
    return this.schemas;
  }
}

/** The shape the rules rely on (a hand-edited store is ignored where it breaks it, not followed into a crash). */
function isSchema(value: unknown): value is CatalogSchema {
  const schema = value as Partial<CatalogSchema> | null;
  return (
    typeof schema === "object" &&
    schema !== null &&
    typeof schema.name === "string" &&
    (schema.source === undefined || typeof schema.source === "string") &&
    (schema.templateCommentTexts === undefined ||
      (Array.isArray(schema.templateCommentTexts) &&
        schema.templateCommentTexts.every((t) => typeof t === "string"))) &&
    Array.isArray(schema.groups) &&
    schema.groups.length > 0 &&
    schema.groups.every(isGroup)
  );
}

function isGroup(value: unknown): value is GroupSpec {
  const group = value as Partial<GroupSpec> | null;
  return (
    typeof group === "object" &&
    group !== null &&
    typeof group.name === "string" &&
    typeof group.required === "boolean" &&
    (group.value === undefined || isField(group.value)) &&
    Array.isArray(group.fields) &&
    group.fields.every(isField)
  );
}

function isField(value: unknown): value is FieldSpec {
  const field = value as Partial<FieldSpec> | null;
  const strings = (list: unknown) => Array.isArray(list) && list.every((s) => typeof s === "string");
  return (
    typeof field === "object" &&
    field !== null &&
    typeof field.name === "string" &&
    KINDS.has(field.kind as string) &&
    (field.values === undefined || strings(field.values)) &&
    typeof field.multiple === "boolean" &&
    typeof field.required === "boolean" &&
    strings(field.aliases)
  );
}
