import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { StoredResults } from "../../src/cache/format.js";
import { FILES_PER_THREAD } from "../../src/lint/parallel.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { catalogEntries, EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";
import { copyCatalog, copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
// Resolved, so paths match what a child process (which sees the real path as its cwd) prints.
const CATALOG = realpathSync(EXAMPLE_CATALOG);
const SEED = "datasets/aie-model/data/deepseek-r1.md";

/** The same results (`entries` of them), whether the catalog at `catalog` is named from outside it or from one of its folders. */
function expectSameEntriesFromAnywhere(catalog: string, entries: number): void {
  const fromRoot = JSON.parse(cli(["--format", "json"], catalog).stdout) as Array<{ filePath: string }>;
  const paths = (run: ReturnType<typeof cli>) =>
    (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
  expect(fromRoot).toHaveLength(entries);
  // A catalog named from outside it, as `catalog-lint ../catalog` does.
  const name = basename(catalog);
  expect(paths(cli(["--format", "json", name], join(catalog, "..")))).toEqual(
    paths(cli(["--format", "json"], catalog)),
  );
  expect(paths(cli(["--format", "json", `../../${name}`], join(catalog, "datasets")))).toHaveLength(entries);
  expect(paths(cli(["--format", "json", ".."], join(catalog, "datasets")))).toEqual(fromRoot.map((r) => r.filePath));
  expect(paths(cli(["--format", "json", "../../"], join(catalog, "datasets", "aie-model")))).toHaveLength(entries);
}

/** ESLint's JSON for each of the `entries` entries of the catalog at `catalog`, sorted by path. */
function expectEslintJson(catalog: string, entries: number): void {
  // No paths: the manifest's data folders, so templates and READMEs are not linted.
  const { code, stdout } = cli(["--format", "json"], catalog);
  expect(code).toBe(1);
  const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
  expect(results).toHaveLength(entries);
  for (const result of results) {
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        "filePath",
        "messages",
        "errorCount",
        "warningCount",
        "fixableErrorCount",
        "fixableWarningCount",
      ]),
    );
    const messages = result.messages as Array<Record<string, unknown>>;
    expect(result.errorCount).toBe(messages.filter((m) => m.severity === 2).length);
    for (const m of messages) {
      expect(m).toMatchObject({
        ruleId: expect.any(String),
        severity: expect.any(Number),
        message: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
      });
    }
  }
  const paths = results.map((r) => r.filePath as string);
  expect(paths).toEqual([...paths].sort());
}

describe("catalog-lint CLI", () => {
  it("finds nothing in the seed entry, auto-discovered and with the preset", () => {
    const auto = cli(["--format", "json", SEED], CATALOG);
    expect(auto.code).toBe(0);
    expect(JSON.parse(auto.stdout)[0].messages).toEqual([]);
    const preset = cli(["--schema", "awesome-comparisons", "--now", "2026-11-28", SEED], CATALOG);
    expect(preset).toMatchObject({ code: 0, stdout: "" });
  });

  it("lints the same entries of a catalog named from outside it, or from one of its folders", () => {
    // 31 markdown files in data folders; business-competition's TEMPLATE.md is its template, not an entry.
    // 30 entries, and the 5 templates whose criteria disagree with them (schema-conflict reports on them).
    expectSameEntriesFromAnywhere(CATALOG, 35);
  });

  it("lints every folder an include names, above the working directory too", () => {
    const dir = tempDir("cli", {
      "a/.catalog-lintrc.json": JSON.stringify({ include: ["**/*.md", "../b/*.md"] }),
      "a/x.md": "# X - https://x.dev\n",
      "b/y.md": "# Y - https://y.dev\n",
    });
    const run = cli(["--format", "json"], join(dir, "a"));
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));
    expect(files).toEqual(["b/y.md", "a/x.md"]);
  });

  it("prints ESLint-compatible JSON for every entry of the example catalog", () => {
    // 30 entries and 5 templates (see above).
    expectEslintJson(CATALOG, 35);
  });

  it("prints stylish output with a summary, and exits 1 on errors", () => {
    const dir = tempDir("cli", { "bad.md": CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License") });
    const { code, stdout } = cli(["bad.md"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        "bad.md",
        // 101 columns with its rule id on the row: the id goes below, in the message's column.
        "  37:3  error  Unexpected `yes` for `Opensource`, expected `Yes` (values match case-sensitively)",
        "               label-value",
        "",
        "✖ 1 problem (1 error, 0 warnings) in 1 file",
        "  1 problem potentially fixable with `--fix`.",
        "",
      ].join("\n"),
    );
  });

  it("colours output when asked, and never when NO_COLOR is set", () => {
    const dir = tempDir("cli", { "bad.md": CLEAN.replace("- 2026-11-01", "- 2024-01-01") });
    expect(cli(["bad.md"], dir, { FORCE_COLOR: "1" }).stdout).toContain("\u001b[");
    expect(cli(["bad.md"], dir, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\u001b[");
  });

  it("exits 0 on warnings, 1 past --max-warnings, and hides them with --quiet", () => {
    const dir = tempDir("cli", { "old.md": CLEAN.replace("- 2026-11-01", "- 2024-01-01") });
    const warned = cli(["old.md"], dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("warning  Unexpected `Last Update` of `2024-01-01`");
    expect(cli(["--max-warnings", "0", "old.md"], dir).code).toBe(1);
    expect(cli(["--quiet", "old.md"], dir)).toMatchObject({ code: 0, stdout: "" });
  });

  it("uses --now over CATALOG_LINT_NOW", () => {
    const dir = tempDir("cli", { "a.md": CLEAN });
    expect(cli(["--format", "json", "--now", "2028-01-01", "a.md"], dir).stdout).toContain("stale-date");
    expect(cli(["--format", "json", "a.md"], dir, { CATALOG_LINT_NOW: "2026-11-02" }).stdout).not.toContain(
      "stale-date",
    );
    expect(cli(["--format", "json", "a.md"], dir, { CATALOG_LINT_NOW: "2026-10-01" }).stdout).toContain("future-date");
  });

  it("expands folders and quoted globs, and skips node_modules and .git", () => {
    const dir = tempDir("cli", {
      "a.md": CLEAN,
      "sub/b.md": CLEAN,
      "sub/c.txt": "not markdown",
      "node_modules/x/readme.md": "# junk",
      ".git/info.md": "# junk",
    });
    const files = (argv: string[]) =>
      (JSON.parse(cli(["--format", "json", ...argv], dir).stdout) as Array<{ filePath: string }>).map((r) =>
        r.filePath.slice(dir.length + 1),
      );
    expect(files([])).toEqual(["a.md", "sub/b.md"]);
    expect(files(["sub"])).toEqual(["sub/b.md"]);
    expect(files(["**/b.md"])).toEqual(["sub/b.md"]);
    expect(files(["a.md", "a.md", "."])).toEqual(["a.md", "sub/b.md"]);
  });

  it("honours the config's include, exclude and rules", () => {
    const dir = tempDir("cli", {
      ".catalog-lintrc.json": JSON.stringify({
        include: ["entries/**/*.md"],
        exclude: ["entries/drafts/**"],
        rules: { "label-value": "off" },
      }),
      "entries/a.md": CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License"),
      "entries/drafts/b.md": "# broken",
      "README.md": "# Not an entry",
    });
    const { code, stdout } = cli(["--format", "json"], dir);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["entries/a.md"]);
    expect(results[0]?.messages).toEqual([]);
  });

  it("writes the report to --output-file", () => {
    const dir = tempDir("cli", { "a.md": CLEAN });
    expect(cli(["--format", "json", "--output-file", "out/report.json", "a.md"], dir)).toMatchObject({
      code: 0,
      stdout: "",
    });
    expect(JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8"))).toHaveLength(1);
  });

  it("prints the effective config and schema for a file", () => {
    const { code, stdout } = cli(["--print-config", "datasets/code-orchestration/data/gnap.md"], CATALOG);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.schema.name).toBe("code-orchestration");
    expect(printed.rules["stale-date"]).toEqual(["warn", { maxAgeDays: 365 }]);
  });

  describe("fatal problems exit 2 with one line that says what to do", () => {
    const cases: Array<[string, string[], RegExp]> = [
      ["unknown option", ["--frobnicate"], /^catalog-lint: Unknown option '--frobnicate'.*run catalog-lint --help/],
      ["unknown format", ["--format", "xml"], /^catalog-lint: Unknown format `xml`, expected one of stylish, json/],
      [
        "bad --now",
        ["--now", "2026-02-30"],
        /^catalog-lint: Invalid --now `2026-02-30`, expected a real date YYYY-MM-DD/,
      ],
      ["bad --max-warnings", ["--max-warnings=-1"], /^catalog-lint: Invalid --max-warnings `-1`/],
      ["missing path", ["nope.md"], /^catalog-lint: No such file or folder: nope\.md/],
      ["glob without matches", ["**/*.nothing"], /^catalog-lint: No files match `\*\*\/\*\.nothing`/],
      ["unknown schema", ["--schema", "nope", "a.md"], /^catalog-lint: Schema `nope` is neither a preset/],
      [
        "--output-file naming a folder",
        ["-o", ".", "a.md"],
        /^catalog-lint: --output-file \S+ is a folder: give the path/,
      ],
      ["--output-file inside a file", ["-o", "a.md/report.json", "a.md"], /^catalog-lint: --output-file: cannot write/],
    ];
    for (const [name, argv, expected] of cases) {
      it(name, () => {
        const dir = tempDir("cli", { "a.md": CLEAN });
        const { code, stderr, stdout } = cli(argv, dir);
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toMatch(expected);
        expect(stderr.trim().split("\n")).toHaveLength(1);
        // Nothing left behind: no temporary report, the linted file as it was.
        expect(readdirSync(dir)).toEqual(["a.md"]);
        expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(CLEAN);
      });
    }

    it("a bad config file", () => {
      const dir = tempDir("cli", { ".catalog-lintrc.json": '{"rules": {"title": "loud"}}', "a.md": CLEAN });
      const { code, stderr } = cli(["a.md"], dir);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'catalog-lint: .catalog-lintrc.json:1: `rules.title`: found `"loud"`, expected "off", "warn", "error" or ["warn", { options }]\n',
      );
    });

    it("a CATALOG_LINT_NOW that is not a date", () => {
      const { code, stderr } = cli(["a.md"], tempDir("cli", { "a.md": CLEAN }), { CATALOG_LINT_NOW: "today" });
      expect(code).toBe(2);
      expect(stderr).toMatch(/Invalid CATALOG_LINT_NOW `today`/);
    });
  });

  it("lints only files changed since a git ref, comparing them with it", () => {
    const named = (name: string) =>
      CLEAN.replace("# Tool - https://tool.dev", `# ${name} - https://${name}.dev`).replace(
        "acme/tool",
        `acme/${name}`,
      );
    const dir = tempDir("cli", { "entries/a.md": named("a"), "entries/b.md": named("b"), "entries/c.md": named("c") });
    const git = (...a: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...a]);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "base");
    git("checkout", "-qb", "feature");
    // a.md: content changed, date kept → last-update-not-bumped; b.md committed with a bumped date;
    // c.md untouched; d.md new and untracked.
    writeFileSync(join(dir, "entries/a.md"), named("a").replace("- 1.2.0", "- 1.3.0"));
    writeFileSync(
      join(dir, "entries/b.md"),
      named("b").replace("- 1.2.0", "- 1.3.0").replace("2026-11-01", "2026-11-20"),
    );
    git("commit", "-qam", "edit");
    writeFileSync(join(dir, "entries/d.md"), named("d"));
    const { code, stdout } = cli(["--format", "json", "--changed-since", "main"], dir);
    const results = JSON.parse(stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number }>;
    }>;
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual([
      "entries/a.md",
      "entries/b.md",
      "entries/d.md",
    ]);
    expect(results[0]?.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(["32 last-update-not-bumped"]);
    expect(results[1]?.messages).toEqual([]);
    expect(code).toBe(1);
    expect(cli(["--changed-since", "nope"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown git revision `nope`/),
    });
    expect(cli(["--changed-since", "--output=x"], dir).code).toBe(2);
  });

  it("compares one linted file with the other entries of its folder", () => {
    const dir = tempDir("cli", {
      "entries/new.md": CLEAN,
      "entries/old.md": CLEAN.replace("# Tool - https://tool.dev", "# Old Tool - https://old.dev"),
      "entries/other.md": CLEAN.replace("# Tool", "# Other").replace("acme/tool", "acme/other"),
    });
    const { stdout } = cli(["--format", "json", "entries/new.md"], dir);
    const [result] = JSON.parse(stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; message: string }>;
    }>;
    expect(result?.messages.map((m) => m.message)).toEqual([
      "Unexpected repository `https://github.com/acme/tool`, also the repository of `entries/old.md` (line 14), expected each entry to have its own; if both are variants of one project, keep both and silence this with `<!-- catalog-lint-disable-next-line duplicate-entry -->` above the line, or with `duplicate-entry: off` for these files in the config's `overrides`",
    ]);
  });

  it("counts duplicate-entry's findings in what --fix and --fix-dry-run say remains", () => {
    // Two entries of one folder share a repository (a warning on each); one also has a fixable `yes`.
    const files = {
      "a.md": CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License"),
      "b.md": CLEAN.replace("# Tool - https://tool.dev", "# Tool Pro - https://pro.tool.dev"),
    };
    for (const mode of ["--fix", "--fix-dry-run"]) {
      const dir = tempDir("cli", files);
      const run = cli([mode, "--format", "json", "a.md", "b.md"], dir);
      const verb = mode === "--fix" ? "Fixed" : "Would fix";
      expect(run.stderr).toBe(`catalog-lint: ${verb} 1 problem in 1 file; 2 remain\n`);
      // --fix reports what remains (--fix-dry-run prints the diff): the two warnings counted above.
      if (mode === "--fix") {
        const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
        expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(["duplicate-entry", "duplicate-entry"]);
      } else expect(run.stdout).toContain("\n-- yes\n+- Yes\n");
    }
  });

  it("fixes in place, reports what was fixed and what remains, and changes nothing the second time", () => {
    const dir = tempDir("cli", {
      "a.md": CLEAN.replace("- 2026-11-01", "- November 1, 2026").replace(
        "- Yes\n\n### License",
        "- yes\n\n### License",
      ),
    });
    const first = cli(["--fix", "a.md"], dir);
    expect(first).toMatchObject({
      code: 0,
      stdout: "",
      stderr: "catalog-lint: Fixed 2 problems in 1 file; 0 remain\n",
    });
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(CLEAN);
    expect(cli(["--fix", "a.md"], dir).stderr).toBe("catalog-lint: Fixed 0 problems in 0 files; 0 remain\n");
    writeFileSync(join(dir, "b.md"), CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License"));
    const dry = cli(["--fix-dry-run", "b.md"], dir);
    expect(dry.stdout).toContain("--- a/b.md\n+++ b/b.md\n");
    expect(dry.stdout).toContain("\n-- yes\n+- Yes\n");
    expect(readFileSync(join(dir, "b.md"), "utf8")).toContain("- yes");
  });

  it("prints help and version", () => {
    expect(cli(["--help"], ROOT).stdout).toMatch(/^Usage: catalog-lint \[options\] \[paths\.\.\.\]/);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"], ROOT).stdout).toBe(`${version}\n`);
  });
});

/** The committed bundle, copied alone (no node_modules), answers on `catalog` as the source does. */
function expectBundleAnswersAsSource(catalog: string): void {
  // The entry, the bundle it runs and what that loads on demand (dist/remark-parser.cjs), nothing else.
  const dir = copyInto(join(ROOT, "dist"), tempDir("cli"));
  const run = spawnSync(process.execPath, [join(dir, "cli.cjs"), "--format", "json", "--now", "2026-11-28"], {
    cwd: catalog,
    encoding: "utf8",
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe("");
  const fromBundle = JSON.parse(run.stdout);
  const fromSource = JSON.parse(cli(["--format", "json"], catalog).stdout);
  expect(fromBundle).toEqual(fromSource);
}

/**
 * The bundle on `dir` (a writable catalog of at least 200 entries, enough for
 * worker threads, with the example's deepseek-r1 and claude-haiku-4-5 entries
 * and terminal and ai-chat templates): stylish and JSON output as one thread
 * writes them, with a cold and a partly warm cache, and notices printed once.
 */
function expectStreamedAsOneThread(dir: string): void {
  const bundle = join(dir, "cli.cjs");
  copyInto(join(ROOT, "dist"), dir);
  const runBundle = (...args: string[]) =>
    spawnSync(process.execPath, [bundle, "--now", "2026-11-28", ...args], { cwd: dir, encoding: "utf8" });
  const stylish = runBundle("--no-color");
  expect(stylish.stderr).toBe("");
  expect(stylish.stdout).toBe(cli(["--no-color"], dir).stdout);

  expect(runBundle("--format", "json", "--cache").stdout).toBe(cli(["--format", "json"], dir).stdout);
  // Each file is stored under the hash of its bytes, whichever thread linted (and hashed) it.
  const stored = StoredResults.read(
    readFileSync(join(dir, "node_modules", ".cache", "catalog-lint", "results.bin")),
    pkg.version,
  ) as StoredResults;
  const paths = [...stored.paths()];
  expect(paths.length).toBeGreaterThanOrEqual(200);
  for (const path of paths) {
    const bytes = readFileSync(join(dir, path));
    expect(stored.key(stored.find(path) as number).content).toBe(createHash("sha256").update(bytes).digest("hex"));
  }
  // Change one entry (a new duplicate of another's title, and a comment): the cache answers the others.
  const entry = "datasets/aie-model/data/deepseek-r1.md";
  const changed = join(dir, entry);
  const namedIn = (report: string) =>
    (JSON.parse(report) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>)
      .find((r) => r.filePath === changed)
      ?.messages.filter((m) => m.ruleId === "duplicate-entry")
      .map((m) => m.message);
  expect(namedIn(cli(["--format", "json"], dir).stdout)).toEqual([]);
  const text = readFileSync(changed, "utf8").replace("# DeepSeek R1 -", "# Claude Haiku 4.5 -");
  writeFileSync(changed, `${text}\n<!-- TODO -->\n`);
  const warm = runBundle("--format", "json", "--cache", "-o", "report.json");
  expect(warm.stdout).toBe("");
  const report = readFileSync(join(dir, "report.json"), "utf8");
  expect(report).toBe(cli(["--format", "json"], dir).stdout);
  expect(namedIn(report)).toEqual([
    "Unexpected entry name `Claude Haiku 4.5`, also used by `datasets/aie-model/data/claude-haiku-4-5.md` (line 1): expected one entry per tool",
  ]);
  expect(readdirSync(dir).filter((name) => name.startsWith("report.json."))).toEqual([]);

  // A run of the entries only, from the warm cache and without it: the templates' findings
  // (schema-conflict) are left out on every thread alike, as the whole run has them.
  const entries = "datasets/*/data/**/*.md";
  const oneThread = cli(["--format", "json", entries], dir).stdout;
  // Enough files for the bundle to start a worker (`FILES_PER_THREAD` × 2 to lint).
  expect((JSON.parse(oneThread) as unknown[]).length).toBeGreaterThanOrEqual(FILES_PER_THREAD * 2);
  expect(runBundle("--format", "json", entries).stdout).toBe(oneThread);
  expect(runBundle("--format", "json", "--cache", entries).stdout).toBe(oneThread);
  expect(report).toMatch(/-comparison-template\.md"/);
  expect(oneThread).not.toMatch(/-comparison-template\.md"/);

  // Notices found on any thread (here: two datasets without a template) are printed once each.
  rmSync(join(dir, "datasets", "terminal", "config", "terminal-comparison-template.md"));
  rmSync(join(dir, "datasets", "ai-chat", "config", "ai-chat-comparison-template.md"));
  const notices = runBundle("--format", "json").stderr.split("\n").filter(Boolean);
  expect(notices.map((line) => line.replace(/ has no template .*$/, ""))).toEqual([
    "catalog-lint: Dataset `ai-chat`",
    "catalog-lint: Dataset `terminal`",
  ]);
}

/**
 * A copy of the example catalog in a new folder, each entry also copied under
 * a new name (title, file name and GitHub repository, so a copy is no
 * duplicate of its original) until the catalog has `count` entries.
 */
function growExample(count: number): string {
  return grown(copyCatalog(CATALOG), count);
}

/** The catalog copied at `dir` grown to `count` entries (templates aside), by renamed copies of its entries. */
function grown(dir: string, count: number): string {
  const entries = catalogEntries(dir).filter((f) => basename(f) !== "TEMPLATE.md");
  let files = entries.length;
  for (let i = 0; files < count; i++, files++) {
    const from = entries[i % entries.length] as string;
    const copy = Math.floor(i / entries.length) + 1;
    const [title = "", ...rest] = readFileSync(from, "utf8").split("\n");
    const renamed = title.replace(" - ", ` copy ${copy} - `);
    const text = [renamed, ...rest].join("\n").replaceAll("https://github.com/", `https://github.com/copy-${copy}-`);
    writeFileSync(from.replace(/\.md$/, `-copy-${copy}.md`), text);
  }
  return dir;
}

describe("the committed bundle", () => {
  it("runs with no node_modules and gives the same answer as the source", () => {
    expectBundleAnswersAsSource(CATALOG);
  });

  it("keeps V8's code cache per user, and runs the same with it, without it, or with a corrupt one", () => {
    const dir = copyInto(join(ROOT, "dist"), tempDir("cli"));
    const cacheHome = join(dir, "xdg-cache");
    const run = (env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(dir, "cli.cjs"), "--format", "json", "--now", "2026-11-28"], {
        cwd: CATALOG,
        encoding: "utf8",
        env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...env },
      });
    const inCache = () =>
      existsSync(join(cacheHome, "catalog-lint")) ? readdirSync(join(cacheHome, "catalog-lint")).sort() : [];
    const cached = () => inCache().filter((name) => name.startsWith("code-"));
    const expected = cli(["--format", "json"], CATALOG).stdout;

    expect(run({ CATALOG_LINT_CODE_CACHE: "0" }).stdout).toBe(expected);
    expect(inCache()).toEqual([]);
    // The first run writes it (named by the Node version, the bundle's hash, size and time), the next runs from it.
    expect(run().stdout).toBe(expected);
    const [name] = cached();
    expect(name).toMatch(new RegExp(`^code-${process.version}-${process.arch}-[0-9a-f]{16}-\\d+-\\d+\\.bin$`));
    const file = join(cacheHome, "catalog-lint", name as string);
    const written = statSync(file).mtimeMs;
    expect(run().stdout).toBe(expected);
    expect(statSync(file).mtimeMs).toBe(written);
    // V8 refuses a corrupt cache: the bundle is compiled from source, and the cache written again.
    writeFileSync(file, Buffer.alloc(4096, 7));
    const again = run();
    expect(again.stderr).toBe("");
    expect(again.stdout).toBe(expected);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);

    // A bundle edited in place, to the same length (all V8 checks), is compiled afresh: its new text shows.
    const bundle = join(dir, "cli-bundle.cjs");
    const copied = statSync(bundle);
    writeFileSync(bundle, readFileSync(bundle, "utf8").replaceAll("Unexpected ", "UNEXPECTED "));
    // Its time, as an edit a minute after the copy leaves it: on a file system that keeps seconds
    // (or FAT's two), an edit this soon could keep the copy's time, and the cache's name with it.
    utimesSync(bundle, copied.atime, new Date(copied.mtimeMs + 60_000));
    const edited = run();
    expect(edited.stdout).toBe(expected.replaceAll("Unexpected ", "UNEXPECTED "));
    expect(cached()).toHaveLength(2);

    // Dataset schemas are kept beside it (named by the build), and read back the same; a corrupt store is ignored.
    const stores = inCache().filter((name) => name.startsWith("schemas-"));
    expect(stores).toHaveLength(2);
    // For the user alone (SECURITY.md): the folder 0700, each file 0600.
    if (process.platform !== "win32") {
      expect(statSync(join(cacheHome, "catalog-lint")).mode & 0o777).toBe(0o700);
      for (const name of inCache()) expect(statSync(join(cacheHome, "catalog-lint", name)).mode & 0o777).toBe(0o600);
    }
    for (const store of stores) writeFileSync(join(cacheHome, "catalog-lint", store), "[[");
    expect(edited.stdout).toBe(run().stdout);
    expect(run().stdout).toBe(edited.stdout);

    // Files only read say they were used (removal goes by their time): a cache in daily use stays.
    const day = 24 * 60 * 60 * 1000;
    const monthAgo = new Date(Date.now() - 40 * day);
    const current = inCache().filter(
      (name) =>
        name.endsWith(`${statSync(bundle).size}-${Math.trunc(statSync(bundle).mtimeMs)}.bin`) ||
        name.includes(`-${statSync(bundle).size}-${Math.trunc(statSync(bundle).mtimeMs)}.json`),
    );
    expect(current).toHaveLength(2);
    for (const name of current) utimesSync(join(cacheHome, "catalog-lint", name), monthAgo, monthAgo);
    expect(run().stdout).toBe(edited.stdout);
    // Their time moved from 40 days ago to the run's, however long the run took.
    for (const name of current) {
      expect(statSync(join(cacheHome, "catalog-lint", name)).mtimeMs).toBeGreaterThan(monthAgo.getTime() + 39 * day);
    }
  });

  it("streams through worker threads the report one thread writes, with a cold and a partly warm cache", () => {
    // The example catalog grown to 200 entries: enough files for the bundle to lint on worker threads.
    const dir = growExample(200);
    expect(catalogEntries(dir).filter((f) => basename(f) !== "TEMPLATE.md")).toHaveLength(200);
    expectStreamedAsOneThread(dir);
  });
});

describeRealData("the committed bundle on the whole awesome-comparisons catalog", () => {
  it("gives the same answer as the source on all 200 real entries", () => {
    expectBundleAnswersAsSource(realpathSync(REAL_CATALOG));
  });

  it("streams through worker threads the report one thread writes, on all 200 real entries", () => {
    // 199 entries and business-competition's template: one copy more makes enough for worker threads.
    const dir = grown(copyCatalog(REAL_CATALOG), 200);
    expectStreamedAsOneThread(dir);
  });
});

describeRealData("the CLI on the whole awesome-comparisons catalog", () => {
  it("lints the same 199 entries of the catalog named from outside it, or from one of its folders", () => {
    // 200 markdown files in data folders; business-competition's TEMPLATE.md is its template, not an entry.
    // And the 7 templates whose criteria disagree with them (schema-conflict reports on them).
    expectSameEntriesFromAnywhere(realpathSync(REAL_CATALOG), 206);
  });

  it("prints ESLint-compatible JSON for every real entry", () => {
    expectEslintJson(realpathSync(REAL_CATALOG), 206);
  });
});
