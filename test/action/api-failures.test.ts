/**
 * The Action's run() against a failing GitHub API, on fake timers: the real
 * Octokit with its retry and throttling plugins and catalog-lint's own request
 * timeout and deadline (src/action/octokit.ts, src/action/api-budget.ts),
 * answered in memory by the fake GitHub API of the end-to-end tests. The
 * back-off between retries (1 s, 4 s, 9 s), a rate limit's `retry-after`, each
 * attempt's timeout and the run's deadline pass on the fake clock: the tests
 * wait for none of them, and check how long the Action would have.
 *
 * Nothing else in these runs waits: the pull request names no base commit (no
 * `git`) and @actions/core is mocked (no summary file), so the fake clock moves
 * only while the Action waits for the API or a timer. test/action/action-e2e.test.ts
 * runs the bundle against the same fake over HTTP, where every wait is real.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from "../helpers/fake-github.js";
import { copyInto, type Files, tempDir, writeFiles } from "../helpers/temp.js";

const OWNER = "octo-org";
const REPO = "catalog";
const PR = 42;

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

/** The fake API the current test's Octokit sends its requests to. */
let fake: FakeGitHub | undefined;

vi.mock("@actions/core", () => core);
// The real Octokit and plugins; only the transport is the fake's, in memory instead of over a socket.
vi.mock("@actions/github", async (importOriginal) => {
  const real = await importOriginal<typeof import("@actions/github")>();
  const getOctokit: typeof real.getOctokit = (token, options, ...plugins) =>
    real.getOctokit(
      token,
      {
        ...options,
        request: {
          ...options?.request,
          fetch: (url: string, init: RequestInit) => (fake as FakeGitHub).fetch(url, init),
        },
      },
      ...plugins,
    );
  return { ...real, getOctokit };
});

const { run } = await import("../../src/action/main.js");
// The Action imports Octokit on its first API call (src/action/octokit-lazy.ts). Loaded here, before
// the fake clock runs, so that import is not real work the clock would jump past to the deadline.
await import("../../src/action/octokit.js");

const SEED = readFileSync(join(CATALOG, "datasets/aie-model/data/deepseek-r1.md"), "utf8");

/** An entry derived from the seed; `bad` gives it exactly one error (a non-ISO Last Update). */
function entry(name: string, bad: boolean): string {
  const text = SEED.replace(
    "# DeepSeek R1 - https://www.deepseek.com/",
    `# ${name} - https://example.com/${name}`,
  ).replace("https://github.com/deepseek-ai/DeepSeek-R1", `https://github.com/example/${name}`);
  return bad ? text.replace("- 2026-01-30", "- January 30, 2026") : text;
}

/** A checkout with the example's aie-model config and `count` new entries, `bad` of them with one error each. */
function workspace(count: number, bad: number): { dir: string; changed: Array<{ filename: string; status: string }> } {
  const dir = tempDir("api-failures");
  copyInto(join(CATALOG, "configuration"), join(dir, "configuration"));
  copyInto(join(CATALOG, "datasets/aie-model/config"), join(dir, "datasets/aie-model/config"));
  const files: Files = {};
  for (let i = 0; i < count; i++) {
    const name = `tool-${String(i).padStart(4, "0")}`;
    files[`datasets/aie-model/data/${name}.md`] = entry(name, i < bad);
  }
  writeFiles(dir, files);
  return { dir, changed: Object.keys(files).map((filename) => ({ filename, status: "added" })) };
}

/**
 * Past the Action's default deadline for API calls (10 minutes), which ends any wait for the API:
 * a run that has not ended by then waits on something real, which the fake clock cannot move.
 */
const CLOCK_LIMIT_MS = 20 * 60_000;

/** Runs `work` to its end on the fake clock: whenever nothing but a timer is left, the clock moves to it. */
async function onFakeClock(work: Promise<void>): Promise<void> {
  let done = false;
  const ended = work.finally(() => {
    done = true;
  });
  const start = Date.now();
  for (;;) {
    // setImmediate is not faked: everything not waiting for a timer runs first, and may end the run.
    await new Promise((resolve) => setImmediate(resolve));
    if (done) break;
    await vi.advanceTimersToNextTimerAsync();
    if (Date.now() - start > CLOCK_LIMIT_MS) {
      throw new Error(`run() has not ended after ${CLOCK_LIMIT_MS} ms of fake time: it waits on something real`);
    }
  }
  await ended;
}

interface ApiRun {
  dir: string;
  fake: FakeGitHub;
  /** When each request matching `METHOD /path` arrived, on the fake clock. */
  times: (match: RegExp) => number[];
  /** How long the run took on the fake clock: the time it spent waiting. */
  waited: number;
  warnings: string[];
}

/**
 * run() on a pull request of `files` new entries, `errors` of them with one error each (by
 * default 130 and 120: 3 check-run requests when all goes well), against a fake API that plays
 * `options.hiccups`, with `env` setting the Action's timeout and deadline.
 */
async function runAgainst(
  options: Partial<FakeGitHubOptions>,
  env: Record<string, string> = {},
  { files = 130, errors = 120 } = {},
): Promise<ApiRun> {
  const ws = workspace(files, errors);
  const arrived: Array<{ key: string; at: number }> = [];
  fake = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    prFiles: ws.changed,
    onRequest: (r: RecordedRequest) => arrived.push({ key: `${r.method} ${r.path}`, at: Date.now() }),
    ...options,
  });
  // No base commit: the base texts would be read with git, which the fake clock cannot wait for.
  const event = tempDir("api-failures-event", {
    "event.json": JSON.stringify({
      pull_request: { number: PR, changed_files: ws.changed.length, head: { sha: "b".repeat(40) }, base: {} },
    }),
  });
  vi.stubEnv("GITHUB_WORKSPACE", ws.dir);
  vi.stubEnv("GITHUB_EVENT_NAME", "pull_request");
  vi.stubEnv("GITHUB_EVENT_PATH", join(event, "event.json"));
  vi.stubEnv("GITHUB_REPOSITORY", `${OWNER}/${REPO}`);
  vi.stubEnv("GITHUB_SHA", "f".repeat(40));
  vi.stubEnv("CATALOG_LINT_NOW", "2026-11-28");
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  inputs.set("sarif-file", "out.sarif");
  const started = Date.now();
  await onFakeClock(run());
  return {
    dir: ws.dir,
    fake,
    times: (match) => arrived.filter((a) => match.test(a.key)).map((a) => a.at),
    waited: Date.now() - started,
    warnings: core.warning.mock.calls.map(([message]) => String(message)),
  };
}

/** Whatever failed, every finding is in the log, the SARIF file and the outputs, and the step fails. */
function expectEveryFinding(dir: string): void {
  const onFiles = core.error.mock.calls.filter(([, properties]) => (properties as { file?: string })?.file);
  expect(onFiles).toHaveLength(120);
  expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).runs[0].results).toHaveLength(120);
  const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]));
  expect(outputs).toMatchObject({ "error-count": 120, "files-linted": 130 });
  expect(core.setFailed).toHaveBeenCalledWith("catalog-lint found 120 errors and 0 warnings (fail-on: error).");
}

/** The gaps between consecutive times, in ms. */
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

const POST_CHECK_RUN = /^POST .*\/check-runs$/;
const LIST_FILES = /^GET .*\/pulls\/42\/files$/;

// One fake clock for the file: Octokit's limiters, shared by every Octokit of a process, keep
// the times of earlier requests, which a clock set back for the next test would put in the future.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterAll(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  vi.clearAllMocks();
  core.summary.addRaw.mockImplementation(() => core.summary);
  core.summary.write.mockResolvedValue(core.summary);
  inputs.clear();
  for (const [name, value] of Object.entries({
    "github-token": "ghs_secret_token_value",
    "fail-on": "error",
    "only-changed": "true",
    annotations: "auto",
    summary: "true",
    comment: "false",
  })) {
    inputs.set(name, value);
  }
});
afterEach(() => {
  vi.unstubAllEnvs();
  fake = undefined;
});

describe("the Action when the Checks API fails, on a fake clock", () => {
  it("on a 500 creating the check run: 3 retries, 1 s, 4 s and 9 s apart, then log annotations, with a warning naming the error", async () => {
    const hiccups = [500, 500, 500, 500].map((status) => ({ match: POST_CHECK_RUN, status }));
    const { dir, fake, times, warnings } = await runAgainst({ hiccups });
    expect(fake.count(POST_CHECK_RUN)).toBe(4);
    expect(gaps(times(POST_CHECK_RUN))).toEqual([1000, 4000, 9000]);
    expect(fake.checkRuns.size).toBe(0);
    expect(warnings.some((w) => w.includes("Could not create a check run (HTTP 500: scripted failure)"))).toBe(true);
    expectEveryFinding(dir);
  });

  it("on a request that never answers: each attempt ends at its timeout, 3 retries, then the log", async () => {
    const hang = { match: POST_CHECK_RUN, hang: true };
    const { dir, fake, times, warnings } = await runAgainst(
      { hiccups: [hang, hang, hang, hang] },
      { CATALOG_LINT_REQUEST_TIMEOUT_MS: "1000" },
    );
    expect(fake.count(POST_CHECK_RUN)).toBe(4);
    // Each attempt's 1 s timeout, then the back-off.
    expect(gaps(times(POST_CHECK_RUN))).toEqual([1000 + 1000, 1000 + 4000, 1000 + 9000]);
    expect(warnings.some((w) => w.includes("Could not create a check run (GitHub did not answer within 1 s)"))).toBe(
      true,
    );
    expectEveryFinding(dir);
  });

  it("past the run's deadline: no retry, then the log", async () => {
    const { dir, fake, warnings } = await runAgainst(
      { hiccups: [{ match: POST_CHECK_RUN, hang: true }] },
      { CATALOG_LINT_REQUEST_TIMEOUT_MS: "60000", CATALOG_LINT_API_DEADLINE_MS: "15000" },
    );
    expect(fake.count(POST_CHECK_RUN)).toBe(1);
    expect(warnings.some((w) => /Could not create a check run \(catalog-lint's 15 s deadline/.test(w))).toBe(true);
    expectEveryFinding(dir);
  });
});

describe("the Action on GitHub's secondary rate limit, on a fake clock", () => {
  /** GitHub's answer to too many requests: a 403 whose message says so, and how long to wait. */
  const limited = (seconds: number) => ({
    match: LIST_FILES,
    status: 403,
    message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    headers: { "retry-after": String(seconds) },
  });
  const small = { files: 3, errors: 1 };

  it("waits the seconds retry-after asks, says so, retries and completes", async () => {
    const { fake, times, warnings } = await runAgainst({ hiccups: [limited(7)] }, {}, small);
    expect(fake.count(LIST_FILES)).toBe(2);
    const [gap] = gaps(times(LIST_FILES));
    // plugin-throttling's own queues add a few milliseconds.
    expect(gap).toBeGreaterThanOrEqual(7000);
    expect(gap).toBeLessThan(7100);
    // Octokit names the route, not the path.
    expect(warnings).toEqual([
      "GitHub secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}/files; retry 1 in 7s",
    ]);
    expect([...fake.checkRuns.values()]).toMatchObject([{ status: "completed", conclusion: "failure" }]);
  });

  it("gives up after 3 retries", async () => {
    const { fake, times, warnings } = await runAgainst(
      { hiccups: [limited(1), limited(1), limited(1), limited(1)] },
      {},
      small,
    );
    const waits = gaps(times(LIST_FILES));
    expect(waits).toHaveLength(3);
    for (const gap of waits) expect(gap >= 1000 && gap < 1100, `${gap} ms`).toBe(true);
    expect(warnings.at(-1)).toMatch(/; not retrying: 3 retries made$/);
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^catalog-lint could not run: Could not list the changed files \(HTTP 403: You have exceeded/,
      ),
    );
    expect(fake.count(POST_CHECK_RUN)).toBe(0);
  });

  it("does not wait past the run's deadline: it fails at once, saying why", async () => {
    const { fake, waited, warnings } = await runAgainst({ hiccups: [limited(900)] }, {}, small);
    expect(fake.count(LIST_FILES)).toBe(1);
    expect(waited).toBeLessThan(1000);
    expect(warnings).toEqual([expect.stringMatching(/; not retrying: waiting 900s would pass the 600 s deadline$/)]);
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^catalog-lint could not run: Could not list the changed files \(HTTP 403/),
    );
  });
});
