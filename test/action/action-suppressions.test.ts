/**
 * The Action's `suppressions-file`: a pull request is blamed only for what it adds, and it
 * cannot raise its own allowance, since the file is applied as it is at the base commit.
 * @actions/core is mocked as in test/action.test.ts; the repository is a real git one.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cli } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
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
const octokit = { paginate: vi.fn(), rest: { pulls: { listFiles: vi.fn() } } };
vi.mock("@actions/core", () => core);
vi.mock("@actions/github", () => ({ getOctokit: vi.fn(() => octokit) }));

const { run } = await import("../../src/action/main.js");

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const FILE = "catalog-lint-suppressions.json";
const KIMI = "datasets/aie-model/data/kimi-k2.md";
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], { encoding: "utf8" }).trim();

beforeEach(() => {
  vi.clearAllMocks();
  core.summary.addRaw.mockImplementation(() => core.summary);
  core.summary.write.mockResolvedValue(core.summary);
  inputs.clear();
  inputs.set("github-token", "t0ken");
  inputs.set("annotations", "commands");
  process.env.CATALOG_LINT_NOW = "2026-11-28";
});

/** The aie-model dataset in a repository whose base commit has every error suppressed. */
function repository(): { dir: string; base: string } {
  const dir = tempDir("action-suppressions");
  dirs.push(dir);
  copyInto(join(EXAMPLE_CATALOG, "configuration"), join(dir, "configuration"));
  copyInto(join(EXAMPLE_CATALOG, "datasets/aie-model"), join(dir, "datasets/aie-model"));
  // kimi-k2.md with two rating-format errors (the copy has one), so a pull request can add a third.
  const kimi = join(dir, KIMI);
  const line = "- SWE-bench Verified: 65.8% (K2), higher on SWE-bench Multilingual (K2.5)\n";
  expect(readFileSync(kimi, "utf8")).toContain(line);
  writeFileSync(kimi, readFileSync(kimi, "utf8").replace(line, "- SWE-bench Verified: Competitive with GPT-4o\n"));
  git(dir, "init", "-q");
  expect(cli(["--suppress-all"], dir).code).toBe(0);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base: old findings suppressed");
  return { dir, base: git(dir, "rev-parse", "HEAD") };
}

/** The pull request's commit: one more rating-format error in kimi-k2.md (3 where 2 are allowed), Last Update bumped. */
function addRatingError(dir: string): void {
  const path = join(dir, KIMI);
  const text = readFileSync(path, "utf8");
  writeFileSync(
    path,
    text
      .replace("- LiveCodeBench: 53.7%\n", "- LiveCodeBench: 53.7%\n- MMMU: a lot\n")
      .replace("2026-01-30", "2026-11-27"),
  );
}

/** The allowance the pull request would like: kimi-k2.md may have 5 rating-format errors. */
function raiseAllowance(dir: string): void {
  const path = join(dir, FILE);
  const data = JSON.parse(readFileSync(path, "utf8"));
  data[KIMI]["rating-format"].count = 5;
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function pullRequest(dir: string, base: string, listed: string[]): void {
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "pull request");
  const eventDir = tempDir("action-event");
  dirs.push(eventDir);
  const payload = {
    pull_request: {
      number: 7,
      changed_files: listed.length,
      head: { sha: git(dir, "rev-parse", "HEAD") },
      base: { sha: base },
    },
  };
  writeFileSync(join(eventDir, "event.json"), JSON.stringify(payload));
  process.env.GITHUB_EVENT_PATH = join(eventDir, "event.json");
  process.env.GITHUB_EVENT_NAME = "pull_request";
  process.env.GITHUB_REPOSITORY = "octo/catalog";
  process.env.GITHUB_SHA = "a".repeat(40);
  process.env.GITHUB_WORKSPACE = dir;
  octokit.rest.pulls.listFiles.mockResolvedValueOnce({
    data: listed.map((filename) => ({ filename, status: "modified" })),
    headers: {},
  });
}

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]));
const ratingErrors = () =>
  core.error.mock.calls.filter(([, p]) => (p as { title?: string }).title === "rating-format").length;
const summary = () => core.summary.addRaw.mock.calls.map(([text]) => text as string).join("");

describe("suppressions-file", () => {
  it("applies the file at the base commit when the pull request raises its counts", async () => {
    const { dir, base } = repository();
    addRatingError(dir);
    raiseAllowance(dir);
    pullRequest(dir, base, [KIMI, FILE]);
    await run();
    // At the base, 2 are allowed: all 3 are reported. The pull request's own file would allow 5.
    expect(ratingErrors()).toBe(3);
    expect(outputs()["error-count"]).toBe(3);
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^catalog-lint found 3 errors/));
    expect(summary()).toContain(
      "This change edits catalog-lint-suppressions.json: its version at the base commit was applied, so a change cannot raise its own allowance.",
    );
    expect(summary()).toContain(
      "datasets/aie-model/data/kimi-k2.md: 1 rating-format error over the 2 suppressed, so all 3 are reported",
    );
  });

  it("suppresses the old findings of a changed file, and fails on none of them", async () => {
    const { dir, base } = repository();
    writeFileSync(join(dir, KIMI), readFileSync(join(dir, KIMI), "utf8").replace("2026-01-30", "2026-11-27"));
    pullRequest(dir, base, [KIMI]);
    await run();
    expect(ratingErrors()).toBe(0);
    expect(outputs()["error-count"]).toBe(0);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(summary()).toContain(
      "2 errors in 1 file were suppressed by catalog-lint-suppressions.json at the base commit.",
    );
  });

  it("applies none that a pull request adds", async () => {
    const { dir } = repository();
    const base = git(dir, "rev-parse", "HEAD");
    // A base without the file: the pull request adds it.
    git(dir, "rm", "-q", "--cached", FILE);
    git(dir, "commit", "-qm", "base without suppressions");
    const bare = git(dir, "rev-parse", "HEAD");
    expect(bare).not.toBe(base);
    pullRequest(dir, bare, [KIMI, FILE]);
    await run();
    expect(ratingErrors()).toBe(2);
    expect(summary()).toContain(
      "This change adds catalog-lint-suppressions.json: its suppressions apply once it is merged",
    );
  });

  it("without the base commit, applies the checkout's file only when the change does not touch it", async () => {
    const { dir } = repository();
    addRatingError(dir);
    pullRequest(dir, "c".repeat(40), [KIMI]);
    await run();
    expect(ratingErrors()).toBe(3);
    expect(summary()).toContain("1 rating-format error over the 2 suppressed");

    vi.clearAllMocks();
    core.summary.addRaw.mockImplementation(() => core.summary);
    raiseAllowance(dir);
    pullRequest(dir, "c".repeat(40), [KIMI, FILE]);
    await run();
    expect(ratingErrors()).toBe(3);
    expect(summary()).toContain(
      "The base commit is not in the checkout and this change may edit catalog-lint-suppressions.json, so no finding was suppressed.",
    );
  });

  it("fails the step, naming the version and line, when the base commit's file is malformed", async () => {
    const { dir } = repository();
    writeFileSync(join(dir, FILE), "{\n  nope\n}\n");
    git(dir, "commit", "-qam", "a broken base");
    const base = git(dir, "rev-parse", "HEAD");
    addRatingError(dir);
    pullRequest(dir, base, [KIMI]);
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      "catalog-lint could not run: At the base commit, catalog-lint-suppressions.json:2: invalid JSON (Expected property name or '}'); fix it, or delete it and run catalog-lint --suppress-all to write it again",
    );
  });

  it("reads the checkout's file on a run of the whole catalog, and refuses a path outside the repository", async () => {
    const { dir } = repository();
    process.env.GITHUB_EVENT_NAME = "workflow_dispatch";
    process.env.GITHUB_EVENT_PATH = join(dir, "no-event.json");
    process.env.GITHUB_WORKSPACE = dir;
    await run();
    expect(outputs()["error-count"]).toBe(0);
    expect(core.setFailed).not.toHaveBeenCalled();

    vi.clearAllMocks();
    inputs.set("suppressions-file", "../elsewhere.json");
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      "catalog-lint could not run: Input `suppressions-file` is `../elsewhere.json`, expected the path of a file inside the repository (such as catalog-lint-suppressions.json)",
    );
  });
});
