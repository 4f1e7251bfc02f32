/**
 * One run layer for both shells (issue 18, item 2): the CLI and the Action
 * lint the same catalog to the same findings, shown as the same annotations,
 * and read "today" the same way. The Action runs in-process with
 * @actions/core and @actions/github mocked, as in test/action.test.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "action-catalog");
const NOW = "2026-11-28";

const inputs = new Map<string, string>();
const core = {
  getInput: vi.fn((name: string) => inputs.get(name) ?? ""),
  setSecret: vi.fn(),
  setOutput: vi.fn(),
  setFailed: vi.fn(),
  error: vi.fn(),
  warning: vi.fn(),
  notice: vi.fn(),
  info: vi.fn(),
  summary: { addRaw: vi.fn(), write: vi.fn() },
};
const octokit = {
  paginate: vi.fn(),
  rest: {
    pulls: { listFiles: vi.fn() },
    checks: { create: vi.fn(), update: vi.fn() },
    issues: { listComments: vi.fn(), createComment: vi.fn(), updateComment: vi.fn() },
    repos: { compareCommitsWithBasehead: vi.fn() },
    users: { getAuthenticated: vi.fn() },
  },
};
vi.mock("@actions/core", () => core);
vi.mock("@actions/github", () => ({ getOctokit: vi.fn(() => octokit) }));

const { run } = await import("../../src/action/main.js");

beforeEach(() => {
  vi.clearAllMocks();
  core.summary.addRaw.mockImplementation(() => core.summary);
  core.summary.write.mockResolvedValue(core.summary);
  inputs.clear();
  inputs.set("github-token", "t0ken");
  inputs.set("annotations", "commands");
  inputs.set("sarif-file", "action.sarif");
  process.env.CATALOG_LINT_NOW = NOW;
});

/** The event as the runner gives it: environment variables and a payload file. */
function startedBy(eventName: string, payload: Record<string, unknown>): void {
  const dir = tempDir("run-event");
  writeFileSync(join(dir, "event.json"), JSON.stringify(payload));
  process.env.GITHUB_EVENT_PATH = join(dir, "event.json");
  process.env.GITHUB_EVENT_NAME = eventName;
  process.env.GITHUB_REPOSITORY = "octo/catalog";
  process.env.GITHUB_SHA = "a".repeat(40);
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

/**
 * The embedded catalog in a repository, with a config that leaves out a
 * `drafts/` folder, and a head commit that edits an entry without moving its
 * Last Update, adds one with a stale date and a two-line guidance comment
 * (a range without columns), and adds a draft.
 */
function pullRequestCatalog(): { dir: string; base: string; head: string; changed: string[] } {
  const dir = tempDir("run-layer");
  copyInto(FIXTURE, dir);
  writeFileSync(join(dir, ".catalog-lintrc.json"), `${JSON.stringify({ exclude: ["**/drafts/"] })}\n`);
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  const data = join(dir, "datasets/tools/data");
  const clean = join(data, "clean-tool.md");
  writeFileSync(clean, readFileSync(clean, "utf8").replace("example/clean-tool", "example/clean-tool-ng"));
  writeFileSync(
    join(data, "new-tool.md"),
    [
      "# New Tool - https://new.example.com",
      "",
      "A tool the pull request adds.",
      "",
      "## General Info",
      "### Repo",
      "<!-- Associated Github",
      "repository -->",
      "- https://github.com/example/new-tool",
      "",
      "### Last Update",
      "- 2025-01-15",
      "",
      "## Licensing",
      "### Opensource",
      "- No",
      "",
    ].join("\n"),
  );
  mkdirSync(join(data, "drafts"));
  writeFileSync(join(data, "drafts/wip.md"), "# Work in progress\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "head");
  const changed = ["clean-tool.md", "drafts/wip.md", "new-tool.md"].map((f) => `datasets/tools/data/${f}`);
  return { dir, base, head: git(dir, "rev-parse", "HEAD"), changed };
}

interface Finding {
  file: string;
  ruleId: string;
  level: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const byPosition = (a: Finding, b: Finding) =>
  `${a.file}\0${String(a.line).padStart(6)}\0${String(a.column).padStart(6)}\0${a.ruleId}`.localeCompare(
    `${b.file}\0${String(b.line).padStart(6)}\0${String(b.column).padStart(6)}\0${b.ruleId}`,
  );

/** The CLI's findings, from its JSON report (ESLint's format: absolute paths, severity 2 or 1). */
function cliFindings(dir: string, argv: string[]): { findings: Finding[]; files: number; code: number } {
  const { code, stdout, stderr } = cli(["--format", "json", ...argv], dir);
  expect(stderr).toBe("");
  const results = JSON.parse(stdout) as Array<{
    filePath: string;
    messages: Array<Omit<Finding, "file" | "level"> & { severity: number }>;
  }>;
  const findings = results.flatMap((r) =>
    r.messages.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({
      file: r.filePath.slice(dir.length + 1),
      ruleId,
      level: severity === 2 ? "error" : "warning",
      line,
      column,
      endLine,
      endColumn,
      message,
    })),
  );
  return { findings: findings.sort(byPosition), files: results.length, code };
}

/** The Action's findings, from the SARIF file it wrote (every finding, fully positioned). */
function actionFindings(dir: string): Finding[] {
  const sarif = JSON.parse(readFileSync(join(dir, "action.sarif"), "utf8"));
  const results = sarif.runs[0].results as Array<{
    ruleId: string;
    level: string;
    message: { text: string };
    locations: Array<{
      physicalLocation: {
        artifactLocation: { uri: string };
        region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
      };
    }>;
  }>;
  return results
    .map(({ ruleId, level, message, locations }) => {
      const { artifactLocation, region } = locations[0]?.physicalLocation ?? ({} as never);
      return {
        file: decodeURIComponent(artifactLocation.uri),
        ruleId,
        level,
        line: region.startLine,
        column: region.startColumn,
        endLine: region.endLine,
        endColumn: region.endColumn,
        message: message.text,
      };
    })
    .sort(byPosition);
}

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]));
}

/** A workflow command's data or property value, unescaped as the runner reads it. */
const unescaped = (text: string) =>
  text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");

/** `--format github` lines, as the annotation each stands for (the properties the Action passes to core). */
function commandAnnotations(stdout: string): unknown[] {
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [, level, props, message] = /^::(error|warning) ([^:]*)::(.*)$/.exec(line) ?? [];
      const p = Object.fromEntries((props ?? "").split(",").map((kv) => kv.split("=").map(unescaped)));
      const columns = p.col !== undefined ? { startColumn: Number(p.col), endColumn: Number(p.endColumn) } : {};
      return [
        level,
        unescaped(message ?? ""),
        { title: p.title, file: p.file, startLine: Number(p.line), endLine: Number(p.endLine), ...columns },
      ];
    });
}

/** What the Action annotated through core.error / core.warning, findings only (not its own problems). */
function loggedAnnotations(): unknown[] {
  const calls = [
    ...core.error.mock.calls.map((c) => ["error", ...c]),
    ...core.warning.mock.calls.map((c) => ["warning", ...c]),
  ] as Array<[string, string, Record<string, unknown> | undefined]>;
  return calls.filter(([, , properties]) => properties?.file !== undefined);
}

/** In one order, whatever the order of each object's keys. */
const sortedJson = (list: unknown[]) => list.map((x) => JSON.stringify(x, canonical)).sort();
const canonical = (_key: string, value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value;

describe("the CLI and the Action on one catalog", () => {
  it("give the same findings and annotations for every catalog file (workflow_dispatch, a plain run)", async () => {
    const { dir } = pullRequestCatalog();
    startedBy("workflow_dispatch", {});
    process.env.GITHUB_WORKSPACE = dir;
    await run();
    const viaCli = cliFindings(dir, []);
    expect(viaCli.findings.length).toBeGreaterThan(3);
    expect(actionFindings(dir)).toEqual(viaCli.findings);
    expect(outputs()).toMatchObject({
      "files-linted": viaCli.files,
      "error-count": viaCli.findings.filter((f) => f.level === "error").length,
      "warning-count": viaCli.findings.filter((f) => f.level === "warning").length,
    });
    expect(sortedJson(loggedAnnotations())).toEqual(
      sortedJson(commandAnnotations(cli(["--format", "github"], dir).stdout)),
    );
  });

  it("give the same findings for a change: the CLI's --changed-since and the Action's pull request", async () => {
    const { dir, base, head, changed } = pullRequestCatalog();
    startedBy("pull_request", {
      pull_request: { number: 7, changed_files: changed.length, head: { sha: head }, base: { sha: base } },
    });
    octokit.rest.pulls.listFiles.mockResolvedValueOnce({
      data: changed.map((filename) => ({
        filename,
        status: filename.endsWith("clean-tool.md") ? "modified" : "added",
      })),
      headers: {},
    });
    process.env.GITHUB_WORKSPACE = dir;
    await run();
    const viaCli = cliFindings(dir, ["--changed-since", base]);
    const rules = new Set(viaCli.findings.map((f) => f.ruleId));
    // What only a comparison with the base finds, and a range over two lines.
    expect(rules).toContain("last-update-not-bumped");
    expect(viaCli.findings.some((f) => f.line !== f.endLine)).toBe(true);
    // The draft is in an excluded folder: neither lints it.
    expect(viaCli.findings.map((f) => f.file)).not.toContain("datasets/tools/data/drafts/wip.md");
    expect(actionFindings(dir)).toEqual(viaCli.findings);
    expect(outputs()).toMatchObject({ "files-linted": viaCli.files });
    expect(sortedJson(loggedAnnotations())).toEqual(
      sortedJson(commandAnnotations(cli(["--format", "github", "--changed-since", base], dir).stdout)),
    );
  });
});

describe("the Action's walk of every catalog file", () => {
  it("stays in the checkout for the catalog's default patterns too: a linked `datasets` folder is refused, not walked", async () => {
    const { dir } = pullRequestCatalog();
    const outside = tempDir("run-outside");
    copyInto(join(dir, "datasets"), join(outside, "datasets"));
    rmSync(join(dir, "datasets"), { recursive: true });
    symlinkSync(join(outside, "datasets"), join(dir, "datasets"));
    startedBy("workflow_dispatch", {});
    process.env.GITHUB_WORKSPACE = dir;
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^catalog-lint could not run: `include`: found `datasets\/\*\/data\/\*\*\/\*\.md`, a pattern whose folder is /,
      ),
    );
    expect(core.setOutput).not.toHaveBeenCalled();
  });
});

describe('"today" in both shells', () => {
  const IMPOSSIBLE =
    "Invalid CATALOG_LINT_NOW `2026-02-30`, expected a real date YYYY-MM-DD; set CATALOG_LINT_NOW to one, or unset it for today's UTC date";

  it("an impossible CATALOG_LINT_NOW fails the Action with one line naming it, before any request or finding", async () => {
    const { dir, base, head } = pullRequestCatalog();
    startedBy("pull_request", {
      pull_request: { number: 7, changed_files: 1, head: { sha: head }, base: { sha: base } },
    });
    process.env.GITHUB_WORKSPACE = dir;
    process.env.CATALOG_LINT_NOW = "2026-02-30";
    await run();
    expect(core.setFailed.mock.calls).toEqual([[`catalog-lint could not run: ${IMPOSSIBLE}`]]);
    expect(octokit.rest.pulls.listFiles).not.toHaveBeenCalled();
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it("stops the CLI with the same line", () => {
    const { dir } = pullRequestCatalog();
    expect(cli([], dir, { CATALOG_LINT_NOW: "2026-02-30" })).toEqual({
      code: 2,
      stdout: "",
      stderr: `catalog-lint: ${IMPOSSIBLE}\n`,
    });
  });

  it("reads an empty CATALOG_LINT_NOW as unset in both: the UTC date", async () => {
    const { dir } = pullRequestCatalog();
    const { code, stderr } = cli(["--format", "json"], dir, { CATALOG_LINT_NOW: "" });
    expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
    startedBy("workflow_dispatch", {});
    process.env.GITHUB_WORKSPACE = dir;
    process.env.CATALOG_LINT_NOW = "";
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^catalog-lint found \d+ errors/));
  });
});
