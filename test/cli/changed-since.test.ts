/**
 * One git module for base revisions: the CLI's `--changed-since` reads the
 * base texts as the Action does, with one `git cat-file --batch` however many
 * files changed (it ran one `git show` per file), and gets the same texts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { filesAtRevision, filesAtRevisionSync } from "../../src/files/git.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

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
