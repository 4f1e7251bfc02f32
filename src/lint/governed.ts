import { isAbsolute, relative, resolve, sep } from "node:path";
import { configForFile } from "../config/load.js";
import { MANIFEST_PATH } from "../files/manifest.js";
import { catalogFileMatcher, selectCatalogFiles } from "../files/select-files.js";
import { SchemaResolver } from "../schema/resolve.js";
import { plural } from "../util/text.js";
import type { PreparedRun } from "./run.js";

/**
 * The entries a change to the files that govern them makes worth linting
 * again, though the entries themselves did not change: a template, a
 * criteria file or a schema file (what the entry's schema is read from), a
 * dataset manifest (every entry below its catalog root), a
 * `.catalog-lintrc.*` (every entry). Renaming one heading in a template took
 * a dataset from 43 to 87 errors while only the changed entries were linted.
 * With `reasons`, one line per governing file, to say why (each file
 * named by `quote`: code by default, escaped markdown in the Action's
 * summary, where a file name comes from the pull request), and `sources`,
 * those files.
 *
 * The catalog is walked only when a changed file could be one of them (a
 * config, a manifest, or a non-entry `.md`, `.json`, `.yml`).
 */
export function governedFiles(
  run: PreparedRun,
  changed: readonly string[],
  quote: (path: string) => string = (path) => `\`${path}\``,
): { files: string[]; reasons: string[]; sources: string[] } {
  const { cwd } = run.options;
  const isEntry = catalogFileMatcher(run.catalog);
  const shownConfig = run.config.path ? toPosix(relative(cwd, run.config.path)) : undefined;
  const configs = changed.filter((p) => CONFIG.test(p) || p === shownConfig);
  const manifest = toPosix(MANIFEST_PATH);
  const manifests = changed.filter((p) => p === manifest || p.endsWith(`/${manifest}`));
  const candidates = new Set(changed.filter((p) => SCHEMA_SOURCE.test(p) && !isEntry(p)));
  if (configs.length === 0 && manifests.length === 0 && candidates.size === 0)
    return { files: [], reasons: [], sources: [] };

  const all = selectCatalogFiles(run.catalog, []);
  const wasChanged = new Set(changed);
  const extra = (files: readonly string[]) => files.filter((f) => !wasChanged.has(f)).length;
  const [config] = configs;
  if (config !== undefined) {
    return {
      files: all,
      reasons: [
        `${quote(config)} changed, so every catalog file was linted (${plural(extra(all), "more entry", "more entries")}).`,
      ],
      sources: [config],
    };
  }
  const governed = new Set<string>();
  const reasons: string[] = [];
  const governing: string[] = [...manifests];
  for (const file of manifests) {
    const root = file.slice(0, -manifest.length);
    const below = all.filter((f) => f.startsWith(root));
    for (const f of below) governed.add(f);
    reasons.push(`${quote(file)} changed, so the ${plural(below.length, "entry", "entries")} it lists were linted.`);
  }
  if (candidates.size > 0) {
    const resolver = new SchemaResolver(cwd);
    const byFile = new Map<string, string[]>();
    for (const file of all) {
      const absolute = resolve(cwd, file);
      let sources: string[];
      try {
        sources = resolver.resolve(absolute, run.options.schema ?? configForFile(run.config, absolute).schema).files;
      } catch {
        // A schema that cannot be read is the linter's to report, for this file.
        continue;
      }
      for (const source of sources) {
        const shown = toPosix(isAbsolute(source) ? relative(cwd, source) : source);
        if (!candidates.has(shown)) continue;
        governed.add(file);
        const list = byFile.get(shown) ?? [];
        list.push(file);
        byFile.set(shown, list);
      }
    }
    for (const [source, files] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
      governing.push(source);
      reasons.push(
        `${quote(source)} changed, so the ${plural(files.length, "entry", "entries")} it governs ${files.length === 1 ? "was" : "were"} linted.`,
      );
    }
  }
  return { files: [...governed].sort(), reasons, sources: governing };
}

const CONFIG = /(?:^|\/)\.catalog-lintrc(?:\.[a-z]+)?$/;
const SCHEMA_SOURCE = /\.(?:md|markdown|json|ya?ml)$/i;

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
