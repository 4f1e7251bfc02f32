import { readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { configForFile, type LoadedConfig, type RuleSetting } from "./config/load.js";
import { compareDiagnostics, compareStrings, type Diagnostic, type FileResult } from "./diagnostics/diagnostic.js";
import { applyDirectives, parseDirectives } from "./diagnostics/directives.js";
import { CatalogLintError } from "./errors.js";
import { buildEntry } from "./model/build-entry.js";
import { createSourceFile, type SourceFile } from "./parse/source.js";
import { interpolate } from "./rules/define-rule.js";
import { ruleDocUrl, rulesById } from "./rules/index.js";
import { SchemaResolver } from "./schema/resolve.js";
import { type CatalogSchema, indexSchema, type SchemaIndex } from "./schema/types.js";

export interface LintOptions {
  cwd: string;
  config: LoadedConfig;
  /** "Today" as `YYYY-MM-DD`. */
  now: string;
  /** `--schema`: wins over the config and dataset discovery. */
  schema?: string;
  /**
   * The text of a file (path relative to `cwd`) at the base revision, or
   * undefined when it did not exist there. Set for `--changed-since` and pull requests.
   */
  baseText?: (filePath: string) => string | undefined;
}

export interface LintRun {
  results: FileResult[];
  /** One-time remarks about the run (a dataset without a template…). */
  notices: string[];
}

/** The one pipeline: files → parse → entry → rules → sorted diagnostics. */
export function lint(files: readonly string[], options: LintOptions): LintRun {
  const linter = new Linter(options);
  const results = files.map((file) => {
    const { source, ...result } = linter.lintFile(file);
    return result;
  });
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: linter.notices };
}

/** One file's result plus the text it was computed from (for fixing). */
export interface LintedFile extends FileResult {
  source: SourceFile;
}

/** Lints file after file with shared schema and config lookups. */
export class Linter {
  private readonly resolver: SchemaResolver;
  private readonly indexes = new WeakMap<CatalogSchema, SchemaIndex>();
  private readonly forced?: string;

  constructor(private readonly options: LintOptions) {
    this.resolver = new SchemaResolver(options.cwd);
    if (options.schema) {
      this.forced = /^[a-z0-9-]+$/.test(options.schema) ? options.schema : resolve(options.cwd, options.schema);
    }
  }

  get notices(): string[] {
    return this.resolver.notices;
  }

  /** Lint a file from disk, or `text` in its place (a fix pass). */
  lintFile(file: string, text?: string): LintedFile {
    const { options } = this;
    const absolute = resolve(options.cwd, file);
    const fileConfig = configForFile(options.config, absolute);
    const resolved = this.resolver.resolve(absolute, this.forced ?? fileConfig.schema);
    let index = this.indexes.get(resolved.schema);
    if (!index) {
      index = indexSchema(resolved.schema);
      this.indexes.set(resolved.schema, index);
    }
    const filePath = relative(options.cwd, absolute).split("\\").join("/") || absolute;
    const source = createSourceFile(filePath, text ?? readCatalogFile(absolute, filePath));
    const baseText = options.baseText?.(filePath);
    const diagnostics = lintSource(source, {
      schema: index,
      rules: fileConfig.rules,
      now: options.now,
      ...(baseText !== undefined ? { base: createSourceFile(filePath, baseText) } : {}),
    });
    return { filePath, diagnostics, schema: resolved.dataset ?? resolved.schema.name, source };
  }
}

export interface SourceLintOptions {
  schema: SchemaIndex;
  rules: ReadonlyMap<string, RuleSetting>;
  now: string;
  /** The file at the base revision, for rules that compare (`last-update-not-bumped`). */
  base?: SourceFile;
}

/** Lint one in-memory file: pure, no file system. */
export function lintSource(source: SourceFile, options: SourceLintOptions): Diagnostic[] {
  const entry = buildEntry(source);
  const base = options.base ? buildEntry(options.base) : undefined;
  const diagnostics: Diagnostic[] = [];
  for (const [id, setting] of options.rules) {
    const rule = rulesById.get(id);
    if (!rule) continue;
    try {
      rule.check({
        entry,
        schema: options.schema,
        options: setting.options,
        now: options.now,
        ...(base ? { base } : {}),
        report({ messageId, data, range, fix }) {
          const template = rule.messages[messageId];
          if (template === undefined) throw new Error(`Rule ${id} reported unknown messageId ${messageId}`);
          if (fix && !rule.fixable) throw new Error(`Rule ${id} reported a fix but is not fixable`);
          const diagnostic: Diagnostic = {
            ruleId: id,
            severity: setting.severity,
            message: interpolate(template, data),
            range,
            url: ruleDocUrl(id),
          };
          if (fix) diagnostic.fix = fix;
          diagnostics.push(diagnostic);
        },
      });
    } catch (error) {
      throw new CatalogLintError(
        `Rule ${id} crashed on ${source.path}: ${(error as Error).message}. Please report this with the file attached.`,
      );
    }
  }
  // Inline `catalog-lint-disable…` comments switch findings off by rule and line.
  return applyDirectives(diagnostics, parseDirectives(entry.comments).directives).sort(compareDiagnostics);
}

function readCatalogFile(absolute: string, shown: string): string {
  try {
    if (!statSync(absolute).isFile()) throw new Error("not a regular file");
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new CatalogLintError(
      `Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
