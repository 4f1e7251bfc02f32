/**
 * The Action's run() with @actions/core and @actions/github mocked, as in
 * GitHub's typescript-action template: inputs and the runner's event in,
 * calls out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { escapeMarkdown, renderSummary } from "../../src/action/summary.js";
import type { FileResult } from "../../src/diagnostics/diagnostic.js";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { copyInto, tempDir } from "../helpers/temp.js";

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
core.summary.addRaw.mockImplementation(() => core.summary);
core.summary.write.mockResolvedValue(core.summary);

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
const github = { getOctokit: vi.fn(() => octokit) };

vi.mock("@actions/core", () => core);
vi.mock("@actions/github", () => github);

const { run } = await import("../../src/action/main.js");
const { readEvent } = await import("../../src/action/event.js");

/** The event as the runner gives it: environment variables and a payload file. */
function startedBy(eventName: string, payload: Record<string, unknown>): void {
  const dir = tempDir("action-event", { "event.json": JSON.stringify(payload) });
  process.env.GITHUB_EVENT_PATH = join(dir, "event.json");
  process.env.GITHUB_EVENT_NAME = eventName;
  process.env.GITHUB_REPOSITORY = "octo/catalog";
  process.env.GITHUB_SHA = "a".repeat(40);
}

function catalog(): string {
  const dir = tempDir("action-unit");
  copyInto(join(CATALOG, "configuration"), join(dir, "configuration"));
  copyInto(join(CATALOG, "datasets/aie-model"), join(dir, "datasets/aie-model"));
  return dir;
}

beforeEach(() => {
  vi.clearAllMocks();
  core.summary.addRaw.mockImplementation(() => core.summary);
  core.summary.write.mockResolvedValue(core.summary);
  inputs.clear();
  inputs.set("github-token", "t0ken");
  inputs.set("annotations", "commands");
  startedBy("workflow_dispatch", {});
  process.env.CATALOG_LINT_NOW = "2026-11-28";
});

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]));
}

describe("run()", () => {
  it("lints every catalog file on workflow_dispatch, annotating errors before warnings", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    await run();
    expect(core.setSecret).toHaveBeenCalledWith("t0ken");
    expect(octokit.paginate).not.toHaveBeenCalled();
    // The example catalog's 8 aie-model entries.
    expect(outputs()["files-linted"]).toBe(8);
    const errors = core.error.mock.calls.length;
    expect(errors).toBe(outputs()["error-count"]);
    expect(errors).toBeGreaterThan(10);
    // More than GitHub displays: a notice carries the totals.
    expect(core.notice).toHaveBeenCalledWith(expect.stringMatching(/^catalog-lint found \d+ errors and \d+ warnings/), {
      title: "catalog-lint totals",
    });
    const [message, properties] = core.error.mock.calls[0] as [string, Record<string, unknown>];
    expect(message).toMatch(/^Unexpected /);
    expect(properties.file).toMatch(/^datasets\/aie-model\/data\/.+\.md$/);
    expect(properties.title).toEqual(expect.any(String));
    for (const [, p] of core.error.mock.calls as Array<[string, Record<string, number>]>) {
      if (p.startLine !== p.endLine) expect(p.startColumn).toBeUndefined();
    }
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^catalog-lint found \d+ errors/));
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it("does not fail with fail-on: never, and skips the summary when asked", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    inputs.set("fail-on", "never");
    inputs.set("summary", "false");
    inputs.set("annotations", "none");
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.error).not.toHaveBeenCalled();
    expect(core.summary.write).not.toHaveBeenCalled();
    expect(Number(outputs()["error-count"])).toBeGreaterThan(0);
  });

  it("names a bad input and fails", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    inputs.set("fail-on", "sometimes");
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      "catalog-lint could not run: Input `fail-on` is `sometimes`, expected one of error, warning, never",
    );
  });

  /** A pull request event whose changed files GitHub lists as `files` (one page). */
  function pullRequestListing(files: unknown): void {
    startedBy("pull_request", {
      pull_request: { number: 7, changed_files: 3, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } },
    });
    octokit.rest.pulls.listFiles.mockResolvedValueOnce({ data: files, headers: {} });
  }

  it("lints only the pull request's catalog files and uses the head SHA for the check run", async () => {
    const dir = catalog();
    process.env.GITHUB_WORKSPACE = dir;
    // Not a catalog file, and governs no entry (a changed template would: the e2e test has that).
    writeFileSync(join(dir, "datasets/aie-model/NOTES.txt"), "Notes\n");
    inputs.set("annotations", "auto");
    pullRequestListing([
      { filename: "datasets/aie-model/data/deepseek-r1.md", status: "modified" },
      { filename: "datasets/aie-model/data/kimi-k2.md", status: "removed" },
      { filename: "datasets/aie-model/NOTES.txt", status: "modified" },
    ]);
    octokit.rest.checks.create.mockResolvedValueOnce({ data: { id: 1, html_url: "https://x" } });
    await run();
    expect(outputs()["files-linted"]).toBe(1);
    expect(octokit.rest.checks.create).toHaveBeenCalledWith(
      expect.objectContaining({ head_sha: "b".repeat(40), status: "completed", conclusion: "success" }),
    );
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it("fails on a changed path that is not inside the repository, and still reports the rest", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    inputs.set("annotations", "auto");
    pullRequestListing([
      { filename: "datasets/aie-model/data/deepseek-r1.md", status: "modified" },
      { filename: "../outside.md", status: "added" },
    ]);
    octokit.rest.checks.create.mockResolvedValueOnce({ data: { id: 1, html_url: "https://x" } });
    await run();
    expect(outputs()["files-linted"]).toBe(1);
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^A changed file is listed as a path that is not inside the repository, such as `\.\.\/outside\.md`, so/,
      ),
      { title: "catalog-lint: not every change was linted" },
    );
    expect(octokit.rest.checks.create).toHaveBeenCalledWith(
      expect.objectContaining({
        conclusion: "failure",
        output: expect.objectContaining({
          title: expect.stringMatching(/1 problem kept catalog-lint from linting every change$/),
        }),
      }),
    );
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^catalog-lint could not lint every change \(1 problem/),
    );
  });

  it.each([
    ["an object", { message: "Server Error" }],
    ["null", null],
    ["a list with a string", ["a.md"]],
    ["a list with an entry without status", [{ filename: "a.md" }]],
  ])("fails when the list of changed files is %s, linting nothing", async (_, listed) => {
    process.env.GITHUB_WORKSPACE = catalog();
    pullRequestListing(listed);
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^catalog-lint could not run: GitHub's answer listing the pull request's files is not a list of files \(/,
      ),
    );
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it("names the API error when the changed files cannot be listed", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    startedBy("pull_request", {
      pull_request: { number: 7, changed_files: 3, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } },
    });
    octokit.rest.pulls.listFiles.mockRejectedValueOnce(Object.assign(new Error("Bad credentials"), { status: 401 }));
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      "catalog-lint could not run: Could not list the changed files (HTTP 401: Bad credentials), so nothing was linted. Re-run the job; `only-changed: false` lints every catalog file without asking the API.",
    );
  });

  it("writes the job summary, SARIF file and outputs before any check-run request, and falls back to the log when it fails", async () => {
    const dir = catalog();
    process.env.GITHUB_WORKSPACE = dir;
    inputs.set("annotations", "auto");
    inputs.set("sarif-file", "out.sarif");
    octokit.rest.checks.create.mockRejectedValueOnce(Object.assign(new Error("Server Error"), { status: 500 }));
    await run();
    const firstRequest = octokit.rest.checks.create.mock.invocationCallOrder[0] ?? 0;
    expect(core.summary.write.mock.invocationCallOrder[0]).toBeLessThan(firstRequest);
    const outputOrder = core.setOutput.mock.invocationCallOrder;
    expect(outputOrder).toHaveLength(5);
    expect(outputOrder.every((order) => order < firstRequest)).toBe(true);
    expect(core.warning).toHaveBeenCalledWith(
      "Could not create a check run (HTTP 500: Server Error). Findings are reported as annotations and in the job summary instead.",
    );
    expect(core.error.mock.calls.length).toBe(outputs()["error-count"]);
    expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).runs[0].results.length).toBeGreaterThan(0);
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^catalog-lint found \d+ errors/));
  });

  it("reports a crash of the action itself with its cause", async () => {
    process.env.GITHUB_WORKSPACE = catalog();
    writeFileSync(join(process.env.GITHUB_WORKSPACE, ".catalog-lintrc.json"), "{ nope");
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^catalog-lint could not run: \.catalog-lintrc\.json:1:\d+: invalid syntax/),
    );
  });
});

describe("readEvent()", () => {
  function payloadFile(text: string): string {
    const dir = tempDir("action-event", { "event.json": text });
    return join(dir, "event.json");
  }

  it("reads the event as the runner gives it", () => {
    const path = payloadFile(JSON.stringify({ pull_request: { number: 3 } }));
    expect(
      readEvent({
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: "octo/catalog",
        GITHUB_SHA: "abc",
      }),
    ).toEqual({
      eventName: "pull_request",
      owner: "octo",
      repo: "catalog",
      payload: { pull_request: { number: 3 } },
      sha: "abc",
    });
  });

  it("has no payload where the runner names no file, or one that is not there (as @actions/github)", () => {
    const env = { GITHUB_EVENT_NAME: "schedule", GITHUB_REPOSITORY: "octo/catalog" };
    expect(readEvent(env).payload).toEqual({});
    expect(readEvent({ ...env, GITHUB_EVENT_PATH: join(tmpdir(), "catalog-lint-no-such-event.json") }).payload).toEqual(
      {},
    );
  });

  it("takes the repository from the payload without GITHUB_REPOSITORY", () => {
    const path = payloadFile(JSON.stringify({ repository: { name: "catalog", owner: { login: "octo" } } }));
    expect(readEvent({ GITHUB_EVENT_PATH: path })).toMatchObject({ owner: "octo", repo: "catalog" });
  });

  it("names what is wrong: a payload that is not a JSON object, no repository", () => {
    for (const text of ["{ nope", "[]", "null"]) {
      const path = payloadFile(text);
      expect(() => readEvent({ GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: "octo/catalog" })).toThrow(
        `The event payload ${path} (GITHUB_EVENT_PATH) is not a JSON object.`,
      );
    }
    expect(() => readEvent({ GITHUB_REPOSITORY: "octo" })).toThrow(
      "Cannot tell which repository this run is for: set GITHUB_REPOSITORY to `owner/repo`",
    );
  });
});

describe("job summary", () => {
  const result = (message: string, filePath = "datasets/x/data/a.md"): FileResult => ({
    filePath,
    diagnostics: [
      {
        ruleId: "label-value",
        severity: "error",
        message,
        range: { start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 5, offset: 14 } },
        url: "https://example.com/docs/label-value.md",
      },
    ],
  });
  const meta = {
    repoUrl: "https://github.com/o/r",
    sha: "abc",
    filesLinted: 1,
    mode: "changed" as const,
    notes: [],
    problems: [],
  };

  it("escapes untrusted text: no HTML, links, images or mentions", () => {
    const hostile =
      "Unexpected `<img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://e/i.png) @octocat | x`";
    const out = renderSummary([result(hostile)], { ...meta, limit: 100_000 });
    expect(out).not.toMatch(/<img|\]\(https:\/\/evil|@octocat|!\[i\]/);
    expect(out).toContain(escapeMarkdown(hostile));
    expect(out).toContain("[3:1](https://github.com/o/r/blob/abc/datasets/x/data/a.md#L3)");
    expect(out).toContain("[label-value](https://example.com/docs/label-value.md)");
  });

  it("escapes what GitHub autolinks: GH-123 and commit SHAs, short or full", () => {
    const sha = "0123456789abcdef0123456789abcdef01234567";
    const out = escapeMarkdown(`see GH-123, gh-4, ${sha} and deadbee1 (not 123456 or cafe)`);
    const text = out.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(text).not.toMatch(/GH-\d/i);
    expect(text).not.toMatch(/[0-9a-f]{7}/i);
    expect(text.replace(/\u200b/g, "")).toBe(`see GH-123, gh-4, ${sha} and deadbee1 (not 123456 or cafe)`);
    expect(text).toContain("123456 or cafe");
  });

  it("puts what kept the run from linting every change first, its file names escaped", () => {
    const problems = [{ message: "A changed file {file} was not linted.", file: "data/\n<img src=x>@me.md" }];
    const out = renderSummary([], { ...meta, problems, limit: 100_000 });
    expect(out).toContain("❌ **Not every change was linted** (1 problem):");
    expect(out).toContain("> ❌ A changed file data/&#92;n&lt;img src=x&gt;@\u200bme.md was not linted.");
    expect(out).toContain("No findings in the 1 changed catalog file linted.");
    expect(out).not.toContain("✅");
  });

  it("says a pull request that changes no catalog file has nothing to lint, and a full run that finds none", () => {
    expect(renderSummary([], { ...meta, filesLinted: 0, limit: 100_000 })).toContain(
      "✅ No catalog file changed: nothing to lint.",
    );
    const all = renderSummary([], { ...meta, filesLinted: 0, mode: "all", limit: 100_000 });
    expect(all).toContain("No catalog files found: nothing was linted.");
    expect(all).not.toContain("✅");
  });

  it("stays under its size limit and says what was cut", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      result(`Unexpected value number ${i} ${"x".repeat(200)}`, `f/${i}.md`),
    );
    const out = renderSummary(many, { ...meta, filesLinted: 400, limit: 20_000 });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(20_000);
    expect(out).toMatch(/> \d+ more findings are not shown here/);
  });
});

describe("run() says which schema applies", () => {
  it("logs each group's schema once when a page outside the datasets gets the guessed preset", async () => {
    const dir = catalog();
    writeFileSync(join(dir, "guide.md"), "# Guide\n\n## Writing an entry\n\n## Review\n\n## Releases\n");
    process.env.GITHUB_WORKSPACE = dir;
    inputs.set("paths", "datasets/*/data/*.md, guide.md");
    await run();
    const lines = core.info.mock.calls
      .map(([line]) => String(line))
      .filter((l) => / gets? (the schema|the built-in)/.test(l));
    // Sorted by folder: the workspace's root first.
    expect(lines).toEqual([
      "1 file gets the built-in preset `awesome-comparisons` (no schema found: run `npx catalog-lint init` to infer one, or pass --schema)",
      "8 files in datasets/aie-model/data get the schema `aie-model` from datasets/aie-model/config/aie-model-comparison-template.md and 4 criteria files",
    ]);
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/^Unexpected file shape/),
      expect.objectContaining({ file: "guide.md", title: "schema-mismatch" }),
    );
  });
});

describe("run() on a dataset whose template and criteria disagree (schema-conflict)", () => {
  const template = "datasets/terminal/config/terminal-comparison-template.md";
  function terminalCatalog(): string {
    const dir = tempDir("action-scope");
    copyInto(join(CATALOG, "configuration"), join(dir, "configuration"));
    copyInto(join(CATALOG, "datasets/terminal"), join(dir, "datasets/terminal"));
    return dir;
  }
  /** The files annotated with a schema-conflict finding. */
  const conflictFiles = () =>
    [...core.warning.mock.calls, ...core.error.mock.calls]
      .map(([, p]) => p as { file?: string; title?: string } | undefined)
      .filter((p) => p?.title === "schema-conflict")
      .map((p) => p?.file);
  function pullRequestChanging(filename: string): void {
    startedBy("pull_request", {
      pull_request: { number: 8, changed_files: 1, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } },
    });
    octokit.rest.pulls.listFiles.mockResolvedValueOnce({ data: [{ filename, status: "modified" }], headers: {} });
  }

  it("reports on the template in a full run, and in a pull request that changes it", async () => {
    process.env.GITHUB_WORKSPACE = terminalCatalog();
    await run();
    expect(conflictFiles()).toContain(template);

    vi.clearAllMocks();
    pullRequestChanging(template);
    await run();
    expect(outputs()["files-linted"]).toBe(6);
    expect(conflictFiles()).toContain(template);
  });

  it("does not report on the template in a pull request that changes only an entry", async () => {
    process.env.GITHUB_WORKSPACE = terminalCatalog();
    pullRequestChanging("datasets/terminal/data/aider.md");
    await run();
    expect(outputs()["files-linted"]).toBe(1);
    expect(conflictFiles()).not.toContain(template);
    expect(Number(outputs()["warning-count"])).toBe(
      core.warning.mock.calls.filter(([, p]) => (p as { file?: string })?.file === "datasets/terminal/data/aider.md")
        .length,
    );
  });
});

describe("run() with the `paths` input", () => {
  /** The files run() annotated, whatever the level. */
  const annotatedFiles = () =>
    new Set(
      [...core.error.mock.calls, ...core.warning.mock.calls, ...core.notice.mock.calls]
        .map(([, p]) => (p as { file?: string } | undefined)?.file)
        .filter((f): f is string => f !== undefined),
    );
  function withGuide(): string {
    const dir = catalog();
    // Markdown outside the folder named: a folder item must not reach it.
    writeFileSync(join(dir, "guide.md"), "# Guide\n\n## Writing an entry\n");
    return dir;
  }

  it("reads a folder as the markdown files below it, leaving out its template", async () => {
    process.env.GITHUB_WORKSPACE = withGuide();
    inputs.set("paths", "datasets/aie-model");
    await run();
    expect(outputs()["files-linted"]).toBe(8);
    const files = [...annotatedFiles()];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^datasets\/aie-model\/data\/[^/]+\.md$/);
  });

  it("reads a folder written with a trailing slash as the same folder", async () => {
    process.env.GITHUB_WORKSPACE = withGuide();
    inputs.set("paths", "datasets/aie-model/data/");
    await run();
    expect(outputs()["files-linted"]).toBe(8);
    expect(annotatedFiles().has("guide.md")).toBe(false);
  });

  it("lints a file named as itself, beside a folder", async () => {
    process.env.GITHUB_WORKSPACE = withGuide();
    inputs.set("paths", "guide.md\ndatasets/aie-model/data/kite.md");
    await run();
    expect(outputs()["files-linted"]).toBe(2);
    expect(annotatedFiles()).toEqual(new Set(["guide.md", "datasets/aie-model/data/kite.md"]));
  });

  it("fails naming the input and the value when a path is neither a folder, a file nor a glob", async () => {
    process.env.GITHUB_WORKSPACE = withGuide();
    inputs.set("paths", "datasets/aie-model/data, datasets/aie-modle");
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith(
      "catalog-lint could not run: Input `paths` names `datasets/aie-modle`, which is not a folder or file in the workspace, nor a glob: name an existing folder (for the markdown files below it), a file, or a glob such as `<folder>/**/*.md`",
    );
    expect(outputs()["files-linted"]).toBeUndefined();
  });

  it("takes a pull request's changed files below a folder, and no others", async () => {
    process.env.GITHUB_WORKSPACE = withGuide();
    inputs.set("paths", "datasets/aie-model/data");
    startedBy("pull_request", {
      pull_request: { number: 9, changed_files: 2, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } },
    });
    octokit.rest.pulls.listFiles.mockResolvedValueOnce({
      data: [
        { filename: "datasets/aie-model/data/kite.md", status: "modified" },
        { filename: "guide.md", status: "modified" },
      ],
      headers: {},
    });
    await run();
    expect(outputs()["files-linted"]).toBe(1);
    expect([...annotatedFiles()].every((f) => f === "datasets/aie-model/data/kite.md")).toBe(true);
  });
});
