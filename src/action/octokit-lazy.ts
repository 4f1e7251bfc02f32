import { createRequire } from "node:module";
import type { ApiBudget } from "./api-budget.js";
import type { Octokit } from "./octokit.js";

/**
 * What the Action's bundle uses in place of octokit.ts (scripts/build.mjs): the
 * same `createOctokit`, whose Octokit is made on first use, from `octokit.cjs`
 * beside the bundle. Octokit, undici and Node's network modules took a third of
 * the Action's start, and a run that calls no API (log annotations on a
 * workflow_dispatch or schedule run) never needs them.
 */
export function createOctokit(token: string, budget: ApiBudget): Octokit {
  let octokit: Octokit | undefined;
  const real = (): Octokit => {
    octokit ??= (createRequire(import.meta.url)("./octokit.cjs") as typeof import("./octokit.js")).createOctokit(
      token,
      budget,
    );
    return octokit;
  };
  // Only properties are read (`octokit.rest…`, `octokit.paginate`), never set.
  return new Proxy({} as Octokit, { get: (_, key) => Reflect.get(real(), key) });
}
