/**
 * Test data the repository embeds, so the suite needs nothing beside the clone:
 * the example catalog (31 real entries of awesome-comparisons, see its SOURCE.md)
 * and the official JSON Schemas the tests validate against (see their README.md).
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const FIXTURES = resolve(import.meta.dirname, "..", "fixtures");

/** The example catalog: a byte-exact subset of the real awesome-comparisons catalog. */
export const EXAMPLE_CATALOG = join(FIXTURES, "example-catalog");
/** The SARIF 2.1.0 schema (OASIS, JSON Schema draft-04). */
export const SARIF_SCHEMA = join(FIXTURES, "vendor", "schemas", "sarif-schema-2.1.0.json");
/** SchemaStore's schema of GitHub Action metadata (action.yml). */
export const GITHUB_ACTION_SCHEMA = join(FIXTURES, "vendor", "schemas", "github-action.schema.json");

/** Every `datasets/<id>/data/*.md` of the catalog at `root`, as absolute paths, sorted. */
export function catalogEntries(root: string): string[] {
  const datasets = join(root, "datasets");
  return readdirSync(datasets)
    .flatMap((id) => {
      try {
        return readdirSync(join(datasets, id, "data"))
          .filter((f) => f.endsWith(".md"))
          .map((f) => join(datasets, id, "data", f));
      } catch {
        return []; // a dataset without entries of its own ("all")
      }
    })
    .sort();
}
