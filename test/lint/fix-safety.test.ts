/**
 * `--fix` never loses content (issue 19, items 8–12): an unclosed `<!--` is
 * never removed, text between reordered sections is never dropped, the diff
 * is computed only for `--fix-dry-run` and bounded, an edit made while
 * catalog-lint runs is never overwritten, links, hard links and
 * write-protected files are kept, and a write the file system refuses keeps
 * the file's findings. Then, as a property over mutated real entries: every
 * line survives `--fix` unless it was a removed closed comment or a value
 * normalised in place, and no fix brings a new kind of finding.
 */
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Diagnostic, Fix } from "../../src/diagnostics/diagnostic.js";
import { applyFixes } from "../../src/diagnostics/fix.js";
import { type FixOptions, fixFiles, MAX_DIFF_EDITS } from "../../src/lint/fix-files.js";
import { Linter, type LintOptions } from "../../src/lint/linter.js";
import { buildEntry } from "../../src/model/build-entry.js";
import { createSourceFile } from "../../src/parse/source.js";
import { rulesById } from "../../src/rules/index.js";
import { MAX_REMOVED_COMMENT_LINES } from "../../src/rules/template-leftover.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { lintText } from "../helpers/lint-text.js";
import { EXAMPLE_ENTRIES, mutated, REAL_ENTRIES } from "../helpers/mutations.js";
import { describeRealData } from "../helpers/real-data.js";
import { type Files, tempDir } from "../helpers/temp.js";

/**
 * File-system faults on demand: a fault makes the calls of `fs[name]` it
 * matches throw (ENOSPC, EROFS…) until it is removed; everything else is the
 * real `node:fs`. `pathOf` names the file an open descriptor belongs to.
 */
const { faults, pathOf } = vi.hoisted(() => {
  const paths = new Map<number, string>();
  return {
    faults: [] as Array<{ name: string; matches: (args: unknown[]) => boolean; code: string }>,
    pathOf: Object.assign((fd: unknown) => (typeof fd === "number" ? paths.get(fd) : undefined), { paths }),
  };
});
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const wrapped: Record<string, unknown> = { ...fs };
  for (const name of ["openSync", "writeSync", "renameSync", "ftruncateSync"] as const) {
    const original = fs[name] as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]) => {
      const fault = faults.find((f) => f.name === name && f.matches(args));
      if (fault) throw Object.assign(new Error(`${fault.code}: injected fault, ${name}`), { code: fault.code });
      const result = original(...args);
      if (name === "openSync") pathOf.paths.set(result as number, String(args[0]));
      return result;
    };
  }
  return { ...wrapped, default: wrapped };
});
afterEach(() => {
  faults.length = 0;
});

/** A repository (it has `.git`) holding `files`. */
function repo(files: Files = {}): string {
  const dir = tempDir("fix-safety", files);
  mkdirSync(join(dir, ".git"));
  return dir;
}

const optionsFor = (root: string, extra: Partial<LintOptions> = {}): LintOptions => ({
  cwd: root,
  config: { config: {}, dir: root },
  now: "2026-11-28",
  schema: "awesome-comparisons",
  ...extra,
});
const WRITE: FixOptions = { write: true, diff: false };
const DRY: FixOptions = { write: false, diff: true };

/** CLEAN with two fixable findings: a date to write as ISO and a `yes` to capitalise. */
const FIXABLE = CLEAN.replace("- 2026-11-01", "- November 1, 2026").replace(
  "- Yes\n\n### License",
  "- yes\n\n### License",
);
/** FIXABLE for another tool (two entries in one folder are no duplicates of each other), and fixed. */
const otherTool = (text: string) =>
  text.replace("# Tool - https://tool.dev", "# Other - https://other.dev").replace("acme/tool", "acme/other");
const OTHER = otherTool(FIXABLE);
const OTHER_FIXED = otherTool(CLEAN);
/** The files left in a folder besides `keep` (temporary files, backups). */
const leftovers = (dir: string, keep: string[]) => readdirSync(dir).filter((f) => !keep.includes(f) && f !== ".git");

describe("template-leftover's fix and unclosed comments (item 8)", () => {
  it("never removes an unclosed `<!--`: the rest of the file stays, reported without a fix", () => {
    // The case: a reviewer's `<!-- check this` before `### Languages`.
    const text = CLEAN.replace("### Languages", "<!-- check this\n### Languages");
    const root = repo({ "a.md": text });
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
    const found = run.results[0]?.diagnostics.filter((d) => d.ruleId === "template-leftover") ?? [];
    expect(found.map((d) => [d.message, d.fix])).toEqual([
      [
        "Unexpected unclosed HTML comment `<!-- check this`: with no `-->` markdown hides everything after it to the end of the file (lines 25–44); expected `-->` where the comment should end (`--fix` does not remove it)",
        undefined,
      ],
    ]);
    expect(found[0]?.range.start.line).toBe(25);
    expect(found[0]?.range.end.line).toBe(25);
  });

  it("never removes a comment closed by a later comment's `-->`, nor one holding a heading or a blank line", () => {
    const cases = [
      CLEAN.replace("### Languages", "<!-- check this\n### Languages").replace(
        "### Notes",
        "<!-- Notes -->\n### Notes",
      ),
      CLEAN.replace("### Languages", "<!-- check this\n\n- Any -->\n### Languages"),
      CLEAN.replace("### Languages", "<!-- check this\n### Languages\n- Any -->"),
    ];
    const why = [
      "holds another `<!--` (line 29)",
      "holds a blank line (line 26)",
      "holds the heading `### Languages` (line 26)",
    ];
    cases.forEach((text, i) => {
      const root = repo({ "a.md": text });
      const run = fixFiles(["a.md"], optionsFor(root), WRITE);
      expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
      const found = run.results[0]?.diagnostics.find((d) => d.ruleId === "template-leftover");
      expect(found?.fix).toBeUndefined();
      expect(found?.message).toContain(`\`--fix\` does not remove it because it ${why[i]}`);
    });
  });

  it(`removes a closed comment of up to ${MAX_REMOVED_COMMENT_LINES} lines, and no longer one`, () => {
    const comment = (lines: number) => `<!--${"\n  guidance".repeat(lines - 2)}\n-->\n`;
    const at = (lines: number) => CLEAN.replace("### Languages", `${comment(lines)}### Languages`);
    const root = repo({ "short.md": at(MAX_REMOVED_COMMENT_LINES), "long.md": at(MAX_REMOVED_COMMENT_LINES + 1) });
    const run = fixFiles(["short.md", "long.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "short.md"), "utf8")).toBe(CLEAN);
    expect(readFileSync(join(root, "long.md"), "utf8")).toBe(at(MAX_REMOVED_COMMENT_LINES + 1));
    const long = run.results
      .find((r) => r.filePath === "long.md")
      ?.diagnostics.find((d) => d.ruleId === "template-leftover");
    expect(long?.message).toContain(`it spans 11 lines (more than ${MAX_REMOVED_COMMENT_LINES})`);
  });

  it("never lets the lines around a removed comment meet: an empty line keeps them apart", () => {
    const text = CLEAN.replace("- Code/Editor\n", "- Code/Editor\n<!-- reviewer note -->\nSee the notes.\n");
    const root = repo({ "a.md": text });
    const before = fixFiles(["a.md"], optionsFor(root), DRY).results[0]?.diagnostics ?? [];
    fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text.replace("<!-- reviewer note -->\n", "\n"));
    // `See the notes.` stays a paragraph of its own, not part of the `Code/Editor` value.
    const after = fixFiles(["a.md"], optionsFor(root), DRY).results[0]?.diagnostics ?? [];
    expect(after.filter((d) => !before.some((b) => b.message === d.message)).map((d) => d.message)).toEqual([]);
  });

  it("never removes a comment that ends a list: the indented line after it would join the list", () => {
    const text = CLEAN.replace(
      "### Free Trial\n- Yes\n",
      "### Free Trial\n- Yes\n<!-- notes go beneath -->\n\n  - 14-day trial\n",
    );
    const root = repo({ "a.md": text });
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
    const found = run.results[0]?.diagnostics.find((d) => d.ruleId === "template-leftover");
    expect(found?.fix).toBeUndefined();
    expect(found?.message).toContain("the indented line 46 would join the list's last item");
  });

  it("reports an unclosed comment even where comments are allowed", () => {
    const root = repo({
      "a.md": CLEAN.replace("### Languages", "<!-- check this\n### Languages"),
      "catalog-lint.config.json": JSON.stringify({ rules: { "template-leftover": ["error", { comments: false }] } }),
    });
    const run = fixFiles(["a.md"], { ...optionsFor(root), config: loadConfigOf(root) }, DRY);
    expect(run.results[0]?.diagnostics.map((d) => d.message.slice(0, 34))).toContain(
      "Unexpected unclosed HTML comment `",
    );
  });
});

describe("section-order's fix and text between sections (item 9)", () => {
  const head = CLEAN.slice(0, CLEAN.indexOf("## General Info"));
  const general = CLEAN.slice(CLEAN.indexOf("## General Info"), CLEAN.indexOf("## Licensing"));
  const licensing = CLEAN.slice(CLEAN.indexOf("## Licensing"));

  it("never drops a `# Reviewer aside` between `## Licensing` and `## General Info`: no fix is offered", () => {
    const text = `${head}${licensing}\n# Reviewer aside\n\nPlease double-check the license.\n\n${general}`;
    const root = repo({ "a.md": text });
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
    const order = run.results[0]?.diagnostics.find((d) => d.ruleId === "section-order");
    expect(order?.message).toBe(
      "Unexpected `## Licensing` before `## General Info`, expected it after, as the preset `awesome-comparisons` orders them",
    );
    expect(order?.fix).toBeUndefined();
  });

  it("never moves a section under one that leaves a comment or code fence open at the end of the file", () => {
    for (const open of ["<!-- check this\n", "```\n"]) {
      const text = `${head}${licensing}${general}`.replace("### Languages\n", `### Languages\n${open}`);
      const root = repo({ "a.md": text });
      const run = fixFiles(["a.md"], optionsFor(root), WRITE);
      expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
      const order = run.results[0]?.diagnostics.find((d) => d.ruleId === "section-order");
      expect(order?.message).toBe(
        "Unexpected `## Licensing` before `## General Info`, expected it after, as the preset `awesome-comparisons` orders them",
      );
      expect(order?.fix).toBeUndefined();
    }
  });

  it("never moves a section across a `catalog-lint-disable`, which acts from where it is", () => {
    const text = `${head}${licensing.replace("### License", "<!-- catalog-lint-disable -->\n### License")}${general}`;
    const root = repo({ "a.md": text });
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
    const order = run.results[0]?.diagnostics.find((d) => d.ruleId === "section-order");
    expect(order?.message).toBe(
      "Unexpected `## Licensing` before `## General Info`, expected it after, as the preset `awesome-comparisons` orders them",
    );
    expect(order?.fix).toBeUndefined();
  });

  it("moves sections whole when they tile the span: the same characters, in another order", () => {
    // An indented heading, a last section without a line break, and CRLF around an LF-ended section.
    const lf = `${head}${licensing}\n${general.trimEnd()}`.replace("## General Info", " ## General Info");
    const crlf = `${head}${licensing}${general.trimEnd()}`.replace(/\n/g, "\r\n").replace("- MIT\r\n", "- MIT\n");
    for (const text of [lf, crlf, `${head}${licensing}${general.trimEnd()}`]) {
      const root = repo({ "a.md": text });
      fixFiles(["a.md"], optionsFor(root), WRITE);
      const out = readFileSync(join(root, "a.md"), "utf8");
      expect(out).not.toBe(text);
      expect(out.indexOf("## General Info")).toBeLessThan(out.indexOf("## Licensing"));
      expect([...out].sort().join("")).toBe([...text].sort().join(""));
      expect(out.split(/\r?\n/).filter((l) => l.trim() !== "").length).toBe(
        text.split(/\r?\n/).filter((l) => l.trim() !== "").length,
      );
      // Every heading still starts its own line.
      for (const line of out.split(/\r?\n/).filter((l) => l.includes("## "))) expect(line).toMatch(/^ {0,3}#/);
    }
  });
});

describe("rule docs' examples marked `fix`", () => {
  // `{"fix": false}`: the rule reports it without a fix; `{"fix": true}`: with one (the rest of
  // each example's meta is test/repo/rule-docs.test.ts's).
  const docs = join(import.meta.dirname, "..", "..", "docs", "rules");
  const fence = /^(`{3,})md (valid|invalid)(?: (\{.*\}))?\n([\s\S]*?)^\1$/gm;
  for (const file of readdirSync(docs)) {
    const id = file.replace(/\.md$/, "");
    for (const match of readFileSync(join(docs, file), "utf8").matchAll(fence)) {
      const meta = JSON.parse(match[3] ?? "{}") as { fix?: boolean; options?: unknown; schema?: string };
      if (meta.fix === undefined) continue;
      const line = readFileSync(join(docs, file), "utf8").slice(0, match.index).split("\n").length;
      it(`${file} line ${line}: ${meta.fix ? "fixed" : "reported without a fix"}`, () => {
        const found = lintText(match[4] ?? "", {
          rules: [id],
          ...(meta.options ? { options: { [id]: meta.options } } : {}),
          ...(meta.schema ? { schema: meta.schema, cwd: docs } : {}),
        });
        expect(found.length).toBeGreaterThan(0);
        expect(found.some((d) => d.fix)).toBe(meta.fix);
      });
    }
  }
});

describe("unknown-marker's fix", () => {
  it("never writes the marker beside a real value (that would be template-leftover's `-` beside values)", () => {
    // After the value, and before it in a single-valued field (whose second value no value rule reads).
    const after = CLEAN.replace("- MIT\n", "- MIT\n- N/A\n");
    const before = CLEAN.replace("### Opensource\n- Yes\n", "### Opensource\n- N/A\n- Yes\n");
    for (const [text, field] of [
      [after, "License"],
      [before, "Opensource"],
    ] as const) {
      const root = repo({ "a.md": text });
      const run = fixFiles(["a.md"], optionsFor(root), WRITE);
      expect(readFileSync(join(root, "a.md"), "utf8")).toBe(text);
      const marker = run.results[0]?.diagnostics.find((d) => d.ruleId === "unknown-marker");
      expect(marker?.message).toBe(
        `Unexpected \`N/A\` for \`${field}\`, expected \`-\`, the catalog's marker for an unknown or missing value`,
      );
      expect(marker?.fix).toBeUndefined();
    }
  });
});

describe("the diff (item 10)", () => {
  it("is not computed by --fix, only by --fix-dry-run", () => {
    const root = repo({ "a.md": FIXABLE, "b.md": FIXABLE });
    const written = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(written.results[0]?.output).toBe(CLEAN);
    expect(written.results[0]?.diff).toBeUndefined();
    const dry = fixFiles(["b.md"], optionsFor(root), DRY);
    expect(dry.results[0]?.diff).toContain("-- November 1, 2026\n+- 2026-11-01\n");
  });

  it(`gives way to a note when it would change more than ${MAX_DIFF_EDITS} lines`, () => {
    const many = (n: number) => CLEAN.replace("### Languages", `${"<!-- c -->\n".repeat(n)}### Languages`);
    const root = repo({ "big.md": many(MAX_DIFF_EDITS + 1), "small.md": many(MAX_DIFF_EDITS) });
    const dry = fixFiles(["big.md", "small.md"], optionsFor(root), DRY);
    const big = dry.results.find((r) => r.filePath === "big.md");
    expect(big?.output).toBe(CLEAN);
    expect(big?.diff).toBeUndefined();
    expect(dry.results.find((r) => r.filePath === "small.md")?.diff?.split("\n-<!-- c -->").length).toBe(
      MAX_DIFF_EDITS + 1,
    );
    expect(dry.notices).toContain(
      `the diff of \`big.md\` is not shown: it changes more than ${MAX_DIFF_EDITS} lines; --fix applies it`,
    );
    // A long file gets a lower bound: its lines times the changed lines stay within a budget.
    const spread = Array.from({ length: 40_000 }, (_, i) => (i % 40 === 0 ? "<!-- c -->" : `- line ${i}`));
    writeFileSync(join(root, "long.md"), CLEAN.replace("### Languages", `${spread.join("\n")}\n### Languages`));
    const long = fixFiles(["long.md"], optionsFor(root), DRY);
    expect(long.results[0]?.fixed).toBe(1_000);
    expect(long.results[0]?.diff).toBeUndefined();
    expect(long.notices.join("\n")).toMatch(/^the diff of `long.md` is not shown: it changes more than (\d{3}) lines/);
    // The CLI prints the one diff, and the note on stderr.
    const run = cli(["--fix-dry-run", "--schema", "awesome-comparisons", "big.md", "small.md"], root);
    expect(run.stdout.match(/^--- a\//gm)).toEqual(["--- a/"]);
    expect(run.stdout).toContain("--- a/small.md\n");
    expect(run.stderr).toContain("catalog-lint: the diff of `big.md` is not shown");
  });
});

describe("an edit made while --fix runs (item 11)", () => {
  const EDITED = `${FIXABLE}\nA line the user just saved.\n`;
  /** `baseText` is asked for on every lint of a file: the `nth` time, the "editor" saves the file. */
  const saveDuring = (root: string, nth: number) => {
    let calls = 0;
    return optionsFor(root, {
      baseText: () => {
        if (++calls === nth) writeFileSync(join(root, "a.md"), EDITED);
        return undefined;
      },
    });
  };

  for (const [when, nth] of [
    ["right after the file was linted", 1],
    ["while the fixes are applied", 2],
  ] as const) {
    it(`is kept when it lands ${when}: the file is skipped with a warning, its findings kept`, () => {
      const root = repo({ "a.md": FIXABLE, "b.md": FIXABLE });
      const run = fixFiles(["a.md", "b.md"], saveDuring(root, nth), WRITE);
      expect(readFileSync(join(root, "a.md"), "utf8")).toBe(EDITED);
      expect(readFileSync(join(root, "b.md"), "utf8")).toBe(CLEAN);
      const a = run.results.find((r) => r.filePath === "a.md");
      expect(a?.output).toBeUndefined();
      expect(a?.fixed).toBe(0);
      expect(a?.diagnostics.filter((d) => d.fix).map((d) => d.ruleId)).toEqual(["label-value", "date-format"].sort());
      expect(run.notices).toContain(
        "warning: `a.md` was not fixed: it changed while catalog-lint ran (its findings are those of the text read before the change); run catalog-lint --fix again",
      );
      expect(leftovers(root, ["a.md", "b.md"])).toEqual([]);
    });
  }

  it("is kept when it lands between the last check and the write of a file with hard links", () => {
    const root = repo({ "a.md": FIXABLE });
    linkSync(join(root, "a.md"), join(root, "twin.md"));
    const run = fixFiles(["a.md"], saveDuring(root, 2), WRITE);
    expect(readFileSync(join(root, "twin.md"), "utf8")).toBe(EDITED);
    expect(run.results[0]?.notFixed).toMatch(/^it changed while catalog-lint ran/);
  });
});

describe("links, hard links, write protection and refused writes (item 12)", () => {
  it("fixes a link's target inside the repository, and keeps the link", () => {
    const root = repo({ "real/a.md": FIXABLE });
    symlinkSync("real/a.md", join(root, "link.md"));
    mkdirSync(join(root, "entries"));
    symlinkSync("../real", join(root, "entries", "through"));
    fixFiles(["link.md"], optionsFor(root), WRITE);
    expect(lstatSync(join(root, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "real/a.md"), "utf8")).toBe(CLEAN);
    writeFileSync(join(root, "real/a.md"), FIXABLE);
    fixFiles(["entries/through/a.md"], optionsFor(root), WRITE);
    expect(lstatSync(join(root, "entries", "through")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "real/a.md"), "utf8")).toBe(CLEAN);
    expect(leftovers(join(root, "real"), ["a.md"])).toEqual([]);
  });

  it("never writes through a link out of the repository", () => {
    const outside = repo({ "victim.md": FIXABLE });
    const root = repo();
    symlinkSync(join(outside, "victim.md"), join(root, "a.md"));
    fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(outside, "victim.md"), "utf8")).toBe(FIXABLE);
    expect(lstatSync(join(root, "a.md")).isSymbolicLink()).toBe(true);
  });

  it("rewrites a hard-linked file in place: its twin sees the fix, and nothing is left beside it", () => {
    const root = repo({ "a.md": FIXABLE });
    linkSync(join(root, "a.md"), join(root, "twin.md"));
    const { ino } = statSync(join(root, "a.md"));
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(run.results[0]?.output).toBe(CLEAN);
    expect(readFileSync(join(root, "twin.md"), "utf8")).toBe(CLEAN);
    expect(statSync(join(root, "a.md"))).toMatchObject({ ino, nlink: 2 });
    expect(leftovers(root, ["a.md", "twin.md"])).toEqual([]);
  });

  it("leaves a write-protected file alone (even as root), with a warning, and fixes the others", () => {
    const root = repo({ "a.md": FIXABLE, "b.md": OTHER });
    chmodSync(join(root, "a.md"), 0o444);
    const run = fixFiles(["a.md", "b.md"], optionsFor(root), WRITE);
    expect(readFileSync(join(root, "a.md"), "utf8")).toBe(FIXABLE);
    expect(statSync(join(root, "a.md")).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(root, "b.md"), "utf8")).toBe(OTHER_FIXED);
    expect(run.results[0]?.diagnostics.filter((d) => d.fix)).toHaveLength(2);
    expect(run.notices).toContain(
      "warning: `a.md` was not fixed: it is write-protected (mode 0444); make it writable (chmod u+w) to have it fixed",
    );
    const dry = cli(["--fix-dry-run", "--schema", "awesome-comparisons", "a.md"], root);
    expect(dry.stdout).toBe("");
    expect(dry.stderr).toContain(
      "Would fix 0 problems in 0 files; 2 remain; 1 file not fixed (see the warnings below)",
    );
    expect(dry.stderr).toContain("warning: `a.md` would not be fixed: it is write-protected (mode 0444)");
  });

  /** A call on our own temporary file or copy (named `….catalog-lint-tmp` or `-orig`), by name or descriptor. */
  const ours = (args: unknown[]) => /\.catalog-lint-(tmp|orig)$/.test(String(pathOf(args[0]) ?? args[0]));
  const refusals: Array<[string, string, string, (args: unknown[]) => boolean]> = [
    ["a read-only file system", "EROFS", "openSync", ours],
    ["a full disk", "ENOSPC", "writeSync", ours],
    ["a refused rename", "EACCES", "renameSync", () => true],
  ];
  for (const [what, code, name, matches] of refusals) {
    it(`keeps the findings of a file whose write meets ${what} (${code}), as a warning, and fixes the others`, () => {
      const root = repo({ "a.md": FIXABLE, "b.md": OTHER });
      // Only the first file's write fails: the fault goes once `b.md` is linted.
      const fault = { name, code, matches };
      faults.push(fault);
      const disarm = optionsFor(root, {
        baseText: (path) => {
          if (path === "b.md") faults.splice(faults.indexOf(fault), 1);
          return undefined;
        },
      });
      const run = fixFiles(["a.md", "b.md"], disarm, WRITE);
      expect(readFileSync(join(root, "a.md"), "utf8")).toBe(FIXABLE);
      const a = run.results.find((r) => r.filePath === "a.md");
      expect(a?.output).toBeUndefined();
      expect(a?.diagnostics.filter((d) => d.fix)).toHaveLength(2);
      expect(a?.notFixed).toMatch(new RegExp(`^writing it failed \\(${code}: .*\\); the file is unchanged$`));
      expect(
        run.notices.filter((n) => n.startsWith("warning: `a.md` was not fixed: writing it failed (")),
      ).toHaveLength(1);
      expect(readFileSync(join(root, "b.md"), "utf8")).toBe(OTHER_FIXED);
      expect(leftovers(root, ["a.md", "b.md"])).toEqual([]);
    });
  }

  it("puts a hard-linked file back when its in-place write fails, or keeps a copy of it when that fails too", () => {
    const root = repo({ "a.md": FIXABLE });
    linkSync(join(root, "a.md"), join(root, "twin.md"));
    // The first write to the file itself fails; putting the original back works.
    const toFile = (args: unknown[]) => pathOf(args[0]) === join(root, "a.md");
    let failed = 0;
    faults.push({ name: "writeSync", code: "EIO", matches: (args) => toFile(args) && failed++ === 0 });
    const run = fixFiles(["a.md"], optionsFor(root), WRITE);
    expect(failed).toBeGreaterThan(1);
    expect(readFileSync(join(root, "twin.md"), "utf8")).toBe(FIXABLE);
    expect(run.results[0]?.notFixed).toMatch(/, and writing it failed \(EIO: .*\); the original text was put back$/);
    expect(leftovers(root, ["a.md", "twin.md"])).toEqual([]);

    // Now cutting the file to length fails, when writing and when putting back: the copy stays, named.
    faults.length = 0;
    faults.push({ name: "ftruncateSync", code: "EIO", matches: () => true });
    const again = fixFiles(["a.md"], optionsFor(root), WRITE);
    const kept = leftovers(root, ["a.md", "twin.md"]);
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(root, kept[0] as string), "utf8")).toBe(FIXABLE);
    expect(again.results[0]?.notFixed).toContain(`its original text is in ${join(root, kept[0] as string)}`);
    expect(readFileSync(join(root, "twin.md"), "utf8")).toBe(FIXABLE);
  });
});

function loadConfigOf(root: string): LintOptions["config"] {
  const config = JSON.parse(readFileSync(join(root, "catalog-lint.config.json"), "utf8"));
  return { config, dir: root };
}

// ---------------------------------------------------------------------------------------------
// The property: nothing but removed closed comments and values normalised in place goes missing.
// ---------------------------------------------------------------------------------------------

/**
 * What a fix may do, and nothing else (`fixKind` returns undefined for any other fix):
 * - `in place`: it replaces characters within one line by text without a line break
 *   (a date written as ISO, `yes` → `Yes`, `N/A` → `-`, a heading renamed): the line
 *   stays where it is, only that value changes;
 * - `comment`: it removes a closed comment of at most MAX_REMOVED_COMMENT_LINES lines
 *   holding no other `<!--`, no blank line and no heading, with nothing else than
 *   the spaces and line break around it;
 * - `move`: it replaces a span by a permutation of its own characters that keeps its
 *   lines (sections moved whole).
 */
type FixKind = "in place" | "comment" | "move";
const BREAK = /\r\n|\r|\n/;

function fixKind(text: string, fix: Fix, ruleId: string): FixKind | undefined {
  const replaced = text.slice(fix.range[0], fix.range[1]);
  if (!BREAK.test(replaced) && !BREAK.test(fix.text)) return "in place";
  if (ruleId === "template-leftover" && fix.text === "") {
    const comments = removableComments(replaced);
    const rest = replaced.replace(/<!--[\s\S]*?-->/g, "");
    return comments > 0 && rest.trim() === "" && !/<!--|-->/.test(rest) ? "comment" : undefined;
  }
  if (ruleId === "section-order") {
    const sorted = (s: string) => [...s].sort().join("");
    const lines = (s: string) => s.split(BREAK).sort().join("\n");
    return sorted(replaced) === sorted(fix.text) && lines(replaced) === lines(fix.text) ? "move" : undefined;
  }
  return undefined;
}

/** The number of comments in `text` that the rule's promise allows `--fix` to remove; -1 if one is not. */
function removableComments(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/<!--([\s\S]*?)-->/g)) {
    if (!isRemovable(match[0])) return -1;
    count++;
  }
  return count;
}

function isRemovable(comment: string): boolean {
  const lines = comment.split(BREAK);
  return (
    comment.endsWith("-->") &&
    lines.length <= MAX_REMOVED_COMMENT_LINES &&
    !comment.slice(4).includes("<!--") &&
    lines.slice(1).every((l) => l.trim() !== "" && !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(l))
  );
}

/** A finding's kind: its rule and message id (found by matching the message against the rule's templates). */
function kindOf(d: Diagnostic): string {
  const rule = rulesById.get(d.ruleId);
  for (const [id, template] of Object.entries(rule?.messages ?? {})) {
    const pattern = template
      .split(/\{\{\w+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*?");
    if (new RegExp(`^${pattern}$`).test(d.message)) return `${d.ruleId}/${id}`;
  }
  return `${d.ruleId}/?`;
}

/**
 * What a fix in place can uncover, by the rule that made it: the checks that
 * read the value it wrote and could not read it before. A heading renamed
 * into a known field (unknown-section) has its values checked for the first
 * time, by every rule; a label that now reads `Yes` can complete a `Yes` +
 * `No` pair or the template's full list; a date in ISO form can now be stale,
 * in the future, or not bumped. Each only in the section the fix touched: a
 * new kind of finding anywhere else, or of any other kind, is one a fix brought.
 */
const UNCOVERS: Record<string, (kind: string) => boolean> = {
  "unknown-section": () => true,
  "label-value": (kind) => kind === "template-leftover/bothYesNo" || kind === "template-leftover/fullList",
  "date-format": (kind) => /^(stale-date|future-date|last-update-not-bumped)\//.test(kind),
};

/** Each line of the sections of `text` that `touched` names, with the rules whose fixes touched them. */
function touchedLines(text: string, touched: ReadonlyMap<string, Set<string>>): Map<number, Set<string>> {
  const lines = new Map<number, Set<string>>();
  if (touched.size === 0) return lines;
  const entry = buildEntry(createSourceFile("entry.md", text));
  for (const section of [...entry.orphanFields, ...entry.groups.flatMap((g) => [g, ...g.fields])]) {
    const rules = touched.get(section.name);
    if (!rules) continue;
    for (let line = section.range.start.line; line <= section.range.end.line; line++) {
      lines.set(line, new Set([...(lines.get(line) ?? []), ...rules]));
    }
  }
  return lines;
}

/** The name of the innermost section (field, else group) holding `offset`; "" outside any. */
function sectionAt(text: string, offset: number): string {
  const entry = buildEntry(createSourceFile("entry.md", text));
  const holds = (s: { range: { start: { offset: number }; end: { offset: number } } }) =>
    s.range.start.offset <= offset && offset < s.range.end.offset;
  const sections = [...entry.orphanFields, ...entry.groups.flatMap((g) => [...g.fields, g])];
  return sections.find(holds)?.name ?? "";
}

/** Lines compared by their words: an inline comment's removal takes a space with it. */
const words = (line: string) => line.replace(/\s+/g, " ").trim();

/**
 * The lines of `original` that `output` lost: each line, with the removable closed comments
 * the parser finds in it cut out, must be in `output` as it is or as the in-place fixes
 * (`inPlace`: each line's words before → after) left it. Counted: two `- Yes` need two.
 */
function lostLines(original: string, output: string, inPlace: Map<string, Set<string>>): string[] {
  const source = createSourceFile("entry.md", original);
  let cut = "";
  let at = 0;
  for (const { range } of buildEntry(source).comments) {
    const comment = source.text.slice(range.start.offset, range.end.offset);
    if (range.start.offset < at || !isRemovable(comment)) continue;
    // Line breaks stay: they separate lines that are not the comment's.
    cut += source.text.slice(at, range.start.offset) + comment.replace(/[^\r\n]/g, "");
    at = range.end.offset;
  }
  cut += source.text.slice(at);
  const left = new Map<string, number>();
  for (const line of output.replace(/^\uFEFF/, "").split(BREAK))
    left.set(words(line), (left.get(words(line)) ?? 0) + 1);
  const formsOf = (line: string): string[] => {
    const forms = [line];
    for (let i = 0; i < forms.length; i++) for (const next of inPlace.get(forms[i] as string) ?? []) forms.push(next);
    return [...new Set(forms)].reverse();
  };
  const originalLines = source.text.split(BREAK);
  const lines = cut
    .split(BREAK)
    .map((line, i) => ({ line: words(line), raw: words(originalLines[i] ?? "") }))
    .filter(({ line }) => line !== "");
  const lost: string[] = [];
  // Lines with one possible form first, so that a line with several cannot take another's.
  const candidates = lines.map(({ line, raw }) => [...new Set([...formsOf(line), ...formsOf(raw)])]);
  const order = candidates.map((_, i) => i).sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0));
  for (const i of order) {
    const form = candidates[i]?.find((f) => (left.get(f) ?? 0) > 0);
    if (form === undefined) lost.push(lines[i]?.line ?? "");
    else left.set(form, (left.get(form) ?? 0) - 1);
  }
  return lost;
}

/** Lines the structural mutations insert, beside the generic ones of `mutated`. */
const structural: fc.Arbitrary<string[]> = fc.oneof<fc.Arbitrary<string[]>[]>(
  fc.constant(["<!-- check this"]),
  fc.constant(["# Reviewer aside", "", "Please double-check the license."]),
  fc.constant(["<!-- Reviewer: is this right?", "  still open -->"]),
  fc
    .integer({ min: 2, max: MAX_REMOVED_COMMENT_LINES + 3 })
    .map((n) => ["<!--", ...Array<string>(n - 2).fill("  note"), "-->"]),
  fc.constant(["- yes", "- N/A", "- February 9, 2026"]),
);
type Change = { kind: "insert"; at: number; lines: string[] } | { kind: "swap"; at: number; depth: 2 | 3 };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), lines: structural }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), depth: fc.constantFrom(2 as const, 3 as const) }),
);

/** Swap the section at the `at`-th heading of `depth` with the next one (both whole). */
function swapSections(lines: string[], at: number, depth: 2 | 3): void {
  const marks = "#".repeat(depth);
  const starts = lines.flatMap((l, i) => (new RegExp(`^${marks} `).test(l) ? [i] : []));
  if (starts.length < 2) return;
  const k = at % (starts.length - 1);
  const first = starts[k] as number;
  const second = starts[k + 1] as number;
  // The second section ends at the next heading of its depth or above.
  let end = second + 1;
  while (end < lines.length && !new RegExp(`^#{1,${depth}} `).test(lines[end] as string)) end++;
  const a = lines.slice(first, second);
  const b = lines.slice(second, end);
  lines.splice(first, end - first, ...b, ...a);
}

const entries = fc.tuple(mutated, fc.array(change, { maxLength: 4 })).map(([text, changes]) => {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.slice(bom.length).split(/\r?\n/);
  for (const c of changes) {
    if (c.kind === "swap") swapSections(lines, c.at, c.depth);
    else lines.splice(c.at % (lines.length + 1), 0, ...c.lines);
  }
  return bom + lines.join(eol);
});

describe("--fix on mutated real entries (property)", () => {
  const root = repo();
  const options = optionsFor(root);

  it("keeps every line but removed closed comments and values normalised in place, and brings no new kind of finding", () => {
    let moved = 0;
    let removed = 0;
    let normalised = 0;
    fc.assert(
      fc.property(entries, (raw) => {
        writeFileSync(join(root, "entry.md"), raw);
        const text = raw.replace(/^\uFEFF/, "");
        // The passes --fix runs, replayed to see each fix and the text it applied to.
        const linter = new Linter(options);
        const before = linter.lintFile("entry.md").diagnostics;
        const inPlace = new Map<string, Set<string>>();
        const touched = new Map<string, Set<string>>();
        let diagnostics = before;
        let fixed = text;
        for (let pass = 0; pass < 10; pass++) {
          const { text: next, applied } = applyFixes(fixed, diagnostics);
          if (applied.length === 0 || next === fixed) break;
          for (const fix of applied) {
            const ruleId = diagnostics.find((d) => d.fix === fix)?.ruleId ?? "";
            const kind = fixKind(fixed, fix, ruleId);
            expect(
              kind,
              `${ruleId} fix ${JSON.stringify(fix)} of ${JSON.stringify(fixed.slice(...fix.range))}`,
            ).toBeDefined();
            if (kind === "move") moved++;
            if (kind === "comment") removed++;
            if (kind === "in place") {
              const section = ruleId === "unknown-section" ? fix.text : sectionAt(fixed, fix.range[0]);
              touched.set(section, (touched.get(section) ?? new Set()).add(ruleId));
              normalised++;
              const lineStart =
                Math.max(fixed.lastIndexOf("\n", fix.range[0] - 1), fixed.lastIndexOf("\r", fix.range[0] - 1)) + 1;
              const lineEnd = fixed.slice(fix.range[1]).search(BREAK);
              const end = lineEnd === -1 ? fixed.length : fix.range[1] + lineEnd;
              const was = words(fixed.slice(lineStart, end));
              const now = words(fixed.slice(lineStart, fix.range[0]) + fix.text + fixed.slice(fix.range[1], end));
              inPlace.set(was, (inPlace.get(was) ?? new Set()).add(now));
            }
          }
          fixed = next;
          diagnostics = linter.lintFile("entry.md", fixed).diagnostics;
        }

        // The real --fix writes exactly that text.
        fixFiles(["entry.md"], options, WRITE);
        const output = readFileSync(join(root, "entry.md"), "utf8");
        expect(output).toBe((raw.startsWith("\uFEFF") ? "\uFEFF" : "") + fixed);

        expect(lostLines(text, fixed, inPlace)).toEqual([]);
        const kinds = new Set(before.map(kindOf));
        const after = new Linter(options).lintFile("entry.md").diagnostics;
        const byLine = touchedLines(fixed, touched);
        const uncovered = (d: Diagnostic) =>
          [...(byLine.get(d.range.start.line) ?? [])].some((rule) => UNCOVERS[rule]?.(kindOf(d)));
        const added = after.filter((d) => !kinds.has(kindOf(d)) && !uncovered(d));
        expect(added.map((d) => `${kindOf(d)} at line ${d.range.start.line}: ${d.message}`)).toEqual([]);
      }),
      { seed: 20261219, numRuns: 150, endOnFailure: true },
    );
    // Each kind of fix was tried.
    expect(moved).toBeGreaterThan(5);
    expect(removed).toBeGreaterThan(20);
    expect(normalised).toBeGreaterThan(20);
  }, 120_000);

  /** --fix on each of `texts` as it is: every line kept but those its fixes change in place. Returns how many it changed. */
  const fixKeepsLines = (texts: readonly string[]): number => {
    let changed = 0;
    for (const raw of texts) {
      writeFileSync(join(root, "entry.md"), raw);
      fixFiles(["entry.md"], options, WRITE);
      const written = readFileSync(join(root, "entry.md"), "utf8");
      if (written !== raw) changed++;
      const output = written.replace(/^\uFEFF/, "");
      expect(lostLines(raw.replace(/^\uFEFF/, ""), output, everyInPlace(raw))).toEqual([]);
    }
    return changed;
  };

  it("runs on every real entry of the example catalog unchanged, too", () => {
    expect(EXAMPLE_ENTRIES).toHaveLength(31);
    // Not vacuous: --fix changed more than a tenth of them (9 of 30).
    expect(fixKeepsLines(EXAMPLE_ENTRIES)).toBeGreaterThan(EXAMPLE_ENTRIES.length / 10);
  });

  describeRealData("--fix on all 200 entries of awesome-comparisons", () => {
    it("runs on every real entry unchanged, too", () => {
      expect(REAL_ENTRIES).toHaveLength(200);
      // Not vacuous: --fix changed more than a tenth of them (36 of 200).
      expect(fixKeepsLines(REAL_ENTRIES)).toBeGreaterThan(REAL_ENTRIES.length / 10);
    });
  });
});

/** The in-place changes the fixes of one lint of `raw` make (one pass is all real entries need). */
function everyInPlace(raw: string): Map<string, Set<string>> {
  const text = raw.replace(/^\uFEFF/, "");
  const map = new Map<string, Set<string>>();
  const source = createSourceFile("entry.md", text);
  const root = repo({ "entry.md": raw });
  for (const d of new Linter(optionsFor(root)).lintFile("entry.md").diagnostics) {
    if (!d.fix || fixKind(text, d.fix, d.ruleId) !== "in place") continue;
    const line = d.range.start.line;
    const start = source.lineStarts[line - 1] ?? 0;
    const end = (source.lineStarts[line] ?? text.length + 1) - 1;
    const was = words(text.slice(start, end));
    const now = words(text.slice(start, d.fix.range[0]) + d.fix.text + text.slice(d.fix.range[1], end));
    map.set(was, (map.get(was) ?? new Set()).add(now));
  }
  return map;
}
