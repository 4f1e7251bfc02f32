import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pkg from "../package.json" with { type: "json" };
import type { LintedFile } from "./lint.js";

export type CachedFile = Omit<LintedFile, "source">;

interface CacheFile {
  /** The tool version: a new version may find other things, so it empties the cache. */
  version: string;
  entries: Record<string, { key: string; file: CachedFile }>;
}

/** Where `--cache` keeps results unless `--cache-location` says otherwise (like Babel, Prettier, ESLint's loaders). */
export function defaultCacheLocation(cwd: string): string {
  return join(cwd, "node_modules", ".cache", "catalog-lint", "results.json");
}

/**
 * Results by file, reused when nothing that decides them changed: the file's
 * bytes, its rule settings and options, its schema (so an edited template or
 * criteria file invalidates), "today", and the catalog-lint version.
 * A missing, corrupt or foreign cache file is just an empty cache.
 */
export class LintCache {
  private readonly entries: CacheFile["entries"];
  private readonly fresh: CacheFile["entries"] = {};
  /** Whether this run stored a result the cache file lacks (else saving rewrites the same entries). */
  private changed = false;

  constructor(private readonly location: string) {
    this.entries = {};
    try {
      const data = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
      if (data.version === pkg.version && data.entries && typeof data.entries === "object") {
        this.entries = Object.assign(Object.create(null), data.entries);
      }
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  /**
   * `context` is what many files share (their settings and schema, as
   * `LintCache.context` writes them); it is hashed with the file's own text.
   */
  static key(parts: { text: string | Buffer; context: string; now: string; base?: string }): string {
    const hash = createHash("sha256");
    hash.update(pkg.version).update("\0").update(parts.now).update("\0");
    hash.update(parts.context).update("\0");
    hash.update(parts.base ?? "\u0001no base").update("\0");
    hash.update(parts.text);
    return hash.digest("hex");
  }

  /** Rule settings and a schema as one string for `key`. */
  static context(settings: ReadonlyMap<string, unknown>, schema: string): string {
    // As [id, {severity, options}] pairs: a Map would stringify as {}.
    return `${JSON.stringify([...settings])}\0${schema}`;
  }

  get(filePath: string, key: string): CachedFile | undefined {
    const hit = this.entries[filePath];
    // The shape is checked too: a cache written by an older build of the same version is ignored.
    const file = hit?.file as Partial<CachedFile> | undefined;
    if (hit?.key !== key || !Array.isArray(file?.diagnostics) || !file?.summary || !Array.isArray(file.directives)) {
      return undefined;
    }
    this.fresh[filePath] = hit;
    // Not a copy: callers copy what they change (the catalog-level findings go into a new array).
    return hit.file;
  }

  set(filePath: string, key: string, file: CachedFile): void {
    this.fresh[filePath] = { key, file };
    this.changed = true;
  }

  /** Write what this run used (files no longer linted drop out), atomically; nothing when that is what is there. */
  save(): void {
    if (!this.changed && Object.keys(this.fresh).length === Object.keys(this.entries).length) return;
    mkdirSync(dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: pkg.version, entries: this.fresh } satisfies CacheFile));
    renameSync(temp, this.location);
  }
}
