import type { CatalogSchema } from "../types.js";
import { awesomeComparisons } from "./awesome-comparisons.js";

/** Built-in schemas by id, for `--schema <id>` and the `schema` config key. */
export const presets: Readonly<Record<string, CatalogSchema>> = {
  "awesome-comparisons": awesomeComparisons,
};

export const DEFAULT_PRESET = "awesome-comparisons";
