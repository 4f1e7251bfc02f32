import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LintCache, type StatTuple } from "../src/cache.js";
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

  it("lints again a file whose stored result was edited out of shape", () => {
    const expected = run(["--format", "json", "--cache"]).stdout;
    const data = JSON.parse(readFileSync(location, "utf8"));
    const entry = "datasets/aie-model/data/deepseek-r1.md";
    data.entries[entry].file.diagnostics = [["title", "error", "forged", [1, 1]]];
    writeFileSync(location, JSON.stringify(data));
    expect(run(["--format", "json", "--cache"]).stdout).toBe(expected);
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
    const base = { settings: LintCache.settings(settings, "s"), now: "2026-11-28" };
    const context = LintCache.context(base);
    expect(LintCache.context({ ...base })).toBe(context);
    const changes = [
      { settings: LintCache.settings(new Map(), "s") },
      { settings: LintCache.settings(new Map([["title", { severity: "warn", options: {} }]]), "s") },
      { settings: LintCache.settings(settings, "t") },
      { now: "2026-11-29" },
      { base: "a" },
    ];
    for (const change of changes) expect(LintCache.context({ ...base, ...change })).not.toBe(context);
    expect(LintCache.content("a")).toBe(LintCache.content(Buffer.from("a")));
    expect(LintCache.content("b")).not.toBe(LintCache.content("a"));
  });

  describe("a file's stat stands for its bytes only once it has settled", () => {
    const entry = "datasets/aie-model/data/deepseek-r1.md";
    const stored = () =>
      (JSON.parse(readFileSync(location, "utf8")) as { entries: Record<string, { stat?: number[]; content: string }> })
        .entries[entry];

    it("does not trust the stat of a file changed just before the run (it may change again within the tick)", () => {
      appendFileSync(join(root, entry), "\n");
      run(["--cache"]);
      // The ctime is now: as recent as the run, so the next run reads and hashes the file.
      expect(stored()?.stat).toBeUndefined();
      expect(stored()?.content).toMatch(/^[0-9a-f]{64}$/);
    });

    it("answers from the stat alone when it is unchanged, and reads a file whose stat changed", () => {
      const before = run(["--format", "json", "--cache"]).stdout;
      // Forge a settled stat: write the file's own stat into its entry, with a wrong content hash.
      const data = JSON.parse(readFileSync(location, "utf8"));
      const stats = statSync(join(root, entry));
      data.entries[entry].stat = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
      data.entries[entry].content = "0".repeat(64);
      writeFileSync(location, JSON.stringify(data));
      // The stat matches: the stored result is used without reading (the wrong hash is never compared).
      expect(run(["--format", "json", "--cache"]).stdout).toBe(before);
      expect(stored()?.content).toBe("0".repeat(64));
      // Any write changes the ctime, even one that keeps the size and puts the mtime back.
      const path = join(root, entry);
      const text = readFileSync(path, "utf8");
      writeFileSync(path, text.replace("### Free Trial", "### Free Trail"));
      utimesSync(path, stats.atime, stats.mtime);
      expect(statSync(path).size).toBe(stats.size);
      expect(run(["--format", "json", "--cache"]).stdout).toContain("Unexpected section `### Free Trail`");
      writeFileSync(path, text);
    });

    it("stores the stat of a settled file only, each field compared", () => {
      const file = join(root, "stat-cache.json");
      const now = Date.now();
      const result = (filePath: string) => ({
        filePath,
        diagnostics: [],
        summary: { filePath, folder: ".", repos: [], linted: true },
        directives: [],
      });
      const settled: StatTuple = [10, now - 60_000, now - 60_000, 1];
      const recent: StatTuple = [10, now - 60_000, now, 2];
      const cache = new LintCache(file);
      cache.set("old.md", { context: "c", content: "h", stat: settled }, result("old.md"));
      cache.set("new.md", { context: "c", content: "h", stat: recent }, result("new.md"));
      cache.save();
      const next = new LintCache(file);
      expect(next.unchanged("old.md", "c", settled)?.file()).toEqual(result("old.md"));
      for (let i = 0; i < 4; i++) {
        const other = [...settled] as StatTuple;
        other[i] = (other[i] as number) + 1;
        expect(next.unchanged("old.md", "c", other)).toBeUndefined();
      }
      expect(next.unchanged("old.md", "other context", settled)).toBeUndefined();
      // A recent change: its stat was not stored, so only its content hash answers.
      expect(next.unchanged("new.md", "c", recent)).toBeUndefined();
      expect(next.get("new.md", { context: "c", content: "h" })?.file()).toEqual(result("new.md"));
      expect(next.get("new.md", { context: "c", content: "other" })).toBeUndefined();
    });
  });
});
