/**
 * src/action/octokit-lazy.ts: the Action's Octokit, imported on the first API
 * call. It answers the two shapes of call the Action makes, so every use in
 * src/action/ must be one of them; and it must not import Octokit before one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { startApiBudget } from "../../src/action/api-budget.js";

const real = {
  paginate: vi.fn(async (_method: unknown, _params: unknown) => [{ id: 1 }]),
  rest: {
    checks: {
      create: vi.fn(async function (this: unknown, params: unknown) {
        return { data: { id: 7, params, bound: this === real.rest.checks } };
      }),
    },
    issues: { listComments: vi.fn() },
  },
};
const made = vi.fn((_token: string) => real);
vi.mock("../../src/action/octokit.js", () => ({ createOctokit: made }));

const { createOctokit } = await import("../../src/action/octokit-lazy.js");

describe("the Action's lazy Octokit", () => {
  it("imports Octokit on the first call, once, and makes the same calls on it", async () => {
    const octokit = createOctokit("token", startApiBudget());
    const method = octokit.rest.checks.create;
    expect(made).not.toHaveBeenCalled();
    const params = { owner: "o", repo: "r", name: "catalog-lint", head_sha: "abc" };
    await expect(method(params)).resolves.toEqual({ data: { id: 7, params, bound: true } });
    expect(made).toHaveBeenCalledTimes(1);
    expect(made.mock.calls[0]?.[0]).toBe("token");

    const listed = await octokit.paginate(octokit.rest.issues.listComments, { owner: "o", repo: "r", issue_number: 1 });
    expect(listed).toEqual([{ id: 1 }]);
    expect(real.paginate).toHaveBeenCalledWith(real.rest.issues.listComments, {
      owner: "o",
      repo: "r",
      issue_number: 1,
    });
    expect(made).toHaveBeenCalledTimes(1);
  });

  it("says which method the real Octokit lacks", async () => {
    const octokit = createOctokit("token", startApiBudget()) as unknown as {
      rest: Record<string, Record<string, () => Promise<unknown>>>;
    };
    await expect(octokit.rest.checks?.remove?.()).rejects.toThrow("Octokit has no method rest.checks.remove");
  });

  it("is used by src/action/ only through rest.<scope>.<method>(…) and paginate(…)", () => {
    const folder = join(import.meta.dirname, "..", "..", "src", "action");
    const uses: string[] = [];
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".ts") && !n.startsWith("octokit"))) {
      // Code only: comments may name anything, and `./octokit.js` is a module.
      const text = readFileSync(join(folder, name), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const m of text.matchAll(/(?<![\w$./])octokit\s*\.\s*([\w$]+(?:\s*\.\s*[\w$]+)*)(\s*\()?/g)) {
        const path = (m[1] as string).replace(/\s+/g, "");
        const ok = m[2] !== undefined && (/^rest\.\w+\.\w+$/.test(path) || path === "paginate");
        const passed = /^rest\.\w+\.\w+$/.test(path) && /paginate\(\s*$/.test(text.slice(0, m.index));
        if (!ok && !passed) uses.push(`${name}: octokit.${path}${m[2] ?? ""}`);
      }
    }
    expect(uses).toEqual([]);
  });
});
