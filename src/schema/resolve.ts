import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { CatalogLintError } from "../errors.js";
import { applyCriteria, type Criterion, readCriteria } from "./criteria.js";
import { schemaFromTemplate } from "./from-template.js";
import { DEFAULT_PRESET, presets } from "./presets/index.js";
import type { SchemaStore } from "./store.js";
import { type CatalogSchema, schemaFileSchema } from "./types.js";

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
}

interface Dataset {
  id: string;
  root: string;
  dataDirs: string[];
  configFile?: string;
  configDefaults: string[];
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
    const template = findTemplate(dataset);
    const criteriaFiles = [...dataset.configDefaults, ...(dataset.configFile ? [dataset.configFile] : [])].filter((f) =>
      existsSync(f),
    );
    // The files' text is the schema's identity; parsing waits until the schema is needed.
    const criteriaTexts = criteriaFiles.map((f) => this.criteriaTextOf(f));
    const criteria = (): Criterion[] => criteriaFiles.flatMap((f) => this.criteriaOf(f));
    if (!template) {
      const looked = relative(this.cwd, templateCandidates(dataset)[0] ?? dataset.root) || ".";
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
    const shownTemplate = relative(this.cwd, template);
    const templateText = readFileSync(template, "utf8");
    return this.lazySchema(
      () => applyCriteria(schemaFromTemplate(templateText, shownTemplate, dataset.id), criteria()),
      JSON.stringify(["template", dataset.id, shownTemplate, templateText, ...criteriaTexts]),
      { name: dataset.id, dataset: dataset.id, files: [template, ...criteriaFiles] },
    );
  }

  /** Shared criteria files (configuration/defaults/*.yml) are read and parsed once per run, not once per dataset. */
  private readonly criteriaTexts = new Map<string, string>();
  private readonly criteriaFiles = new Map<string, Criterion[]>();
  private criteriaTextOf(path: string): string {
    let text = this.criteriaTexts.get(path);
    if (text === undefined) {
      text = readCriteriaText(path);
      this.criteriaTexts.set(path, text);
    }
    return text;
  }
  private criteriaOf(path: string): Criterion[] {
    let criteria = this.criteriaFiles.get(path);
    if (!criteria) {
      criteria = parseCriteriaFile(path, this.criteriaTextOf(path));
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
    // What is true of a path in the folder (the folder and a separator) is true of its files.
    const inFolder = folder.endsWith(sep) ? folder : folder + sep;
    // The nearest manifest decides; without one, `datasets/<id>/data/` is the layout.
    for (let dir = folder; ; dir = dirname(dir)) {
      const datasets = this.manifestAt(dir);
      if (datasets) return datasets.find((d) => d.dataDirs.some((data) => isInside(inFolder, data)));
      if (dirname(dir) === dir) break;
    }
    const layout = /^(.*)[\\/]datasets[\\/]([^\\/]+)[\\/]data[\\/]/.exec(inFolder);
    if (layout?.[1] === undefined || !layout[2]) return undefined;
    const [root, id] = [layout[1], layout[2]];
    const config = join(root, "datasets", id, "config", "comparison.yml");
    return {
      id,
      root,
      dataDirs: [join(root, "datasets", id, "data")],
      configDefaults: [],
      ...(existsSync(config) ? { configFile: config } : {}),
    };
  }

  private manifestAt(dir: string): Dataset[] | null {
    const cached = this.manifests.get(dir);
    if (cached !== undefined) return cached;
    const path = join(dir, "configuration", "datasets.manifest.json");
    const datasets = existsSync(path) ? readManifest(path, dir) : null;
    this.manifests.set(dir, datasets);
    return datasets;
  }
}

function readManifest(path: string, root: string): Dataset[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CatalogLintError(
      `Cannot read the dataset manifest ${path}: ${(error as Error).message}. Fix its JSON or pass --schema.`,
    );
  }
  const list = (data as { datasets?: unknown }).datasets;
  if (!Array.isArray(list)) return [];
  const datasets: Dataset[] = [];
  for (const item of list as Array<Record<string, unknown>>) {
    const id = typeof item.id === "string" ? item.id : undefined;
    const sources = (item.sources ?? {}) as Record<string, unknown>;
    if (!id) continue;
    const dirs = [sources.dataDir, ...(Array.isArray(sources.dataDirs) ? sources.dataDirs : [])].filter(
      (d): d is string => typeof d === "string",
    );
    // A dataset that only aggregates others ("all") owns no files of its own.
    if (typeof sources.dataDir !== "string") continue;
    const dataset: Dataset = {
      id,
      root,
      dataDirs: dirs.map((d) => resolve(root, d)),
      configDefaults: (Array.isArray(sources.configDefaults) ? sources.configDefaults : [])
        .filter((d): d is string => typeof d === "string")
        .map((d) => resolve(root, d)),
    };
    if (typeof sources.config === "string") dataset.configFile = resolve(root, sources.config);
    datasets.push(dataset);
  }
  return datasets;
}

/** Where a dataset's template may live, in order of preference. */
function templateCandidates(dataset: Dataset): string[] {
  const configDir = dataset.configFile
    ? dirname(dataset.configFile)
    : join(dataset.root, "datasets", dataset.id, "config");
  return [
    join(configDir, `${dataset.id}-comparison-template.md`),
    ...dataset.dataDirs.map((d) => join(d, "TEMPLATE.md")),
  ];
}

function findTemplate(dataset: Dataset): string | undefined {
  return templateCandidates(dataset).find((f) => existsSync(f) && statSync(f).isFile());
}

function readCriteriaText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw criteriaError(path, error, "Check that it can be read");
  }
}

function parseCriteriaFile(path: string, text: string): Criterion[] {
  try {
    return readCriteria(text);
  } catch (error) {
    throw criteriaError(path, error, "Fix its YAML");
  }
}

/** A criteria file that cannot be used: which one, why, and what to do. */
function criteriaError(path: string, error: unknown, fix: string): CatalogLintError {
  return new CatalogLintError(
    `Cannot read the criteria file ${path}: ${(error as Error).message}. ${fix} or pass --schema.`,
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
  if (!existsSync(path)) {
    throw new CatalogLintError(
      `Schema \`${value}\` is neither a preset (${Object.keys(presets).join(", ")}) nor an existing file`,
    );
  }
  const text = readFileSync(path, "utf8");
  const ext = extname(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") {
    return givenSchema(schemaFromTemplate(text, relative(cwd, path), basename(path, ext)), [path]);
  }
  let data: unknown;
  try {
    data = ext === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new CatalogLintError(`Cannot parse schema file ${value}: ${(error as Error).message}`);
  }
  const parsed = schemaFileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogLintError(
      `Invalid schema file ${value}: at \`${issue?.path.join(".") || "(root)"}\`: ${issue?.message ?? "invalid"}`,
    );
  }
  return givenSchema({ ...parsed.data, source: relative(cwd, path) }, [path]);
}

function isInside(file: string, dir: string): boolean {
  return file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Where `catalog-lint new --dataset <id>` looks for a dataset's template, from the catalog root. */
export function templateCandidatesFor(root: string, id: string): string[] {
  return [
    join(root, "datasets", id, "config", `${id}-comparison-template.md`),
    join(root, "datasets", id, "data", "TEMPLATE.md"),
  ];
}
