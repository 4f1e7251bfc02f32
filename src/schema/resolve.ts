import { existsSync, lstatSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { MANIFEST_PATH, type Manifest, readManifest } from "../files/manifest.js";
import { type Reference, readOwnText, readRepositoryText } from "../files/read-data.js";
import { type Boundary, boundaryAt, repositoryRoot } from "../files/read-inside.js";
import { bibFilesOf, ultimateTemplateIn } from "../files/ultimate.js";
import { bibKeys } from "../util/citations.js";
import { CatalogLintError } from "../util/errors.js";
import { configParsers } from "../util/packages.js";
import { isInside, relativePosix } from "../util/paths.js";
import { findSchemaConflicts } from "./conflicts.js";
import { applyCriteria, type Criterion, readCriteria } from "./criteria.js";
import { schemaFromTemplate } from "./from-template.js";
import { compileJsonSchema, type FrontMatterJsonSchema } from "./json-schema.js";
import { DEFAULT_PRESET, presets } from "./presets/index.js";
import { schemaLine } from "./schema-line.js";
import type { SchemaStore } from "./store.js";
import { type CatalogSchema, schemaFileSchema } from "./types.js";
import { ultimateSchema } from "./ultimate.js";
import { findUltimateConflicts } from "./ultimate-conflicts.js";

/** The schema a file is checked against, and where it came from. */
export interface ResolvedSchema {
  /**
   * Built on first use (a dataset's is read from its template and criteria):
   * a run whose results all come from the cache needs only `identity`.
   */
  readonly schema: CatalogSchema;
  /** What the schema is built from (for cache keys): equal identities give equal schemas. */
  identity: string;
  /** The schema's name, known before it is built. */
  name: string;
  /** The dataset id when the schema came from the file's own dataset. */
  dataset?: string;
  /** Files the schema was read from (for caching and `--print-config`). */
  files: string[];
  /** Its `frontMatter.jsonSchema`, compiled on the first call (once): a run answered from the cache compiles none. */
  jsonSchema?: () => FrontMatterJsonSchema;
}

interface Dataset {
  id: string;
  root: string;
  dataDirs: string[];
  /** The repository the dataset's files are read from (see repositoryRoot). */
  boundary: Boundary;
  configFile?: DataFile;
  configDefaults: DataFile[];
  /** The ultimate-comparisons layout (`data/template.md`): its template's path, as found (any case). */
  ultimateTemplate?: string;
}

/** A criteria file of a dataset, and where the manifest names it (for messages). */
interface DataFile {
  path: string;
  reference: Reference;
}

/**
 * Finds each file's schema. With `forced` (the `--schema` option or the config's
 * `schema` key) every file gets that schema. Otherwise the file's dataset is
 * found through `configuration/datasets.manifest.json` (or the
 * `datasets/<id>/data/` layout) and its template plus criteria are used; a
 * dataset with no template falls back to the preset, and says so once.
 */
export class SchemaResolver {
  private readonly cache = new Map<string, ResolvedSchema>();
  private readonly manifests = new Map<string, Dataset[] | null>();
  private readonly forcedSchemas = new Map<string, ResolvedSchema>();
  readonly notices: string[] = [];

  /** `store` keeps dataset schemas across runs (see SchemaStore). */
  constructor(
    private readonly cwd: string,
    private readonly store?: SchemaStore,
  ) {}

  /** The schema for `file`; `forced` (a preset id or an absolute path) skips discovery. */
  resolve(file: string, forced?: string): ResolvedSchema {
    if (forced) {
      let schema = this.forcedSchemas.get(forced);
      if (!schema) {
        schema = loadSchemaOption(forced, this.cwd);
        this.forcedSchemas.set(forced, schema);
      }
      return schema;
    }
    const dataset = this.datasetOf(resolve(this.cwd, file));
    if (!dataset) return presetSchema(DEFAULT_PRESET);
    const cached = this.cache.get(dataset.id + "\0" + dataset.root);
    if (cached) return cached;
    const resolved = this.fromDataset(dataset);
    this.cache.set(dataset.id + "\0" + dataset.root, resolved);
    return resolved;
  }

  private fromDataset(dataset: Dataset): ResolvedSchema {
    const template = findTemplate(dataset, this.cwd);
    // A criteria file that does not exist is skipped (a manifest may list one for another tool).
    const criteriaFiles = [...dataset.configDefaults, ...(dataset.configFile ? [dataset.configFile] : [])]
      .filter((f) => this.criteriaTextOf(f, dataset.boundary) !== undefined)
      .map((f) => f.path);
    // The files' text is the schema's identity; parsing waits until the schema is needed.
    const criteriaTexts = criteriaFiles.map((f) => this.criteriaTexts.get(f) ?? "");
    const criteria = (): Criterion[] => criteriaFiles.flatMap((f) => this.criteriaOf(f));
    if (!template) {
      // Every place looked, so the author knows where either kind of template would be found.
      const candidates = templateCandidates(dataset).map((c) => relative(this.cwd, c) || c);
      const looked =
        candidates.length > 0
          ? new Intl.ListFormat("en", { type: "conjunction" }).format(candidates)
          : relative(this.cwd, dataset.root) || ".";
      this.notices.push(
        `Dataset \`${dataset.id}\` has no template (looked for ${looked}); its entries are checked against the built-in preset \`${DEFAULT_PRESET}\``,
      );
      const preset = presetSchema(DEFAULT_PRESET);
      return this.lazySchema(
        () => applyCriteria(preset.schema, criteria()),
        JSON.stringify([preset.identity, ...criteriaTexts]),
        { name: preset.name, files: criteriaFiles },
      );
    }
    const shownTemplate = relative(this.cwd, template.path);
    const templateText = template.text;
    // An ultimate-comparisons catalog's references: the citation rule checks `[@key]` against them.
    const bibs = dataset.ultimateTemplate ? this.bibliographyOf(dataset) : [];
    return this.lazySchema(
      () => {
        const fromTemplate = schemaFromTemplate(templateText, shownTemplate, dataset.id);
        const shownCriteria = criteriaFiles.map((f, i) => ({
          path: relativePosix(this.cwd, f),
          text: criteriaTexts[i] ?? "",
        }));
        const shownTemplateText = { path: relativePosix(this.cwd, template.path), text: templateText };
        if (!dataset.ultimateTemplate) {
          const schema = applyCriteria(fromTemplate, criteria());
          const conflicts = findSchemaConflicts(shownTemplateText, shownCriteria);
          return conflicts.length > 0 ? { ...schema, conflicts } : schema;
        }
        const all = criteria();
        const built = applyCriteria(ultimateSchema(fromTemplate, all), all);
        const conflicts = findUltimateConflicts(shownTemplateText, shownCriteria);
        const schema = conflicts.length > 0 ? { ...built, conflicts } : built;
        if (bibs.length > 0) {
          schema.bibliography = {
            source: bibs.map((b) => relative(this.cwd, b.path)).join("`, `"),
            keys: [...new Set(bibs.flatMap((b) => bibKeys(b.text)))],
          };
        }
        return schema;
      },
      JSON.stringify([
        "template",
        dataset.id,
        shownTemplate,
        templateText,
        ...criteriaTexts,
        ...bibs.map((b) => b.text),
      ]),
      { name: dataset.id, dataset: dataset.id, files: [template.path, ...criteriaFiles, ...bibs.map((b) => b.path)] },
    );
  }

  /** A dataset's `.bib` files, read (those that may not be read are errors, as a template's are). */
  private bibliographyOf(dataset: Dataset): Array<{ path: string; text: string }> {
    const read: Array<{ path: string; text: string }> = [];
    for (const path of bibFilesOf(dataset.dataDirs[0] ?? dataset.root)) {
      const text = readRepositoryText(path, dataset.boundary, {
        file: relative(this.cwd, path) || path,
        fix: "Make it a regular file in the repository, or pass --schema",
      });
      if (text !== undefined) read.push({ path, text });
    }
    return read;
  }

  /** Shared criteria files (configuration/defaults/*.yml) are read and parsed once per run, not once per dataset. */
  private readonly criteriaTexts = new Map<string, string | undefined>();
  private readonly criteriaFiles = new Map<string, Criterion[]>();
  /** A criteria file's text, undefined when there is no such file. */
  private criteriaTextOf(file: DataFile, boundary: Boundary): string | undefined {
    if (this.criteriaTexts.has(file.path)) return this.criteriaTexts.get(file.path);
    const text = readRepositoryText(file.path, boundary, file.reference);
    this.criteriaTexts.set(file.path, text);
    return text;
  }
  private criteriaOf(path: string): Criterion[] {
    let criteria = this.criteriaFiles.get(path);
    if (!criteria) {
      criteria = parseCriteriaFile(relative(this.cwd, path) || path, this.criteriaTexts.get(path) ?? "");
      this.criteriaFiles.set(path, criteria);
    }
    return criteria;
  }

  /** A schema built by `build` on first use (once), or found in the store, known until then by `identity`. */
  private lazySchema(
    build: () => CatalogSchema,
    identity: string,
    rest: Omit<ResolvedSchema, "schema" | "identity">,
  ): ResolvedSchema {
    const { store } = this;
    let schema: CatalogSchema | undefined;
    return {
      get schema() {
        if (!schema) {
          schema = store?.get(identity);
          if (!schema) {
            schema = build();
            store?.set(identity, schema);
          }
        }
        return schema;
      },
      identity,
      ...rest,
    };
  }

  /** A folder's dataset: its files share one (10,000 files, a few folders). */
  private readonly folderDatasets = new Map<string, Dataset | undefined>();
  private datasetOf(file: string): Dataset | undefined {
    const folder = dirname(file);
    if (this.folderDatasets.has(folder)) return this.folderDatasets.get(folder);
    const dataset = this.folderDataset(folder);
    this.folderDatasets.set(folder, dataset);
    return dataset;
  }

  private folderDataset(folder: string): Dataset | undefined {
    // The nearest manifest decides; without one, `datasets/<id>/data/` is the layout. A manifest
    // above the file's checkout (the folder with `.git`) is another repository's: not looked for.
    for (let dir = folder; ; dir = dirname(dir)) {
      const datasets = this.manifestAt(dir);
      if (datasets) return datasets.find((d) => d.dataDirs.some((data) => isInside(folder, data)));
      if (dirname(dir) === dir || existsSync(join(dir, ".git"))) break;
    }
    // What is true of a path in the folder (the folder and a separator) is true of its files.
    const inFolder = folder.endsWith(sep) ? folder : folder + sep;
    const layout = /^(.*)[\\/]datasets[\\/]([^\\/]+)[\\/]data[\\/]/.exec(inFolder);
    if (layout?.[1] !== undefined && layout[2]) return layoutDataset(layout[1], layout[2], this.cwd);
    return ultimateDataset(folder, this.cwd);
  }

  private manifestAt(dir: string): Dataset[] | null {
    const cached = this.manifests.get(dir);
    if (cached !== undefined) return cached;
    const manifest = hasManifest(dir) ? readManifest(dir, this.cwd) : undefined;
    const datasets = manifest ? datasetsOf(manifest) : null;
    this.manifests.set(dir, datasets);
    return datasets;
  }
}

const CRITERIA_FIX = "Point it to a criteria file in the repository, or pass --schema";

/** Whether `dir` has a manifest (or a link in its place, which readManifest refuses): one lstat per folder. */
function hasManifest(dir: string): boolean {
  try {
    lstatSync(join(dir, MANIFEST_PATH));
    return true;
  } catch {
    return false;
  }
}

/** The manifest's datasets that own files (one that only aggregates others, "all", owns none). */
function datasetsOf(manifest: Manifest): Dataset[] {
  const named = (file: { path: string; written: string; key: string }): DataFile => ({
    path: file.path,
    reference: {
      file: manifest.shown,
      key: file.key,
      line: () => manifest.lineOf(file.key),
      written: file.written,
      fix: CRITERIA_FIX,
    },
  });
  return manifest.datasets
    .filter((d) => d.ownsFiles)
    .map((d) => ({
      id: d.id,
      root: manifest.root,
      dataDirs: d.dataDirs.map((dir) => dir.path),
      boundary: manifest.boundary,
      configDefaults: d.configDefaults.map(named),
      ...(d.config ? { configFile: named(d.config) } : {}),
    }));
}

/** Where a dataset's template may live, in order of preference. */
function templateCandidates(dataset: Dataset): string[] {
  if (dataset.ultimateTemplate) return [dataset.ultimateTemplate];
  const configDir = dataset.configFile
    ? dirname(dataset.configFile.path)
    : join(dataset.root, "datasets", dataset.id, "config");
  return [
    join(configDir, `${dataset.id}-comparison-template.md`),
    ...dataset.dataDirs.map((d) => join(d, "TEMPLATE.md")),
  ];
}

/** `shown` is the file as messages name it: relative to the working directory. */
function parseCriteriaFile(shown: string, text: string): Criterion[] {
  try {
    return readCriteria(text);
  } catch (error) {
    throw criteriaError(shown, error, "Fix its YAML");
  }
}

/** A criteria file that cannot be used: which one, why, and what to do. */
function criteriaError(shown: string, error: unknown, fix: string): CatalogLintError {
  return new CatalogLintError(
    `Cannot read the criteria file ${shown}: ${(error as Error).message}. ${fix} or pass --schema.`,
  );
}

function presetSchema(id: string): ResolvedSchema {
  const schema = presets[id];
  if (!schema)
    throw new CatalogLintError(
      `Unknown schema preset \`${id}\`; expected one of ${Object.keys(presets).join(", ")} or a path`,
    );
  // A preset is code: the tool's version (in every cache key) covers it.
  return { schema, identity: `preset:${id}`, name: schema.name, files: [] };
}

/** A schema given whole (a schema file, a template passed as --schema): it is its own identity. */
function givenSchema(schema: CatalogSchema, files: string[]): ResolvedSchema {
  return { schema, identity: JSON.stringify(schema), name: schema.name, files };
}

/**
 * `--schema` value: a preset id, a template (`.md`), or a schema file
 * (`.json`, `.yaml`, `.yml`) matching the CatalogSchema JSON Schema.
 */
export function loadSchemaOption(value: string, cwd: string): ResolvedSchema {
  if (presets[value]) return presetSchema(value);
  const path = resolve(cwd, value);
  // Shown as the user would write it: relative to the working directory (the CLI hands an absolute path).
  const shown = relative(cwd, path) || value;
  // A config's `schema` was checked to be in the repository when the config was loaded.
  const text = readOwnText(
    path,
    boundaryAt(repositoryRoot(cwd)),
    `schema file ${shown}`,
    "Pass a schema or template file, or a preset id",
  );
  if (text === undefined) {
    throw new CatalogLintError(
      `Schema \`${shown}\` is neither a preset (${Object.keys(presets).join(", ")}) nor an existing file`,
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") {
    const remedy = `Add them to ${shown}, or give --schema (or the config's \`schema\`) a schema file instead.`;
    return givenSchema(schemaFromTemplate(text, shown, basename(path, ext), remedy), [path]);
  }
  const data = parseSchemaText(text, ext, shown);
  const parsed = schemaFileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue?.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    const line = schemaLine(text, path);
    throw new CatalogLintError(
      `Invalid schema file ${shown}: at \`${path.join(".") || "(root)"}\`${line ? ` (line ${line})` : ""}: ${issue?.message ?? "invalid"}`,
    );
  }
  const schema: CatalogSchema = { ...parsed.data, source: shown };
  const jsonSchemaPath = schema.frontMatter?.jsonSchema;
  if (jsonSchemaPath === undefined) return givenSchema(schema, [path]);
  return withJsonSchema(schema, path, jsonSchemaPath, { schemaText: text, shownSchema: shown, cwd });
}

/**
 * A schema file's schema with its `frontMatter.jsonSchema` (`written` relative to the schema
 * file): read now, in the repository as any data file is, its text part of the identity (and so
 * of the cache key); compiled when a file is linted.
 */
function withJsonSchema(
  schema: CatalogSchema,
  schemaPath: string,
  written: string,
  { schemaText, shownSchema, cwd }: { schemaText: string; shownSchema: string; cwd: string },
): ResolvedSchema {
  const path = resolve(dirname(schemaPath), written);
  const line = () => schemaLine(schemaText, ["frontMatter", "jsonSchema"]);
  const reference: Reference = {
    file: shownSchema,
    key: "frontMatter.jsonSchema",
    line,
    written,
    fix: "Point it to a JSON Schema file in the repository, relative to the schema file",
  };
  const text = readRepositoryText(path, boundaryAt(repositoryRoot(cwd)), reference);
  const shown = relative(cwd, path).split(sep).join("/");
  if (text === undefined) {
    const at = line();
    throw new CatalogLintError(
      `Invalid schema file ${shownSchema}: at \`frontMatter.jsonSchema\`${at ? ` (line ${at})` : ""}: Unexpected \`${written}\`, which does not exist (looked for ${shown}), expected a JSON Schema file relative to the schema file`,
    );
  }
  let compiled: FrontMatterJsonSchema | undefined;
  return {
    schema,
    identity: JSON.stringify([schema, text]),
    name: schema.name,
    files: [schemaPath, path],
    jsonSchema: () => {
      compiled ??= compileJsonSchema(text, shown);
      return compiled;
    },
  };
}

/**
 * Dataset `id` of the catalog at `root` as a lint finds it, for `catalog-lint
 * new`: the manifest's (read by src/files/manifest.ts), else the
 * `datasets/<id>/data/` layout. `folder` is where its entries go, `template`
 * its template read as a lint reads it (inside the repository; undefined when
 * there is none) and `looked` where it was looked for. A dataset that only
 * aggregates others has no folder: `aggregates` lists those with one.
 */
export function datasetForNewEntry(
  root: string,
  id: string,
  cwd: string,
): { folder: string; template?: { path: string; text: string }; looked: string[] } | { aggregates: string[] } {
  const manifest = hasManifest(root) ? readManifest(root, cwd) : undefined;
  const listed = manifest?.datasets.find((d) => d.id === id);
  if (manifest && listed && !listed.ownsFiles) {
    return { aggregates: manifest.datasets.filter((d) => d.ownsFiles).map((d) => d.id) };
  }
  const dataset = (manifest && listed && datasetsOf(manifest).find((d) => d.id === id)) || layoutDataset(root, id, cwd);
  const template = findTemplate(dataset, cwd, "--template");
  return {
    folder: dataset.dataDirs[0] ?? join(root, "datasets", id, "data"),
    ...(template ? { template } : {}),
    looked: templateCandidates(dataset),
  };
}

/** A dataset of the `datasets/<id>/data/` layout, its criteria in `datasets/<id>/config/comparison.yml`. */
function layoutDataset(root: string, id: string, cwd: string): Dataset {
  const config = join(root, "datasets", id, "config", "comparison.yml");
  return {
    id,
    root,
    dataDirs: [join(root, "datasets", id, "data")],
    boundary: boundaryAt(repositoryRoot(root)),
    configDefaults: [],
    // Found by convention, and read only if it exists (see criteriaTextOf).
    configFile: { path: config, reference: { file: relative(cwd, config) || config, fix: CRITERIA_FIX } },
  };
}

/**
 * The ultimate-comparisons layout (https://github.com/ultimate-comparisons): entries in
 * `<root>/data/*.md` beside their template `data/template.md` (any case: the framework's sample
 * writes `Template.md`), criteria in `<root>/configuration/comparison.yml`. No manifest.
 */
function ultimateDataset(folder: string, cwd: string): Dataset | undefined {
  const template = ultimateTemplateIn(folder);
  if (!template) return undefined;
  const root = dirname(folder);
  const config = join(root, "configuration", "comparison.yml");
  return {
    id: basename(root),
    root,
    dataDirs: [folder],
    boundary: boundaryAt(repositoryRoot(root)),
    configDefaults: [],
    ultimateTemplate: template,
    configFile: { path: config, reference: { file: relative(cwd, config) || config, fix: CRITERIA_FIX } },
  };
}

/**
 * The first of a dataset's template candidates that exists, read; one that exists but may not be
 * read is an error, which names `instead` as the way out (`--schema` for a lint, `--template` for `new`).
 */
function findTemplate(dataset: Dataset, cwd: string, instead = "--schema"): { path: string; text: string } | undefined {
  for (const path of templateCandidates(dataset)) {
    const text = readRepositoryText(path, dataset.boundary, {
      file: relative(cwd, path) || path,
      fix: `Make dataset \`${dataset.id}\`'s template a regular file in the repository, or pass ${instead}`,
    });
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/**
 * A schema file's data. A YAML error is one line, `line N, column M: reason`: the `yaml`
 * package's pretty message adds a code frame, whose newlines an error line cannot hold.
 */
function parseSchemaText(text: string, ext: string, shown: string): unknown {
  const fail = (reason: string) => new CatalogLintError(`Cannot parse schema file ${shown}: ${reason}`);
  if (ext === ".json") {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw fail((error as Error).message);
    }
  }
  const { yaml } = configParsers();
  const doc = yaml.parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineAndColumn(text, error.pos[0]);
    throw fail(`${at}${error.message.split("\n")[0]}. Fix its YAML.`);
  }
  return doc.toJS();
}

/** `line N, column M: ` of an offset in `text` (1-based). */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${(before.at(-1) ?? "").length + 1}: `;
}
