import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import type * as Yaml from "yaml";
import type { z } from "zod";
import type { Severity } from "../diagnostics/diagnostic.js";
import { includeRefusal, isFolder, patternBelow, refusedIncludeError } from "../files/discover.js";
import { checkRepositoryFile, readOwnText } from "../files/read-data.js";
import { type Boundary, boundaryAt, checkoutRoot, repositoryRoot } from "../files/read-inside.js";
import { rules } from "../rules/index.js";
import { presets } from "../schema/presets/index.js";
import { CatalogLintError } from "../util/errors.js";
import { configParsers } from "../util/packages.js";
import { relativePosix } from "../util/paths.js";
import { didYouMean } from "../util/text.js";
import { type Config, configSchema, type RulesConfig } from "./schema.js";

/** Config file names, looked up in each directory from the working directory upward. */
export const CONFIG_FILES = [".catalog-lintrc.json", ".catalog-lintrc.yaml", ".catalog-lintrc.yml"];

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file, or undefined for the built-in defaults. */
  path?: string;
  /** Directory globs are relative to. */
  dir: string;
}

export interface RuleSetting {
  severity: Severity;
  /** The rule's options: its defaults, or what a config set (checked, defaults filled in). */
  options: Record<string, unknown>;
}

/** The settings one file is linted with, after overrides. */
export interface FileConfig {
  schema?: string;
  rules: ReadonlyMap<string, RuleSetting>;
}

export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Load `explicit` (the `--config` option) or the nearest config file; no file
 * means defaults. The file is read as a catalog file is (a link inside the
 * repository must not lead out, only a regular file of at most 2 MiB), and the
 * paths it names are checked before anything uses them (`checkPaths`).
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!path) return { config: {}, dir: resolve(cwd) };
  return readConfig(cwd, path, cwd, explicit);
}

/**
 * Load the config of a catalog named on the command line from outside it
 * (`catalog-lint ../other-catalog`, see `foreignConfigFile`): `path`, or the
 * defaults when it is undefined. Its `include` and `exclude` are written
 * relative to its own folder, the catalog's root, as a run inside it reads
 * them: they are rewritten relative to the working directory, where every
 * pattern is matched (`topics/*\/index.md` becomes `../other-catalog/topics/*\/index.md`).
 */
export function loadForeignConfig(cwd: string, path: string | undefined): LoadedConfig {
  if (!path) return { config: {}, dir: resolve(cwd) };
  return readConfig(cwd, path, dirname(path));
}

/** Read, parse and check the config at `path`, whose `include`/`exclude` are relative to the folder `patternsFrom`. */
function readConfig(cwd: string, path: string, patternsFrom: string, explicit?: string): LoadedConfig {
  const shown = relative(cwd, path) || path;
  const text = readOwnText(
    path,
    boundaryAt(repositoryRoot(patternsFrom)),
    `the config file ${shown}`,
    "Make it a regular file in the repository, or pass --config",
  );
  if (text === undefined)
    throw new CatalogLintError(`Config file ${explicit ?? shown} does not exist; check the --config path`);
  const parsed = parseConfig(text, shown);
  const config = patternsFrom === cwd ? parsed : rebasedPatterns(parsed, relativePosix(cwd, patternsFrom));
  const loaded = { config, path, dir: dirname(path) };
  checkPaths(loaded, cwd, patternsFrom, text, shown);
  return loaded;
}

/** `config` with its `include` and `exclude` moved below `folder` (relative to the working directory). */
function rebasedPatterns(config: Config, folder: string): Config {
  if (folder === "") return config;
  const rebased = (patterns: string[] | undefined) => patterns?.map((pattern) => patternBelow(folder, pattern));
  const include = rebased(config.include);
  const exclude = rebased(config.exclude);
  return { ...config, ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) };
}

/**
 * Which config governs a run over `paths` when it is not the working
 * directory's: a folder is linted by its own catalog's config (the nearest
 * `.catalog-lintrc.*` from it upward, as ESLint looks up a file's), so
 * `catalog-lint ../other-catalog` lints what `catalog-lint` run inside it
 * does. Undefined when the working directory's config governs (no paths,
 * a file or glob among them, every folder in its catalog); `{ path }` (the
 * file, or undefined for none) when every path is a folder governed by the
 * same other one. Folders governed by different configs, or beside files,
 * cannot share one run: a usage error, rather than lint a catalog by
 * another's settings.
 */
export function foreignConfigFile(cwd: string, paths: readonly string[]): { path: string | undefined } | undefined {
  const own = findConfigFile(cwd);
  const governing = new Map<string, string | undefined>();
  let onlyFolders = paths.length > 0;
  for (const written of paths) {
    const absolute = resolve(cwd, written);
    if (!isFolder(absolute)) {
      onlyFolders = false;
      continue;
    }
    governing.set(written, findConfigFile(absolute));
  }
  const configs = new Set(governing.values());
  const [only] = configs;
  if (onlyFolders && configs.size === 1) return only === own ? undefined : { path: only };
  for (const [written, config] of governing) {
    if (config === own) continue;
    const its = config ? `its own config ${relativePosix(cwd, config)}` : "no .catalog-lintrc";
    const ours = own ? relativePosix(cwd, own) : "none";
    throw new CatalogLintError(
      `\`${written}\` is a catalog with ${its}, unlike the other paths named (the working directory's config: ${ours}); lint it in a run of its own (\`npx catalog-lint ${written}\`), or pass --config`,
    );
  }
  return undefined;
}

/**
 * The paths a config names are the repository's data: a `schema` (and each
 * override's) must be a regular file inside the repository the config is in,
 * and `include` may walk only inside the checkout the working directory is in
 * (see discoverFiles). A schema that does not exist is left to the run, which
 * says so when a file needs it.
 */
function checkPaths(loaded: LoadedConfig, cwd: string, patternsFrom: string, text: string, shown: string): void {
  const line = (path: (string | number)[]) => () => lineOf(text, path);
  const { config } = loaded;
  const schemas: Array<[string | undefined, (string | number)[]]> = [
    [config.schema, ["schema"]],
    ...(config.overrides ?? []).map((o, i): [string | undefined, (string | number)[]] => [
      o.schema,
      ["overrides", i, "schema"],
    ]),
  ];
  let boundary: Boundary | undefined;
  for (const [schema, path] of schemas) {
    if (schema === undefined || presets[schema]) continue;
    boundary ??= boundaryAt(repositoryRoot(loaded.dir));
    checkRepositoryFile(resolve(loaded.dir, schema), boundary, {
      file: shown,
      key: path.join("."),
      line: line(path),
      written: schema,
      fix: "Point it to a schema or template file in the repository, or use a preset id",
    });
  }
  // A catalog named from outside keeps to its own checkout, as a run inside it would.
  const checkout = checkoutRoot(patternsFrom);
  if (!config.include || checkout === undefined) return;
  const inCheckout = boundaryAt(checkout);
  for (const [i, pattern] of config.include.entries()) {
    const refusal = includeRefusal(cwd, pattern, inCheckout);
    if (refusal)
      throw refusedIncludeError(
        `${shown}:${lineOf(text, ["include", i])}: \`include.${i}\``,
        pattern,
        refusal,
        inCheckout,
      );
  }
}

/**
 * Parse and validate config text (JSON is read by the YAML parser, which knows
 * every node's line). Errors name the file, line, key path, what was found and
 * what was expected.
 */
export function parseConfig(text: string, displayPath: string): Config {
  if (/\.json$/i.test(displayPath)) refuseJsonComments(text, displayPath);
  const { yaml } = configParsers();
  const lineCounter = new yaml.LineCounter();
  let doc: ReturnType<typeof Yaml.parseDocument>;
  let data: unknown;
  try {
    doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const syntax = doc.errors[0];
    if (syntax) {
      const at = lineCounter.linePos(syntax.pos[0]);
      const message = /call stack/i.test(syntax.message)
        ? "nested too deeply, expected a configuration a few levels deep"
        : (syntax.message.split("\n")[0] ?? "");
      throw new CatalogLintError(`${displayPath}:${at.line}:${at.col}: invalid syntax: ${message}`);
    }
    // An alias expands to a copy of its anchor's value: a few nested anchors make billions ("billion laughs").
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    forbidPrototypeKeys(data, displayPath);
  } catch (error) {
    if (error instanceof CatalogLintError) throw error;
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new CatalogLintError(
        `${displayPath}: too many YAML aliases (over 100 expansions), expected a configuration without nested anchors`,
      );
    }
    if (error instanceof RangeError) {
      throw new CatalogLintError(`${displayPath}: nested too deeply, expected a configuration a few levels deep`);
    }
    throw error;
  }
  const parsed = configSchema().safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = deepestIssue(parsed.error.issues[0]);
  if (!issue) throw new CatalogLintError(`${displayPath}: invalid configuration`);
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : keyLine(doc, path, lineCounter);
  const where = path.length ? `\`${path.join(".")}\`` : "the top level";
  throw new CatalogLintError(`${displayPath}:${line}: ${where}: ${describeIssue(issue, data, path)}`);
}

/**
 * A union (`"warn"` or `["warn", {options}]`) fails as a whole; the branch that
 * got furthest into the value explains the problem best, with the full path.
 */
function deepestIssue(issue: z.core.$ZodIssue | undefined, prefix: PropertyKey[] = []): z.core.$ZodIssue | undefined {
  if (!issue) return undefined;
  const path = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return { ...issue, path } as z.core.$ZodIssue;
  let best: z.core.$ZodIssue = { ...issue, path } as z.core.$ZodIssue;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = deepestIssue(inner, path);
      if (candidate && candidate.path.length > best.path.length) best = candidate;
    }
  }
  return best;
}

/** The line of the value at `path` in config text: for messages about a value that passed validation. */
function lineOf(text: string, path: (string | number)[]): number {
  const { yaml } = configParsers();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const keys = path.map(String);
  const node = doc.getIn(keys, true) as { range?: [number, number] } | undefined;
  return node?.range ? lines.linePos(node.range[0]).line : keyLine(doc, keys, lines);
}

function keyLine(doc: ReturnType<typeof Yaml.parseDocument>, path: string[], lines: Yaml.LineCounter): number {
  const { isMap, isSeq } = configParsers().yaml;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value) === path.at(-1));
    const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  if (isMap(parent) || isSeq(parent)) return parent.range ? lines.linePos(parent.range[0]).line : 1;
  return 1;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, path: string[]): string {
  if (issue.code === "unrecognized_keys") {
    const parent = path.slice(0, -1).join(".");
    const ruleOptions = /(?:^|\.)rules\.([\w-]+)\.1$/.exec(parent)?.[1];
    const rule = ruleOptions ? rules.find((r) => r.id === ruleOptions) : undefined;
    const optionNames = rule ? Object.keys(rule.defaults) : [];
    const known =
      parent === "rules" || parent.endsWith(".rules")
        ? "a rule id (see docs/rules)"
        : rule
          ? optionNames.length
            ? `an option of ${rule.id} (${optionNames.map((o) => `\`${o}\``).join(", ")})`
            : `no options: ${rule.id} takes none`
          : "a documented key";
    const candidates =
      parent === "rules" || parent.endsWith(".rules")
        ? rules.map((r) => r.id)
        : rule
          ? optionNames
          : parent === ""
            ? Object.keys(configSchema().shape)
            : /^overrides\.\d+$/.test(parent)
              ? OVERRIDE_KEYS
              : [];
    const suggestion = didYouMean(String(issue.keys[0]), candidates);
    const hint = suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`;
    return `unknown key \`${issue.keys[0]}\`${hint}, expected ${known}`;
  }
  const found = valueAt(data, issue.path.map(String));
  const shown = found === undefined ? "nothing" : `\`${JSON.stringify(found)}\``;
  if (issue.code === "invalid_value" || (issue.code === "invalid_union" && path.includes("rules"))) {
    return `found ${shown}, expected ${expectedSeverity(path)}`;
  }
  if (issue.code === "invalid_union") {
    const expected = issue.errors.flatMap((branch) => branch.map((i) => /expected (\w+)/.exec(i.message)?.[1] ?? []));
    return `found ${shown}, expected ${[...new Set(expected)].join(" or ") || "another value"}`;
  }
  const expected = issue.message.replace(/^Invalid input: /, "").replace(/, received \w+$/, "");
  // zod writes "Too small: expected number to be >0"; the sentence goes on after "found …, ".
  return `found ${shown}, ${expected.charAt(0).toLowerCase()}${expected.slice(1)}`;
}

/** The keys of an `overrides` item (src/config/schema.ts). */
const OVERRIDE_KEYS = ["files", "schema", "rules"];

/**
 * JSON has no comments, and the YAML parser that reads the file would take
 * `// note` for part of a key: a `.json` config with one gets a message that
 * says so, at the comment's line, before it is parsed.
 */
function refuseJsonComments(text: string, displayPath: string): void {
  const at = jsonCommentOffset(text);
  if (at === undefined) return;
  const line = text.slice(0, at).split("\n").length;
  throw new CatalogLintError(
    `${displayPath}:${line}: a comment, which JSON does not allow: remove it, or write the config as .catalog-lintrc.yaml (YAML has \`#\` comments)`,
  );
}

/** Where the first `//` or `/*` outside a string is, in JSON text. */
function jsonCommentOffset(text: string): number | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) return i;
  }
  return undefined;
}

function expectedSeverity(path: string[]): string {
  return path.includes("rules") ? '"off", "warn", "error" or ["warn", { options }]' : "a valid value";
}

function valueAt(data: unknown, path: string[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `__proto__` and friends could reach Object.prototype through later merges; refuse them. */
function forbidPrototypeKeys(value: unknown, displayPath: string, path: string[] = []): void {
  if (value === null || typeof value !== "object") return;
  for (const key of Object.keys(value)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      throw new CatalogLintError(
        `${displayPath}: \`${[...path, key].join(".")}\`: unexpected key \`${key}\`, expected a documented key`,
      );
    }
    forbidPrototypeKeys((value as Record<string, unknown>)[key], displayPath, [...path, key]);
  }
}

/** Files whose matching overrides are the same get the same settings: built once per set (a zod parse per rule). */
const settingsByOverrides = new WeakMap<LoadedConfig, Map<string, FileConfig>>();

/**
 * Rule settings and schema for one file: defaults, then the config, then
 * matching overrides. Files with the same matching overrides share one
 * (read-only) result.
 */
export function configForFile(loaded: LoadedConfig, absoluteFile: string): FileConfig {
  const overrides = overridesFor(loaded, absoluteFile);
  let known = settingsByOverrides.get(loaded);
  if (!known) {
    known = new Map();
    settingsByOverrides.set(loaded, known);
  }
  const all = loaded.config.overrides ?? [];
  const key = overrides.map((o) => all.indexOf(o)).join(",");
  let fileConfig = known.get(key);
  if (!fileConfig) {
    const settings = new Map<string, RuleSetting>();
    for (const rule of rules) settings.set(rule.id, { severity: rule.defaultSeverity, options: rule.defaults });
    applyRules(settings, loaded.config.rules);
    for (const override of overrides) applyRules(settings, override.rules);
    const schema = schemaOf(loaded, overrides);
    fileConfig = { ...(schema ? { schema } : {}), rules: settings };
    known.set(key, fileConfig);
  }
  return fileConfig;
}

/**
 * The `schema` setting `configForFile` gives a file, alone: the peers of a
 * linted file need their schema but no rule settings (a zod parse per rule).
 */
export function schemaForFile(loaded: LoadedConfig, absoluteFile: string): string | undefined {
  return schemaOf(loaded, overridesFor(loaded, absoluteFile));
}

function schemaOf(loaded: LoadedConfig, overrides: ReturnType<typeof overridesFor>): string | undefined {
  // Schema paths in a config file are relative to that file; preset ids stay ids.
  const schemaPath = (value: string) => (presets[value] ? value : resolve(loaded.dir, value));
  let schema = loaded.config.schema ? schemaPath(loaded.config.schema) : undefined;
  for (const override of overrides) {
    if (override.schema) schema = schemaPath(override.schema);
  }
  return schema;
}

/** The config's overrides whose `files` globs match the file, in order. */
function overridesFor(loaded: LoadedConfig, absoluteFile: string): NonNullable<Config["overrides"]> {
  const { overrides } = loaded.config;
  // Most configs have none: no path to compute for each of 10,000 files.
  if (!overrides?.length) return [];
  const rel = relativePosix(loaded.dir, absoluteFile);
  return overrides.filter((override) => matcherOf(override)(rel));
}

const matchers = new WeakMap<object, (path: string) => boolean>();

/** An override's `files` globs, compiled once. */
function matcherOf(override: { files: string | string[] }): (path: string) => boolean {
  let matcher = matchers.get(override);
  if (!matcher) {
    matcher = picomatch(Array.isArray(override.files) ? override.files : [override.files], { dot: true });
    matchers.set(override, matcher);
  }
  return matcher;
}

function applyRules(settings: Map<string, RuleSetting>, config: RulesConfig | undefined): void {
  for (const [id, value] of Object.entries(config ?? {})) {
    if (value === undefined) continue;
    const [severity, options] = Array.isArray(value) ? value : [value];
    const rule = rules.find((r) => r.id === id);
    if (!rule) continue;
    if (severity === "off") {
      settings.delete(id);
      continue;
    }
    settings.set(id, { severity, options: options ?? rule.defaults });
  }
}
