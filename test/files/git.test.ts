import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fileAtRevision, filesAtRevision } from "../../src/files/git.js";
import { tempDir } from "../helpers/temp.js";

const repo = () => tempDir("git");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

describe("base texts from one git cat-file --batch", () => {
  const NAMES = [
    "a.md",
    "sp ace.md",
    "-dash.md",
    "colon:name.md",
    "caret^{tree}.md",
    "ünïcödé ✓.md",
    "deep/er/file.md",
    "empty.md",
    "binary.md",
    "bad-utf8.md",
    "big.md",
    "link.md",
    "tab\tname.md",
    "trailing space .md",
  ];

  function history(): { dir: string; base: string } {
    const dir = repo();
    git(dir, "init", "-q");
    mkdirSync(join(dir, "deep/er"), { recursive: true });
    for (const name of NAMES) writeFileSync(join(dir, name), `# ${name}\n\ntext of ${name}\n`);
    writeFileSync(join(dir, "empty.md"), "");
    writeFileSync(join(dir, "binary.md"), Buffer.from([0, 1, 2, 255, 10]));
    writeFileSync(join(dir, "bad-utf8.md"), Buffer.from([0x61, 0xc3, 0x28, 0x0a]));
    writeFileSync(join(dir, "big.md"), "x".repeat(5000));
    rmSync(join(dir, "link.md"));
    symlinkSync("a.md", join(dir, "link.md"));
    writeFileSync(join(dir, ".gitattributes"), "*.md diff=evil\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    return { dir, base: git(dir, "rev-parse", "HEAD") };
  }

  const childProcess = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
  afterEach(() => vi.restoreAllMocks());

  it("gives exactly what one `git show` per file gave, a file over the limit and a missing one left out", async () => {
    const { dir, base } = history();
    const asked = [...NAMES, "missing.md", "deep", "deep/er"];
    const texts = await filesAtRevision(dir, base, asked, 4096);
    for (const name of asked) {
      const expected =
        name === "big.md" || name === "deep" || name === "deep/er" ? undefined : fileAtRevision(dir, base, name);
      expect(texts?.get(name), name).toBe(expected);
    }
    expect(texts?.get("a.md")).toBe("# a.md\n\ntext of a.md\n");
    expect(texts?.get("link.md")).toBe("a.md");
    expect(texts?.has("big.md")).toBe(false);
    expect((await filesAtRevision(dir, base, ["big.md"], 5000))?.get("big.md")).toHaveLength(5000);
  });

  it("runs one git process for 2,000 files, where `git show` ran 2,000", async () => {
    const { dir, base } = history();
    const spawn = vi.spyOn(childProcess, "spawn");
    const asked = Array.from({ length: 2000 }, (_, i) => NAMES[i % NAMES.length] ?? "a.md");
    const texts = await filesAtRevision(dir, base, asked, 4096);
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(spawn.mock.calls[0]?.slice(0, 2)).toEqual(["git", ["-C", dir, "cat-file", "--batch"]]);
    expect(texts?.get("a.md")).toBe("# a.md\n\ntext of a.md\n");
  });

  it("is undefined when the base is not a commit of the checkout, or not a commit name", async () => {
    const { dir } = history();
    expect(await filesAtRevision(dir, "0123456789abcdef0123456789abcdef01234567", ["a.md"], 4096)).toBeUndefined();
    expect(await filesAtRevision(dir, "--output=/tmp/x", ["a.md"], 4096)).toBeUndefined();
    expect(await filesAtRevision(repo(), "0123456789abcdef", ["a.md"], 4096)).toBeUndefined();
  });

  it("leaves out names git's line-based input cannot carry", async () => {
    const { dir, base } = history();
    const texts = await filesAtRevision(dir, base, ["a.md", "new\nline.md", "cr\r.md"], 4096);
    expect([...(texts?.keys() ?? [])]).toEqual(["a.md"]);
  });
});
