import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { LintCache } from "./cache.js";
import { configForFile, type LoadedConfig, type RuleSetting } from "./config/load.js";
import { compareDiagnostics, compareStrings, type Diagnostic, type FileResult } from "./diagnostics/diagnostic.js";
import { applyDirectives, type Directive, parseDirectives } from "./diagnostics/directives.js";
import { CatalogLintError } from "./errors.js";
import { ALWAYS_IGNORED } from "./files/discover.js";
import { buildEntry } from "./model/build-entry.js";
import type { Entry } from "./model/entry.js";
import { createSourceFile, type SourceFile } from "./parse/source.js";
import { type EntrySummary, interpolate, type Report, type Rule } from "./rules/define-rule.js";
import { checkedValues, fieldMatches } from "./rules/fields.js";
import { ruleDocUrl, rules, rulesById } from "./rules/index.js";
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
  /** Reuse results of files whose inputs did not change (`--cache`). */
  cache?: LintCache;
}

export interface LintRun {
  results: FileResult[];
  /** One-time remarks about the run (a dataset without a template…). */
  notices: string[];
}

/**
 * The one pipeline: files → parse → entry → rules → sorted diagnostics, then
 * the catalog-level rules (`duplicate-entry`) across the entries' summaries.
 */
export function lint(files: readonly string[], options: LintOptions): LintRun {
  const linter = new Linter(options);
  const linted = files.map((file) => linter.lintFileCached(file));
  const results: FileResult[] = linted.map(({ summary: _summary, settings: _settings, directives: _d, ...result }) => ({
    ...result,
    diagnostics: [...result.diagnostics],
  }));
  linter.checkCatalog(linted, results);
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: linter.notices };
}

/** One file's result plus what fixing and the catalog rules need. */
export interface LintedFile extends FileResult {
  source: SourceFile;
  summary: EntrySummary;
  settings: ReadonlyMap<string, RuleSetting>;
  directives: Directive[];
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

  private readonly fingerprints = new WeakMap<CatalogSchema, string>();
  /** A schema's identity for cache keys, computed once per schema. */
  private fingerprint(schema: CatalogSchema): string {
    let print = this.fingerprints.get(schema);
    if (print === undefined) {
      print = JSON.stringify(schema);
      this.fingerprints.set(schema, print);
    }
    return print;
  }

  /** `lintFile` through the cache, when there is one. */
  lintFileCached(file: string): Omit<LintedFile, "source"> {
    const { cache } = this.options;
    if (!cache) {
      // Drop the text: a run over 100,000 files must not hold them all.
      const { source: _source, ...linted } = this.lintFile(file);
      return linted;
    }
    const { key, filePath, text } = this.cacheKey(file);
    const hit = cache.get(filePath, key);
    if (hit) return hit;
    const { source: _source, ...linted } = this.lintFile(file, text);
    cache.set(filePath, key, linted);
    return linted;
  }

  /** What decides a file's result, hashed: its text, settings, schema, today and base. */
  cacheKey(file: string): { key: string; filePath: string; text: string } {
    const { absolute, filePath, fileConfig, index } = this.prepare(file);
    const text = readCatalogFile(absolute, filePath);
    const base = this.options.baseText?.(filePath);
    const key = LintCache.key({
      text,
      settings: [...fileConfig.rules],
      schema: this.fingerprint(index.schema),
      now: this.options.now,
      ...(base !== undefined ? { base } : {}),
    });
    return { key, filePath, text };
  }

  /** Lint a file from disk, or `text` in its place (a fix pass). */
  lintFile(file: string, text?: string): LintedFile {
    const { options } = this;
    const { absolute, filePath, fileConfig, schemaName, index } = this.prepare(file);
    const source = createSourceFile(filePath, text ?? readCatalogFile(absolute, filePath));
    const baseText = options.baseText?.(filePath);
    const { entry, diagnostics } = lintEntry(source, {
      schema: index,
      rules: fileConfig.rules,
      now: options.now,
      ...(baseText !== undefined ? { base: createSourceFile(filePath, baseText) } : {}),
    });
    const directives = parseDirectives(entry.comments).directives;
    return {
      filePath,
      diagnostics,
      schema: schemaName,
      source,
      summary: summarize(entry, index, filePath, true),
      settings: fileConfig.rules,
      directives,
    };
  }

  /**
   * Run the catalog-level rules over the linted files and, for comparison only,
   * the other entries in the same folders (a PR that adds a duplicate of an
   * untouched entry is still caught). Findings go into `results`.
   */
  checkCatalog(linted: readonly Omit<LintedFile, "source">[], results: FileResult[]): void {
    const catalogRules = rules.filter((r): r is Rule & Required<Pick<Rule, "checkCatalog">> => !!r.checkCatalog);
    const active = catalogRules.filter((r) => linted.some((f) => f.settings.has(r.id)));
    if (active.length === 0 || linted.length === 0) return;
    const summaries = [...linted.map((f) => f.summary), ...this.peerSummaries(linted)];
    const byPath = new Map(linted.map((f, i) => [f.filePath, { file: f, result: results[i] as FileResult }]));
    for (const rule of active) {
      rule.checkCatalog({
        entries: summaries,
        options: rule.options.parse(undefined),
        report: (filePath: string, report: Report) => {
          const target = byPath.get(filePath);
          const setting = target?.file.settings.get(rule.id);
          if (!target || !setting) return;
          const diagnostic = toDiagnostic(rule, setting, report);
          if (applyDirectives([diagnostic], target.file.directives).length === 0) return;
          target.result.diagnostics.push(diagnostic);
          target.result.diagnostics.sort(compareDiagnostics);
        },
      });
    }
  }

  private prepare(file: string) {
    const absolute = resolve(this.options.cwd, file);
    const fileConfig = configForFile(this.options.config, absolute);
    const resolved = this.resolver.resolve(absolute, this.forced ?? fileConfig.schema);
    let index = this.indexes.get(resolved.schema);
    if (!index) {
      index = indexSchema(resolved.schema);
      this.indexes.set(resolved.schema, index);
    }
    const filePath = relative(this.options.cwd, absolute).split("\\").join("/") || absolute;
    return { absolute, filePath, fileConfig, schemaName: resolved.dataset ?? resolved.schema.name, index };
  }

  /** Summaries of the other markdown files in the linted files' folders (read, parsed, never reported). */
  private peerSummaries(linted: readonly Omit<LintedFile, "source">[]): EntrySummary[] {
    const done = new Set(linted.map((f) => f.filePath));
    const folders = new Set(linted.map((f) => dirname(resolve(this.options.cwd, f.filePath))));
    const excluded = picomatch([...ALWAYS_IGNORED, ...(this.options.config.config.exclude ?? [])], { dot: true });
    const peers: EntrySummary[] = [];
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(folder).filter((n) => n.endsWith(".md"));
      } catch {
        continue;
      }
      for (const name of names) {
        const { absolute, filePath, index } = this.prepare(join(folder, name));
        if (done.has(filePath) || excluded(filePath)) continue;
        try {
          if (!statSync(absolute).isFile()) continue;
          const entry = buildEntry(createSourceFile(filePath, summaryPrefix(readFileSync(absolute, "utf8"))));
          peers.push(summarize(entry, index, filePath, false));
        } catch {
          // An unreadable peer is only missing from the comparison.
        }
      }
    }
    return peers;
  }
}

/**
 * The part of a peer entry its summary needs: up to the heading after its
 * `Repo` field (the title and the repository come first in an entry). Peers
 * are only compared with, so parsing the whole file would be wasted time:
 * one changed file in a folder of a thousand entries stays fast.
 */
export function summaryPrefix(text: string): string {
  const repo = /^ {0,3}#{2,3}[ \t]+(?:Repo|Repository)[ \t]*#*[ \t]*$/im.exec(text);
  if (!repo) return text;
  const after = repo.index + repo[0].length;
  const next = /^ {0,3}#{1,6}[ \t]/m.exec(text.slice(after));
  return next ? text.slice(0, after + next.index) : text;
}

/** What catalog-level rules see of an entry: its name and repository URLs with their ranges. */
function summarize(entry: Entry, schema: SchemaIndex, filePath: string, linted: boolean): EntrySummary {
  const repos = fieldMatches(entry, schema)
    .filter((m) => m.spec.kind === "url" && /^(repo|repository)$/i.test(m.spec.name))
    .flatMap((m) => checkedValues(m).map((v) => ({ url: v.text, range: v.range })));
  const folder = filePath.includes("/") ? filePath.slice(0, filePath.lastIndexOf("/")) : ".";
  return {
    filePath,
    folder,
    ...(entry.title ? { title: { name: entry.title.name, range: entry.title.nameRange } } : {}),
    repos,
    linted,
  };
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
  return lintEntry(source, options).diagnostics;
}

function lintEntry(source: SourceFile, options: SourceLintOptions): { entry: Entry; diagnostics: Diagnostic[] } {
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
        report(report) {
          diagnostics.push(toDiagnostic(rule, setting, report));
        },
      });
    } catch (error) {
      throw new CatalogLintError(
        `Rule ${id} crashed on ${source.path}: ${(error as Error).message}. Please report this with the file attached.`,
      );
    }
  }
  // Inline `catalog-lint-disable…` comments switch findings off by rule and line.
  const kept = applyDirectives(diagnostics, parseDirectives(entry.comments).directives);
  return { entry, diagnostics: kept.sort(compareDiagnostics) };
}

/** A rule's report as a diagnostic; an unknown message id or an undeclared fix is a bug in the rule. */
function toDiagnostic(rule: Rule, setting: RuleSetting, { messageId, data, range, fix }: Report): Diagnostic {
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`Rule ${rule.id} reported unknown messageId ${messageId}`);
  if (fix && !rule.fixable) throw new Error(`Rule ${rule.id} reported a fix but is not fixable`);
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity: setting.severity,
    message: interpolate(template, data),
    range,
    url: ruleDocUrl(rule.id),
  };
  if (fix) diagnostic.fix = fix;
  return diagnostic;
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
