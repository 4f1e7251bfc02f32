import { lstatSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defaultCatalog } from "../files/discover.js";
import { buildEntry } from "../model/build-entry.js";
import { DEFAULT_MAX_FILE_SIZE } from "../parse/limits.js";
import { createSourceFile } from "../parse/source.js";
import { entryShape } from "../schema/entry-shape.js";
import { DEFAULT_PRESET, presets } from "../schema/presets/index.js";
import { indexSchema, type SchemaIndex } from "../schema/types.js";
import { CatalogLintError } from "../util/errors.js";
import { plural } from "../util/text.js";
import type { PreparedRun } from "./run.js";

/**
 * A run with no schema found: no config, no `--schema`, no manifest and no
 * `datasets/<id>/data/` layout, every markdown file of the working directory
 * (no paths named). The built-in preset is then a guess: when most files
 * plainly do not follow it, the run stops (exit 2) and says what to run,
 * rather than report every file as broken; else the run lints with the preset
 * and says so once. Undefined when a schema was found (or files were named).
 */
export function zeroConfigNotice(
  run: PreparedRun,
  paths: readonly string[],
  files: readonly string[],
): string | undefined {
  const { options, config } = run;
  if (paths.length > 0 || options.schema || config.path !== undefined || run.catalog.include) return undefined;
  if (defaultCatalog(options.cwd).layout) return undefined;
  const schema = indexSchema(presets[DEFAULT_PRESET] as NonNullable<(typeof presets)[string]>);
  const maxBytes = config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const unlike = files.filter((file) => !followsPreset(resolve(options.cwd, file), schema, maxBytes));
  const where = "no .catalog-lintrc, no configuration/datasets.manifest.json, no datasets/<id>/data/ folders";
  // "Most": more than half of the files, so a catalog with a few odd pages is still linted.
  if (unlike.length * 2 > files.length) {
    throw new CatalogLintError(
      `No schema found for the ${plural(files.length, "markdown file")} below the working directory (${where}), and ${unlike.length} of them do not look like entries of the built-in preset \`${DEFAULT_PRESET}\` (no \`# Name - URL\` title, fewer than half of their headings known to it), such as ${unlike[0]}. Run \`npx catalog-lint init\` to infer a schema from the entries, or pass --schema (a template, a schema file or a preset)`,
    );
  }
  return `No schema found (${where}): the ${plural(files.length, "file")} are checked against the built-in preset \`${DEFAULT_PRESET}\`. Run \`npx catalog-lint init\` to infer the catalog's own schema, or pass --schema`;
}

/**
 * Whether a file looks like an entry of `schema` (src/schema/entry-shape.ts):
 * its first heading is a `# Name - URL` title, or at least half of its `##`
 * and `###` headings are names the schema knows (and it has some). A file that is not read (a link,
 * a FIFO, too large, unparsable) counts as following it: its own finding says what is wrong.
 */
export function followsPreset(path: string, schema: SchemaIndex, maxBytes: number): boolean {
  let text: string;
  try {
    // Only a regular file of at most `maxBytes` is read (a FIFO would block, a link may lead out).
    const stat = lstatSync(path);
    if (!stat.isFile() || stat.size > maxBytes) return true;
    text = readFileSync(path, "utf8");
  } catch {
    return true;
  }
  let entry: ReturnType<typeof buildEntry>;
  try {
    entry = buildEntry(createSourceFile(path, text));
  } catch {
    return true;
  }
  return entryShape(entry, schema).follows;
}
