import type { ApiBudget } from "./api-budget.js";
import type { Octokit } from "./octokit.js";

type Method = (params?: unknown) => Promise<unknown>;
type Scopes = Record<string, Record<string, Method>>;

/** The real method each stand-in method calls: `rest.<scope>.<name>`. */
const names = new WeakMap<object, [scope: string, name: string]>();

/**
 * The Action's Octokit, imported on the first API call: Octokit, undici and
 * Node's network modules took a third of the Action's start, and a run that
 * calls no API (log annotations on a workflow_dispatch or schedule run) never
 * needs them. In the bundle, `./octokit.js` is dist/octokit.cjs beside it
 * (scripts/build.mjs).
 *
 * Every API call of the Action's is awaited, so the import can be too: each
 * `rest.<scope>.<name>(params)` and `paginate(rest.<scope>.<name>, params)`
 * waits for the real Octokit, then makes the same call. Nothing else of
 * Octokit's is used (test/action/lazy-octokit.test.ts reads every use in src/action/).
 */
export function createOctokit(token: string, budget: ApiBudget): Octokit {
  let loaded: Promise<Octokit> | undefined;
  const real = () => {
    loaded ??= import("./octokit.js").then((module) => module.createOctokit(token, budget));
    return loaded;
  };
  const realMethod = (octokit: Octokit, scope: string, name: string): Method => {
    const method = (octokit.rest as unknown as Scopes)[scope]?.[name];
    if (typeof method !== "function") throw new TypeError(`Octokit has no method rest.${scope}.${name}`);
    return method;
  };
  const standIn = (scope: string, name: string): Method => {
    const method = async (params?: unknown) => {
      const octokit = await real();
      return realMethod(octokit, scope, name).call((octokit.rest as unknown as Scopes)[scope], params);
    };
    names.set(method, [scope, name]);
    return method;
  };
  const rest = new Proxy(
    {},
    { get: (_, scope) => new Proxy({}, { get: (__, name) => standIn(`${String(scope)}`, `${String(name)}`) }) },
  );
  const paginate = async (method: Method, params?: unknown) => {
    const octokit = await real();
    const [scope, name] = names.get(method) ?? [];
    if (scope === undefined || name === undefined) throw new TypeError("paginate takes a method of rest.<scope>");
    return (octokit.paginate as unknown as (m: Method, p?: unknown) => Promise<unknown>)(
      realMethod(octokit, scope, name),
      params,
    );
  };
  return { rest, paginate } as unknown as Octokit;
}
