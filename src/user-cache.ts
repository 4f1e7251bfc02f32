import { homedir } from "node:os";
import { join } from "node:path";

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
