/**
 * `configuration/datasets.manifest.json`: which folders hold each dataset's
 * entries and which criteria files refine its template. The file is the
 * catalog's (the comparison framework reads it too, with keys of its own, which
 * are ignored); the keys read here are checked for type, each mistake one
 * error naming the file, the key and its line. Its paths stay inside the
 * repository: folders are checked as written here, files when they are read
 * (src/files/read-inside.ts).
 */
import { join, relative, resolve } from "node:path";
import { CatalogLintError } from "../util/errors.js";
import { configParsers } from "../util/packages.js";
import { isInside } from "../util/paths.js";
import { readRepositoryText } from "./read-data.js";
import { type Boundary, boundaryAt, repositoryRoot } from "./read-inside.js";

export const MANIFEST_PATH = join("configuration", "datasets.manifest.json");

/** A path the manifest names, resolved, with the key that names it (`datasets.0.sources.config`). */
export interface NamedPath {
  path: string;
  written: string;
  key: string;
}

export interface ManifestDataset {
  id: string;
  /** `sources.dataDir` and `sources.dataDirs`: the folders whose entries are the dataset's. */
  dataDirs: NamedPath[];
  /** A dataset with no `dataDir` of its own only aggregates others ("all"): it owns no files. */
  ownsFiles: boolean;
  config?: NamedPath;
  configDefaults: NamedPath[];
}

export interface Manifest {
  /** The catalog root: the folder holding `configuration/`. */
  root: string;
  /** The repository its paths must stay in (see repositoryRoot). */
  boundary: Boundary;
  /** The manifest's path as shown in messages. */
  shown: string;
  datasets: ManifestDataset[];
  /** The line of a key (`datasets.0.sources.config`), for messages. */
  lineOf(key: string): number | undefined;
}

/**
 * The manifest of the catalog at `root`, or undefined when it has none. `cwd`
 * is what messages show paths relative to. A manifest that cannot be read, is
 * not JSON, or has a wrong type at a key read here throws a CatalogLintError.
 */
export function readManifest(root: string, cwd: string): Manifest | undefined {
  const path = join(root, MANIFEST_PATH);
  const shown = relative(cwd, path) || path;
  const boundary = boundaryAt(repositoryRoot(root));
  const text = readRepositoryText(path, boundary, {
    file: shown,
    fix: "Make it a regular file in the repository",
  });
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogLintError(`Cannot read the dataset manifest ${shown}: ${(error as Error).message}. Fix its JSON.`);
  }
  const lineOf = (key: string) => lineOfKey(text, key);
  const fail = (key: string, found: unknown, expected: string): never => {
    const line = key ? lineOf(key) : undefined;
    throw new CatalogLintError(
      `${shown}${line ? `:${line}` : ""}: ${key ? `\`${key}\`` : "the top level"}: found ${describeValue(found)}, expected ${expected}; fix the manifest`,
    );
  };
  return { root, boundary, shown, datasets: datasetsOf(data, root, boundary, fail), lineOf };
}

type Fail = (key: string, found: unknown, expected: string) => never;

function datasetsOf(data: unknown, root: string, boundary: Boundary, fail: Fail): ManifestDataset[] {
  if (!isRecord(data)) return fail("", data, "an object with a `datasets` list");
  const list = data.datasets;
  if (list === undefined) return [];
  if (!Array.isArray(list)) return fail("datasets", list, "a list of datasets");
  const datasets: ManifestDataset[] = [];
  for (const [i, item] of list.entries()) {
    const dataset = datasetOf(item, `datasets.${i}`, root, boundary, fail);
    if (dataset) datasets.push(dataset);
  }
  return datasets;
}

/** One dataset, checked; undefined for one without an id (the comparison framework skips it too). */
function datasetOf(
  item: unknown,
  key: string,
  root: string,
  boundary: Boundary,
  fail: Fail,
): ManifestDataset | undefined {
  if (!isRecord(item)) return fail(key, item, "a dataset: an object with `id` and `sources`");
  const { id } = item;
  if (id !== undefined && typeof id !== "string") return fail(`${key}.id`, id, "a string");
  const sources = item.sources ?? {};
  if (!isRecord(sources)) return fail(`${key}.sources`, sources, "an object");
  const path = (value: unknown, at: string, what: string): NamedPath => {
    if (typeof value !== "string") return fail(at, value, what);
    const resolved = resolve(root, value);
    // Folders are walked and files read only inside the repository: say so where the path is written.
    if (!isInside(resolved, boundary.root)) return fail(at, value, `${what} inside the repository (${boundary.root})`);
    return { path: resolved, written: value, key: at };
  };
  const paths = (value: unknown, at: string, what: string): NamedPath[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return fail(at, value, `a list of ${what}s`);
    return value.map((v, j) => path(v, `${at}.${j}`, `a ${what}`));
  };
  const at = `${key}.sources`;
  const dataDir = sources.dataDir === undefined ? [] : [path(sources.dataDir, `${at}.dataDir`, "a folder path")];
  const dataDirs = paths(sources.dataDirs, `${at}.dataDirs`, "folder path");
  const configDefaults = paths(sources.configDefaults, `${at}.configDefaults`, "file path");
  const config = sources.config === undefined ? undefined : path(sources.config, `${at}.config`, "a file path");
  if (!id) return undefined;
  return {
    id,
    dataDirs: [...dataDir, ...dataDirs],
    ownsFiles: dataDir.length > 0,
    configDefaults,
    ...(config ? { config } : {}),
  };
}

/** `null`, `3`, `"x"` as written; lists and objects by kind (their text can be long). */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "an object";
  return `\`${value === undefined ? "nothing" : JSON.stringify(value)}\``;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The line of `key` (dotted, `datasets.0.sources.config`) in JSON text, by the
 * YAML parser (which reads JSON and knows each node's place). Only for
 * messages: the manifest itself is read by JSON.parse, five times faster.
 */
function lineOfKey(text: string, key: string): number | undefined {
  const { LineCounter, parseDocument, isMap, isSeq } = configParsers().yaml;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const path = key.split(".");
  const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
  if (node?.range) return lines.linePos(node.range[0]).line;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (isMap(parent) || isSeq(parent)) return parent.range ? lines.linePos(parent.range[0]).line : undefined;
  return undefined;
}
