/**
 * One git module for base revisions: the CLI's `--changed-since` reads the
 * base texts as the Action does, with one `git cat-file --batch` however many
 * files changed (it ran one `git show` per file), and gets the same texts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { filesAtRevision, filesAtRevisionSync } from "../../src/files/git.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

function repository(files: Record<string, string | Buffer>): { dir: string; base: string } {
  const dir = tempDir("changed-since");
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return { dir, base: git(dir, "rev-parse", "HEAD") };
}

describe("base texts for a synchronous run", () => {
  it("are what the Action's streaming reader gives: over the limit, missing and not-a-file left out", async () => {
    const { dir, base } = repository({
      "a.md": "# a\n",
      "sp ace, %.md": "# space\n",
      "ünïcödé ✓.md": "# unicode\n",
      "deep/er/file.md": "# deep\n",
      "empty.md": "",
      "bad-utf8.md": Buffer.from([0x61, 0xc3, 0x28, 0x0a]),
      "big.md": "x".repeat(5000),
    });
    symlinkSync("a.md", join(dir, "link.md"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "link");
    const head = git(dir, "rev-parse", "HEAD");
    const asked = ["a.md", "sp ace, %.md", "ünïcödé ✓.md", "deep/er/file.md", "empty.md", "bad-utf8.md"];
    const all = [...asked, "big.md", "link.md", "missing.md", "deep", "new\nline.md"];
    const sync = filesAtRevisionSync(dir, head, all, 4096);
    expect(sync).toEqual(await filesAtRevision(dir, head, all, 4096));
    expect([...(sync?.keys() ?? [])].sort()).toEqual([...asked, "link.md"].sort());
    expect(sync?.get("link.md")).toBe("a.md");
    expect(filesAtRevisionSync(dir, base, ["link.md"], 4096)).toEqual(new Map());
    expect(filesAtRevisionSync(dir, "0123456789abcdef0123456789abcdef01234567", ["a.md"], 4096)).toBeUndefined();
    expect(filesAtRevisionSync(dir, "--output=/tmp/x", ["a.md"], 4096)).toBeUndefined();
  });
});

describe("--changed-since", () => {
  it("reads the base texts of every changed file with one git process, and compares with them", () => {
    const entry = (name: string, date = "2026-11-01") =>
      CLEAN.replace("# Tool - https://tool.dev", `# ${name} - https://${name}.dev`)
        .replace("acme/tool", `acme/${name}`)
        .replace("2026-11-01", date);
    const names = ["a", "b", "c", "d", "e"];
    const { dir } = repository(Object.fromEntries(names.map((n) => [`entries/${n}.md`, entry(n)])));
    git(dir, "checkout", "-qb", "feature");
    // Every entry's content changes; only e's Last Update moves.
    for (const n of names) {
      const date = n === "e" ? "2026-11-20" : "2026-11-01";
      writeFileSync(join(dir, `entries/${n}.md`), entry(n, date).replace("- 1.2.0", "- 1.3.0"));
    }
    git(dir, "commit", "-qam", "edit");
    const childProcess = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
    const execs = vi.spyOn(childProcess, "execFileSync");
    const spawns = vi.spyOn(childProcess, "spawnSync");
    const { code, stdout } = cli(["--format", "json", "--changed-since", "main"], dir);
    const gitCalls = [...execs.mock.calls, ...spawns.mock.calls]
      .filter(([command]) => command === "git")
      .map(([, args]) => (args as string[]).slice(2, 4).join(" "));
    expect(gitCalls.filter((c) => c.startsWith("show"))).toEqual([]);
    expect(gitCalls.filter((c) => c.startsWith("cat-file"))).toEqual(["cat-file --batch"]);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const bumped = results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]);
    expect(bumped).toEqual([
      ...["a", "b", "c", "d"].map((n) => [`entries/${n}.md`, ["last-update-not-bumped"]]),
      ["entries/e.md", []],
    ]);
    expect(code).toBe(1);
  });
});

describe("--changed-since and the files that govern entries", () => {
  const TEMPLATE = "datasets/aie-model/config/aie-model-comparison-template.md";

  function catalog(): { dir: string; entries: string[] } {
    const dir = tempDir("governed");
    dirs.push(dir);
    copyInto(join(EXAMPLE_CATALOG, "configuration"), join(dir, "configuration"));
    copyInto(join(EXAMPLE_CATALOG, "datasets/aie-model"), join(dir, "datasets/aie-model"));
    copyInto(join(EXAMPLE_CATALOG, "datasets/terminal"), join(dir, "datasets/terminal"));
    writeFileSync(join(dir, "README.md"), "# Catalog\n");
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    git(dir, "checkout", "-qb", "feature");
    const entries = readdirSync(join(dir, "datasets/aie-model/data")).filter((f) => f.endsWith(".md"));
    return { dir, entries: entries.map((f) => `datasets/aie-model/data/${f}`).sort() };
  }

  // The entries linted: a dataset's template may have a result too (schema-conflict reports on it), not linted.
  const linted = (stdout: string, dir: string) =>
    (JSON.parse(stdout) as Array<{ filePath: string }>)
      .map((r) => r.filePath.slice(dir.length + 1))
      .filter((f) => !/\/config\/[^/]+-comparison-template\.md$/.test(f))
      .sort();

  it("lints every entry of a dataset whose template changed, and says why", () => {
    const { dir, entries } = catalog();
    const path = join(dir, TEMPLATE);
    writeFileSync(path, readFileSync(path, "utf8").replace("### Short Description", "### Summary"));
    git(dir, "commit", "-qam", "rename a heading");
    const { code, stdout, stderr } = cli(["--format", "json", "--changed-since", "main"], dir);
    expect(linted(stdout, dir)).toEqual(entries);
    expect(stderr).toContain(`\`${TEMPLATE}\` changed, so the ${entries.length} entries it governs were linted.`);
    expect(code).toBe(1);
  });

  it("lints every entry when a .catalog-lintrc changed, and only the changed ones for a README", () => {
    const { dir } = catalog();
    writeFileSync(join(dir, "README.md"), "# Catalog\n\nMore.\n");
    git(dir, "commit", "-qam", "readme");
    const readme = cli(["--format", "json", "--changed-since", "main"], dir);
    expect(linted(readme.stdout, dir)).toEqual([]);
    expect(readme.stderr).not.toContain("changed, so");
    writeFileSync(join(dir, ".catalog-lintrc.json"), "{}\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "config");
    const config = cli(["--format", "json", "--changed-since", "main"], dir);
    const all = linted(config.stdout, dir);
    expect(all.some((f) => f.startsWith("datasets/terminal/data/"))).toBe(true);
    expect(all.some((f) => f.startsWith("datasets/aie-model/data/"))).toBe(true);
    expect(config.stderr).toContain("`.catalog-lintrc.json` changed, so every catalog file was linted");
  });

  it("lints every entry below the catalog root when its manifest changed", () => {
    const { dir, entries } = catalog();
    const manifest = join(dir, "configuration/datasets.manifest.json");
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}\n`);
    git(dir, "commit", "-qam", "manifest");
    const { stdout, stderr } = cli(["--format", "json", "--changed-since", "main"], dir);
    const all = linted(stdout, dir);
    expect(all.filter((f) => f.startsWith("datasets/aie-model/data/"))).toEqual(entries);
    expect(all.some((f) => f.startsWith("datasets/terminal/data/"))).toBe(true);
    expect(stderr).toContain(`\`configuration/datasets.manifest.json\` changed, so the ${all.length} entries it lists`);
  });
});
