import type { Stats } from "node:fs";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { compareStrings } from "../diagnostics/diagnostic.js";
import { isFolder } from "../files/discover.js";
import { writeFailure } from "../files/write/errors.js";
import { writeInside } from "../files/write/inside.js";
import { writeWhole } from "../files/write/replace.js";
import { crypto } from "../util/builtins.js";
import { oneLine } from "../util/errors.js";
import {
  type CachedFile,
  type CacheKey,
  ResultsWriter,
  type StatTuple,
  type StoredResult,
  StoredResults,
} from "./format.js";

export type { CachedFile, CacheKey, StatTuple, StoredResult } from "./format.js";

/**
 * A file changed less than this long before the run may change again within
 * the same timestamp tick after it was hashed (2 s: FAT's mtime resolution);
 * its stat is not trusted and it is hashed on the next run too (Git's "racy
 * clean" problem).
 */
const RACY_MS = 2000;

/** What this run keeps: a stored record it used (with a newer stat, if any), or a new result. */
type Kept = { index: number; stat?: StatTuple } | { key: CacheKey; file: CachedFile };

/**
 * Where `--cache` keeps results: `node_modules/.cache/catalog-lint/results.bin`
 * (like Babel's, Prettier's and ESLint's loaders), else `--cache-location`'s
 * file; a folder (one that exists, or written with a trailing `/`) gets
 * `results.bin` inside it, as ESLint's `--cache-location` does.
 */
export function cacheLocation(cwd: string, given?: string): string {
  if (given === undefined) return join(cwd, "node_modules", ".cache", "catalog-lint", CACHE_FILE);
  const absolute = resolve(cwd, given);
  return /[\\/]$/.test(given) || isFolder(absolute) ? join(absolute, CACHE_FILE) : absolute;
}

const CACHE_FILE = "results.bin";

/**
 * Results by file, reused when nothing that decides them changed: the file's
 * bytes, its rule settings and options, its schema (so an edited template or
 * criteria file invalidates), "today", and the catalog-lint version. The
 * bytes are read and hashed unless the file's stat is the one it had when
 * they were (see `unchanged`). A missing, corrupt or foreign cache file is
 * just an empty cache.
 */
export class LintCache {
  private readonly stored: StoredResults | undefined;
  private readonly kept = new Map<string, Kept>();
  /** Whether this run keeps something the cache file lacks (else saving rewrites the same records). */
  private changed = false;
  /** Before any file of this run was read: see RACY_MS. */
  private readonly startedAt = Date.now();

  /**
   * `root`: the repository the cache file may sit in (its default place is in
   * `node_modules/`, which a pull request can commit as a link); the file is
   * then never written through a folder that links out of it.
   */
  constructor(
    private readonly location: string,
    private readonly root?: string,
  ) {
    let file: Buffer | undefined;
    try {
      file = readFileSync(location);
    } catch {
      // no cache yet, or unreadable: start empty
    }
    this.stored = file && StoredResults.read(file, pkg.version);
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

  /** Whether the cache file has a record of this file (current or not). */
  knows(filePath: string): boolean {
    return this.stored?.find(filePath) !== undefined;
  }

  /** The result stored for a file whose stat has not changed since it was hashed: no need to read it. */
  unchanged(filePath: string, context: string, stat: StatTuple): StoredResult | undefined {
    const index = this.stored?.find(filePath);
    if (index === undefined || !this.stored?.matchesStat(index, context, stat)) return undefined;
    return this.use(filePath, index);
  }

  get(filePath: string, key: CacheKey): StoredResult | undefined {
    const index = this.stored?.find(filePath);
    if (index === undefined || !this.stored?.matchesContent(index, key.context, key.content)) return undefined;
    const result = this.use(filePath, index);
    // Same bytes, new stat (a checkout touched the file): store the stat, so the next run need not read it.
    const stat = this.settled(key.stat);
    if (result && stat && !this.stored.matchesStat(index, key.context, stat)) {
      this.kept.set(filePath, { index, stat });
      this.changed = true;
    }
    return result;
  }

  set(filePath: string, key: CacheKey, file: CachedFile): void {
    const stat = this.settled(key.stat);
    // A copy of the findings: the catalog-level ones join the caller's array later, and are never stored.
    const own = { ...file, diagnostics: [...file.diagnostics] };
    this.kept.set(filePath, {
      key: { context: key.context, content: key.content, ...(stat ? { stat } : {}) },
      file: own,
    });
    this.changed = true;
  }

  /**
   * Write what this run used (files no longer linted drop out), atomically;
   * nothing when that is what is there. A cache that cannot be written is
   * said, not thrown: the run's results are complete without it.
   */
  save(): { problem: string } | undefined {
    if (!this.changed && this.kept.size === (this.stored?.size ?? 0)) return undefined;
    const writer = new ResultsWriter();
    for (const [filePath, kept] of [...this.kept].sort(([a], [b]) => compareStrings(a, b))) {
      if ("file" in kept) writer.add(filePath, kept.key, kept.file);
      else if (this.stored) writer.copy(filePath, this.stored, kept.index, kept.stat);
    }
    try {
      const bytes = writer.bytes(pkg.version);
      if (this.root === undefined) writeWhole(this.location, bytes);
      else writeInside(this.root, this.location, bytes, "--cache");
    } catch (error) {
      const reason = writeFailure(error);
      return {
        problem: oneLine(
          `--cache: could not save results to ${this.location} (${reason}); this run's findings are complete, but the next run cannot reuse them: make that folder writable or give --cache-location another file`,
        ),
      };
    }
    return undefined;
  }

  private use(filePath: string, index: number): StoredResult | undefined {
    // A record that is not what the writer writes is linted again (checked here: decoding waits until the result is reported).
    const result = this.stored?.open(index, filePath);
    if (result) this.kept.set(filePath, { index });
    return result;
  }

  /** The stat, when the file last changed long enough before this run to be trusted next time. */
  private settled(stat: StatTuple | undefined): StatTuple | undefined {
    if (!stat) return undefined;
    const [, mtimeMs, ctimeMs] = stat;
    return Math.max(mtimeMs, ctimeMs) < this.startedAt - RACY_MS ? stat : undefined;
  }
}
