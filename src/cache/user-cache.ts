import { statSync, utimesSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { writeWhole } from "../files/write/replace.js";

/**
 * Where catalog-lint keeps what only makes it start sooner (V8's code cache,
 * built schemas), per user and never in the repository:
 * `$XDG_CACHE_HOME/catalog-lint`, else `~/.cache/catalog-lint`, else
 * `%LOCALAPPDATA%\catalog-lint`. `CATALOG_LINT_CODE_CACHE=0` turns it off;
 * so does a machine without a home folder.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CATALOG_LINT_CODE_CACHE === "0") return undefined;
  try {
    const base =
      env.XDG_CACHE_HOME ||
      (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : join(homedir(), ".cache"));
    return join(base, "catalog-lint");
  } catch {
    return undefined;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Files there not used for this long are removed when another build writes its own. */
export const UNUSED_FOR_MS = 30 * DAY_MS;

/**
 * Mark a file of the cache folder as used (its modification time, at most once
 * a day): removal goes by that time, and a file that is only read would keep
 * the time it was written, and be removed while in daily use.
 */
export function markUsed(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs < DAY_MS) return;
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // gone meanwhile, or read-only: it is only written again
  }
}

/**
 * Write a file of the cache folder: for the user alone (folder `0700`, file
 * `0600`, as SECURITY.md says), whole or not at all. Throws as `fs` does.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  writeWhole(file, data, { folder: 0o700, file: 0o600 });
}
