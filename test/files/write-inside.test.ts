/**
 * Reports (SARIF, `--output-file`) are never written through a link the
 * repository holds: a pull request can commit `reports -> /anywhere` or
 * `out.json -> ~/.bashrc`. Each case plants such a link in a temporary
 * checkout and checks that the file outside keeps its bytes and that no
 * file appears in the folder outside.
 */
import { execFileSync, spawn } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openInside, writeAll, writeInside } from "../../src/files/write/inside.js";
import { CatalogLintError } from "../../src/util/errors.js";
import { CLEAN, cli } from "../helpers/hostile.js";
import { tempDir } from "../helpers/temp.js";

const posix = process.platform !== "win32";

/** `<tmp>/outside/{victim.txt,folder/}` beside `<tmp>/repo` (a git checkout with one entry). */
function layout() {
  const root = tempDir("write-inside", {
    "outside/victim.txt": "precious\n",
    "outside/folder/keep.txt": "kept\n",
    "repo/a.md": CLEAN,
  });
  const repo = join(root, "repo");
  mkdirSync(join(repo, ".git"));
  return { repo, outside: join(root, "outside") };
}

describe.skipIf(!posix)("writing a report inside the repository", () => {
  it("replaces a committed link at the report's path instead of writing through it", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "victim.txt"), join(repo, "catalog-lint.sarif"));
    writeInside(repo, "catalog-lint.sarif", "{}\n", "sarif-file");
    expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("precious\n");
    expect(lstatSync(join(repo, "catalog-lint.sarif")).isFile()).toBe(true);
    expect(readFileSync(join(repo, "catalog-lint.sarif"), "utf8")).toBe("{}\n");
  });

  it("refuses a folder on the way that links outside, and creates nothing there", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "folder"), join(repo, "reports"));
    expect(() => writeInside(repo, "reports/x.sarif", "{}", "sarif-file")).toThrow(CatalogLintError);
    expect(() => writeInside(repo, "reports/deeper/x.sarif", "{}", "sarif-file")).toThrow(
      /sarif-file: \S+reports is a link to \S+folder, outside the repository/,
    );
    expect(readdirSync(join(outside, "folder"))).toEqual(["keep.txt"]);
  });

  it("refuses a dangling folder link, and follows a link that stays inside", () => {
    const { repo } = layout();
    symlinkSync(join(repo, "nowhere"), join(repo, "dangling"));
    expect(() => writeInside(repo, "dangling/x.json", "{}", "--output-file")).toThrow(/is a link to nothing/);
    mkdirSync(join(repo, "real"));
    symlinkSync("real", join(repo, "alias"));
    writeInside(repo, "alias/x.json", "[]", "--output-file");
    expect(readFileSync(join(repo, "real", "x.json"), "utf8")).toBe("[]");
  });

  it("leaves no temporary file when the write is discarded", () => {
    const { repo } = layout();
    const pending = openInside(repo, "out/r.json", "--output-file");
    writeAll(pending.fd, "half");
    pending.discard();
    expect(readdirSync(join(repo, "out"))).toEqual([]);
  });

  it("writes to a FIFO outside the repository directly, as a shell's `>` would", async () => {
    const { repo, outside } = layout();
    const fifo = join(outside, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk) => {
      read += chunk;
    });
    const closed = new Promise((done) => reader.on("close", done));
    writeInside(repo, fifo, "through the pipe\n", "--output-file");
    await closed;
    expect(read).toBe("through the pipe\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("the CLI's --output-file through a linked folder exits 2 and writes nothing outside", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "folder"), join(repo, "reports"));
    const run = cli(["--format", "json", "--output-file", "reports/out.json", "a.md"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^catalog-lint: --output-file: \S+reports is a link to .*outside the repository/);
    expect(readdirSync(join(outside, "folder"))).toEqual(["keep.txt"]);
    symlinkSync(join(outside, "victim.txt"), join(repo, "out.json"));
    expect(cli(["--format", "json", "--output-file", "out.json", "a.md"], repo).code).toBe(0);
    expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("precious\n");
    expect(JSON.parse(readFileSync(join(repo, "out.json"), "utf8"))).toHaveLength(1);
  });

  it("--cache never saves its results through a committed node_modules link", () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "folder"), join(repo, "node_modules"));
    const run = cli(["--format", "json", "--cache", "a.md"], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--cache: could not save results/);
    expect(readdirSync(join(outside, "folder"))).toEqual(["keep.txt"]);
  });
});
