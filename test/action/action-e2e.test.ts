/**
 * End to end, as the runner runs it: `node dist/index.cjs` with INPUT_* variables,
 * a real pull_request payload (@octokit/webhooks-examples), GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT files, a git workspace with a base and a head commit, and a local
 * HTTP server standing in for api.github.com.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { EXAMPLE_CATALOG as CATALOG, SARIF_SCHEMA } from "../helpers/embedded.js";
import { ACTIONS_BOT, FakeGitHub } from "../helpers/fake-github.js";
import { openApiProblems } from "../helpers/openapi.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const OWNER = "octo-org";
const REPO = "catalog";
const PR = 42;
const SEED = readFileSync(join(CATALOG, "datasets/aie-model/data/deepseek-r1.md"), "utf8");

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-C", cwd, ...args], { encoding: "utf8" }).trim();
}

/** An entry derived from the seed; `bad` gives it exactly one error (a non-ISO Last Update). */
function entry(name: string, bad: boolean): string {
  const text = SEED.replace(
    "# DeepSeek R1 - https://www.deepseek.com/",
    `# ${name} - https://example.com/${name}`,
  ).replace("https://github.com/deepseek-ai/DeepSeek-R1", `https://github.com/example/${name}`);
  return bad ? text.replace("- 2026-01-30", "- January 30, 2026") : text;
}

interface Workspace {
  dir: string;
  base: string;
  head: string;
  changed: Array<{ filename: string; status: string }>;
}

/**
 * A catalog repo: the base commit holds the catalog's config and two old entries
 * (one with findings, untouched by the PR); the head commit adds `count` entries
 * (`bad` of them with one error each), edits README.md and removes an entry.
 */
function workspace(
  count: number,
  bad: number,
  more?: (dir: string, changed: Workspace["changed"]) => void,
  moreInBase?: (dir: string) => void,
): Workspace {
  const dir = tempDir("action");
  copyInto(join(CATALOG, "configuration"), join(dir, "configuration"));
  copyInto(join(CATALOG, "datasets/aie-model/config"), join(dir, "datasets/aie-model/config"));
  const data = join(dir, "datasets/aie-model/data");
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, "untouched-with-errors.md"), entry("Untouched", true));
  writeFileSync(join(data, "to-remove.md"), entry("Removed", true));
  writeFileSync(join(dir, "README.md"), "# My catalog\n");
  moreInBase?.(dir);
  git(dir, "init", "-q", "-b", "main");
  git(dir, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A");
  git(dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  const changed: Workspace["changed"] = [];
  for (let i = 0; i < count; i++) {
    const name = `tool-${String(i).padStart(4, "0")}`;
    writeFileSync(join(data, `${name}.md`), entry(name, i < bad));
    changed.push({ filename: `datasets/aie-model/data/${name}.md`, status: "added" });
  }
  writeFileSync(join(dir, "README.md"), "# My catalog\n\nNow with more tools.\n");
  changed.push({ filename: "README.md", status: "modified" });
  unlinkSync(join(data, "to-remove.md"));
  changed.push({ filename: "datasets/aie-model/data/to-remove.md", status: "removed" });
  more?.(dir, changed);
  git(dir, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A");
  git(dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "head");
  return { dir, base, head: git(dir, "rev-parse", "HEAD"), changed };
}

function pullRequestPayload(ws: Workspace, fork: boolean): unknown {
  const require = createRequire(import.meta.url);
  const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Array<{
    name: string;
    examples: Array<Record<string, unknown> & { action?: string }>;
  }>;
  const opened = examples.find((e) => e.name === "pull_request")?.examples.find((e) => e.action === "opened");
  const payload = structuredClone(opened) as {
    number: number;
    pull_request: Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> };
    repository: Record<string, unknown>;
  };
  payload.number = PR;
  payload.pull_request.number = PR;
  payload.pull_request.changed_files = ws.changed.length;
  payload.pull_request.head = {
    ...payload.pull_request.head,
    sha: ws.head,
    repo: { full_name: fork ? `contributor/${REPO}` : `${OWNER}/${REPO}`, fork },
  };
  payload.pull_request.base = { ...payload.pull_request.base, sha: ws.base, repo: { full_name: `${OWNER}/${REPO}` } };
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } };
  return payload;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** How the runner starts the Action, where a test differs from a pull request with all of `dist/`. */
interface Runner {
  /** Environment variables set after the defaults (GITHUB_EVENT_NAME…). */
  env?: Record<string, string>;
  /** The files of `dist/` the Action's folder holds. */
  dist?: string[];
}

async function runAction(
  ws: Workspace,
  api: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  runner: Runner = {},
): Promise<ActionRun> {
  const files = tempDir("runner");
  const eventPath = join(files, "event.json");
  const summaryPath = join(files, "summary.md");
  const outputPath = join(files, "output.txt");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_SHA: "f".repeat(40), // the merge commit: annotations must not go there
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    CATALOG_LINT_NOW: "2026-11-28",
    "INPUT_GITHUB-TOKEN": "ghs_secret_token_value",
    "INPUT_FAIL-ON": "error",
    "INPUT_ONLY-CHANGED": "true",
    INPUT_ANNOTATIONS: "auto",
    INPUT_SUMMARY: "true",
    INPUT_COMMENT: "false",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...runner.env,
  };
  // A copy of the bundle outside the project: it must run with no node_modules
  // (with the files it loads on demand beside it: remark-parser.cjs, octokit.cjs…).
  if (runner.dist) for (const name of runner.dist) cpSync(join(ROOT, "dist", name), join(files, name));
  else copyInto(join(ROOT, "dist"), files);
  const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(files, "index.cjs")],
      { env, cwd: ws.dir, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout });
      },
    );
  });
  const outputs: Record<string, string> = {};
  const raw = readFileSync(outputPath, "utf8");
  for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] ?? ""] = m[3] ?? "";
  return { ...result, summary: readFileSync(summaryPath, "utf8"), outputs };
}

/** Workflow-command annotations of a level; `file` limits them to ones placed on a file. */
function annotationsIn(stdout: string, level: "error" | "warning" | "notice", onFile = level === "error"): string[] {
  return stdout
    .split("\n")
    .filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
    .filter((l) => !onFile || /^::\w+ [^:]*file=/.test(l));
}

describe("the Action on a 350-file pull request from the same repository", () => {
  const ws = workspace(350, 120);
  const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
  let run: ActionRun;

  it("runs", async () => {
    const api = await fake.start();
    try {
      run = await runAction(ws, api, pullRequestPayload(ws, false), { "sarif-file": "out/catalog-lint.sarif" });
    } finally {
      await fake.stop();
    }
    expect(run.code).toBe(1);
  }, 120_000);

  it("lists the PR's files in 4 calls of 100", () => {
    const lists = fake.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`));
    expect(lists).toHaveLength(4);
    expect(lists.every((r) => r.query.get("per_page") === "100")).toBe(true);
  });

  it("puts every finding on one check run on the head SHA, at most 50 per request", () => {
    const creates = fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
    const updates = fake.requests.filter((r) => r.method === "PATCH" && r.path.includes("/check-runs/"));
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body).toMatchObject({ head_sha: ws.head });
    const batches = [...creates, ...updates].map(
      (r) =>
        (r.body as { output: { annotations: Array<{ path: string; annotation_level: string }> } }).output.annotations,
    );
    expect(batches.every((b) => b.length <= 50)).toBe(true);
    const annotations = batches.flat();
    expect(annotations).toHaveLength(120);
    expect(new Set(annotations.map((a) => a.path)).size).toBe(120);
    expect(annotations.every((a) => a.path.startsWith("datasets/aie-model/data/tool-"))).toBe(true);
    expect(updates.at(-1)?.body).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(fake.requests.every((r) => r.authorization === "token ghs_secret_token_value")).toBe(true);
    expect(fake.violations).toEqual([]);
    expect(openApiProblems(fake.requests)).toEqual([]);
    expect([...fake.checkRuns.values()]).toMatchObject([{ status: "completed", conclusion: "failure" }]);
  });

  it("never annotates unchanged, removed or non-catalog files, and emits no log annotations", () => {
    expect(run.stdout).not.toContain("untouched-with-errors.md");
    expect(run.stdout).not.toContain("to-remove.md");
    expect(annotationsIn(run.stdout, "error")).toHaveLength(0);
    // The token is masked first (the runner hides it from then on) and never printed otherwise.
    const mentions = run.stdout.split("\n").filter((l) => l.includes("ghs_secret_token_value"));
    expect(mentions).toEqual(["::add-mask::ghs_secret_token_value"]);
    expect(run.stdout.indexOf("::add-mask::")).toBe(0);
  });

  it("writes the job summary, the SARIF file and the outputs", () => {
    expect(run.summary).toContain("**120 errors** and **0 warnings** in 120 of 350 changed catalog files.");
    expect(run.summary.match(/^\| \[\d+:\d+\]\(https:\/\/github\.com\/octo-org\/catalog\/blob\//gm)).toHaveLength(120);
    expect(run.summary).toContain(`/blob/${ws.head}/datasets/aie-model/data/tool-0000.md#L`);
    expect(run.outputs).toMatchObject({ "error-count": "120", "warning-count": "0", "files-linted": "350" });
    const sarif = JSON.parse(readFileSync(join(ws.dir, "out", "catalog-lint.sarif"), "utf8"));
    expect(sarif.runs[0].results).toHaveLength(120);
    expect(run.outputs["sarif-file"]).toBe(join(ws.dir, "out", "catalog-lint.sarif"));
  });
});

describe("the Action on a fork pull request (read-only token)", () => {
  it("falls back to log annotations and the summary, warns about the 403, and fails only on findings", async () => {
    const ws = workspace(10, 3);
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, readOnly: true });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(ws, api, pullRequestPayload(ws, true), { comment: "true" });
    } finally {
      await fake.stop();
    }
    expect(run.code).toBe(1);
    const errors = annotationsIn(run.stdout, "error");
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      /^::error title=date-format,file=datasets\/aie-model\/data\/tool-0000\.md,line=\d+,endLine=\d+,col=3,endColumn=\d+::Unexpected `January 30, 2026`/,
    );
    const warnings = annotationsIn(run.stdout, "warning");
    expect(
      warnings.some((w) => /Could not create a check run \(HTTP 403: Resource not accessible by integration/.test(w)),
    ).toBe(true);
    expect(warnings.some((w) => /Skipped the pull request comment/.test(w))).toBe(true);
    expect(run.summary).toContain("**3 errors**");
    expect(run.stdout).toMatch(/::error::catalog-lint found 3 errors and 0 warnings \(fail-on: error\)\./);
  }, 120_000);

  it("passes a clean fork pull request", async () => {
    const ws = workspace(5, 0);
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, readOnly: true });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(ws, api, pullRequestPayload(ws, true));
    } finally {
      await fake.stop();
    }
    expect(run.code).toBe(0);
    expect(annotationsIn(run.stdout, "error")).toHaveLength(0);
    expect(run.summary).toContain("✅ No problems in 5 changed catalog files.");
    expect(run.outputs).toMatchObject({ "error-count": "0", "files-linted": "5" });
  }, 120_000);
});

describe("the Action under API trouble", () => {
  it("retries a rate-limited call and a 500, then completes", async () => {
    const ws = workspace(3, 1);
    const fake = new FakeGitHub({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      prFiles: ws.changed,
      hiccups: [
        { match: /^GET .*\/pulls\/42\/files$/, status: 429, headers: { "retry-after": "1" } },
        { match: /^GET .*\/pulls\/42\/files$/, status: 500 },
      ],
    });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(ws, api, pullRequestPayload(ws, false));
    } finally {
      await fake.stop();
    }
    const lists = fake.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`));
    expect(lists).toHaveLength(3);
    expect(run.outputs).toMatchObject({ "error-count": "1", "files-linted": "3" });
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"))).toHaveLength(1);
    expect(run.code).toBe(1);
  }, 120_000);
});

describe("the Action's bundle and the files it loads on demand", () => {
  // Nothing listens there: an API call would fail the run.
  const NO_API = "http://127.0.0.1:9";
  const dispatch = { GITHUB_EVENT_NAME: "workflow_dispatch" };

  it("needs nothing but dist/index.cjs for a run that calls no API, on plain entries, without a config", async () => {
    const ws = workspace(3, 1);
    const run = await runAction(ws, NO_API, {}, { annotations: "commands" }, { env: dispatch, dist: ["index.cjs"] });
    expect(run.outputs).toMatchObject({ "files-linted": "4", "error-count": "2" });
    expect(annotationsIn(run.stdout, "error")).toHaveLength(2);
    expect(run.code).toBe(1);
  }, 60_000);

  it("reads a YAML config through config-parsers.cjs (yaml and zod)", async () => {
    const ws = workspace(3, 1);
    writeFileSync(join(ws.dir, ".catalog-lintrc.yaml"), "rules:\n  date-format: off\n");
    const run = await runAction(ws, NO_API, {}, { annotations: "commands" }, { env: dispatch });
    expect(run.outputs).toMatchObject({ "files-linted": "4", "error-count": "0" });
    expect(run.code).toBe(0);

    const alone = await runAction(ws, NO_API, {}, { annotations: "commands" }, { env: dispatch, dist: ["index.cjs"] });
    expect(alone.stdout).toMatch(/^::error::catalog-lint could not run: .*\.\/config-parsers\.cjs/m);
  }, 60_000);
});

// --- Bounded cost: annotations, SARIF, git ------------------------------------

/** A real entry with `sections` unknown sections: one `unknown-section` error each (100,000 in 1.8 MB). */
function entryWithSections(name: string, sections: number): string {
  let extra = "";
  for (let i = 0; i < sections; i++) extra += `### Odd ${i}\n- x\n`;
  return entry(name, false).replace("## Licensing", `${extra}\n## Licensing`);
}

const require = createRequire(import.meta.url);
const AjvDraft04 = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const sarifSchema = JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as { id: string };

function expectValidSarif(log: unknown): void {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(sarifSchema);
  expect(validate(log) ? "valid" : ajv.errorsText(validate.errors)).toBe("valid");
}

describe("the Action on a pull request with 100,000 findings", () => {
  const ws = workspace(2, 1, (dir, changed) => {
    writeFileSync(join(dir, "datasets/aie-model/data/huge.md"), entryWithSections("Huge", 100_000));
    changed.push({ filename: "datasets/aie-model/data/huge.md", status: "added" });
  });
  const runnerDir = tempDir("summary");
  const summaryFile = join(runnerDir, "summary.md");
  writeFileSync(summaryFile, "");
  let summaryAtFirstCheckRun = -1;
  const fake = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    prFiles: ws.changed,
    onRequest: (r) => {
      if (r.path.endsWith("/check-runs") && summaryAtFirstCheckRun < 0) {
        summaryAtFirstCheckRun = readFileSync(summaryFile, "utf8").length;
      }
    },
  });
  let run: ActionRun;

  it("runs", async () => {
    const api = await fake.start();
    try {
      run = await runAction(
        ws,
        api,
        pullRequestPayload(ws, false),
        { "sarif-file": "catalog-lint.sarif" },
        {
          env: { GITHUB_STEP_SUMMARY: summaryFile },
        },
      );
    } finally {
      await fake.stop();
    }
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ "error-count": "100001", "files-linted": "3" });
  }, 120_000);

  it("sends 1,000 annotations in 20 requests: the errors first, then a note on the rest", () => {
    const checkRequests = fake.requests.filter((r) => r.path.includes("/check-runs"));
    expect(checkRequests).toHaveLength(20);
    expect(fake.violations).toEqual([]);
    const [checkRun, ...others] = [...fake.checkRuns.values()];
    expect(others).toEqual([]);
    expect(checkRun).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checkRun?.annotations).toHaveLength(1000);
    expect(checkRun?.annotations.slice(0, 999).every((a) => a.annotation_level === "failure")).toBe(true);
    expect(checkRun?.annotations.at(-1)).toMatchObject({
      annotation_level: "notice",
      message: expect.stringMatching(/^99002 more findings \(99002 errors, 0 warnings\) are not annotated/),
    });
    expect(checkRun?.summary).toMatch(/^> The annotations show the first 999 findings/);
    // The whole summary goes once, with the last request; the others carry one line.
    const bytes = checkRequests.reduce((sum, r) => sum + r.bytes, 0);
    expect(bytes).toBeLessThan(600_000);
  });

  it("writes the job summary before the first check-run request, within GitHub's 1 MiB", () => {
    expect(summaryAtFirstCheckRun).toBeGreaterThan(1000);
    const summary = readFileSync(summaryFile, "utf8");
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain("Annotations show at most 1,000 of the 100,001 findings");
    expect(summary).toMatch(/> \d+ more findings are not shown here/);
  });

  it("caps the SARIF file at 25,000 results, errors first, says how many were left out, and stays valid", () => {
    const log = JSON.parse(readFileSync(join(ws.dir, "catalog-lint.sarif"), "utf8"));
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: "warning",
      message: { text: expect.stringMatching(/^75001 more results were left out: a run holds at most 25000/) },
    });
    expectValidSarif(log);
  });

  it("sends no log annotation for the findings: the check run has them", () => {
    expect(annotationsIn(run.stdout, "error")).toHaveLength(0);
  });
});

/** A folder with a `git` that logs each run to `log`, then runs the real one. */
function gitSpy(): { path: string; calls: () => string[] } {
  const bin = tempDir("git-spy");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const log = join(bin, "calls.log");
  writeFileSync(log, "");
  writeFileSync(join(bin, "git"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(bin, "git"), 0o755);
  return {
    path: `${bin}:${process.env.PATH ?? ""}`,
    calls: () => readFileSync(log, "utf8").split("\n").filter(Boolean),
  };
}

describe("the Action on a 2,000-file pull request", () => {
  it("reads every base text with one git process, and compares with it", async () => {
    const stable = "datasets/aie-model/data/stable.md";
    const ws = workspace(
      2000,
      0,
      (dir, changed) => {
        // Changed without moving Last Update: only its base text, read from git, shows it.
        writeFileSync(join(dir, stable), entry("Stable", false).replace("# Stable -", "# Stable Renamed -"));
        changed.push({ filename: stable, status: "modified" });
      },
      (dir) => writeFileSync(join(dir, stable), entry("Stable", false)),
    );
    const spy = gitSpy();
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(
        ws,
        api,
        pullRequestPayload(ws, false),
        { annotations: "commands" },
        {
          env: { PATH: spy.path },
        },
      );
    } finally {
      await fake.stop();
    }
    expect(run.outputs).toMatchObject({ "files-linted": "2001" });
    // One process for the 2,001 base texts, whatever their number, and one for the suppressions
    // file at the base commit (src/action/suppressions.ts), read beside it.
    expect(spy.calls()).toEqual([`-C ${ws.dir} cat-file --batch`, `-C ${ws.dir} cat-file --batch`]);
    expect(annotationsIn(run.stdout, "error").filter((l) => l.includes("last-update-not-bumped"))).toHaveLength(1);
  }, 120_000);
});

// --- Every finding survives a failing API ------------------------------------

// Concurrent: each test has its own workspace and fake API. The retries, their back-off (1 s, 4 s, 9 s),
// the timeouts and the deadline are tested on a fake clock in api-failures.test.ts; here the bundle, its
// own transport and its real timers meet each kind of failure once.
describe.concurrent("the Action when the Checks API fails", () => {
  /** A 120-error pull request (3 check-run requests when all goes well) against a scripted API. */
  async function failingRun(
    hiccups: ConstructorParameters<typeof FakeGitHub>[0]["hiccups"],
    inputs: Record<string, string> = {},
    env: Record<string, string> = {},
  ) {
    const ws = workspace(130, 120);
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, hiccups });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(
        ws,
        api,
        pullRequestPayload(ws, false),
        { "sarif-file": "out.sarif", ...inputs },
        {
          env: { CATALOG_LINT_REQUEST_TIMEOUT_MS: "5000", ...env },
        },
      );
    } finally {
      await fake.stop();
    }
    return { ws, fake, run };
  }

  /** Whatever failed, every finding is in the log, the summary, the SARIF file and the outputs. */
  function expectEveryFinding(ws: Workspace, run: ActionRun): void {
    expect(annotationsIn(run.stdout, "error")).toHaveLength(120);
    expect(run.summary).toContain("**120 errors** and **0 warnings** in 120 of 130 changed catalog files.");
    expect(JSON.parse(readFileSync(join(ws.dir, "out.sarif"), "utf8")).runs[0].results).toHaveLength(120);
    expect(run.outputs).toMatchObject({ "error-count": "120", "files-linted": "130" });
    expect(run.stdout).toMatch(/::error::catalog-lint found 120 errors and 0 warnings \(fail-on: error\)\./);
    expect(run.code).toBe(1);
  }

  const warningsOf = (run: ActionRun) => annotationsIn(run.stdout, "warning");

  it.each([
    ["a 422", [422], 1, "HTTP 422: scripted failure"],
    ["a 401", [401], 1, "HTTP 401: scripted failure"],
  ])(
    "on %s creating the check run: log annotations, with a warning naming the error",
    async (_, statuses, posts, said) => {
      const { ws, fake, run } = await failingRun(
        statuses.map((status) => ({ match: /^POST .*\/check-runs$/, status })),
      );
      expect(fake.count(/^POST .*\/check-runs$/)).toBe(posts);
      expect(fake.checkRuns.size).toBe(0);
      expect(warningsOf(run).some((w) => w.includes(`Could not create a check run (${said})`))).toBe(true);
      expectEveryFinding(ws, run);
    },
    120_000,
  );

  it("on a request that never answers: ends it at its timeout and retries it, and completes the check run", async () => {
    const hang = { match: /^POST .*\/check-runs$/, hang: true };
    const { fake, run } = await failingRun([hang], {}, { CATALOG_LINT_REQUEST_TIMEOUT_MS: "1000" });
    expect(fake.count(/^POST .*\/check-runs$/)).toBe(2);
    expect([...fake.checkRuns.values()]).toMatchObject([{ status: "completed", conclusion: "failure" }]);
    expect([...fake.checkRuns.values()][0]?.annotations).toHaveLength(120);
    expect(warningsOf(run)).toEqual([]);
    expect(run.code).toBe(1);
  }, 120_000);

  it("when a PATCH fails: completes the check run with the conclusion, never leaves it in progress", async () => {
    const { ws, fake, run } = await failingRun([{ match: /^PATCH .*\/check-runs\/\d+$/, status: 422 }]);
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checkRun?.annotations).toHaveLength(50);
    expect(checkRun?.summary).toMatch(/^> ⚠️ catalog-lint could add only 50 of 120 annotations here \(HTTP 422/);
    expect(
      warningsOf(run).some((w) =>
        /Could not add every annotation to check run \d+ \(HTTP 422: scripted failure\); it was completed with conclusion `failure`/.test(
          w,
        ),
      ),
    ).toBe(true);
    expectEveryFinding(ws, run);
  }, 120_000);

  it("when completing it fails too: says the check run is left in progress", async () => {
    const patch = { match: /^PATCH .*\/check-runs\/\d+$/, status: 401 };
    const { ws, fake, run } = await failingRun([patch, patch, patch]);
    expect([...fake.checkRuns.values()]).toMatchObject([{ status: "in_progress" }]);
    // The PATCH that failed, then the completion and its one retry.
    expect(fake.count(/^PATCH .*\/check-runs\/\d+$/)).toBe(3);
    expect(warningsOf(run).some((w) => /completing it failed too \(HTTP 401.*shows as in progress/.test(w))).toBe(true);
    expectEveryFinding(ws, run);
  }, 120_000);

  it("does not fail the step for an API failure alone (fail-on: never)", async () => {
    const { fake, run } = await failingRun([{ match: /^POST .*\/check-runs$/, status: 422 }], { "fail-on": "never" });
    expect(fake.checkRuns.size).toBe(0);
    expect(annotationsIn(run.stdout, "error")).toHaveLength(120);
    expect(run.code).toBe(0);
  }, 120_000);

  it("warns about a failing comment and a job summary it cannot write, and goes on", async () => {
    const { ws, fake, run } = await failingRun(
      [{ match: /^GET .*\/issues\/42\/comments$/, status: 422 }],
      { comment: "true" },
      { GITHUB_STEP_SUMMARY: join(tmpdir(), "catalog-lint-no-such-folder", "summary.md") },
    );
    expect(warningsOf(run).some((w) => w.includes("Could not write the job summary"))).toBe(true);
    expect(warningsOf(run).some((w) => w.includes("Could not update the pull request comment (HTTP 422"))).toBe(true);
    expect([...fake.checkRuns.values()]).toMatchObject([{ status: "completed", conclusion: "failure" }]);
    expect(run.outputs).toMatchObject({ "error-count": "120" });
    expect(JSON.parse(readFileSync(join(ws.dir, "out.sarif"), "utf8")).runs[0].results).toHaveLength(120);
    expect(run.code).toBe(1);
  }, 120_000);
});

// --- Fail closed: nothing passes unlinted -------------------------------------

describe("the Action fails closed", () => {
  async function runOn(
    ws: Workspace,
    options: Partial<ConstructorParameters<typeof FakeGitHub>[0]> = {},
    payload?: unknown,
  ) {
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, ...options });
    const api = await fake.start();
    try {
      return await runAction(ws, api, payload ?? pullRequestPayload(ws, false), { annotations: "commands" });
    } finally {
      await fake.stop();
    }
  }

  it.each([
    ["a line feed", "\nevil.md"],
    ["a carriage return", "\revil.md"],
    ["U+2028", "\u2028evil.md"],
    ["U+2029", "\u2029evil.md"],
  ])(
    "on a changed catalog file whose name starts with %s: lints it and fails",
    async (_, name) => {
      const ws = workspace(1, 0, (dir, changed) => {
        writeFileSync(join(dir, "datasets/aie-model/data", name), entry("Evil", true));
        changed.push({ filename: `datasets/aie-model/data/${name}`, status: "added" });
      });
      const run = await runOn(ws);
      expect(run.outputs).toMatchObject({ "files-linted": "2", "error-count": "1" });
      expect(run.stdout).toMatch(
        /::error title=catalog-lint%3A not every change was linted::1 changed catalog file has a line break in the name/,
      );
      expect(run.summary).toContain("❌ **Not every change was linted** (1 problem):");
      expect(run.code).toBe(1);
    },
    120_000,
  );

  it("on a catalog file whose name starts with a line feed when linting every file: lints it and fails", async () => {
    const ws = workspace(1, 0, (dir) =>
      writeFileSync(join(dir, "datasets/aie-model/data", "\nevil.md"), entry("Evil", false)),
    );
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
    const api = await fake.start();
    try {
      const run = await runAction(ws, api, pullRequestPayload(ws, false), {
        annotations: "commands",
        "only-changed": "false",
        "fail-on": "never",
      });
      expect(run.outputs).toMatchObject({ "files-linted": "3" });
      expect(run.stdout).toMatch(
        /::error title=catalog-lint%3A not every change was linted::1 catalog file has a line break/,
      );
      expect(run.code).toBe(1);
    } finally {
      await fake.stop();
    }
  }, 120_000);

  it("on links out of the workspace and dangling links: a readable-file error each, never dropped", async () => {
    const outside = tempDir("outside");
    writeFileSync(join(outside, "secret.md"), entry("Secret", false));
    const ws = workspace(1, 0, (dir, changed) => {
      const data = join(dir, "datasets/aie-model/data");
      symlinkSync(join(outside, "secret.md"), join(data, "out.md"));
      symlinkSync(join(dir, "nowhere.md"), join(data, "dangling.md"));
      symlinkSync(outside, join(data, "linked"));
      for (const f of ["out.md", "dangling.md", "linked"]) {
        changed.push({ filename: `datasets/aie-model/data/${f}`, status: "added" });
      }
      changed.push({ filename: "datasets/aie-model/data/linked/secret.md", status: "added" });
    });
    const run = await runOn(ws);
    const errors = annotationsIn(run.stdout, "error");
    expect(errors.filter((e) => e.includes("title=readable-file"))).toHaveLength(3);
    expect(errors.some((e) => e.includes("file=datasets/aie-model/data/out.md") && e.includes("symbolic link"))).toBe(
      true,
    );
    expect(errors.some((e) => e.includes("file=datasets/aie-model/data/dangling.md") && e.includes("broken"))).toBe(
      true,
    );
    expect(run.stdout).not.toContain("Secret");
    expect(run.code).toBe(1);
  }, 120_000);

  it("on more than 3,000 changed files and a base the checkout does not have: lints what it has, fails, says fetch-depth: 0", async () => {
    const ws = workspace(2, 0);
    const listed = Array.from({ length: 3000 }, (_, i) => ws.changed[i % 2] ?? { filename: "x", status: "added" });
    const payload = pullRequestPayload(ws, false) as { pull_request: Record<string, unknown> & { base: object } };
    payload.pull_request.changed_files = 3500;
    payload.pull_request.base = { ...payload.pull_request.base, sha: "0123456789abcdef0123456789abcdef01234567" };
    const run = await runOn(ws, { prFiles: listed }, payload);
    expect(run.outputs).toMatchObject({ "files-linted": "2", "error-count": "0" });
    expect(run.stdout).toMatch(/::error title=[^:]*::This pull request changes 3500 files; .*`fetch-depth: 0`/);
    expect(run.code).toBe(1);
  }, 120_000);

  it.each([
    ["an object", { message: "Server Error" }],
    ["entries without a file name", [{ status: "added" }]],
    ["null", null],
  ])(
    "on a list of changed files that is %s: fails, linting nothing rather than too little",
    async (_, body) => {
      const ws = workspace(2, 0);
      const run = await runOn(ws, { prFilesBody: body });
      expect(run.stdout).toMatch(
        /::error::catalog-lint could not run: GitHub's answer listing the pull request's files is not a list of files/,
      );
      expect(run.code).toBe(1);
    },
    120_000,
  );

  it("on a changed catalog file the checkout does not have", async () => {
    const ws = workspace(1, 0, (_dir, changed) => {
      changed.push({ filename: "datasets/aie-model/data/not-checked-out.md", status: "modified" });
    });
    const run = await runOn(ws);
    expect(run.stdout).toMatch(
      /::error title=[^:]*::1 changed catalog file is not in the checkout, such as `datasets\/aie-model\/data\/not-checked-out.md`/,
    );
    expect(run.code).toBe(1);
  }, 120_000);
});

// --- The sticky comment is ours alone ------------------------------------------

describe("the sticky comment", () => {
  const MARKER = "<!-- catalog-lint:sticky-comment -->";

  async function commentRun(comments: NonNullable<ConstructorParameters<typeof FakeGitHub>[0]["comments"]>) {
    const ws = workspace(2, 1);
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, comments });
    const api = await fake.start();
    try {
      await runAction(ws, api, pullRequestPayload(ws, false), { comment: "true" });
    } finally {
      await fake.stop();
    }
    return fake;
  }

  it("updates only a comment by the token's own identity that starts with the marker", async () => {
    const otherBot = {
      id: 1,
      body: `${MARKER}\nanother tool's report`,
      user: { login: "other-bot[bot]", type: "Bot" as const },
    };
    const quoting = { id: 2, body: `Quoting catalog-lint: ${MARKER}`, user: ACTIONS_BOT };
    const ours = { id: 3, body: `${MARKER}\nold findings`, user: ACTIONS_BOT };
    const fake = await commentRun([otherBot, quoting, ours]);
    expect(
      fake.requests.filter((r) => r.method === "PATCH" && r.path.includes("/issues/comments/")).map((r) => r.path),
    ).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/3`]);
    expect(fake.comments.find((c) => c.id === 1)?.body).toBe(otherBot.body);
    expect(fake.comments.find((c) => c.id === 2)?.body).toBe(quoting.body);
    expect(fake.comments.find((c) => c.id === 3)?.body).toMatch(
      /^<!-- catalog-lint:sticky-comment -->\n## catalog-lint/,
    );
  }, 120_000);

  it("creates its own rather than overwrite another bot's comment with the marker", async () => {
    const otherBot = {
      id: 1,
      body: `${MARKER}\nanother tool's report`,
      user: { login: "other-bot[bot]", type: "Bot" as const },
    };
    const fake = await commentRun([otherBot]);
    expect(fake.count(/^PATCH .*\/issues\/comments\//)).toBe(0);
    expect(fake.count(/^POST .*\/issues\/42\/comments$/)).toBe(1);
    expect(fake.comments.find((c) => c.id === 1)?.body).toBe(otherBot.body);
  }, 120_000);
});

// --- The SARIF file is never written through a link the repository holds ---------

describe("the SARIF file and links the pull request commits", () => {
  async function sarifRun(link: (dir: string) => void, sarifFile: string) {
    const ws = workspace(2, 1, (dir) => link(dir));
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
    const api = await fake.start();
    try {
      return { ws, run: await runAction(ws, api, pullRequestPayload(ws, false), { "sarif-file": sarifFile }) };
    } finally {
      await fake.stop();
    }
  }

  it("replaces a committed `catalog-lint.sarif -> outside file` link, leaving the file alone", async () => {
    const outside = tempDir("outside");
    writeFileSync(join(outside, "victim"), "precious\n");
    const { ws, run } = await sarifRun(
      (dir) => symlinkSync(join(outside, "victim"), join(dir, "catalog-lint.sarif")),
      "catalog-lint.sarif",
    );
    expect(readFileSync(join(outside, "victim"), "utf8")).toBe("precious\n");
    expect(lstatSync(join(ws.dir, "catalog-lint.sarif")).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(ws.dir, "catalog-lint.sarif"), "utf8")).runs[0].results).toHaveLength(1);
    expect(run.outputs["sarif-file"]).toBe(join(ws.dir, "catalog-lint.sarif"));
    expect(run.code).toBe(1);
  }, 120_000);

  it("writes nothing through a committed `reports -> outside folder` link, and fails saying why", async () => {
    const outside = tempDir("outside");
    const { run } = await sarifRun((dir) => symlinkSync(outside, join(dir, "reports")), "reports/x.sarif");
    expect(readdirSync(outside)).toEqual([]);
    expect(run.outputs["sarif-file"]).toBe("");
    expect(run.stdout).toMatch(
      /::error title=[^:]*::`sarif-file` was not written \(`.*reports is a link to .*, outside the repository`\)/,
    );
    expect(run.summary).toContain("**1 error**");
    expect(run.code).toBe(1);
  }, 120_000);
});

describe("limits a pull request's config sets", () => {
  it("never lets the config raise maxFileSize: a 3 MB entry is reported, not read, with a warning", async () => {
    const big = "datasets/aie-model/data/big.md";
    const ws = workspace(1, 0, (dir, changed) => {
      writeFileSync(join(dir, ".catalog-lintrc.json"), JSON.stringify({ maxFileSize: 16 * 1024 * 1024 }));
      writeFileSync(join(dir, big), `${entry("Big", false)}\n${"Padding paragraph of text.\n\n".repeat(110_000)}`);
      changed.push({ filename: big, status: "added" });
    });
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
    const api = await fake.start();
    try {
      const run = await runAction(ws, api, pullRequestPayload(ws, false), { annotations: "commands" });
      expect(run.stdout).toMatch(/::warning::The config's maxFileSize \(16777216 bytes\) is above the default/);
      expect(annotationsIn(run.stdout, "error").filter((line) => line.includes("big.md"))).toEqual([
        expect.stringMatching(/title=readable-file.*expected at most 2\.0 MiB/),
      ]);
    } finally {
      await fake.stop();
    }
  }, 120_000);
});

// --- Pull requests from forks: stage 1 writes the results, stage 2 publishes them --------

const FORK_OWNER = "contributor";
const FORK_BRANCH = "add-tools";
const RESULTS = "catalog-lint-results.json";

/** A real `workflow_run` `completed` payload (@octokit/webhooks-examples), made the run of the fork PR's workflow. */
function workflowRunPayload(ws: Workspace, event = "pull_request"): unknown {
  const require = createRequire(import.meta.url);
  const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Array<{
    name: string;
    examples: Array<Record<string, unknown> & { action?: string }>;
  }>;
  const completed = examples.find((e) => e.name === "workflow_run")?.examples.find((e) => e.action === "completed");
  const payload = structuredClone(completed) as {
    workflow_run: Record<string, unknown>;
    repository: Record<string, unknown>;
  };
  payload.workflow_run = {
    ...payload.workflow_run,
    event,
    head_sha: ws.head,
    head_branch: FORK_BRANCH,
    // GitHub leaves it empty for a pull request from a fork.
    pull_requests: [],
    head_repository: {
      ...(payload.workflow_run.head_repository as Record<string, unknown>),
      full_name: `${FORK_OWNER}/${REPO}`,
      owner: { login: FORK_OWNER },
    },
  };
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } };
  return payload;
}

function forkPull(ws: Workspace) {
  return {
    number: PR,
    state: "open" as const,
    head: {
      sha: ws.head,
      ref: FORK_BRANCH,
      label: `${FORK_OWNER}:${FORK_BRANCH}`,
      repo: { full_name: `${FORK_OWNER}/${REPO}` },
    },
    base: { sha: ws.base, ref: "main", repo: { full_name: `${OWNER}/${REPO}` } },
  };
}

/** The base repository's stage-2 job: an empty workspace (it never checks out the PR) with the downloaded artifact in it. */
function stage2Workspace(ws: Workspace, text: string | Buffer): Workspace {
  const dir = tempDir("stage2");
  mkdirSync(join(dir, "results"));
  writeFileSync(join(dir, "results", RESULTS), text);
  return { ...ws, dir };
}

async function publishRun(ws: Workspace, text: string | Buffer, inputs: Record<string, string> = {}, event?: string) {
  const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, pulls: [forkPull(ws)] });
  const api = await fake.start();
  try {
    const run = await runAction(
      stage2Workspace(ws, text),
      api,
      workflowRunPayload(ws, event),
      {
        publish: `results/${RESULTS}`,
        ...inputs,
      },
      { env: { GITHUB_EVENT_NAME: "workflow_run", GITHUB_SHA: ws.base, GITHUB_REF: "refs/heads/main" } },
    );
    return { run, fake };
  } finally {
    await fake.stop();
  }
}

const writes = (fake: FakeGitHub) => fake.requests.filter((r) => r.method !== "GET");

describe("a fork pull request through the two workflows", () => {
  const ws = workspace(10, 3);
  let stage1: ActionRun;
  let results: string;
  let stage1Fake: FakeGitHub;

  it("stage 1: the fork's read-only run writes the results file", async () => {
    stage1Fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, readOnly: true });
    const api = await stage1Fake.start();
    try {
      stage1 = await runAction(ws, api, pullRequestPayload(ws, true), { "results-file": RESULTS });
    } finally {
      await stage1Fake.stop();
    }
    expect(stage1.code).toBe(1);
    expect(stage1.outputs["results-file"]).toBe(join(ws.dir, RESULTS));
    results = readFileSync(join(ws.dir, RESULTS), "utf8");
    const parsed = JSON.parse(results);
    const schema = JSON.parse(readFileSync(join(ROOT, "schema/catalog-lint-results.schema.json"), "utf8"));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(parsed)).toBe(true);
    expect(parsed).toMatchObject({ pullRequest: PR, headSha: ws.head, baseSha: ws.base, findingsLeftOut: 0 });
    expect(parsed.filesLinted).toHaveLength(10);
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[0]).toMatchObject({
      path: "datasets/aie-model/data/tool-0000.md",
      ruleId: "date-format",
      severity: "error",
      message: expect.stringContaining("Unexpected `January 30, 2026`"),
    });
  }, 120_000);

  it("stage 2: one check run on the event's head SHA, every finding annotated, conclusion per fail-on", async () => {
    const { run, fake } = await publishRun(ws, results);
    expect(run.code).toBe(0);
    const creates = fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body).toMatchObject({ name: "catalog-lint", head_sha: ws.head, conclusion: "failure" });
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun?.annotations.map((a) => a.path)).toEqual([
      "datasets/aie-model/data/tool-0000.md",
      "datasets/aie-model/data/tool-0001.md",
      "datasets/aie-model/data/tool-0002.md",
    ]);
    // The PR found by its head's owner and branch: the payload's list is empty for forks.
    expect(fake.requests.find((r) => r.path === `/repos/${OWNER}/${REPO}/pulls`)?.query.get("head")).toBe(
      `${FORK_OWNER}:${FORK_BRANCH}`,
    );
    expect(run.summary).toContain("**3 errors** and **0 warnings** in 3 of 10 changed catalog files.");
    expect(run.outputs).toMatchObject({ "error-count": "3", "files-linted": "10" });
    expect(fake.violations).toEqual([]);
    expect(openApiProblems([...stage1Fake.requests, ...fake.requests])).toEqual([]);
  }, 120_000);

  it("stage 2: finds the pull request by commit when the branch lookup does not", async () => {
    const moved = { ...ws };
    const fake = new FakeGitHub({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      prFiles: ws.changed,
      pulls: [{ ...forkPull(ws), head: { ...forkPull(ws).head, label: `${FORK_OWNER}:renamed` } }],
    });
    const api = await fake.start();
    try {
      const run = await runAction(
        stage2Workspace(moved, results),
        api,
        workflowRunPayload(ws),
        { publish: `results/${RESULTS}`, comment: "true" },
        {
          env: { GITHUB_EVENT_NAME: "workflow_run", GITHUB_SHA: ws.base },
        },
      );
      expect(run.code).toBe(0);
    } finally {
      await fake.stop();
    }
    expect(fake.count(new RegExp(`^GET .*/commits/${ws.head}/pulls$`))).toBe(1);
    expect(fake.checkRuns.size).toBe(1);
    // The optional comment works here too.
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain("**3 errors**");
    expect(openApiProblems(fake.requests)).toEqual([]);
  }, 120_000);

  it("stage 2 for a pull request from a branch of the repository: does nothing (its own run published)", async () => {
    const fake = new FakeGitHub({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      prFiles: ws.changed,
      pulls: [forkPull(ws)],
    });
    const api = await fake.start();
    const payload = workflowRunPayload(ws) as { workflow_run: { head_repository: Record<string, unknown> } };
    payload.workflow_run.head_repository = { full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } };
    try {
      const run = await runAction(
        stage2Workspace(ws, results),
        api,
        payload,
        { publish: `results/${RESULTS}` },
        { env: { GITHUB_EVENT_NAME: "workflow_run", GITHUB_SHA: ws.base } },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("its own run published the findings");
    } finally {
      await fake.stop();
    }
    expect(fake.requests).toEqual([]);
  }, 120_000);

  it("stage 2 for a push: does nothing, calls nothing", async () => {
    const { run, fake } = await publishRun(ws, results, {}, "push");
    expect(run.code).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(run.stdout).toContain("not a pull request: nothing to publish");
  }, 120_000);

  it("leaves out a finding on a file the pull request does not change, with a warning", async () => {
    const tampered = JSON.parse(results);
    tampered.findings.push({ ...tampered.findings[0], path: "datasets/aie-model/data/untouched-with-errors.md" });
    const { run, fake } = await publishRun(ws, JSON.stringify(tampered));
    expect(run.code).toBe(0);
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun?.annotations).toHaveLength(3);
    expect(checkRun?.annotations.some((a) => a.path.includes("untouched"))).toBe(false);
    expect(run.stdout).toMatch(
      /::warning::1 finding of the results file are on files pull request #42 does not change/,
    );
  }, 120_000);

  const hostile: Array<
    [string, (r: Record<string, unknown> & { findings: Array<Record<string, unknown>> }) => unknown, RegExp]
  > = [
    [
      "a `../` path",
      (r) => {
        r.findings[0] = { ...r.findings[0], path: "../../etc/passwd" };
        return r;
      },
      /does not match schema\/catalog-lint-results\.schema\.json \(at findings\.0\.path/,
    ],
    [
      "an absolute path",
      (r) => {
        r.findings[0] = { ...r.findings[0], path: "/home/runner/.bashrc" };
        return r;
      },
      /at findings\.0\.path/,
    ],
    [
      "another SHA",
      (r) => {
        r.headSha = "e".repeat(40);
        return r;
      },
      /is for commit e{40}, and the workflow run is for [0-9a-f]{40}/,
    ],
    [
      "another pull request",
      (r) => {
        r.pullRequest = 7;
        return r;
      },
      /is for pull request #7/,
    ],
    [
      "an unknown key",
      (r) => {
        r.findings[0] = { ...r.findings[0], url: "https://evil.example" };
        return r;
      },
      /at findings\.0/,
    ],
  ];
  it.each(hostile)(
    "fails on %s, publishing nothing",
    async (_, tamper, message) => {
      const { run, fake } = await publishRun(ws, JSON.stringify(tamper(JSON.parse(results))));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).toMatch(/nothing (from it )?was published/);
      expect(writes(fake)).toEqual([]);
    },
    120_000,
  );

  it("fails on invalid JSON and on a 50 MB file, publishing nothing", async () => {
    for (const [text, message] of [
      ["{ not json", /is not JSON/],
      [Buffer.alloc(50 * 1024 * 1024, 0x20), /is 52,428,800 bytes, over the 16,777,216 a results file may have/],
    ] as const) {
      const { run, fake } = await publishRun(ws, text);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(fake.requests).toEqual([]);
    }
  }, 120_000);

  it("lets no @mention, HTML, markdown or workflow command through", async () => {
    const tampered = JSON.parse(results);
    tampered.findings[0].message =
      "Hi @octocat <img src=x onerror=alert(1)> [x](https://evil.example) #1\n::error::forged";
    const { run, fake } = await publishRun(ws, JSON.stringify(tampered), { comment: "true" });
    expect(run.code).toBe(0);
    const message = [...fake.checkRuns.values()][0]?.annotations[0]?.message ?? "";
    expect(message).toContain("forged");
    expect(message).not.toMatch(/@octocat|<img|::error|#1|\n/);
    const texts = [run.summary, fake.comments[0]?.body ?? "", [...fake.checkRuns.values()][0]?.summary ?? ""];
    for (const text of texts) {
      expect(text).toContain("forged");
      expect(text).not.toMatch(/@octocat|<img|\]\(https:\/\/evil|::error::forged/);
    }
    expect(run.stdout.split("\n").some((l) => l.startsWith("::error::forged"))).toBe(false);
  }, 120_000);
});

describe("a pull request that changes a template", () => {
  const template = "datasets/aie-model/config/aie-model-comparison-template.md";

  it("lints every entry the template governs, unchanged ones too, and the summary says why", async () => {
    const ws = workspace(2, 0, (dir, changed) => {
      const path = join(dir, template);
      writeFileSync(path, readFileSync(path, "utf8").replace("### Short Description", "### Summary"));
      changed.push({ filename: template, status: "modified" });
    });
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed });
    const api = await fake.start();
    let run: ActionRun;
    try {
      run = await runAction(ws, api, pullRequestPayload(ws, false));
    } finally {
      await fake.stop();
    }
    expect(run.outputs).toMatchObject({ "files-linted": "3" });
    // The file named as escaped text, not code: a changed file's name comes from the pull request.
    expect(run.summary).toContain(`${template} changed, so the 3 entries it governs were linted.`);
    expect(run.stdout).toContain(`Changed, so the entries it governs are linted too: ${template}`);
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun?.annotations.some((a) => a.path.endsWith("untouched-with-errors.md"))).toBe(true);
    expect(openApiProblems(fake.requests)).toEqual([]);
  }, 120_000);

  it("from a fork: stage 2 keeps the findings on the entries the changed template governs", async () => {
    const ws = workspace(2, 0, (dir, changed) => {
      const path = join(dir, template);
      writeFileSync(path, readFileSync(path, "utf8").replace("### Short Description", "### Summary"));
      changed.push({ filename: template, status: "modified" });
    });
    const stage1Fake = new FakeGitHub({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      prFiles: ws.changed,
      readOnly: true,
    });
    const api = await stage1Fake.start();
    try {
      await runAction(ws, api, pullRequestPayload(ws, true), { "results-file": RESULTS });
    } finally {
      await stage1Fake.stop();
    }
    const results = JSON.parse(readFileSync(join(ws.dir, RESULTS), "utf8"));
    expect(results.governing).toEqual([template]);
    const untouched = "datasets/aie-model/data/untouched-with-errors.md";
    expect(results.findings.some((f: { path: string }) => f.path === untouched)).toBe(true);
    const { run, fake } = await publishRun(ws, JSON.stringify(results));
    expect(run.code).toBe(0);
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun?.annotations.some((a) => a.path === untouched)).toBe(true);
    expect(run.summary).toContain("changed, so the entries it governs were linted too.");
    expect(run.outputs).toMatchObject({ "files-linted": "3" });
    // A file that claims a governing file the pull request does not change keeps only the changed files'.
    const { run: forged, fake: forgedFake } = await publishRun(
      ws,
      JSON.stringify({ ...results, governing: ["datasets/aie-model/config/other-template.md"] }),
    );
    expect(forged.code).toBe(0);
    expect([...forgedFake.checkRuns.values()][0]?.annotations.some((a) => a.path === untouched)).toBe(false);
    expect(openApiProblems([...stage1Fake.requests, ...fake.requests, ...forgedFake.requests])).toEqual([]);
  }, 120_000);
});

/** The PR's files with their diffs, as GitHub lists them (`patch`: the hunks, without the file header). */
function withPatches(ws: Workspace): Workspace {
  const changed = ws.changed.map((f) => {
    if (f.status === "removed") return f;
    const diff = git(ws.dir, "diff", "--no-color", "-U3", ws.base, ws.head, "--", f.filename);
    const at = diff.indexOf("@@");
    return at < 0 ? f : { ...f, patch: diff.slice(at) };
  });
  return { ...ws, changed };
}

describe("suggestions: true", () => {
  const UNTOUCHED = "datasets/aie-model/data/untouched-with-errors.md";
  /** Two new entries with a fixable date each, and an old one whose title changed (its date is outside the diff). */
  const fixable = () =>
    withPatches(
      workspace(3, 2, (dir, changed) => {
        const path = join(dir, UNTOUCHED);
        writeFileSync(path, readFileSync(path, "utf8").replace("# Untouched", "# Touched"));
        changed.push({ filename: UNTOUCHED, status: "modified" });
      }),
    );
  type Fake = ConstructorParameters<typeof FakeGitHub>[0];

  async function sameRepoRun(ws: Workspace, more: Partial<Fake> = {}) {
    const fake = new FakeGitHub({ owner: OWNER, repo: REPO, pullNumber: PR, prFiles: ws.changed, ...more });
    const api = await fake.start();
    try {
      const run = await runAction(ws, api, pullRequestPayload(ws, false), { suggestions: "true" });
      return { run, fake };
    } finally {
      await fake.stop();
    }
  }

  it("posts one review of suggestions on the diff's lines, repeats none on a re-run, deletes a fixed one", async () => {
    const ws = fixable();
    const first = await sameRepoRun(ws);
    expect(first.run.code).toBe(1);
    expect(first.fake.reviews).toHaveLength(1);
    expect(first.fake.reviews[0]).toMatchObject({ commit_id: ws.head, event: "COMMENT" });
    expect(first.fake.violations).toEqual([]);
    const posted = first.fake.reviewComments;
    expect(posted.map((c) => c.path)).toEqual([
      "datasets/aie-model/data/tool-0000.md",
      "datasets/aie-model/data/tool-0001.md",
    ]);
    expect(posted[0]?.body).toMatch(/^<!-- catalog-lint:suggestion [0-9a-f]{20} -->\n/);
    expect(posted[0]?.body).toContain("```suggestion\n- 2026-01-30\n```");
    expect(posted[0]?.line).toBe(40);
    // The old entry's date is not in the diff: it stays an annotation only.
    expect(posted.some((c) => c.path === UNTOUCHED)).toBe(false);
    const [checkRun] = [...first.fake.checkRuns.values()];
    expect(checkRun?.annotations.some((a) => a.path === UNTOUCHED)).toBe(true);

    const again = await sameRepoRun(ws, { reviewComments: posted });
    expect(again.fake.reviews).toEqual([]);
    expect(again.fake.reviewComments).toEqual(posted);

    // A later push fixes tool-0000: its suggestion goes, the other stays.
    writeFileSync(join(ws.dir, "datasets/aie-model/data/tool-0000.md"), entry("tool-0000", false));
    git(ws.dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "fix the date");
    const pushed = withPatches({ ...ws, head: git(ws.dir, "rev-parse", "HEAD") });
    const later = await sameRepoRun(pushed, { reviewComments: posted });
    expect(later.fake.reviews).toEqual([]);
    expect(later.fake.reviewComments.map((c) => c.path)).toEqual(["datasets/aie-model/data/tool-0001.md"]);
    expect(later.fake.count(/^DELETE .*\/pulls\/comments\/\d+$/)).toBe(1);
    expect(openApiProblems([...first.fake.requests, ...again.fake.requests, ...later.fake.requests])).toEqual([]);
  }, 120_000);

  it("leaves another identity's comment with the marker alone", async () => {
    const ws = fixable();
    const forged = {
      id: 7,
      body: "<!-- catalog-lint:suggestion 0123456789abcdef0123 -->\nmine",
      user: { login: "someone", type: "User" as const },
      path: "datasets/aie-model/data/tool-0000.md",
      line: 40,
      commit_id: ws.head,
    };
    const { fake } = await sameRepoRun(ws, { reviewComments: [forged] });
    expect(fake.reviewComments[0]).toEqual(forged);
    expect(fake.count(/^DELETE /)).toBe(0);
    expect(fake.reviews).toHaveLength(1);
  }, 120_000);

  it("from a fork: stage 1 cannot post them and says so; stage 2 posts them from the results file", async () => {
    const ws = fixable();
    const stage1Fake = new FakeGitHub({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      prFiles: ws.changed,
      readOnly: true,
    });
    const api = await stage1Fake.start();
    let stage1: ActionRun;
    try {
      stage1 = await runAction(ws, api, pullRequestPayload(ws, true), {
        "results-file": RESULTS,
        suggestions: "true",
      });
    } finally {
      await stage1Fake.stop();
    }
    expect(stage1.stdout).toMatch(/::warning::Skipped the suggestions: the token cannot write pull request reviews/);
    const results = readFileSync(join(ws.dir, RESULTS), "utf8");
    const { run, fake } = await publishRun(ws, results, { suggestions: "true" });
    expect(run.code).toBe(0);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviews[0]?.commit_id).toBe(ws.head);
    expect(fake.reviewComments.map((c) => c.path)).toEqual([
      "datasets/aie-model/data/tool-0000.md",
      "datasets/aie-model/data/tool-0001.md",
    ]);
    expect(fake.violations).toEqual([]);

    // A hostile file: its message made inert, its block fenced past its backticks, a line outside the diff dropped.
    const tampered = JSON.parse(results);
    const [one] = tampered.findings;
    one.message = "@octocat <b>hi</b> ::error::x";
    one.fix.lines.text = "```\n@octocat";
    tampered.findings.push({ ...one, line: 20, fix: { ...one.fix, lines: { start: 20, end: 20, text: "x" } } });
    tampered.findings[tampered.findings.length - 1].path = UNTOUCHED;
    const hostile = await publishRun(ws, JSON.stringify(tampered), { suggestions: "true" });
    expect(hostile.run.code).toBe(0);
    expect(hostile.fake.violations).toEqual([]);
    const body = hostile.fake.reviewComments[0]?.body ?? "";
    expect(body).not.toMatch(/@octocat <b>|<b>|::error/);
    expect(body).toContain("````suggestion\n```\n@octocat\n````");
    expect(hostile.fake.reviewComments.some((c) => c.path === UNTOUCHED)).toBe(false);
    expect(openApiProblems([...stage1Fake.requests, ...fake.requests, ...hostile.fake.requests])).toEqual([]);
  }, 120_000);
});
