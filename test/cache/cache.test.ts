import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import {
  type CachedFile,
  type CacheParts,
  pack,
  ResultsWriter,
  StoredResults,
  unpack,
} from "../../src/cache/format.js";
import { LintCache, type StatTuple } from "../../src/cache/results-cache.js";
import { folderOf } from "../../src/model/summary.js";
import { ruleDocUrl } from "../../src/rules/index.js";
import { cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { copyInto, tempDir } from "../helpers/temp.js";

// The example catalog's aie-model dataset: 8 entries, one pair of them duplicates (duplicate-entry).
const root = tempDir("cache");
copyInto(join(CATALOG, "configuration"), join(root, "configuration"));
copyInto(join(CATALOG, "datasets", "aie-model"), join(root, "datasets", "aie-model"));
const ENTRIES = 8;

const run = (argv: string[], now = "2026-11-28") => cli(argv, root, { CATALOG_LINT_NOW: now });

/**
 * `work` with the clock pinned at `at` (ms since 1970), as the cache reads it when a run starts.
 * The cache trusts a file's stat only when the file last changed more than 2 s before the run
 * (src/cache/results-cache.ts); pinned, the clock says which side of that a file is, where the
 * real one would say how fast the machine ran the tests before.
 */
function atClock<T>(at: number, work: () => T): T {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
  try {
    return work();
  } finally {
    vi.useRealTimers();
  }
}

/** When a file changed last: its content (mtime) or its inode (ctime), whichever is later. */
const changedAt = (path: string) => {
  const { mtimeMs, ctimeMs } = statSync(path);
  return Math.max(mtimeMs, ctimeMs);
};

/** A minute after the last change of any file of the catalog: every file has settled. */
function settledClock(): number {
  const files = ["configuration", "datasets"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => join(root, dir, f)),
  );
  return Math.max(...files.map(changedAt)) + 60_000;
}

const location = join(root, "node_modules", ".cache", "catalog-lint", "results.bin");
const parts = (): CacheParts => unpack(readFileSync(location)) as CacheParts;
const cachedKeys = () => parts().paths;
/** Rewrite the cache file after `change` edits its parts (with a valid CRC: what is checked is the content). */
const forge = (change: (parts: CacheParts, index: number) => void, entry: string) => {
  const forged = parts();
  change(forged, forged.paths.indexOf(entry));
  writeFileSync(location, pack(forged));
};

describe("--cache", () => {
  const plain = run(["--format", "json"]);

  it("stores every linted file and answers the same from the cache", () => {
    const first = run(["--format", "json", "--cache"]);
    expect(first.stdout).toBe(plain.stdout);
    expect(cachedKeys()).toHaveLength(ENTRIES);
    const second = run(["--format", "json", "--cache"]);
    expect(second.stdout).toBe(plain.stdout);
    // Catalog-level findings are recomputed, never stored twice.
    expect(plain.stdout.match(/duplicate-entry/g)?.length).toBeGreaterThan(0);
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

  it("lints again a file whose stored record is not what the writer writes", () => {
    const expected = run(["--format", "json", "--cache"]).stdout;
    // An entry with findings of its own (six), so that every field the forgeries change is in its
    // record, whichever tests ran before (deepseek-r1 has none until the test above adds one).
    const entry = "datasets/aie-model/data/kite.md";
    // A record: context, content, schema, diagnostic count, then per diagnostic rule, severity, message…
    const forgeries: Array<(p: CacheParts, at: number) => void> = [
      (p, at) => p.records.set([7], at + 5), // a severity that is neither 0 nor 1
      (p, at) => p.records.set([p.strings.length], at + 4), // a rule id past the strings
      (p, at) => p.records.set([-5], at + 7), // a negative line
      (p, at) => p.records.set([1_000_000], at + 3), // more diagnostics than the record holds
      (p, at) => p.records.set([1], at + 3), // fewer: the record does not end where the next begins
    ];
    // One int more at the end of the record (the next records move up by one).
    const longer = (p: CacheParts, index: number) => {
      const end = p.offsets[index + 1] as number;
      const records = new Int32Array(p.records.length + 1);
      records.set(p.records.subarray(0, end));
      records.set(p.records.subarray(end), end + 1);
      p.records = records;
      for (let i = index + 1; i < p.offsets.length; i++) p.offsets[i] = (p.offsets[i] as number) + 1;
    };
    // Every run on a clock at which every file has settled: each stores every file's stat.
    atClock(settledClock(), () => {
      run(["--cache"]);
      const good = readFileSync(location);
      for (const forgery of [
        longer,
        ...forgeries.map((f) => (p: CacheParts, i: number) => f(p, p.offsets[i] as number)),
      ]) {
        forge(forgery, entry);
        expect(run(["--format", "json", "--cache"]).stdout).toBe(expected);
        // Linted again and stored anew: the file is what it was before the forgery.
        expect(readFileSync(location).equals(good)).toBe(true);
      }
    });
  });

  it("ignores a corrupt, torn or foreign cache file", () => {
    const expected = run(["--format", "json"]).stdout;
    run(["--cache"]);
    const good = readFileSync(location);
    // A bit flipped in the first finding's line: still a valid record, so only the CRC tells.
    const { records, offsets } = parts();
    const first = offsets.find((o) => (records[o + 3] as number) > 0) as number;
    const line = good.length - records.byteLength + (first + 7) * 4;
    expect(records[first + 3]).toBeGreaterThan(0);
    const flipped = Buffer.from(good);
    flipped[line] = (flipped[line] as number) ^ 1;
    const bad = [Buffer.from("{not json"), good.subarray(0, good.length - 4), flipped, Buffer.alloc(0)];
    for (const bytes of bad) {
      writeFileSync(location, bytes);
      expect(run(["--format", "json", "--cache"]).stdout).toBe(expected);
      expect(cachedKeys()).toHaveLength(ENTRIES);
    }
    // Written by another version: nothing in it is used.
    const other = parts();
    other.version = "0.0.0-other";
    other.paths[0] = "x.md";
    writeFileSync(location, pack(other));
    expect(run(["--format", "json", "--cache"]).stdout).toBe(expected);
    expect(cachedKeys()).not.toContain("x.md");
  });

  it("keeps results.bin inside a --cache-location folder, and says when it cannot save, keeping the report", () => {
    const expected = run(["--format", "json"]);
    const folder = join(root, "cache-folder");
    mkdirSync(folder);
    for (const location of [folder, `${join(root, "new-folder")}/`]) {
      expect(run(["--format", "json", "--cache-location", location]).stdout).toBe(expected.stdout);
      const file = join(location, "results.bin");
      expect(unpack(readFileSync(file))?.paths).toHaveLength(ENTRIES);
      expect(run(["--format", "json", "--cache-location", location]).stdout).toBe(expected.stdout);
    }
    // A cache file inside a file cannot be written: the findings are all there, and the exit code is theirs.
    const unwritable = run(["--format", "json", "--cache-location", "datasets/aie-model/data/deepseek-r1.md/x.bin"]);
    expect(unwritable).toMatchObject({ code: expected.code, stdout: expected.stdout });
    expect(unwritable.stderr).toMatch(
      /^catalog-lint: --cache: could not save results to \S+x\.bin \(E[A-Z]+\); this run's findings are complete/m,
    );
    expect(readdirSync(join(root, "datasets/aie-model/data")).filter((f) => f.endsWith("catalog-lint-tmp"))).toEqual(
      [],
    );
  });

  it("sees a schema file changed alone (a front-matter key's pattern)", () => {
    const dir = tempDir("cache-schema", {
      ".catalog-lintrc.yaml": "schema: topics.schema.yaml\n",
      "topics.schema.yaml":
        'name: topics\ngroups: []\nbody: { open: true }\nfrontMatter:\n  keys:\n    topic: { type: string, pattern: "^[a-z]+$" }\n',
      "topics/git.md": "---\ntopic: git\n---\nGit.\n",
    });
    const lintCached = () =>
      cli(["--format", "json", "--cache", "topics/git.md"], dir, { CATALOG_LINT_NOW: "2026-11-28" });
    expect(lintCached().stdout).not.toContain("front-matter-value");
    // The same entry, the same config: only the schema file's pattern now refuses `git`.
    const schema = join(dir, "topics.schema.yaml");
    writeFileSync(schema, readFileSync(schema, "utf8").replace('"^[a-z]+$"', '"^[A-Z]+$"'));
    expect(lintCached().stdout).toContain("front-matter-value");
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
    const stored = () => {
      const results = StoredResults.read(readFileSync(location), pkg.version) as StoredResults;
      return results.key(results.find(entry) as number);
    };

    it("does not trust the stat of a file changed just before the run (it may change again within the tick)", () => {
      appendFileSync(join(root, entry), "\n");
      const changed = changedAt(join(root, entry));
      // A run that starts a second after the change: within the tick, the file may change again unseen,
      // so the next run reads and hashes it.
      atClock(changed + 1_000, () => run(["--cache"]));
      expect(stored()?.stat).toBeUndefined();
      expect(stored()?.content).toMatch(/^[0-9a-f]{64}$/);
      // A minute later, the same bytes: now their stat is stored.
      atClock(changed + 60_000, () => run(["--cache"]));
      const { size, mtimeMs, ctimeMs, ino } = statSync(join(root, entry));
      expect(stored()?.stat).toEqual([size, mtimeMs, ctimeMs, ino]);
    });

    it("answers from the stat alone when it is unchanged, and reads a file whose stat changed", () => {
      const before = run(["--format", "json", "--cache"]).stdout;
      // Forge a settled stat: write the file's own stat into its entry, with a wrong content hash.
      const stats = statSync(join(root, entry));
      forge((p, index) => {
        p.stats.set([stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino], index * 4);
        p.records.set([p.strings.push("0".repeat(64)) - 1], (p.offsets[index] as number) + 1);
      }, entry);
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
      // Stats from a known moment, and the run that stores them starting then.
      const now = Date.parse("2026-11-28T12:00:00Z");
      const result = (filePath: string) => ({
        filePath,
        diagnostics: [],
        summary: { filePath, folder: ".", repos: [], linted: true },
        directives: [],
      });
      const settled: StatTuple = [10, now - 60_000, now - 60_000, 1];
      const recent: StatTuple = [10, now - 60_000, now, 2];
      const cache = atClock(now, () => new LintCache(file));
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

describe("the results file", () => {
  const range = (line: number, column: number, offset: number, length = 3) => ({
    start: { line, column, offset },
    end: { line, column: column + length, offset: offset + length },
  });
  // As lint makes them, with their rule's doc link (which the record keeps).
  const withUrl = (diagnostics: CachedFile["diagnostics"]) =>
    diagnostics.map((d) => ({ ...d, url: ruleDocUrl(d.ruleId) }));
  const file = (filePath: string): CachedFile => ({
    filePath,
    schema: "aie-model",
    diagnostics: withUrl([
      { ruleId: "title", severity: "error", message: "Unexpected `é…` — “quoted”", range: range(1, 1, 0) },
      {
        ruleId: "date-format",
        severity: "warn",
        message: "Unexpected `May 5`",
        range: range(9, 3, 120),
        fix: { range: [120, 125], text: "2026-05-05" },
      },
      {
        ruleId: "template-leftover",
        severity: "error",
        message: "m",
        range: range(2, 1, 10),
        fix: { range: [10, 13], text: "" },
      },
    ]),
    directives: [
      { kind: "disable-next-line", rules: ["url", "title"], range: range(4, 1, 40, 30) },
      { kind: "disable", rules: [], range: range(5, 1, 80, 20) },
    ],
    summary: {
      filePath,
      folder: folderOf(filePath),
      title: { name: "Näme", range: range(1, 3, 2) },
      repos: [
        { url: "https://github.com/a/b", range: range(7, 3, 90, 22) },
        { url: "https://gitlab.com/c/d", range: range(8, 3, 113, 22) },
      ],
      // The values catalog rules compare (unique-value, reference, referenced-file).
      values: [
        { key: "aliases", value: "js", range: range(3, 10, 30, 2) },
        { key: "aliases", value: "ecmascript", range: range(3, 14, 34, 10) },
        { key: "logo", value: "a.png", range: range(4, 7, 50, 5) },
      ],
      linted: true,
    },
  });
  const key = { context: "c", content: "h", stat: [1, 2.5, 3.25, 2 ** 40] as StatTuple };
  const read = (writer: ResultsWriter) => StoredResults.read(writer.bytes("1.2.3"), "1.2.3") as StoredResults;

  it("gives back what was written, findings, fixes, directives, title, repositories and values", () => {
    const writer = new ResultsWriter();
    writer.add("datasets/x/a.md", key, file("datasets/x/a.md"));
    writer.add("datasets/x/b.md", { context: "c2", content: "h2" }, { ...file("datasets/x/b.md"), schema: undefined });
    const stored = read(writer);
    expect([...stored.paths()]).toEqual(["datasets/x/a.md", "datasets/x/b.md"]);
    const a = stored.find("datasets/x/a.md") as number;
    expect(stored.key(a)).toEqual(key);
    expect(stored.open(a, "datasets/x/a.md")?.file()).toEqual(file("datasets/x/a.md"));
    const b = stored.find("datasets/x/b.md") as number;
    expect(stored.key(b)).toEqual({ context: "c2", content: "h2" }); // no stat stored
    const { schema: _schema, ...withoutSchema } = file("datasets/x/b.md");
    expect(stored.open(b, "datasets/x/b.md")?.file()).toEqual(withoutSchema);
    expect(stored.matchesStat(a, "c", key.stat)).toBe(true);
    expect(stored.matchesStat(b, "c2", [Number.NaN, Number.NaN, Number.NaN, Number.NaN])).toBe(false);
  });

  it("copies a stored record into a new file, its strings shared with the new file's", () => {
    const first = new ResultsWriter();
    first.add("datasets/x/a.md", key, file("datasets/x/a.md"));
    first.add("datasets/x/b.md", key, { ...file("datasets/x/b.md"), schema: "other" });
    const stored = read(first);
    const second = new ResultsWriter();
    // Strings in another order than in the first file: each copied index must be mapped.
    second.add("datasets/x/c.md", { context: "c3", content: "h3" }, { ...file("datasets/x/c.md"), schema: "third" });
    const newer: StatTuple = [9, 9, 9, 9];
    second.copy("datasets/x/b.md", stored, stored.find("datasets/x/b.md") as number, newer);
    second.copy("datasets/x/a.md", stored, stored.find("datasets/x/a.md") as number);
    const copied = read(second);
    expect([...copied.paths()]).toEqual(["datasets/x/c.md", "datasets/x/b.md", "datasets/x/a.md"]);
    for (const [path, schema] of [
      ["datasets/x/a.md", "aie-model"],
      ["datasets/x/b.md", "other"],
      ["datasets/x/c.md", "third"],
    ] as const) {
      expect(copied.open(copied.find(path) as number, path)?.file()).toEqual({ ...file(path), schema });
    }
    expect(copied.key(copied.find("datasets/x/b.md") as number)).toEqual({ ...key, stat: newer });
    expect(copied.key(copied.find("datasets/x/a.md") as number)).toEqual(key);
  });

  it("keeps any path and string, whatever its characters", () => {
    const writer = new ResultsWriter();
    const paths = ["datasets/ü/ä — x.md", "a\nb.md", '%20 "q".md', "emoji 🙂.md", "nul\u0000.md"];
    for (const path of paths) writer.add(path, { ...key, context: `ctx ${path}` }, file(path));
    const stored = read(writer);
    expect([...stored.paths()]).toEqual(paths);
    for (const path of paths) {
      expect(stored.key(stored.find(path) as number).context).toBe(`ctx ${path}`);
      expect(stored.open(stored.find(path) as number, path)?.file()).toEqual(file(path));
    }
  });

  it("keeps no title, repository or directive it was not given", () => {
    const writer = new ResultsWriter();
    const bare: CachedFile = {
      filePath: "a.md",
      diagnostics: [],
      directives: [],
      summary: { filePath: "a.md", folder: ".", repos: [], linted: true },
    };
    writer.add("a.md", key, bare);
    expect(read(writer).open(0, "a.md")?.file()).toEqual(bare);
  });

  it("leaves out a file with a number that is not a 32-bit integer, and a second record for a path", () => {
    const writer = new ResultsWriter();
    const big = file("big.md");
    (big.diagnostics[0] as { range: ReturnType<typeof range> }).range = range(1, 1, 2 ** 31);
    writer.add("big.md", key, big);
    writer.add("a.md", key, file("a.md"));
    writer.add("a.md", { ...key, content: "other" }, file("a.md"));
    const stored = read(writer);
    expect([...stored.paths()]).toEqual(["a.md"]);
    expect(stored.key(0).content).toBe("h");
  });

  it("is found only by the version that wrote it", () => {
    const writer = new ResultsWriter();
    writer.add("a.md", key, file("a.md"));
    expect(StoredResults.read(writer.bytes("1.2.3"), "1.2.4")).toBeUndefined();
  });
});
