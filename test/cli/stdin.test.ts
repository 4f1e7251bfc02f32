import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { copyCatalog, tempDir } from "../helpers/temp.js";

const AIDER = "datasets/terminal/data/aider.md";
const stdin = (text: string) => ({ readStdin: () => text });

describe("--stdin --stdin-filename", () => {
  it("lints the text as the file it names would be linted, reading nothing there", () => {
    const text = readFileSync(join(EXAMPLE_CATALOG, AIDER), "utf8");
    const fromFile = cli(["--format", "json", AIDER], EXAMPLE_CATALOG);
    const fromStdin = cli(["--format", "json", "--stdin", "--stdin-filename", AIDER], EXAMPLE_CATALOG, {}, stdin(text));
    expect(fromStdin.code).toBe(1);
    // The file's own result: a run over the file also reports on its template (schema-conflict), a text's does not.
    const own = (report: string) =>
      (JSON.parse(report) as Array<{ filePath: string }>).filter((r) => r.filePath.endsWith(AIDER));
    expect(JSON.parse(fromStdin.stdout)).toEqual(own(fromFile.stdout));
    // The text is what is linted: not the file at that path.
    const edited = cli(
      ["--stdin", "--stdin-filename", AIDER],
      EXAMPLE_CATALOG,
      {},
      stdin(text.replace("#Aider -", "# Aider -")),
    );
    expect(edited.stdout).not.toContain("title");
    expect(edited.stdout).toMatch(/^datasets\/terminal\/data\/aider\.md\n/);
  });

  it("gets the schema and config overrides of the path it names (and a file that does not exist yet)", () => {
    const dir = tempDir("stdin", {
      ".catalog-lintrc.yaml": "overrides:\n  - files: ['drafts/**']\n    rules:\n      label-value: off\n",
      "drafts/.keep": "",
    });
    const bad = CLEAN.replace("- Yes\n\n### License", "- yes\n\n### License");
    expect(cli(["--stdin", "--stdin-filename", "drafts/new.md"], dir, {}, stdin(bad)).code).toBe(0);
    const elsewhere = cli(["--stdin", "--stdin-filename", "new.md"], dir, {}, stdin(bad));
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain("new.md\n  37:3  error  Unexpected `yes` for `Opensource`");
  });

  it("names the text <stdin> without --stdin-filename", () => {
    const dir = tempDir("stdin", {});
    const run = cli(["--stdin"], dir, {}, stdin(CLEAN.replace("# Tool - https://tool.dev", "#Tool")));
    expect(run.stdout).toMatch(/^<stdin>\n {2}1:1 {2}error {2}Unexpected `#Tool`/);
    expect(cli(["--stdin"], dir, {}, stdin(CLEAN))).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("with --fix prints the fixed text on stdout and the report of what remains on stderr", () => {
    const dir = tempDir("stdin", { "a.md": "on disk, never read" });
    const text = `\uFEFF${CLEAN.replace("- 2026-11-01", "- 2026/11/01").replace("- MIT", "- N/A")}`;
    const run = cli(["--stdin", "--fix", "--stdin-filename", "a.md"], dir, {}, stdin(text));
    expect(run.stdout).toBe(`\uFEFF${CLEAN.replace("- MIT", "- -")}`);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("on disk, never read");
    // What cannot be fixed is reported (on stderr), and sets the exit code; a clean text comes back as it was.
    const unfixable = CLEAN.replace("# Tool - https://tool.dev", "#Tool");
    const left = cli(["--stdin", "--fix", "--stdin-filename", "a.md"], dir, {}, stdin(unfixable));
    expect(left).toMatchObject({ code: 1, stdout: unfixable });
    expect(left.stderr).toContain("a.md\n  1:1  error  Unexpected `#Tool`");
    // --fix-rule limits the fixes as it does for files.
    const one = cli(
      ["--stdin", "--fix", "--fix-rule", "date-format", "--stdin-filename", "a.md"],
      dir,
      {},
      stdin(text),
    );
    expect(one.stdout).toBe(`\uFEFF${CLEAN.replace("- MIT", "- N/A")}`);
    expect(one.stderr).toContain("unknown-marker");
  });

  it("compares the text with the other entries of its folder (duplicate-entry), not with the file it replaces", () => {
    const dir = tempDir("stdin", {
      "a.md": CLEAN,
      "b.md": CLEAN.replace("# Tool -", "# Other -").replace("acme/tool", "acme/other"),
    });
    const run = cli(["--format", "json", "--stdin", "--stdin-filename", "b.md"], dir, {}, stdin(CLEAN));
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result?.messages.map((m) => m.ruleId)).toContain("duplicate-entry");
    expect(cli(["--stdin", "--stdin-filename", "a.md"], dir, {}, stdin(CLEAN)).stdout).toBe("");
  });

  it("refuses what it cannot do with one text, in one line", () => {
    const dir = tempDir("stdin", {});
    const fails = (argv: string[]) => {
      const run = cli(argv, dir, {}, stdin(CLEAN));
      expect(run.code).toBe(2);
      return run.stderr;
    };
    expect(fails(["--stdin-filename", "a.md"])).toBe(
      "catalog-lint: --stdin-filename names the file the stdin text is: use it with --stdin\n",
    );
    expect(fails(["--stdin", "a.md"])).toBe(
      "catalog-lint: --stdin lints the text on stdin, not `a.md`: name the file it stands for with --stdin-filename\n",
    );
    expect(fails(["--stdin", "--fix-dry-run"])).toBe(
      "catalog-lint: --stdin lints one text: it does not take --fix-dry-run\n",
    );
    expect(fails(["--stdin", "-o", "r.txt"])).toBe(
      "catalog-lint: --stdin lints one text: it does not take --output-file\n",
    );
    const unreadable = cli(
      ["--stdin"],
      dir,
      {},
      {
        readStdin: () => {
          throw new Error("EAGAIN");
        },
      },
    );
    expect(unreadable).toEqual({
      code: 2,
      stdout: "",
      stderr: "catalog-lint: <stdin>: could not read standard input (EAGAIN)\n",
    });
  });
});

describe("--catalog-files-only (hooks pass every staged .md)", () => {
  it("skips, silently, the given files that are not catalog entries", () => {
    const dir = copyCatalog(EXAMPLE_CATALOG);
    writeFileSync(join(dir, "README.md"), "# Not an entry\n");
    const plain = cli(["README.md", AIDER], dir);
    expect(plain.stdout).toContain("README.md\n");
    const hook = cli(["--catalog-files-only", "README.md", "SOURCE.md", AIDER], dir);
    expect(hook.stdout).toBe(cli([AIDER], dir).stdout);
    expect(hook.stdout).not.toContain("README.md");
    expect(cli(["--catalog-files-only", "README.md", "SOURCE.md"], dir)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("with --stdin: a path that is no entry gets no report, and --fix gives its text back as it came", () => {
    const dir = copyCatalog(EXAMPLE_CATALOG);
    const text = "#Not an entry\n";
    expect(cli(["--stdin", "--catalog-files-only", "--stdin-filename", "README.md"], dir, {}, stdin(text))).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
    expect(
      cli(["--stdin", "--fix", "--catalog-files-only", "--stdin-filename", "README.md"], dir, {}, stdin(text)),
    ).toEqual({ code: 0, stdout: text, stderr: "" });
    expect(cli(["--stdin", "--catalog-files-only", "--stdin-filename", AIDER], dir, {}, stdin(text)).code).toBe(1);
  });
});
