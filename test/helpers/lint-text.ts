import { resolve } from "node:path";
import type { RuleSetting } from "../../src/config/load.js";
import { ruleOptionsSchema } from "../../src/config/schema.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { lint, lintSource } from "../../src/lint/linter.js";
import { createSourceFile } from "../../src/parse/source.js";
import { rules, rulesById } from "../../src/rules/index.js";
import { loadSchemaOption } from "../../src/schema/resolve.js";
import { type CatalogSchema, indexSchema, schemaFileSchema } from "../../src/schema/types.js";
import { tempDir } from "./temp.js";

export interface LintTextOptions {
  /** Only these rules run (default: all). */
  rules?: string[];
  /** Options by rule id, parsed by the rule's own schema. */
  options?: Record<string, unknown>;
  /** A preset id or a path (relative to `cwd`); default `awesome-comparisons`. */
  schema?: string;
  cwd?: string;
  now?: string;
  path?: string;
  /** The same file at the base revision (for `last-update-not-bumped`). */
  base?: string;
  /** Schema keys (`paths`, `catalog`…) set on the schema, checked as a schema file's are. */
  schemaKeys?: Record<string, unknown>;
}

/** `schema` with `keys` set on it, validated as a schema file is (a mistake in a test throws). */
function withKeys(schema: CatalogSchema, keys: Record<string, unknown>): CatalogSchema {
  const { source: _source, ...rest } = schema;
  return schemaFileSchema().parse({ ...rest, ...keys });
}

/** Lint markdown text in memory with chosen rules, as the CLI would. */
export function lintText(text: string, options: LintTextOptions = {}): Diagnostic[] {
  const cwd = options.cwd ?? process.cwd();
  const schemaOption = options.schema ?? "awesome-comparisons";
  const resolved = loadSchemaOption(schemaOption, resolve(cwd));
  const loaded = resolved.schema;
  // With the schema's JSON Schema (`frontMatter.jsonSchema`), as the engine gives it.
  const schema = indexSchema(
    options.schemaKeys ? withKeys(loaded, options.schemaKeys) : loaded,
    resolved.jsonSchema?.(),
  );
  const settings = new Map<string, RuleSetting>();
  for (const id of options.rules ?? rules.map((r) => r.id)) {
    const rule = rulesById.get(id);
    if (!rule) throw new Error(`Unknown rule ${id}`);
    settings.set(id, { severity: rule.defaultSeverity, options: ruleOptionsSchema(rule).parse(options.options?.[id]) });
  }
  const path = options.path ?? "entry.md";
  return lintSource(createSourceFile(path, text), {
    schema,
    rules: settings,
    now: options.now ?? "2026-11-28",
    ...(options.base !== undefined ? { base: createSourceFile(path, options.base) } : {}),
  });
}

/** `line:col-endLine:endCol  ruleId  message` per diagnostic: the golden format. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const { start, end } = d.range;
      const fix = d.fix ? `  fix ${JSON.stringify(d.fix)}` : "";
      return `${start.line}:${start.column}-${end.line}:${end.column}  ${d.ruleId}  ${d.message}${fix}`;
    })
    .join("\n");
}

/**
 * Lint several files of one folder together, as the CLI does, with only `ruleId`
 * on: for catalog-level rules (`duplicate-entry`). Every `.md` of `files` is
 * linted (paths may have folders); other files are only there. With
 * `schemaKeys`, the preset with those keys is the schema (written to
 * `.schema.json`, hidden as folder listings leave it out). Returns diagnostics by file path.
 */
export function lintFolder(
  files: Record<string, string>,
  ruleId: string,
  options: {
    schema?: string;
    now?: string;
    schemaKeys?: Record<string, unknown>;
    /** No schema given: each file's is found as a run finds it (a dataset's template and criteria). */
    discover?: boolean;
    /** Lint only these of the files (the others are only there); default every `.md`. */
    only?: string[];
  } = {},
): Record<string, Diagnostic[]> {
  const schemaFile: Record<string, string> = options.schemaKeys
    ? {
        ".schema.json": JSON.stringify(
          withKeys(loadSchemaOption(options.schema ?? "awesome-comparisons", process.cwd()).schema, options.schemaKeys),
        ),
      }
    : {};
  const dir = tempDir("folder", { ...files, ...schemaFile });
  const config = {
    ...(options.discover
      ? {}
      : { schema: options.schemaKeys ? ".schema.json" : (options.schema ?? "awesome-comparisons") }),
    rules: Object.fromEntries(rules.map((r) => [r.id, r.id === ruleId ? r.defaultSeverity : "off"])),
  };
  const run = lint((options.only ?? Object.keys(files).filter((f) => f.endsWith(".md"))).sort(), {
    cwd: dir,
    config: { config: config as never, dir },
    now: options.now ?? "2026-11-28",
  });
  return Object.fromEntries(run.results.map((r) => [r.filePath, r.diagnostics]));
}
