/**
 * Catalog files are read only from inside the repository: a symbolic link
 * (or a linked folder) leading out of it is reported and never opened, links
 * to folders are not walked, and nothing but a regular file is read. Proven
 * with targets that would betray a read: a secret the output would quote, and
 * a FIFO that would block the run forever if opened.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/linter.js";
import { CLEAN, cli, type JsonResult } from "../helpers/hostile.js";
import { tempDir } from "../helpers/temp.js";

const SECRET = "SECRET-CONTENT-d41d8cd9";
const OUTSIDE_LINK =
  "Unexpected symbolic link leading outside the repository, expected a file inside it; catalog-lint did not follow it";
const posix = process.platform !== "win32";

/** `<tmp>/outside/…` (a secret entry and a FIFO) next to `<tmp>/repo` (a git checkout with one entry). */
function layout() {
  const root = tempDir("containment", {
    "outside/secret.md": `# ${SECRET} - https://secret.dev\n\n${SECRET}\n`,
    "repo/a.md": CLEAN,
  });
  const repo = join(root, "repo");
  mkdirSync(join(repo, ".git"));
  if (posix) execFileSync("mkfifo", [join(root, "outside", "pipe.md")]);
  return { root, repo, outside: join(root, "outside") };
}

function json(argv: string[], cwd: string) {
  const run = cli(["--format", "json", ...argv], cwd);
  expect(run.stdout).not.toContain(SECRET);
  expect(run.stderr).not.toContain(SECRET);
  const results = JSON.parse(run.stdout || "[]") as JsonResult[];
  const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(cwd.length + 1), r.messages]));
  return { run, byFile };
}

describe.skipIf(!posix)("symbolic links and special files in the CLI's discovery", () => {
  it("a link to a file outside (a secret, a FIFO, /etc/passwd) is one finding, never opened", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "secret.md"), join(repo, "secret.md"));
    symlinkSync(join(outside, "pipe.md"), join(repo, "pipe.md"));
    symlinkSync("/etc/passwd", join(repo, "passwd.md"));
    symlinkSync("../outside/secret.md", join(repo, "relative.md"));
    const { run, byFile } = json([], repo);
    expect(run.code).toBe(1);
    expect(Object.keys(byFile).sort()).toEqual(["a.md", "passwd.md", "pipe.md", "relative.md", "secret.md"]);
    for (const name of ["passwd.md", "pipe.md", "relative.md", "secret.md"]) {
      expect(byFile[name]).toEqual([
        expect.objectContaining({ ruleId: "readable-file", line: 1, message: OUTSIDE_LINK }),
      ]);
    }
    expect(byFile["a.md"]).toEqual([]);
    // Named on the command line, the same.
    expect(json(["secret.md", "pipe.md"], repo).byFile["pipe.md"]?.map((m) => m.message)).toEqual([OUTSIDE_LINK]);
  });

  it("a linked folder is not walked; named on the command line, what leads outside is reported", () => {
    const { root, repo, outside } = layout();
    symlinkSync(outside, join(repo, "outdir"));
    symlinkSync("/", join(repo, "disk")); // walking it would search the whole disk
    symlinkSync(".", join(repo, "loop"));
    const { byFile } = json([], repo);
    expect(Object.keys(byFile)).toEqual(["a.md"]);
    const named = json(["outdir/secret.md", "outdir"], repo).byFile;
    expect(named["outdir/secret.md"]?.map((m) => m.message)).toEqual([OUTSIDE_LINK]);
    expect(root).toBeTruthy();
  });

  it("a link inside the repository is followed, and linted under its own name", () => {
    const { repo } = layout();
    mkdirSync(join(repo, "shared"));
    writeFileSync(join(repo, "shared", "b.md"), CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License"));
    mkdirSync(join(repo, "catalog"));
    symlinkSync("../shared/b.md", join(repo, "catalog", "b.md"));
    // From a subfolder: the repository (the folder with .git) is the boundary, not the working directory.
    const { byFile } = json([], join(repo, "catalog"));
    expect(byFile["b.md"]?.map((m) => m.ruleId)).toEqual(["label-value"]);
  });

  it("a link to nothing, a link to a folder and a FIFO are findings, not crashes or hangs", () => {
    const { repo } = layout();
    symlinkSync("nowhere.md", join(repo, "dangling.md"));
    mkdirSync(join(repo, "folder"));
    symlinkSync("folder", join(repo, "folder-link.md"));
    execFileSync("mkfifo", [join(repo, "fifo.md")]);
    const { byFile } = json(["dangling.md", "fifo.md"], repo);
    expect(byFile["dangling.md"]?.map((m) => m.message)).toEqual([
      "Unexpected broken symbolic link, expected a regular markdown file; catalog-lint did not read it",
    ]);
    expect(byFile["fifo.md"]?.map((m) => m.message)).toEqual([
      "Unexpected special file (a FIFO, socket or device), expected a regular markdown file; catalog-lint did not read it",
    ]);
    // Discovery lists the links (so they are reported) but never the FIFO. (Named on the command
    // line, a link to a folder is a folder: its markdown files are linted.)
    const found = json([], repo).byFile;
    expect(Object.keys(found).sort()).toEqual(["a.md", "dangling.md", "folder-link.md"]);
    expect(found["folder-link.md"]?.map((m) => m.message)).toEqual([
      "Unexpected folder, expected a regular markdown file; catalog-lint did not read it",
    ]);
  });

  it("peers compared by duplicate-entry are read under the same rules", () => {
    const { repo, outside } = layout();
    // The outside file has the linted entry's name: read as a peer, it would be reported as a duplicate.
    writeFileSync(join(outside, "twin.md"), CLEAN);
    symlinkSync(join(outside, "twin.md"), join(repo, "twin.md"));
    symlinkSync(join(outside, "pipe.md"), join(repo, "pipe.md"));
    const run = lint(["a.md"], { cwd: repo, config: { config: {}, dir: repo }, now: "2026-11-28" });
    expect(run.results.map((r) => [r.filePath, r.diagnostics.map((d) => d.ruleId)])).toEqual([["a.md", []]]);
  });

  it("a link into .git/ is never read: actions/checkout keeps the token in .git/config", () => {
    const { repo } = layout();
    writeFileSync(join(repo, ".git", "config"), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
    mkdirSync(join(repo, "datasets", "x", "data"), { recursive: true });
    symlinkSync("../../../.git/config", join(repo, "datasets", "x", "data", "a.md"));
    symlinkSync("../../../.git", join(repo, "datasets", "x", "data", "git"));
    const GIT_LINK =
      "Unexpected symbolic link into `.git/` (git's own files, which can hold credentials), expected a regular markdown file; catalog-lint did not read it";
    const { run, byFile } = json([], repo);
    expect(run.code).toBe(1);
    expect(byFile).toEqual({
      "datasets/x/data/a.md": [expect.objectContaining({ ruleId: "readable-file", message: GIT_LINK })],
    });
    // Named on the command line, through a linked folder: the same.
    const named = json(["datasets/x/data/git/config", "datasets/x/data/a.md"], repo).byFile;
    expect(named["datasets/x/data/git/config"]?.map((m) => m.message)).toEqual([GIT_LINK]);
    expect(named["datasets/x/data/a.md"]?.map((m) => m.message)).toEqual([GIT_LINK]);
  });

  it("--fix never writes through a link that leads outside", () => {
    const { repo, outside } = layout();
    const before = readFileSync(join(outside, "secret.md"), "utf8");
    symlinkSync(join(outside, "secret.md"), join(repo, "secret.md"));
    cli(["--fix", "secret.md"], repo);
    expect(readFileSync(join(outside, "secret.md"), "utf8")).toBe(before);
  });
});

describe.skipIf(!posix)("names with line breaks in the CLI's discovery", () => {
  it("are found by include globs and linted, never skipped unseen", () => {
    const names = ["\nevil.md", "\revil.md", "\u2028evil.md", "ev\nil.md"];
    const repo = tempDir("containment", Object.fromEntries(names.map((n) => [`datasets/x/data/${n}`, CLEAN])));
    mkdirSync(join(repo, ".git"));
    writeFileSync(join(repo, ".catalog-lintrc.json"), JSON.stringify({ include: ["datasets/*/data/*.md"] }));
    const run = cli(["--format", "json"], repo);
    const linted = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) =>
      r.filePath.slice(repo.length + 1),
    );
    expect(linted.sort()).toEqual(names.map((n) => `datasets/x/data/${n}`).sort());
  });
});
