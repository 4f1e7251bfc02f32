import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LintCache } from "../src/cache.js";
import { cli } from "./helpers/cli.js";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus", "awesome-comparisons");
const root = mkdtempSync(join(tmpdir(), "catalog-lint-cache-"));
cpSync(join(CORPUS, "configuration"), join(root, "configuration"), { recursive: true });
cpSync(join(CORPUS, "datasets", "aie-model"), join(root, "datasets", "aie-model"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (argv: string[], now = "2026-11-28") => cli(argv, root, { CATALOG_LINT_NOW: now });

const location = join(root, "node_modules", ".cache", "catalog-lint", "results.json");
const cachedKeys = () => Object.keys((JSON.parse(readFileSync(location, "utf8")) as { entries: object }).entries);

describe("--cache", () => {
  const plain = run(["--format", "json"]);

  it("stores every linted file and answers the same from the cache", () => {
    const first = run(["--format", "json", "--cache"]);
    expect(first.stdout).toBe(plain.stdout);
    expect(cachedKeys()).toHaveLength(36);
    const second = run(["--format", "json", "--cache"]);
    expect(second.stdout).toBe(plain.stdout);
    // Catalog-level findings are recomputed, never stored twice.
    expect(second.stdout.match(/duplicate-entry/g)?.length).toBe(plain.stdout.match(/duplicate-entry/g)?.length);
  });

  it("sees a changed file, a changed config, a changed template and another day", () => {
    run(["--cache"]);
    appendFileSync(join(root, "datasets/aie-model/data/deepseek-r1.md"), "\n\n### Free Trial\n- Yes\n");
    expect(run(["--format", "json", "--cache"]).stdout).toContain("duplicate-section");

    writeFileSync(join(root, ".catalog-lintrc.json"), JSON.stringify({ rules: { "duplicate-section": "off" } }));
    expect(run(["--format", "json", "--cache"]).stdout).not.toContain("duplicate-section");
    rmSync(join(root, ".catalog-lintrc.json"));

    const template = join(root, "datasets/aie-model/config/aie-model-comparison-template.md");
    const original = readFileSync(template, "utf8");
    writeFileSync(template, original.replace("### Notes", "### Remarks"));
    expect(run(["--format", "json", "--cache"]).stdout).toContain("Unexpected section `### Notes`");
    writeFileSync(template, original);

    expect(run(["--format", "json", "--cache"], "2028-01-01").stdout).toContain("stale-date");
  });

  it("ignores a corrupt or foreign cache file", () => {
    writeFileSync(location, "{not json");
    expect(run(["--format", "json", "--cache"]).stdout).toContain('"filePath"');
    writeFileSync(location, JSON.stringify({ version: "0.0.0-other", entries: { "x.md": { key: "k", file: {} } } }));
    expect(run(["--format", "json", "--cache"]).code).toBe(1);
    expect(cachedKeys()).not.toContain("x.md");
  });

  it("keys on every input", () => {
    const settings = new Map([["title", { severity: "error", options: {} }]]);
    const base = { text: "a", context: LintCache.context(settings, "s"), now: "2026-11-28" };
    const key = LintCache.key(base);
    expect(LintCache.key({ ...base })).toBe(key);
    const changes = [
      { text: "b" },
      { context: LintCache.context(new Map(), "s") },
      { context: LintCache.context(new Map([["title", { severity: "warn", options: {} }]]), "s") },
      { context: LintCache.context(settings, "t") },
      { now: "2026-11-29" },
      { base: "a" },
    ];
    for (const change of changes) expect(LintCache.key({ ...base, ...change })).not.toBe(key);
  });
});
