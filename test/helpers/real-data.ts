/**
 * The real data beside the project: the full awesome-comparisons catalog at
 * `../shared/corpus/awesome-comparisons` (200 entries; see its SOURCE.md). The
 * suite needs nothing beside the clone: ordinary tests read the example catalog
 * the repository embeds (test/helpers/embedded.ts). Tests that only make sense
 * over the whole real catalog (counts over all 200 entries, every template,
 * properties of every real entry) are declared with `describeRealData`: they
 * run when the catalog is there and are skipped, saying why, when it is not.
 *
 * `CATALOG_LINT_REAL_DATA=required` (set by .ci/run in CI, which has the
 * catalog) makes its absence an error instead, so CI cannot skip them silently.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");

/** `../shared`, beside the project root. */
export const SHARED = join(ROOT, "..", "shared");
/** The full real catalog. */
export const REAL_CATALOG = join(SHARED, "corpus", "awesome-comparisons");
/** Whether the real catalog is there (its manifest, not just a folder). */
export const HAS_REAL_CATALOG = existsSync(join(REAL_CATALOG, "configuration", "datasets.manifest.json"));

/** Why the real-data tests are skipped (when they are). */
export const REAL_CATALOG_MISSING =
  `${REAL_CATALOG} is absent: these tests need the full awesome-comparisons catalog there ` +
  "(https://github.com/cbruyndoncx/awesome-comparisons at commit 375793d758678b2e505fea5af5c030accde6f986, " +
  "as .github/workflows/ci.yml checks it out)";

if (!HAS_REAL_CATALOG && process.env.CATALOG_LINT_REAL_DATA === "required") {
  throw new Error(`CATALOG_LINT_REAL_DATA=required, but ${REAL_CATALOG_MISSING}`);
}

/**
 * A `describe` over the real catalog, named `real data: …`: it runs when the
 * catalog is there, and is skipped with a warning naming the missing path when
 * not. Its body runs either way (vitest collects the skipped tests), so it must
 * read the catalog only in its hooks and tests, never while declaring them.
 */
export function describeRealData(name: string, body: () => void): void {
  const title = `real data: ${name}`;
  if (!HAS_REAL_CATALOG) console.warn(`catalog-lint tests: skipping "${title}": ${REAL_CATALOG_MISSING}`);
  describe.skipIf(!HAS_REAL_CATALOG)(title, body);
}

/** github/explore's topics and collections (see its SOURCE.md), for examples/github-explore/. */
export const REAL_EXPLORE = join(SHARED, "corpus", "github-explore");
/** Whether that snapshot is there. */
export const HAS_REAL_EXPLORE =
  existsSync(join(REAL_EXPLORE, "topics")) && existsSync(join(REAL_EXPLORE, "collections"));

/** `describeRealData` for the github/explore snapshot: skipped, saying why, when it is absent. */
export function describeRealExplore(name: string, body: () => void): void {
  const title = `real data: ${name}`;
  if (!HAS_REAL_EXPLORE) {
    console.warn(`catalog-lint tests: skipping "${title}": ${REAL_EXPLORE} (a snapshot of github/explore) is absent`);
  }
  describe.skipIf(!HAS_REAL_EXPLORE)(title, body);
}
