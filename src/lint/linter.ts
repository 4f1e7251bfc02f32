import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import picomatch from "picomatch";
import type { CachedFile } from "../cache/format.js";
import { type CacheKey, LintCache, type StoredResult } from "../cache/results-cache.js";
import { configForFile, type LoadedConfig, type RuleSetting, schemaForFile } from "../config/load.js";
import { compareDiagnostics, compareStrings, type Diagnostic, type FileResult } from "../diagnostics/diagnostic.js";
import { applyDirectives, type Directive, parseDirectives } from "../diagnostics/directives.js";
import { ALWAYS_IGNORED } from "../files/discover.js";
import {
  type Boundary,
  boundaryAt,
  type FoundFile,
  findFile,
  type Refusal,
  readFoundFile,
  repositoryRoot,
} from "../files/read-inside.js";
import { type CatalogFiles, selectCatalogFiles } from "../files/select-files.js";
import { isDataTemplate } from "../files/ultimate.js";
import { buildEntry, emptyEntry } from "../model/build-entry.js";
import type { Entry } from "../model/entry.js";
import { fieldMatchesOnce } from "../model/fields.js";
import {
  type EntrySummary,
  emptySummary,
  folderOf,
  summaryOf,
  summaryOfLinted,
  summaryOfPrefix,
  summaryText,
} from "../model/summary.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  decodeUtf8,
  type FileProblem,
  fromLimitError,
  inspectText,
  MarkdownLimitError,
  tooLarge,
} from "../parse/limits.js";
import { createSourceFile, pointAt, rangeOf, type SourceFile } from "../parse/source.js";
import { interpolate, type PeerFilter, type Report, type Rule } from "../rule-api/define-rule.js";
import { ruleDocUrl, rules, rulesById } from "../rules/index.js";
import readableFile from "../rules/readable-file.js";
import schemaMismatch, { KEPT_WITH_MISMATCH } from "../rules/schema-mismatch.js";
import { type ResolvedSchema, SchemaResolver } from "../schema/resolve.js";
import type { SchemaStore } from "../schema/store.js";
import { type CatalogSchema, indexSchema, type SchemaIndex } from "../schema/types.js";
import { CatalogLintError, oneLine } from "../util/errors.js";
import { folderAndName, relativePosix } from "../util/paths.js";
import { peerCandidateMatcher } from "./peer-candidates.js";
import { type RunScope, scopeMatcher } from "./scope.js";

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
  /** Dataset schemas built in earlier runs (the CLI's, in the user's cache folder). */
  schemaStore?: SchemaStore;
  /**
   * Which files are the catalog's entries (the config's `include` and `exclude`): the
   * peers of rules that compare across folders (`RuleDefinition.peerScope`), when a
   * run lints only some entries. Without it, peers come from the linted files' folders.
   */
  catalog?: CatalogFiles;
  /**
   * What the run was asked about: findings on files that are no linted entry (a dataset's
   * template) are reported only on those it covers. Without it, all are (a whole-catalog run).
   */
  scope?: RunScope;
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
  const results: FileResult[] = linted.map(({ summary: _summary, directives: _d, ...result }) => ({
    ...result,
    diagnostics: [...result.diagnostics],
  }));
  linter.checkCatalog(linted, results);
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: linter.notices };
}

/** One file's result plus what fixing and the catalog rules need. */
export interface LintedFile extends CachedFile {
  source: SourceFile;
}

/** What `Linter.fromCache` finds: a stored result to use, */
type CacheHit = { filePath: string; hit: StoredResult };
/** or the key to store the file's result under, and the bytes it read, */
type CacheMiss = { filePath: string; key: CacheKey; bytes?: Buffer };
/** or, for a file the cache has no record of, the key without the content (the file was not read). */
type UnknownToCache = { filePath: string; unknown: Omit<CacheKey, "content"> };

/** A catalog-level rule's finding on a file, before the file's settings and directives apply. */
export interface CatalogReport {
  rule: Rule;
  report: Report;
}

/** Lints file after file with shared schema and config lookups. */
export class Linter {
  private readonly resolver: SchemaResolver;
  private readonly indexes = new WeakMap<CatalogSchema, SchemaIndex>();
  private readonly forced?: string;
  private readonly limits: ReadLimits;
  /** Whether the run was asked about a file (see `LintOptions.scope`). */
  private readonly inScope: (filePath: string) => boolean;

  constructor(private readonly options: LintOptions) {
    this.resolver = new SchemaResolver(options.cwd, options.schemaStore);
    this.inScope = scopeMatcher(options.cwd, options.scope);
    this.limits = readLimits(options.cwd, options.config.config.maxFileSize);
    if (options.schema) {
      this.forced = /^[a-z0-9-]+$/.test(options.schema) ? options.schema : resolve(options.cwd, options.schema);
    }
  }

  /** One line each: they name datasets and paths from the repository, and are printed to logs as they are. */
  get notices(): string[] {
    return this.resolver.notices.map(oneLine);
  }

  /**
   * The cache's context hash of files without a base revision, per (shared) settings map and
   * schema identity: what the schema is built from, so a run answered from the cache builds none.
   */
  private readonly contexts = new WeakMap<ReadonlyMap<string, RuleSetting>, Map<string, string>>();
  private cacheContext(settings: ReadonlyMap<string, RuleSetting>, schema: ResolvedSchema, base?: string): string {
    const { now } = this.options;
    if (base !== undefined)
      return LintCache.context({ settings: LintCache.settings(settings, schema.identity), now, base });
    let bySchema = this.contexts.get(settings);
    if (!bySchema) {
      bySchema = new Map();
      this.contexts.set(settings, bySchema);
    }
    let context = bySchema.get(schema.identity);
    if (context === undefined) {
      context = LintCache.context({ settings: LintCache.settings(settings, schema.identity), now });
      bySchema.set(schema.identity, context);
    }
    return context;
  }

  /** A schema's lookup index: building it builds the schema (see ResolvedSchema). */
  private indexOf(resolved: ResolvedSchema): SchemaIndex {
    let index = this.indexes.get(resolved.schema);
    if (!index) {
      index = indexSchema(resolved.schema, resolved.jsonSchema?.());
      this.indexes.set(resolved.schema, index);
    }
    return index;
  }

  /** `lintFile` through the cache, when there is one. */
  lintFileCached(file: string): Omit<LintedFile, "source"> {
    const { cache } = this.options;
    if (!cache) {
      // Drop the text: a run over 100,000 files must not hold them all.
      const { source: _source, ...linted } = this.lintFile(file);
      return linted;
    }
    const found = this.fromCache(file, cache);
    if ("hit" in found) return found.hit.file();
    // The bytes already read, when they are UTF-8 (else the file is read again and refused).
    const decoded = found.bytes ? decodeUtf8(found.bytes) : undefined;
    const text = decoded && "text" in decoded ? decoded.text : undefined;
    const { source: _source, ...linted } = this.lintFile(file, text);
    cache.set(found.filePath, found.key, linted);
    return linted;
  }

  /**
   * A file's cached result, or the key to store its result under (and its
   * bytes, read once). A file whose size, times and inode are those it had
   * when it was hashed is not read at all. With `readUnknown` false, neither
   * is a file the cache has no record of (there is no stored hash to compare
   * its bytes with): its key lacks the content, which whoever lints it adds
   * (`readForCache`).
   */
  fromCache(file: string, cache: LintCache): CacheHit | CacheMiss;
  fromCache(file: string, cache: LintCache, readUnknown: false): CacheHit | CacheMiss | UnknownToCache;
  fromCache(file: string, cache: LintCache, readUnknown = true): CacheHit | CacheMiss | UnknownToCache {
    const { absolute, filePath, fileConfig, resolved } = this.prepare(file);
    const context = this.cacheContext(fileConfig.rules, resolved, this.options.baseText?.(filePath));
    const found = statCatalogFile(absolute, filePath, this.limits);
    // Through a symbolic link the stat would be the link's or the target's, never both: always hashed.
    const stat = "stats" in found && !found.link ? LintCache.stat(found.stats) : undefined;
    const unchanged = stat && cache.unchanged(filePath, context, stat);
    if (unchanged) return { filePath, hit: unchanged };
    if (!readUnknown && !cache.knows(filePath)) return { filePath, unknown: { context, ...(stat ? { stat } : {}) } };
    const read = "problem" in found ? found : readFound(found, filePath, this.limits);
    const key: CacheKey = { context, content: contentKey(read), ...(stat ? { stat } : {}) };
    const hit = cache.get(filePath, key);
    if (hit) return { filePath, hit };
    return { filePath, key, ...("bytes" in read ? { bytes: read.bytes } : {}) };
  }

  /**
   * A file's `CacheKey.content` and, when it is UTF-8, its text, from one read:
   * what a worker linting a file the cache did not know stores it under, the
   * hash of the very bytes it linted.
   */
  readForCache(file: string): { content: string; text?: string } {
    const { absolute, filePath } = this.prepare(file);
    const found = statCatalogFile(absolute, filePath, this.limits);
    const read = "problem" in found ? found : readFound(found, filePath, this.limits);
    if (!("bytes" in read)) return { content: contentKey(read) };
    const decoded = decodeUtf8(read.bytes);
    return { content: contentKey(read), ...("text" in decoded ? { text: decoded.text } : {}) };
  }

  /** Lint a file from disk, or `text` in its place (a fix pass). */
  lintFile(file: string, text?: string): LintedFile {
    const { summaryText, entry, index, ...linted } = this.lintOnly(file, text);
    const summary =
      summaryText !== undefined
        ? summaryOfLinted(summaryText, entry, linted.filePath, index)
        : emptySummary(linted.filePath, true);
    return { ...linted, summary };
  }

  /** `lintFile` without the summary (streamed runs summarise every file first). */
  lintOnly(
    file: string,
    text?: string,
  ): Omit<LintedFile, "summary"> & { summaryText?: string; entry?: Entry; index: SchemaIndex } {
    const { options } = this;
    const { absolute, filePath, fileConfig, schemaName, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    const read = text !== undefined ? { text } : readCatalogFile(absolute, filePath, this.limits);
    const source = createSourceFile(filePath, "text" in read ? read.text : "");
    const baseText = "text" in read ? options.baseText?.(filePath) : undefined;
    const { entry, whole, diagnostics } = lintEntry(source, {
      schema: index,
      rules: fileConfig.rules,
      now: options.now,
      maxFileSize: this.limits.maxFileSize,
      ...(baseText !== undefined ? { base: createSourceFile(filePath, baseText) } : {}),
      ...("problem" in read ? { problem: read.problem } : {}),
    });
    const directives = parseDirectives(entry.comments).directives;
    return {
      filePath,
      diagnostics,
      schema: schemaName,
      source,
      directives,
      index,
      ...("text" in read ? { summaryText: read.text } : {}),
      ...(whole ? { entry } : {}),
    };
  }

  /** What the catalog-level rules need of a file, without linting it. */
  summarizeFile(file: string): EntrySummary {
    const { absolute, filePath, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    const read = readCatalogFile(absolute, filePath, this.limits);
    return "text" in read ? summaryOf(read.text, filePath, index, true) : emptySummary(filePath, true);
  }

  /**
   * `summarizeFile`, and the file's lint too when that parses the same text
   * anyway (its summary takes the whole text: no cut at `summaryPrefix`) and
   * `claim()` lets this caller lint it: `lintFile` then gives the summary from
   * its own parse (`summaryOfLinted`). One read either way; with
   * `hashContent`, the `CacheKey.content` of the bytes linted comes too.
   */
  summarizeOrLint(
    file: string,
    claim: () => boolean,
    hashContent: boolean,
  ): { summary: EntrySummary; linted?: LintedFile; content?: string } {
    const { absolute, filePath, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    let text: string | undefined;
    let content: string | undefined;
    if (hashContent) ({ text, content } = this.readForCache(file));
    else {
      const read = readCatalogFile(absolute, filePath, this.limits);
      text = "text" in read ? read.text : undefined;
    }
    // A file that cannot be read is linted as cheaply as it is summarised: its one finding.
    if ((text === undefined || summaryText(text, index) === text) && claim()) {
      const linted = this.lintFile(file, text);
      return { summary: linted.summary, linted, ...(content !== undefined ? { content } : {}) };
    }
    return { summary: text !== undefined ? summaryOf(text, filePath, index, true) : emptySummary(filePath, true) };
  }

  /**
   * Run the catalog-level rules over the linted files and, for comparison only,
   * the other entries in the same folders (a PR that adds a duplicate of an
   * untouched entry is still caught). Findings go into `results`.
   */
  checkCatalog(linted: readonly Omit<LintedFile, "source">[], results: FileResult[]): void {
    const reports = this.catalogReports(linted.map((f) => f.summary));
    linted.forEach((file, i) => {
      const found = reports.get(file.filePath);
      if (found) this.addCatalogFindings(results[i] as FileResult, found, file.directives);
    });
    results.push(...this.otherFileResults(reports, linted));
  }

  /**
   * Results for the files a catalog-level rule reported on that are no linted entry (a
   * dataset's template, on which `schema-conflict` reports), sorted by path. Their findings
   * carry no fix, and `--fix` only writes linted entries, so such a file is never written.
   * Only the findings the run was asked about (`LintOptions.scope`): on a file it covers, or
   * naming one (`Report.related`, the criteria file); a pull request that changes one entry
   * is not told of its template. The one thread and the streamed run both come here.
   */
  otherFileResults(
    reports: ReadonlyMap<string, readonly CatalogReport[]>,
    linted: readonly { filePath: string }[],
  ): FileResult[] {
    const lintedPaths = new Set(linted.map((f) => f.filePath));
    const others: FileResult[] = [];
    for (const [filePath, all] of reports) {
      if (lintedPaths.has(filePath)) continue;
      const found = this.inScope(filePath) ? all : all.filter(({ report }) => report.related?.some(this.inScope));
      if (found.length === 0) continue;
      const result: FileResult = { filePath, diagnostics: [] };
      this.addCatalogFindings(result, found, []);
      if (result.diagnostics.length > 0) others.push(result);
    }
    return others.sort((a, b) => compareStrings(a.filePath, b.filePath));
  }

  /**
   * The catalog-level rules' findings on the linted files (whose summaries are
   * given), each compared with the others and with their folders' other
   * entries; by file path. `addCatalogFindings` then applies a file's settings
   * and directives.
   *
   * A finding on a file is the one the rule makes with that file's options:
   * its config's, with the overrides that match it, as for its severity (see
   * "Options of catalog-level rules" in src/rule-api/define-rule.ts). So the
   * rule runs once per distinct options among the linted files (once, unless
   * overrides set different ones), each run keeping the findings on its files.
   */
  catalogReports(summaries: readonly EntrySummary[]): Map<string, CatalogReport[]> {
    const found = new Map<string, CatalogReport[]>();
    const catalogRules = rules.filter((r): r is Rule & Required<Pick<Rule, "checkCatalog">> => !!r.checkCatalog);
    // Named files that are no entry (a template) are reported on too, with their own settings.
    const nonEntries = this.options.scope?.nonEntries;
    const reportedOn = [...summaries.map((s) => s.filePath), ...(nonEntries?.files ?? [])];
    const settings = reportedOn.map((filePath) => this.settingsOf(filePath));
    const active = catalogRules.filter((r) => settings.some((s) => s.has(r.id)));
    if (active.length === 0) return found;
    // Only entries holding compared values (`EntrySummary.values`) need peers from other folders:
    // a run over a catalog without such keys reads no more than its folders.
    const acrossFolders =
      active.some((r) => r.peerScope === "catalog") && summaries.some((s) => s.values && s.values.length > 0);
    const peers = this.peerSummaries(summaries, () => peerFilterOf(active, summaries), acrossFolders);
    const entries = [...summaries, ...peers];
    // Each catalog rule asks for every entry's schema: looked up once per entry (a config lookup and path work each).
    const schemas = new Map<string, SchemaIndex>();
    const schemaOf = (filePath: string) => {
      let schema = schemas.get(filePath);
      if (!schema) {
        schema = this.schemaOfShown(filePath);
        schemas.set(filePath, schema);
      }
      return schema;
    };
    const folderFiles = (folder: string) => this.folderFiles(folder);
    // Reports on a file that is neither linted nor a peer (a dataset's template) are kept from
    // the rule's first run: options that differ between entries do not apply to it.
    const entryPaths = new Set(entries.map((e) => e.filePath));
    const regularFiles = (folder: string) => this.regularFiles(folder);
    for (const rule of active) {
      let run = 0;
      for (const [options, files] of filesByOptions(rule, reportedOn, settings)) {
        const first = run++ === 0;
        rule.checkCatalog({
          entries,
          options,
          schemaOf,
          folderFiles,
          regularFiles,
          governed: nonEntries?.governed ?? [],
          report: (filePath: string, report: Report) => {
            const otherFile = !entryPaths.has(filePath);
            // a file the rule is off for, or checked with other options
            if (otherFile ? !first : !files.has(filePath)) return;
            const list = found.get(filePath) ?? [];
            list.push({ rule, report });
            found.set(filePath, list);
          },
        });
      }
    }
    return found;
  }

  /**
   * Add a file's catalog-level findings to its result, as its settings and directives allow.
   * The directives are applied to all of them at once: each `applyDirectives` indexes the
   * directives afresh (findings × directives when called per finding). A file that is no
   * entry of its schema (`schema-mismatch`) gets none: they would compare it as one.
   */
  addCatalogFindings(result: FileResult, reports: readonly CatalogReport[], directives: readonly Directive[]): void {
    if (isMismatched(result.diagnostics)) return;
    const settings = this.settingsOf(result.filePath);
    const found: Diagnostic[] = [];
    for (const { rule, report } of reports) {
      const setting = settings.get(rule.id);
      if (setting) found.push(toDiagnostic(rule, setting, report));
    }
    for (const diagnostic of applyDirectives(found, directives)) result.diagnostics.push(diagnostic);
    result.diagnostics.sort(compareDiagnostics);
  }

  /** The schema of a file by its path as shown (linted files and peers alike). */
  private schemaOfShown(filePath: string): SchemaIndex {
    const absolute = resolve(this.options.cwd, filePath);
    return this.indexOf(this.locate(absolute, schemaForFile(this.options.config, absolute)).resolved);
  }

  /** `CatalogContext.folderFiles`: a folder's file names, listed once per run. */
  private folderFiles(folder: string): readonly string[] | undefined {
    return this.listing(folder)?.names;
  }

  /** `CatalogContext.regularFiles`: from the same listing as `folderFiles`. */
  private regularFiles(folder: string): ReadonlySet<string> | undefined {
    return this.listing(folder)?.regular;
  }

  /**
   * A folder listed once per run: its names as `folderFiles` gives them, its regular files
   * (links are not), and every name as read (`all`, in the order read: peer candidates,
   * dot-files too, which `peerSummaries` leaves to discovery's rules).
   */
  private listing(folder: string): FolderListing | undefined {
    let listed = this.listed.get(folder);
    if (listed === undefined && !this.listed.has(folder)) {
      try {
        const found = readdirSync(resolve(this.options.cwd, folder), { withFileTypes: true });
        const names = found
          .filter((d) => !d.name.startsWith("."))
          .map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
          .sort(compareStrings);
        // A Dirent's type is the entry's own (lstat's): a link is never a regular file here.
        const all = found.map((d) => d.name);
        listed = { names, regular: new Set(found.filter((d) => d.isFile()).map((d) => d.name)), all };
      } catch {
        listed = undefined;
      }
      this.listed.set(folder, listed);
    }
    return listed;
  }

  private readonly listed = new Map<string, FolderListing | undefined>();

  private settingsOf(filePath: string): ReadonlyMap<string, RuleSetting> {
    return configForFile(this.options.config, resolve(this.options.cwd, filePath)).rules;
  }

  private prepare(file: string) {
    const absolute = resolve(this.options.cwd, file);
    const fileConfig = configForFile(this.options.config, absolute);
    return { ...this.locate(absolute, fileConfig.schema), fileConfig };
  }

  /** A file's path as shown and its schema; peers need no more (no rule settings). */
  private locate(absolute: string, configSchema: string | undefined) {
    const forced = this.forced ?? configSchema;
    // A folder's files share their dataset, hence their schema, and their shown folder.
    const [folder, name] = folderAndName(absolute);
    const key = `${forced ?? ""}\0${folder}`;
    let found = this.folders.get(key);
    if (!found) {
      const resolved = this.resolver.resolve(absolute, forced);
      found = { shownFolder: this.shown(folder), schemaName: resolved.dataset ?? resolved.name, resolved };
      this.folders.set(key, found);
    }
    const { shownFolder, schemaName, resolved } = found;
    return { absolute, filePath: shownFolder === "" ? name : `${shownFolder}/${name}`, schemaName, resolved };
  }

  private readonly folders = new Map<string, { shownFolder: string; schemaName: string; resolved: ResolvedSchema }>();

  /** A path relative to the working directory, with `/`. */
  private shown(path: string): string {
    return relativePosix(this.options.cwd, path);
  }

  /**
   * Summaries of the other markdown files in the linted files' folders (read, parsed,
   * never reported), of those that `filter()` (the catalog rules' peer filters) keeps.
   */
  private peerSummaries(
    linted: readonly EntrySummary[],
    filter: () => PeerFilter,
    acrossFolders = false,
  ): EntrySummary[] {
    // Linted files' names by their folder as shown: linted files are no peers, and in a full
    // run no file is one (10,000 paths; compared as names, before any path is built).
    const lintedNames = new Map<string, Set<string>>();
    for (const { filePath } of linted) {
      const folder = filePath.slice(0, Math.max(filePath.lastIndexOf("/"), 0));
      const names = lintedNames.get(folder) ?? new Set<string>();
      names.add(filePath.slice(filePath.lastIndexOf("/") + 1));
      lintedNames.set(folder, names);
    }
    const excluded = picomatch([...ALWAYS_IGNORED, ...(this.options.config.config.exclude ?? [])], { dot: true });
    const peers: EntrySummary[] = [];
    // Made on the first peer: a full run has none, and 10,000 entries' filter takes time to make.
    let matters: PeerFilter | undefined;
    const candidates: string[] = [];
    // Peers from folders without a linted file: only the cross-folder rules compare with them,
    // and those compare front-matter values, so their front matter is all that is parsed.
    const elsewhere = new Set<string>();
    // Only files a run with no paths could lint are peers (src/lint/peer-candidates.ts).
    let lintable: ((path: string) => boolean) | undefined;
    for (const [shownFolder, lintedHere] of lintedNames) {
      const folder = resolve(this.options.cwd, shownFolder);
      // A `data/template.md` is the entries' template, no peer of theirs (src/files/ultimate.ts).
      // The folder's listing is the one `folderFiles` gives the rules later: one read per folder.
      for (const n of this.listing(shownFolder || ".")?.all ?? []) {
        if (!/\.mdx?$/.test(n) || lintedHere.has(n) || isDataTemplate(join(folder, n))) continue;
        // Made on the first candidate: a full run's folders seldom hold a file it does not lint.
        lintable ??= peerCandidateMatcher(this.options.cwd, this.options.config, this.options.catalog);
        if (lintable(shownFolder ? `${shownFolder}/${n}` : n)) candidates.push(join(folder, n));
      }
    }
    // Rules comparing across folders (explore keeps each topic in a folder of its own) have every
    // catalog file as a peer: the files a run without paths would lint.
    const catalog = this.options.catalog;
    if (acrossFolders && catalog) {
      const seen = new Set(candidates);
      for (const file of selectCatalogFiles(catalog, [])) {
        const folder = file.slice(0, Math.max(file.lastIndexOf("/"), 0));
        if (lintedNames.has(folder)) continue; // its folder's files are candidates already
        const absolute = resolve(this.options.cwd, file);
        if (!seen.has(absolute)) {
          candidates.push(absolute);
          elsewhere.add(absolute);
        }
      }
    }
    for (const file of candidates) {
      const { absolute, filePath, resolved } = this.locate(file, schemaForFile(this.options.config, file));
      if (excluded(filePath)) continue;
      try {
        // Peers get the same checks as linted files (never read through a link out of the
        // repository, nor when too large), only without findings.
        const read = readCatalogFile(absolute, filePath, this.limits);
        if (!("text" in read) || read.text.includes("\0")) continue;
        const index = this.indexOf(resolved);
        const prefix = elsewhere.has(file) ? frontMatterPrefix(read.text) : summaryText(read.text, index);
        matters ??= filter();
        if (!matters(folderOf(filePath), prefix)) continue;
        peers.push(summaryOfPrefix(prefix, filePath, index, false));
      } catch {
        // An unreadable peer is only missing from the comparison.
      }
    }
    return peers;
  }
}

/**
 * The files a catalog-level rule reports on (the linted ones, and named files that are no
 * entry) that it is on for, by the options they set it to (the same object for files that
 * share their settings: configForFile).
 */
function filesByOptions(
  rule: Rule,
  reportedOn: readonly string[],
  settings: readonly ReadonlyMap<string, RuleSetting>[],
): Map<Readonly<Record<string, unknown>>, Set<string>> {
  const groups = new Map<Readonly<Record<string, unknown>>, Set<string>>();
  reportedOn.forEach((filePath, i) => {
    const setting = settings[i]?.get(rule.id);
    if (!setting) return;
    const files = groups.get(setting.options) ?? new Set<string>();
    files.add(filePath);
    groups.set(setting.options, files);
  });
  return groups;
}

/** The front matter block of `text` (fences included), or the whole text when it has none closed. */
function frontMatterPrefix(text: string): string {
  const block = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return block ? block[0] : text;
}

/** Whether a peer may matter to any of `rules` (see `RuleDefinition.peerFilter`). */
function peerFilterOf(rules: readonly Rule[], linted: readonly EntrySummary[]): PeerFilter {
  const filters = rules.map((rule) => rule.peerFilter?.(linted));
  if (filters.some((f) => f === undefined)) return () => true;
  return (folder, text) => filters.some((f) => f?.(folder, text));
}

export interface SourceLintOptions {
  schema: SchemaIndex;
  rules: ReadonlyMap<string, RuleSetting>;
  now: string;
  /** The file at the base revision, for rules that compare (`last-update-not-bumped`). */
  base?: SourceFile;
  /** Texts longer than this many bytes are not parsed (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
  /** Why the file could not be read, found by `readCatalogFile`: reported instead of linting. */
  problem?: FileProblem;
}

/** Every registered rule id: what a `catalog-lint-*` directive may name (see inline-config). */
const RULE_IDS: readonly string[] = [...rulesById.keys()];

/** Lint one in-memory file: pure, no file system. */
export function lintSource(source: SourceFile, options: SourceLintOptions): Diagnostic[] {
  return lintEntry(source, options).diagnostics;
}

/**
 * `whole`: the entry is `buildEntry(source)` of the whole text, as a summary
 * would build it again (not the empty entry of a file that cannot be parsed).
 */
function lintEntry(
  source: SourceFile,
  options: SourceLintOptions,
): { entry: Entry; whole: boolean; diagnostics: Diagnostic[] } {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const parsed = options.problem ? { problem: options.problem } : parseEntry(source, maxFileSize);
  let entry: Entry;
  if ("problem" in parsed) {
    // One finding, and no other rule: they would only restate it (or could not run at all).
    const setting = options.rules.get(readableFile.id);
    if (setting) {
      const { messageId, data, start = 0, end = start } = parsed.problem;
      const report = { messageId, range: rangeOf(source, start, end), ...(data ? { data } : {}) };
      return { entry: emptyEntry(source), whole: false, diagnostics: [toDiagnostic(readableFile, setting, report)] };
    }
    // With the rule off an empty file is linted as usual; anything else stays unparsed.
    if (parsed.problem.messageId !== "empty") return { entry: emptyEntry(source), whole: false, diagnostics: [] };
    entry = buildEntry(source);
  } else entry = parsed.entry;
  const base = options.base ? baseEntry(options.base, maxFileSize) : undefined;
  return { entry, whole: true, diagnostics: checkEntry(entry, options, base) };
}

/**
 * The rules on a parsed entry, findings switched off by inline directives
 * dropped, sorted (bench/stages.ts times this apart from the parse).
 */
export function checkEntry(entry: Entry, options: SourceLintOptions, base?: Entry): Diagnostic[] {
  const { source } = entry;
  const diagnostics: Diagnostic[] = [];
  // Per-file data several rules share, handed to each in its context (never kept in a module).
  const fieldMatches = fieldMatchesOnce(entry, options.schema);
  for (const [id, setting] of options.rules) {
    const rule = rulesById.get(id);
    if (!rule) continue;
    try {
      // One object shape for every rule (no spread): this runs 25 times per file.
      rule.check({
        entry,
        schema: options.schema,
        options: setting.options,
        now: options.now,
        base,
        ruleIds: RULE_IDS,
        fieldMatches,
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
  const kept = withoutFlood(applyDirectives(diagnostics, parseDirectives(entry.comments).directives));
  return kept.sort(compareDiagnostics);
}

/**
 * A file `schema-mismatch` calls no entry of its schema keeps that one finding
 * (and the few that stay true whatever the file is, KEPT_WITH_MISMATCH), not
 * thirty that only restate it. Applied after the directives: a file that
 * switches `schema-mismatch` off is linted as an entry.
 */
function withoutFlood(diagnostics: Diagnostic[]): Diagnostic[] {
  if (!isMismatched(diagnostics)) return diagnostics;
  return diagnostics.filter((d) => KEPT_WITH_MISMATCH.has(d.ruleId));
}

/** Whether a file's findings include `schema-mismatch`: then it gets no other finding and no fix. */
export function isMismatched(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.ruleId === schemaMismatch.id);
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

/** The entry, or why the text cannot be an entry (checked before parsing, or refused by the parser). */
function parseEntry(source: SourceFile, maxFileSize: number): { entry: Entry } | { problem: FileProblem } {
  const problem = inspectText(source.text, maxFileSize);
  if (problem) return { problem };
  try {
    return { entry: buildEntry(source) };
  } catch (error) {
    if (!(error instanceof MarkdownLimitError)) throw error;
    return { problem: fromLimitError(error, (offset) => pointAt(source, offset).line) };
  }
}

/** The entry at the base revision, or none when that text could not be linted either. */
function baseEntry(base: SourceFile, maxFileSize: number): Entry | undefined {
  const parsed = parseEntry(base, maxFileSize);
  return "entry" in parsed ? parsed.entry : undefined;
}

interface FolderListing {
  names: string[];
  regular: Set<string>;
  all: string[];
}

/** The repository (or working directory) catalog files must stay in, and the largest one read. */
interface ReadLimits {
  boundary: Boundary;
  maxFileSize: number;
}

function readLimits(cwd: string, maxFileSize: number | undefined): ReadLimits {
  return { boundary: boundaryAt(repositoryRoot(cwd)), maxFileSize: maxFileSize ?? DEFAULT_MAX_FILE_SIZE };
}

/**
 * Read a catalog file, or say why it is not one (src/files/read-inside.ts
 * decides, for every file the run reads). A path inside the repository that
 * resolves outside it or into `.git/` (a symbolic link, or a link to a folder
 * on the way) is never opened; neither is anything but a regular file (a FIFO
 * would block the run) nor a file over `maxFileSize`. The text must be UTF-8.
 * Only errors of the machine (permissions…) throw: exit code 2.
 */
function readCatalogFile(
  absolute: string,
  shown: string,
  limits: ReadLimits,
): { text: string } | { problem: FileProblem } {
  const found = statCatalogFile(absolute, shown, limits);
  if ("problem" in found) return found;
  const read = readFound(found, shown, limits);
  return "problem" in read ? read : decodeUtf8(read.bytes);
}

/** `readCatalogFile` without the read: whether the file may be read, and where it really is. */
function statCatalogFile(absolute: string, shown: string, limits: ReadLimits): FoundFile | { problem: FileProblem } {
  let found: ReturnType<typeof findFile>;
  try {
    found = findFile(absolute, limits.boundary, limits.maxFileSize);
  } catch (error) {
    throw cannotRead(shown, error);
  }
  return "refused" in found ? { problem: problemOf(found.refused, shown) } : found;
}

/** The `readable-file` finding for a file that is not read; a file that vanished is an error of the run. */
function problemOf(refusal: Refusal, shown: string): FileProblem {
  switch (refusal.reason) {
    case "missing":
      throw cannotRead(shown, { code: "ENOENT" });
    case "outside":
    case "linkOutside":
      return { messageId: "symlink" };
    case "tooLarge":
      return tooLarge(refusal.size, refusal.max);
    default:
      return { messageId: "notFile", data: { kind: NOT_READ[refusal.reason] } };
  }
}

/** What `readable-file`'s "Unexpected {{kind}}, expected a regular markdown file" says of each. */
const NOT_READ = {
  broken: "broken symbolic link",
  folder: "folder",
  special: "special file (a FIFO, socket or device)",
  git: "symbolic link into `.git/` (git's own files, which can hold credentials)",
} as const;

/** `CacheKey.content` of a file: the hash of its bytes, or of why it could not be read (it is read again, and refused again, on a miss). */
function contentKey(read: { bytes: Buffer } | { problem: FileProblem }): string {
  return LintCache.content("bytes" in read ? read.bytes : `\0${JSON.stringify(read)}`);
}

/** The bytes of a file `statCatalogFile` found, or why not after all (it changed meanwhile). */
function readFound(found: FoundFile, shown: string, limits: ReadLimits): { bytes: Buffer } | { problem: FileProblem } {
  let read: ReturnType<typeof readFoundFile>;
  try {
    read = readFoundFile(found, limits.maxFileSize);
  } catch (error) {
    throw cannotRead(shown, error);
  }
  return "refused" in read ? { problem: problemOf(read.refused, shown) } : read;
}

/** A file the machine would not let us read (permissions…): exit code 2. */
function cannotRead(shown: string, error: unknown): CatalogLintError {
  return new CatalogLintError(
    `Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  );
}
