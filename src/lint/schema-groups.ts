import { isAbsolute, resolve } from "node:path";
import { configForFile } from "../config/load.js";
import { compareStrings } from "../diagnostics/diagnostic.js";
import { type ResolvedSchema, SchemaResolver } from "../schema/resolve.js";
import { oneLine } from "../util/errors.js";
import { folderAndName, relativePosix } from "../util/paths.js";
import { plural } from "../util/text.js";
import type { PreparedRun } from "./run.js";

/** Groups named one line each; the rest are counted in one more line. */
export const MAX_GROUP_LINES = 20;

/** Where a group's schema came from. */
type Origin = "option" | "config" | "dataset" | "dataset-without-template" | "none-found";

interface SchemaGroup {
  origin: Origin;
  resolved: ResolvedSchema;
  /** The `--schema` value or the config's `schema` setting, as resolved. */
  forced?: string;
  files: string[];
}

/**
 * Which schema each group of the run's files gets, and where it came from,
 * one line per group (sorted, at most MAX_GROUP_LINES and a count of the
 * rest): said once per run, by the thread that chose the files, never by a
 * worker. Said when some files get the built-in preset because no schema
 * was found for them while others get a schema: a docs page a broad
 * `include` took in, an entry outside its dataset's folder. Empty otherwise:
 * the preset guessed for a whole catalog, and for a dataset without a
 * template, is said by its own notice (src/lint/zero-config.ts, the
 * resolver's "has no template"), and the schemas a config, `--schema` or the
 * templates chose are the same every run, noise in a CI log
 * (`--print-config <file>` shows one file's).
 *
 * The schemas are resolved as the linter resolves them (one lookup per
 * folder), not built: a template is read, never parsed, here.
 */
export function schemaGroupLines(run: PreparedRun, files: readonly string[]): string[] {
  // A schema chosen for every file (by --schema or the config) leaves none to the preset's guess:
  // nothing to say, and no folder to resolve again (1,366 of them in github/explore: 24 ms).
  if (run.options.schema || files.every((file) => configSchemaOf(run, file) !== undefined)) return [];
  const groups = schemaGroups(run, files);
  if (groups.length < 2 || !groups.some((g) => g.origin === "none-found")) return [];
  // By folder, then by what the line says: the same files give the same lines in the same order.
  const lines = groups
    .map((group) => ({ folder: commonFolder(group.files), line: describe(run, group) }))
    .sort((a, b) => compareStrings(a.folder, b.folder) || compareStrings(a.line, b.line))
    .map(({ line }) => line);
  if (lines.length <= MAX_GROUP_LINES) return lines;
  const rest = groups.length - MAX_GROUP_LINES;
  return [...lines.slice(0, MAX_GROUP_LINES), `and ${plural(rest, "more group")} of files`];
}

function schemaGroups(run: PreparedRun, files: readonly string[]): SchemaGroup[] {
  const { cwd, schema: option } = run.options;
  const resolver = new SchemaResolver(cwd);
  // As the linter reads `--schema`: a preset id as it is, else a path from the working directory.
  const optionSchema = option && !/^[a-z0-9-]+$/.test(option) ? resolve(cwd, option) : option;
  const byFolder = new Map<string, SchemaGroup>();
  const groups = new Map<string, SchemaGroup>();
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const configSchema = optionSchema ? undefined : configSchemaOf(run, file);
    const forced = optionSchema ?? configSchema;
    const [folder] = folderAndName(absolute);
    const folderKey = `${forced ?? ""}\0${folder}`;
    let group = byFolder.get(folderKey);
    if (!group) {
      let resolved: ResolvedSchema;
      try {
        resolved = resolver.resolve(absolute, forced);
      } catch {
        // A schema that cannot be read is the lint's to report, with its file and line.
        continue;
      }
      const origin: Origin = optionSchema
        ? "option"
        : configSchema
          ? "config"
          : resolved.dataset !== undefined
            ? "dataset"
            : resolved.files.length === 0 && resolved.identity.startsWith("preset:")
              ? "none-found"
              : "dataset-without-template";
      const key = `${origin}\0${forced ?? ""}\0${resolved.identity}`;
      group = groups.get(key);
      if (!group) {
        group = { origin, resolved, ...(forced ? { forced } : {}), files: [] };
        groups.set(key, group);
      }
      byFolder.set(folderKey, group);
    }
    group.files.push(relativePosix(cwd, absolute));
  }
  return [...groups.values()];
}

/** The schema the config sets for a file (relative to the working directory), if it sets one. */
function configSchemaOf(run: PreparedRun, file: string): string | undefined {
  return configForFile(run.config, resolve(run.options.cwd, file)).schema;
}

/** `57 files in datasets/code-editor get the schema `code-editor` from …`. */
function describe(run: PreparedRun, group: SchemaGroup): string {
  const { cwd } = run.options;
  const folder = commonFolder(group.files);
  const who = `${plural(group.files.length, "file")}${folder ? ` in ${folder}` : ""} ${group.files.length === 1 ? "gets" : "get"}`;
  const { resolved } = group;
  const shown = (path: string) => (isAbsolute(path) ? relativePosix(cwd, path) : path);
  // A dataset's schema is its template and up to a handful of criteria files: the first named,
  // the others counted (--print-config <file> lists them all).
  const files = resolved.files.map(shown);
  const from =
    files.length <= 2
      ? files.join(" and ")
      : `${files[0]} and ${plural(files.length - 1, files.slice(1).every((f) => /\.ya?ml$/i.test(f)) ? "criteria file" : "more file")}`;
  const preset = `the built-in preset \`${resolved.name}\``;
  const named = from ? `the schema \`${resolved.name}\` from ${from}` : preset;
  const config = run.config.path ? relativePosix(cwd, run.config.path) : "the config";
  switch (group.origin) {
    case "option":
      return oneLine(`${who} ${named} (--schema)`);
    case "config":
      return oneLine(`${who} ${named} (set in ${config})`);
    case "dataset":
      return oneLine(`${who} ${named}`);
    case "dataset-without-template":
      return oneLine(`${who} ${preset}${from ? ` with the criteria of ${from}` : ""} (the dataset has no template)`);
    case "none-found":
      return oneLine(
        `${who} ${preset} (no schema found: run \`npx catalog-lint init\` to infer one, or pass --schema)`,
      );
  }
}

/** The deepest folder all `files` (posix, relative) are in; "" when they share none. */
function commonFolder(files: readonly string[]): string {
  let common: string[] | undefined;
  for (const file of files) {
    const parts = file.split("/").slice(0, -1);
    if (!common) common = parts;
    else {
      let n = 0;
      while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
      common = common.slice(0, n);
    }
    if (common.length === 0) return "";
  }
  return (common ?? []).join("/");
}
