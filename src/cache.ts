import { isAscii } from "node:buffer";
import type { Stats } from "node:fs";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pkg from "../package.json" with { type: "json" };
import { crypto } from "./builtins.js";
import type { Diagnostic, FileResult, Severity } from "./diagnostics/diagnostic.js";
import type { Directive } from "./diagnostics/directives.js";
import type { LintedFile } from "./lint.js";
import type { Range } from "./parse/source.js";
import { type EntrySummary, folderOf } from "./rules/define-rule.js";
import { ruleDocUrl } from "./rules/index.js";

export type CachedFile = Omit<LintedFile, "source">;

/**
 * What a cached result was computed from. `content` hashes the file's bytes;
 * `context` hashes everything else (rule settings, schema, today, base
 * revision, tool version). `stat` is the file's size, times and inode when
 * it was hashed: while they stay the same the file is not read again.
 */
export interface CacheKey {
  context: string;
  content: string;
  stat?: StatTuple;
}

/** `[size, mtimeMs, ctimeMs, ino]` of a file. */
export type StatTuple = [number, number, number, number];

/**
 * Bumped when the stored shape changes: the package version alone stays the
 * same across builds of one release.
 */
const FORMAT = 3;

/**
 * A file changed less than this long before the run may change again within
 * the same timestamp tick after it was hashed (2 s: FAT's mtime resolution);
 * its stat is not trusted and it is hashed on the next run too (Git's "racy
 * clean" problem).
 */
const RACY_MS = 2000;

interface CacheFile {
  /** The tool version: a new version may find other things, so it empties the cache. */
  version: string;
  format: number;
  /**
   * Strings entries share, stored once: contexts, rule ids and messages (63,000
   * findings at 10,000 files have 2,300 distinct messages; 7 of 16 MB). In
   * `entries` their index stands in for them (see `shareStrings`).
   */
  strings: string[];
  entries: Record<string, StoredEntry>;
}

interface StoredEntry {
  context: string;
  content: string;
  stat?: StatTuple;
  file: CompactFile;
}

/**
 * A `CachedFile` as stored: ranges as number arrays and no per-finding doc
 * link (derived from the rule id), half the size of the plain objects, so a
 * warm run over 10,000 files parses half as much JSON.
 */
interface CompactFile {
  /** `[ruleId, severity, message, range, fix?]` */
  diagnostics: Array<[string, Severity, string, CompactRange, Diagnostic["fix"]?]>;
  schema?: string;
  title?: [string, CompactRange];
  repos: Array<[string, CompactRange]>;
  directives: Array<Omit<Directive, "range"> & { range: CompactRange }>;
}

/** `[startLine, startColumn, startOffset, endLine, endColumn, endOffset]` */
type CompactRange = [number, number, number, number, number, number];

/** Where `--cache` keeps results unless `--cache-location` says otherwise (like Babel, Prettier, ESLint's loaders). */
export function defaultCacheLocation(cwd: string): string {
  return join(cwd, "node_modules", ".cache", "catalog-lint", "results.json");
}

/**
 * Results by file, reused when nothing that decides them changed: the file's
 * bytes, its rule settings and options, its schema (so an edited template or
 * criteria file invalidates), "today", and the catalog-lint version. The
 * bytes are read and hashed unless the file's stat is the one it had when
 * they were (see `unchanged`). A missing, corrupt or foreign cache file is
 * just an empty cache.
 */
export class LintCache {
  private readonly entries: Record<string, StoredEntry> = Object.create(null);
  private readonly fresh: Record<string, StoredEntry> = Object.create(null);
  /** Whether this run stored an entry the cache file lacks (else saving rewrites the same entries). */
  private changed = false;
  /** Before any file of this run was read: see RACY_MS. */
  private readonly startedAt = Date.now();

  constructor(private readonly location: string) {
    try {
      const data = JSON.parse(readCacheText(location)) as Partial<CacheFile>;
      if (
        data.version === pkg.version &&
        data.format === FORMAT &&
        Array.isArray(data.strings) &&
        data.entries &&
        typeof data.entries === "object"
      ) {
        Object.assign(this.entries, withStrings(data.entries, data.strings));
      }
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  /** The hash of a file's bytes (or of why it could not be read), for `CacheKey.content`. */
  static content(bytes: string | Buffer): string {
    return crypto().createHash("sha256").update(bytes).digest("hex");
  }

  /**
   * The hash of what many files share, for `CacheKey.context`: their rule
   * settings and schema (as `LintCache.settings` writes them), today, the
   * file's base revision when it has one, and the tool version.
   */
  static context(parts: { settings: string; now: string; base?: string }): string {
    const hash = crypto().createHash("sha256");
    hash.update(pkg.version).update("\0").update(parts.now).update("\0");
    hash.update(parts.settings).update("\0");
    hash.update(parts.base ?? "\u0001no base");
    return hash.digest("hex");
  }

  /** Rule settings and a schema as one string for `context`. */
  static settings(settings: ReadonlyMap<string, unknown>, schema: string): string {
    // As [id, {severity, options}] pairs: a Map would stringify as {}.
    return `${JSON.stringify([...settings])}\0${schema}`;
  }

  static stat(stats: Stats): StatTuple {
    return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
  }

  /** The result stored for a file whose stat has not changed since it was hashed: no need to read it. */
  unchanged(filePath: string, context: string, stat: StatTuple): CachedResult | undefined {
    const hit = this.entries[filePath];
    if (hit?.context !== context || !hit.stat || !sameStat(hit.stat, stat)) return undefined;
    return this.use(filePath, hit);
  }

  get(filePath: string, key: CacheKey): CachedResult | undefined {
    const hit = this.entries[filePath];
    if (hit?.context !== key.context || hit.content !== key.content) return undefined;
    const result = this.use(filePath, hit);
    // Same bytes, new stat (a checkout touched the file): store the stat, so the next run need not read it.
    const stat = this.settled(key.stat);
    if (result && stat && !(hit.stat && sameStat(hit.stat, stat))) {
      this.fresh[filePath] = { ...hit, stat };
      this.changed = true;
    }
    return result;
  }

  set(filePath: string, key: CacheKey, file: CachedFile): void {
    const stat = this.settled(key.stat);
    this.fresh[filePath] = {
      context: key.context,
      content: key.content,
      ...(stat ? { stat } : {}),
      file: encode(file),
    };
    this.changed = true;
  }

  /** Write what this run used (files no longer linted drop out), atomically; nothing when that is what is there. */
  save(): void {
    if (!this.changed && Object.keys(this.fresh).length === Object.keys(this.entries).length) return;
    mkdirSync(dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.tmp`;
    const data: CacheFile = { version: pkg.version, format: FORMAT, ...shareStrings(this.fresh) };
    writeFileSync(temp, asciiJson(JSON.stringify(data)));
    renameSync(temp, this.location);
  }

  private use(filePath: string, hit: StoredEntry): CachedResult | undefined {
    // A hand-edited entry is linted again (checked here: decoding waits until the result is reported).
    if (!isCompactFile(hit.file)) return undefined;
    this.fresh[filePath] = hit;
    return new CachedResult(filePath, hit.file);
  }

  /** The stat, when the file last changed long enough before this run to be trusted next time. */
  private settled(stat: StatTuple | undefined): StatTuple | undefined {
    if (!stat) return undefined;
    const [, mtimeMs, ctimeMs] = stat;
    return Math.max(mtimeMs, ctimeMs) < this.startedAt - RACY_MS ? stat : undefined;
  }
}

/** `entries` with the strings many share replaced by their index in `strings` (as CacheFile stores them). */
function shareStrings(entries: Record<string, StoredEntry>): Pick<CacheFile, "strings" | "entries"> {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const share = (text: string): number => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const shared: Record<string, unknown> = {};
  for (const [path, entry] of Object.entries(entries)) {
    const diagnostics = entry.file.diagnostics.map(([ruleId, severity, message, ...rest]) => [
      share(ruleId),
      severity,
      share(message),
      ...rest,
    ]);
    shared[path] = { ...entry, context: share(entry.context), file: { ...entry.file, diagnostics } };
  }
  return { strings, entries: shared as Record<string, StoredEntry> };
}

/**
 * Stored entries with their shared strings put back, in place. Anything but a
 * string's index becomes undefined, so a hand-edited entry fails `isCompactFile`
 * or matches no context.
 */
function withStrings(entries: Record<string, unknown>, strings: unknown[]): Record<string, StoredEntry> {
  const at = (index: unknown) =>
    Number.isInteger(index) && typeof strings[index as number] === "string" ? strings[index as number] : undefined;
  for (const entry of Object.values(entries)) {
    if (typeof entry !== "object" || entry === null) continue;
    const e = entry as { context?: unknown; file?: { diagnostics?: unknown } };
    e.context = at(e.context);
    const diagnostics = e.file?.diagnostics;
    if (!Array.isArray(diagnostics)) continue;
    for (const d of diagnostics) {
      if (!Array.isArray(d)) continue;
      d[0] = at(d[0]);
      d[2] = at(d[2]);
    }
  }
  return entries as Record<string, StoredEntry>;
}

/**
 * JSON with every non-ASCII character escaped (`\u2014`): the same data, read back
 * as one-byte text. A few `…` in messages made all 16 MB of a 10,000-file cache
 * two-byte text, twice as slow to decode and a third slower to parse.
 */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The cache file's text: ASCII (as `asciiJson` writes it) is decoded the fast way. */
function readCacheText(location: string): string {
  const bytes = readFileSync(location);
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}

function sameStat(a: StatTuple, b: StatTuple): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

function encode(file: CachedFile): CompactFile {
  const { summary } = file;
  return {
    diagnostics: file.diagnostics.map(({ ruleId, severity, message, range, fix }) =>
      fix ? [ruleId, severity, message, encodeRange(range), fix] : [ruleId, severity, message, encodeRange(range)],
    ),
    ...(file.schema !== undefined ? { schema: file.schema } : {}),
    ...(summary.title ? { title: [summary.title.name, encodeRange(summary.title.range)] } : {}),
    repos: summary.repos.map(({ url, range }) => [url, encodeRange(range)]),
    directives: file.directives.map((d) => ({ ...d, range: encodeRange(d.range) })),
  };
}

/**
 * A stored result, decoded when asked for: a warm run decodes a file's
 * findings only when it reports them, so they die young (decoding all of them
 * first had 70,000 findings promoted to the old generation, and collected there).
 */
export class CachedResult {
  constructor(
    readonly filePath: string,
    private readonly stored: CompactFile,
  ) {}

  /** What the catalog-level rules need. */
  summary(): EntrySummary {
    const { filePath, stored } = this;
    return {
      filePath,
      folder: folderOf(filePath),
      ...(stored.title ? { title: { name: stored.title[0], range: decodeRange(stored.title[1]) } } : {}),
      repos: stored.repos.map(([url, range]) => ({ url, range: decodeRange(range) })),
      linted: true,
    };
  }

  /** What the report needs: the file's findings and schema, and its directives (for catalog-level findings). */
  result(): FileResult & { directives: Directive[] } {
    const { filePath, stored } = this;
    const diagnostics = stored.diagnostics.map(([ruleId, severity, message, range, fix]): Diagnostic => {
      // The key order of lint's own diagnostics, so reports are byte-identical.
      const diagnostic: Diagnostic = { ruleId, severity, message, range: decodeRange(range), url: ruleDocUrl(ruleId) };
      if (fix) diagnostic.fix = fix;
      return diagnostic;
    });
    const directives = stored.directives.map((d) => ({ ...d, range: decodeRange(d.range) }));
    return { filePath, diagnostics, ...(stored.schema !== undefined ? { schema: stored.schema } : {}), directives };
  }

  file(): CachedFile {
    return { ...this.result(), summary: this.summary() };
  }
}

/** Whether a stored result has the shape `encode` writes (so decoding it cannot fail), without copying it. */
function isCompactFile(file: unknown): file is CompactFile {
  const f = file as Partial<CompactFile> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    Array.isArray(f.diagnostics) &&
    f.diagnostics.every(
      (d) =>
        Array.isArray(d) &&
        typeof d[0] === "string" &&
        (d[1] === "error" || d[1] === "warn") &&
        typeof d[2] === "string" &&
        isCompactRange(d[3]) &&
        (d[4] === undefined || isFix(d[4])),
    ) &&
    (f.schema === undefined || typeof f.schema === "string") &&
    (f.title === undefined ||
      (Array.isArray(f.title) && typeof f.title[0] === "string" && isCompactRange(f.title[1]))) &&
    Array.isArray(f.repos) &&
    f.repos.every((r) => Array.isArray(r) && typeof r[0] === "string" && isCompactRange(r[1])) &&
    Array.isArray(f.directives) &&
    f.directives.every((d) => typeof d === "object" && d !== null && Array.isArray(d.rules) && isCompactRange(d.range))
  );
}

function isCompactRange(range: unknown): range is CompactRange {
  return Array.isArray(range) && range.length === 6 && range.every((n) => typeof n === "number");
}

function isFix(fix: unknown): fix is NonNullable<Diagnostic["fix"]> {
  const f = fix as Partial<NonNullable<Diagnostic["fix"]>> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    Array.isArray(f.range) &&
    f.range.length === 2 &&
    typeof f.range[0] === "number" &&
    typeof f.range[1] === "number" &&
    typeof f.text === "string"
  );
}

function encodeRange({ start, end }: Range): CompactRange {
  return [start.line, start.column, start.offset, end.line, end.column, end.offset];
}

function decodeRange(range: CompactRange): Range {
  const [line, column, offset, endLine, endColumn, endOffset] = range;
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}
