/**
 * A front-matter catalog (github/explore's shape) through the committed bundle's worker threads.
 * Its summaries take each file's whole text, so a threaded run lints each file while summarising
 * it and holds the result (src/lint/parallel.ts): the report must still be the one a single thread
 * writes, catalog findings between files of different threads included, cold and with the cache.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "github-explore");
const SUBSET = join(ROOT, "test", "fixtures", "github-explore");
/** Enough topics for two threads (src/lint/parallel.ts: FILES_PER_THREAD, and 200 files for a worker). */
const TOPICS = 240;

/**
 * The vendored subset with the example's config, grown to `TOPICS` topics by copies of its own:
 * each copy is its own folder (`topic` renamed to match, its logo beside it), and keeps its
 * original's aliases, so `unique-value` pairs files far apart in the run, which different
 * threads lint.
 */
function grownExplore(): string {
  const dir = copyInto(SUBSET, tempDir("threads-front-matter"));
  writeFileSync(join(dir, ".catalog-lintrc.yaml"), readFileSync(join(EXAMPLE, ".catalog-lintrc.yaml")));
  copyInto(join(EXAMPLE, "catalog-lint"), join(dir, "catalog-lint"));
  const topics = readdirSync(join(dir, "topics")).sort();
  for (let i = 0; topics.length + i < TOPICS; i++) {
    const from = topics[i % topics.length] as string;
    const name = `${from}-copy-${i}`;
    copyInto(join(dir, "topics", from), join(dir, "topics", name));
    const index = join(dir, "topics", name, "index.md");
    writeFileSync(index, readFileSync(index, "utf8").replace(`\ntopic: ${from}\n`, `\ntopic: ${name}\n`));
  }
  return dir;
}

describe("the bundle's worker threads on a front-matter catalog", () => {
  it("write the report one thread writes, cold, filling the cache, and with one file changed", () => {
    const dir = grownExplore();
    copyInto(join(ROOT, "dist"), join(dir, "bundle"));
    const bundle = (...args: string[]) =>
      spawnSync(process.execPath, [join(dir, "bundle", "cli.cjs"), "--now", "2026-11-28", ...args], {
        cwd: dir,
        encoding: "utf8",
      });
    const oneThread = () => cli(["--format", "json"], dir).stdout;

    const cold = bundle("--format", "json");
    expect(cold.stderr).toBe("");
    const expected = oneThread();
    expect(cold.stdout).toBe(expected);
    // Catalog findings pair files far apart: the first copy of a topic with its original, linted last.
    const report = JSON.parse(expected) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(report).toHaveLength(TOPICS + 3);
    const rulesOn = (path: string) => report.find((r) => r.filePath === join(dir, path))?.messages.map((m) => m.ruleId);
    expect(rulesOn("topics/angular-copy-1/index.md")).toContain("unique-value");
    expect(rulesOn("topics/vue/index.md")).toContain("unique-value");

    expect(bundle("--format", "json", "--cache").stdout).toBe(expected);
    const changed = join(dir, "topics", "react-copy-4", "index.md");
    // `topic` no longer the folder name: a finding the cache must not hide.
    writeFileSync(changed, readFileSync(changed, "utf8").replace("\ntopic: react-copy-4\n", "\ntopic: reactive\n"));
    const warm = bundle("--format", "json", "--cache");
    expect(warm.stdout).toBe(oneThread());
    expect(warm.stdout).not.toBe(expected);
  });
});
