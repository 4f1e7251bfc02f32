import type { LoadedConfig } from "../config/load.js";
import { type CatalogFiles, catalogFileMatcher } from "../files/select-files.js";

/**
 * Whether a file beside a linted one (relative to `cwd`, with `/`) can be its
 * peer: only a file a run with no paths could lint, by discovery's own rules
 * (`catalogFileMatcher`: `include`, so no dot-file unless a pattern names it,
 * `exclude`, templates, documentation). A `data/.draft.md` or a README beside
 * the entries is never linted, so it must not make one a `duplicate-entry`.
 * Without the run's catalog (a run over every catalog file, or the linter
 * called alone), the config's `include` and `exclude` say it, as they say
 * what such a run lints.
 */
export function peerCandidateMatcher(
  cwd: string,
  config: LoadedConfig,
  catalog: CatalogFiles | undefined,
): (path: string) => boolean {
  const { include, exclude } = config.config;
  return catalogFileMatcher(catalog ?? { cwd, ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) });
}
