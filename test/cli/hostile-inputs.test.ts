/**
 * Files a pull request could add, each linted for real through the CLI entry
 * point (`runCli`, in-process, in a temporary catalog) or `lint()`: the run
 * must end (vitest timeouts of tens of seconds, never a wall-clock assertion),
 * never crash, keep every finding inside the file, and say what is wrong with
 * a file that is not an entry in one clear finding.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/linter.js";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { CLEAN, cli, expectInside, type JsonResult, lintHostile, prng } from "../helpers/hostile.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";
import { tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Generous bounds for the run to end; the tests never measure time themselves. */
const SLOW = 60_000;

const rules = (messages: ReadonlyArray<{ ruleId: string }>) => [...new Set(messages.map((m) => m.ruleId))].sort();
/** CLEAN with one field's value replaced. */
const withValue = (field: string, value: string) => {
  const at = CLEAN.indexOf(`### ${field}\n`);
  const start = CLEAN.indexOf("\n", at) + 1;
  const end = CLEAN.indexOf("\n", start);
  return CLEAN.slice(0, start) + value + CLEAN.slice(end);
};
/** The line of a field's (first) value in CLEAN. */
const valueLine = (field: string) => CLEAN.split("\n").indexOf(`### ${field}`) + 2;

describe("files that are not entries get one finding that says what to do", () => {
  it("an empty file", () => {
    const { messages, run } = lintHostile("entry.md", "");
    expect(run.code).toBe(1);
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: "readable-file",
        line: 1,
        column: 1,
        message: expect.stringMatching(
          /^Unexpected empty file, expected an entry starting with `# Name - URL`.*catalog-lint new/,
        ),
      }),
    ]);
  });

  it("a file of spaces, tabs and line breaks", () => {
    const { messages } = lintHostile("entry.md", "  \r\n\t\n \n\n   ");
    expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(/^Unexpected empty file/)]);
  });

  it("binary content with NUL bytes, at the first NUL", () => {
    const { messages } = lintHostile("entry.md", "# Tool - https://tool.dev\n\nab\0cd\0\0\n");
    expect(messages).toEqual([expect.objectContaining({ ruleId: "readable-file", line: 3, column: 3, endColumn: 4 })]);
    expect(messages[0]?.message).toMatch(
      /^Unexpected binary content \(a NUL character\), expected a UTF-8 markdown entry/,
    );
  });

  it("random bytes (seeded)", () => {
    const random = prng(42);
    const bytes = Buffer.from(Array.from({ length: 256 * 1024 }, () => Math.floor(random() * 256)));
    const { messages } = lintHostile("entry.md", bytes);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe("readable-file");
    expect(messages[0]?.message).toMatch(/^Unexpected (byte 0x[0-9A-F]{2} at line \d+, column \d+|binary content)/);
  });

  it("a PNG renamed .md", () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const { messages } = lintHostile("logo.md", png);
    expect(messages.map((m) => m.message)).toEqual([
      "Unexpected byte 0x89 at line 1, column 1, expected UTF-8 text; save the file as UTF-8",
    ]);
  });

  it("invalid UTF-8 (Latin-1) names the byte and its place, and --fix leaves the bytes alone", () => {
    const latin1 = Buffer.from(withValue("Notes", "- Caf\xe9 cr\xe8me, N/A"), "latin1");
    const { messages, dir } = lintHostile("entry.md", latin1);
    expect(messages.map((m) => m.message)).toEqual([
      `Unexpected byte 0xE9 at line ${valueLine("Notes")}, column 6, expected UTF-8 text; save the file as UTF-8`,
    ]);
    expect(cli(["--fix", "entry.md"], dir).code).toBe(1);
    expect(readFileSync(join(dir, "entry.md")).equals(latin1)).toBe(true);
  });

  it("UTF-16 with a byte-order mark", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, "utf16le")]);
    const { messages } = lintHostile("entry.md", utf16);
    expect(messages.map((m) => m.message)).toEqual(["Unexpected UTF-16 text, expected UTF-8; save the file as UTF-8"]);
  });

  it("a BOM and CRLF line endings change no position and no finding", () => {
    const seed = readFileSync(join(CATALOG, "datasets/terminal/data/aider.md"), "utf8");
    const plain = lintHostile("aider.md", seed).messages;
    const crlf = `\uFEFF${seed.replace(/\r?\n/g, "\r\n")}`;
    const { messages, dir } = lintHostile("aider.md", crlf);
    expect(plain.length).toBeGreaterThan(0);
    // Same findings at the same lines and columns; only fix offsets move (two characters per line break).
    const withoutFix = (list: typeof plain) =>
      list.map(({ fix: _fix, ...m }: (typeof plain)[number] & { fix?: unknown }) => m);
    expect(withoutFix(messages)).toEqual(withoutFix(plain));
    // A fix keeps both.
    cli(["--fix", "aider.md"], dir);
    const fixed = readFileSync(join(dir, "aider.md"), "utf8");
    expect(fixed.startsWith("\uFEFF#")).toBe(true);
    expect(fixed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("front matter and nothing else: the title is missing after it", () => {
    const { messages } = lintHostile("entry.md", "---\ntitle: Tool\ntags: [a, b]\n---\n");
    expect(messages.find((m) => m.ruleId === "title")).toMatchObject({
      ruleId: "title",
      line: 5,
      message: "Missing title heading, expected `# Name - URL` as the first line",
    });
    expect(rules(messages)).toEqual(["required-section", "title"]);
  });

  it("TOML front matter and nothing else: the same findings as the YAML block's, the title after it", () => {
    const { messages } = lintHostile("entry.md", '+++\ntitle = "Tool"\ntags = ["a", "b"]\n+++\n');
    expect(messages.find((m) => m.ruleId === "title")).toMatchObject({ ruleId: "title", line: 5 });
    expect(rules(messages)).toEqual(["required-section", "title"]);
  });

  it(
    "hostile TOML front matter (a key of 5,000 dotted parts, 20,000 tables, arrays nested 100,000 deep) ends with findings inside the file",
    () => {
      const dotted = `+++\n${Array.from({ length: 5000 }, (_, i) => `p${i}`).join(".")} = 1\n+++\n# Tool\n`;
      const tables = `+++\n${Array.from({ length: 20_000 }, (_, i) => `[[a]]\nx = ${i}`).join("\n")}\n+++\n# Tool\n`;
      const deep = `+++\na = ${"[".repeat(100_000)}${"]".repeat(100_000)}\n+++\n# Tool\n`;
      for (const text of [dotted, tables]) {
        const { messages } = lintHostile("entry.md", text);
        expect(rules(messages)).not.toContain("front-matter-syntax");
      }
      // Too deep for the parser's recursion: one finding at the block's first line, never a crash.
      const { messages } = lintHostile("entry.md", deep);
      expect(messages.filter((m) => m.ruleId === "front-matter-syntax")).toEqual([
        expect.objectContaining({
          line: 2,
          column: 1,
          message: "Unexpected TOML nested too deeply, expected fewer nested arrays and tables",
        }),
      ]);
    },
    SLOW,
  );

  it("a folder named x.md is not a file: never linted, and reported when asked for through a link", () => {
    const dir = tempDir("hostile", { "entry.md": CLEAN });
    mkdirSync(join(dir, "x.md"));
    writeFileSync(join(dir, "x.md", "inner.txt"), "not markdown");
    const all = cli(["--format", "json"], dir);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as JsonResult[]).map((r) => r.filePath.slice(dir.length + 1))).toEqual(["entry.md"]);
    // Named, it holds no markdown file: nothing to lint is a usage error, never a silent pass.
    expect(cli(["x.md"], dir)).toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringMatching(/^catalog-lint: No catalog files found: looked for markdown files in `x\.md`/),
    });
    symlinkSync("x.md", join(dir, "y.md"));
    const run = lint(["y.md"], { cwd: dir, config: { config: {}, dir }, now: "2026-11-28" });
    expect(run.results[0]?.diagnostics.map((d) => d.message)).toEqual([
      "Unexpected folder, expected a regular markdown file; catalog-lint did not read it",
    ]);
  });

  it("file names with commas, colons, % and spaces are linted and reported as they are", () => {
    const names = ["a, b.md", "c: d.md", "100% e.md", "f  g.md", "h%0Ai.md", "::j.md"];
    const entry = (i: number) =>
      CLEAN.replace("# Tool", `# Tool ${i}`)
        .replace("acme/tool", `acme/tool-${i}`)
        .replace("- Yes\n\n### License", "- yes\n\n### License");
    const dir = tempDir("hostile", Object.fromEntries(names.map((n, i) => [n, entry(i)])));
    const json = cli(["--format", "json"], dir);
    const results = JSON.parse(json.stdout) as JsonResult[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual([...names].sort());
    for (const r of results) expect(rules(r.messages)).toEqual(["filename", "label-value"]);
    // GitHub annotations carry each name escaped, one line per finding.
    const github = cli(["--format", "github"], dir).stdout.trimEnd().split("\n");
    expect(github).toHaveLength(names.length * 2);
    expect(github).toContain(
      "::warning file=100%25 e.md,line=1,endLine=1,col=1,endColumn=1,title=filename::Unexpected file name `100% e.md`, expected lowercase words joined by hyphens: `100-e.md`".replace(
        "name `100% e.md`",
        "name `100%25 e.md`",
      ),
    );
    expect(github.some((l) => l.includes("file=a%2C b.md,"))).toBe(true);
    expect(github.some((l) => l.includes("file=c%3A d.md,"))).toBe(true);
    expect(github.some((l) => l.includes("file=h%250Ai.md,"))).toBe(true);
    // A name starting with `::` cannot start a workflow command in the default output either.
    const stylish = cli([], dir).stdout.split("\n");
    expect(stylish).toContain("./::j.md");
    expect(stylish.filter((l) => /^\s*::/.test(l))).toEqual([]);
  });
});

describe("big files", () => {
  it(
    "a 20 MB file is one finding, not read",
    () => {
      const big = `# Tool - https://tool.dev\n\n${"Lorem ipsum dolor sit amet. ".repeat((20 * 1024 * 1024) / 28)}`;
      const { messages } = lintHostile("entry.md", big);
      expect(messages).toEqual([
        expect.objectContaining({
          ruleId: "readable-file",
          line: 1,
          column: 1,
          message:
            "Unexpected file of 20.0 MiB, expected at most 2.0 MiB (`maxFileSize` in the config); the file was not read",
        }),
      ]);
    },
    SLOW,
  );

  it(
    "a 5 MB single line: refused by default, parsed and linted with a larger maxFileSize",
    () => {
      const line = withValue("Description", "word ".repeat(1024 * 1024));
      expect(lintHostile("entry.md", line).messages.map((m) => m.message)).toEqual([
        expect.stringMatching(/^Unexpected file of 5\.0 MiB, expected at most 2\.0 MiB/),
      ]);
      const config = { ".catalog-lintrc.json": JSON.stringify({ maxFileSize: 8 * 1024 * 1024 }) };
      expect(lintHostile("entry.md", line, config).messages).toEqual([]);
    },
    SLOW,
  );

  it("maxFileSize is read from the config, counted in bytes", () => {
    const config = { ".catalog-lintrc.yaml": "maxFileSize: 400\n" };
    expect(lintHostile("entry.md", CLEAN, config).messages.map((m) => m.message)).toEqual([
      `Unexpected file of ${Buffer.byteLength(CLEAN)} bytes, expected at most 400 bytes (\`maxFileSize\` in the config); the file was not read`,
    ]);
    // `é` is two bytes: the limit is on bytes, not characters.
    const accents = CLEAN.replace("Does one thing.", "é".repeat(300));
    const atLimit = { ".catalog-lintrc.yaml": `maxFileSize: ${accents.length + 100}\n` };
    expect(lintHostile("entry.md", accents, atLimit).messages.map((m) => m.ruleId)).toEqual(["readable-file"]);
  });

  it(
    "100,000 headings",
    () => {
      const text = `# Tool - https://tool.dev\n${Array.from({ length: 100_000 }, (_, i) => `### Field ${i}`).join("\n")}\n`;
      const { messages } = lintHostile("entry.md", text);
      expect(messages.filter((m) => m.ruleId === "unknown-section")).toHaveLength(100_000);
      expect(messages.at(-1)).toMatchObject({ line: 100_001, ruleId: "unknown-section" });
    },
    SLOW,
  );

  it(
    "2,000 real entries joined in one file: one finding by default, all of it linted when allowed",
    () => {
      const seeds = ["terminal/data/aider.md", "aie-model/data/deepseek-r1.md", "code-editor/data/cursor.md"].map((p) =>
        readFileSync(join(CATALOG, "datasets", p), "utf8"),
      );
      const joined = Array.from({ length: 2000 }, (_, i) => seeds[i % seeds.length]).join("\n");
      expect(lintHostile("entry.md", joined).messages.map((m) => m.message)).toEqual([
        expect.stringMatching(/^Unexpected file of \d+\.\d MiB, expected at most 2\.0 MiB/),
      ]);
      // 2,000 small entries fit the default limit: every one is linted.
      const small = Array.from({ length: 2000 }, (_, i) => CLEAN.replace("# Tool", `# Tool ${i}`)).join("\n");
      const { messages } = lintHostile("entry.md", small);
      expect(messages.filter((m) => m.ruleId === "title")).toHaveLength(1999);
      expect(messages.filter((m) => m.ruleId === "duplicate-section").length).toBeGreaterThan(1999);
    },
    SLOW,
  );

  it(
    "memory stays far below 1.5 GiB on the largest inputs (observed in a child process)",
    () => {
      const dir = tempDir("hostile", {
        "huge.md": `# Tool - https://tool.dev\n${"x".repeat(25 * 1024 * 1024)}\n`,
        "headings.md": `# Tool - https://tool.dev\n${Array.from({ length: 100_000 }, (_, i) => `### H${i}`).join("\n")}\n`,
      });
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", join(ROOT, "test/helpers/peak-rss.ts"), dir, "--format", "json", "huge.md", "headings.md"],
        { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      );
      const child = JSON.parse(out) as { code: number; stderr: string; peakRssBytes: number };
      expect(child).toMatchObject({ code: 1, stderr: "" });
      expect(child.peakRssBytes).toBeLessThan(1.5 * 1024 ** 3);
    },
    SLOW * 2,
  );
});

describe("deep nesting", () => {
  it("5,000 list markers on one line", () => {
    const text = withValue("Notes", `${"- ".repeat(5000)}x`);
    const { messages } = lintHostile("entry.md", text);
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: "readable-file",
        line: valueLine("Notes"),
        message:
          "Unexpected 5000 list or quote markers opening on one line, expected at most 32; catalog-lint does not parse markdown nested this deep",
      }),
    ]);
  });

  it("5,000 nested quotes and ordered lists", () => {
    for (const marker of ["> ", "1. ", "> 1) "]) {
      const { messages } = lintHostile("entry.md", withValue("Notes", `${marker.repeat(5000)}x`));
      expect(messages.map((m) => m.ruleId)).toEqual(["readable-file"]);
    }
  });

  it(
    "a list 5,000 levels deep by indentation (25 MB of it) is too large to read",
    () => {
      const stair = Array.from({ length: 5000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
      const { messages } = lintHostile("entry.md", `# Tool - https://tool.dev\n\n${stair}\n`);
      expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(/^Unexpected file of 23\.\d MiB/)]);
    },
    SLOW,
  );

  it(
    "a list 1,000 levels deep by indentation, under the size limit",
    () => {
      const stair = Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
      // Plain lists: the block scanner reads them in linear time, so the file is linted in full.
      expect(lintHostile("entry.md", withValue("Notes", stair)).messages).toEqual([]);
      // Anything only remark-parse reads (here a tab) sends the file to it, and there the work is bounded.
      const { messages } = lintHostile("entry.md", withValue("Notes", `${stair}\t`));
      expect(messages.map((m) => m.ruleId)).toEqual(["readable-file"]);
      expect(messages[0]?.message).toMatch(
        new RegExp(
          `^Unexpected \\d+\\.\\d KiB of dense markdown without a heading \\(lines ${valueLine("Notes") - 1} to \\d+\\)`,
        ),
      );
    },
    SLOW,
  );

  it(
    "long lazy paragraphs and nested lists that keep closing: linear for the scanner, refused quickly by remark-parse",
    () => {
      const lazy = withValue("Notes", `- note\n${"continued\n".repeat(40_000)}`);
      const zigzag = withValue("Notes", "- a\n  - b\n    - c\n".repeat(20_000));
      for (const text of [lazy, zigzag]) {
        expect(lintHostile("entry.md", text).messages).toEqual([]);
        const tabbed = text.replace("- ", "-\t");
        expect(lintHostile("entry.md", tabbed).messages.map((m) => m.ruleId)).toEqual(["readable-file"]);
      }
      // The same lines split by headings are linted in full by remark-parse too.
      const sections = Array.from({ length: 200 }, (_, i) => `### Note ${i}\n- a\n  - b\n    - c\n`).join("\n");
      expect(rules(lintHostile("entry.md", `${CLEAN}\n## More\n\n${sections}\t`).messages)).toEqual([
        "unknown-section",
      ]);
    },
    SLOW,
  );
});

describe("ReDoS bait in every value a regular expression reads", () => {
  const digits = "9".repeat(50_000);
  const long = 100_000;
  const cases: Array<[string, string]> = [
    ["a 50,000-digit [N] rating", withValue("Rating", `- [${digits}] x`)],
    ["a 50,000-digit benchmark", withValue("Rating", `- MMLU: ${digits}`)],
    ["a benchmark with a 50,000-digit decimal part", withValue("Rating", `- MMLU: 1.${digits}%`)],
    ["a 50,000-digit figure in the description", withValue("Description", `MMLU ${digits}% and HumanEval: ${digits}`)],
    ["a 100,000-digit date", withValue("Last Update", `- ${"2".repeat(long)}`)],
    ["a date followed by 100,000 characters", withValue("Last Update", `- 2026-11-01${"1-".repeat(long / 2)}`)],
    ["a date of 100,000 hyphens and digits", withValue("Last Update", `- ${"2026-".repeat(long / 5)}`)],
    ["a 100,000-character Repo URL", withValue("Repo", `- https://github.com/${"a".repeat(long)}`)],
    ["a Repo URL of 100,000 dots", withValue("Repo", `- https://${"a.".repeat(long / 2)}`)],
    ["a 100,000-character title URL", CLEAN.replace("https://tool.dev", `https://${"x".repeat(long)}.dev`)],
    ["100,000 spaces in the title", CLEAN.replace("# Tool - ", `# Tool${" ".repeat(long)}-${" ".repeat(long)}`)],
    ["100,000 spaces before a value", withValue("Version", `- ${" ".repeat(long)}1.0`)],
    ["100,000 spaces after a heading", CLEAN.replace("### Version", `### Version${" ".repeat(long)}`)],
    ["100,000 hyphens as a Version", withValue("Version", `- ${"-".repeat(long)}`)],
    ["100,000 hyphens and spaces as a Version", withValue("Version", `- v${" -".repeat(long / 2)}`)],
    ["100,000 colons as a rating", withValue("Rating", `- ${":".repeat(long)}`)],
    ["50,000 `: ` pairs as a rating", withValue("Rating", `- a${": ".repeat(long / 2)}`)],
    ["a run of 100,000 `#` as a heading", `${"#".repeat(long)} x\n${CLEAN}`],
    ["100,000 `#` closing a heading", CLEAN.replace("### Version", `### Version ${"#".repeat(long)}`)],
    ["`# ` 50,000 times in a heading", CLEAN.replace("### Version", `### ${"# ".repeat(long / 2)}Version`)],
    ["100,000 `[`", withValue("Notes", `- ${"[".repeat(long)}`)],
    ["100,000 `[[x]]` in a label value", withValue("Classification", `- ${"[[x]]".repeat(long / 5)}`)],
    ["an HTML comment that never ends", withValue("Notes", `<!--${"x".repeat(long)}`)],
    ["50,000 comment openers", withValue("Notes", `- a ${"<!--".repeat(long / 2)}`)],
    ["50,000 catalog-lint directives", `${"<!-- catalog-lint-disable title -->\n".repeat(50_000)}${CLEAN}`],
    ["a directive naming 50,000 rules", `<!-- catalog-lint-disable ${"title, ".repeat(50_000)} -->\n${CLEAN}`],
    ["100,000 `N/A` markers", withValue("Languages", `- ${"N/A ".repeat(long / 4)}`)],
    ["100,000 unicode letters and emoji", withValue("Short Description", `- ${"é😀".repeat(long / 3)}`)],
    ["a 100,000-character license", withValue("License", `- ${"GPL-".repeat(long / 4)}`)],
    ["100,000 `|` as a table", withValue("Notes", `| a |\n|---|\n${"| x |\n".repeat(long / 6)}`)],
    ["100,000 backticks", withValue("Notes", `- ${"`".repeat(long)}`)],
    ["100,000 `*_`", withValue("Notes", `- ${"*_".repeat(long / 2)}`)],
  ];
  for (const [name, text] of cases) {
    it(
      name,
      () => {
        const { messages } = lintHostile("entry.md", text);
        // Either the entry is linted (findings about the bad value), or it is one readable-file finding.
        if (messages.some((m) => m.ruleId === "readable-file")) expect(messages).toHaveLength(1);
        for (const m of messages) expect(m.message.length).toBeLessThan(400_000);
      },
      SLOW,
    );
  }

  it("long values are linted, not refused: the bait reaches the rules", () => {
    const rating = lintHostile("entry.md", withValue("Rating", `- [${digits}] x`)).messages;
    expect(rating.map((m) => m.ruleId)).toContain("rating-format");
    const date = lintHostile("entry.md", withValue("Last Update", `- ${"2".repeat(long)}`)).messages;
    expect(date.map((m) => m.ruleId)).toContain("date-format");
    const url = lintHostile("entry.md", withValue("Repo", `- https://${"a.".repeat(long / 2)}`)).messages;
    expect(url.map((m) => m.ruleId)).not.toContain("readable-file");
  });
});

/**
 * Every entry of the catalog at `root`, linted through the CLI: each finding lies inside its file,
 * the templates schema-conflict reports on included (`results` files in all).
 */
function expectAllInside(root: string, results: number): void {
  const run = cli(["--format", "json"], root);
  const report = JSON.parse(run.stdout) as JsonResult[];
  expect(report.length).toBe(results);
  for (const r of report) expectInside(r.messages, readFileSync(r.filePath, "utf8"));
}

describe("the whole pipeline keeps findings inside the file on real entries", () => {
  it("every entry of the example catalog, as committed", () => expectAllInside(CATALOG, 30 + 5), SLOW);
});

describeRealData("the whole pipeline keeps findings inside the file on the whole awesome-comparisons catalog", () => {
  it("every entry, as committed", () => expectAllInside(REAL_CATALOG, 199 + 7), SLOW);
});
