/**
 * End to end, as the runner runs it: `node dist/index.cjs` with INPUT_* variables,
 * a real pull_request payload (@octokit/webhooks-examples), GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT files, a git workspace with a base and a head commit, and a local
 * HTTP server standing in for api.github.com.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "./helpers/fake-github.js";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "awesome-comparisons");
const OWNER = "octo-org";
const REPO = "catalog";
const PR = 42;
const SEED = readFileSync(join(CORPUS, "datasets/aie-model/data/deepseek-r1.md"), "utf8");

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

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
function workspace(count: number, bad: number): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "catalog-lint-action-"));
  dirs.push(dir);
  cpSync(join(CORPUS, "configuration"), join(dir, "configuration"), { recursive: true });
  cpSync(join(CORPUS, "datasets/aie-model/config"), join(dir, "datasets/aie-model/config"), { recursive: true });
  const data = join(dir, "datasets/aie-model/data");
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, "untouched-with-errors.md"), entry("Untouched", true));
  writeFileSync(join(data, "to-remove.md"), entry("Removed", true));
  writeFileSync(join(dir, "README.md"), "# My catalog\n");
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
  const files = mkdtempSync(join(tmpdir(), "catalog-lint-runner-"));
  dirs.push(files);
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
  else cpSync(join(ROOT, "dist"), files, { recursive: true });
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

  it("reads a YAML config through yaml.cjs and zod.cjs", async () => {
    const ws = workspace(3, 1);
    writeFileSync(join(ws.dir, ".catalog-lintrc.yaml"), "rules:\n  date-format: off\n");
    const run = await runAction(ws, NO_API, {}, { annotations: "commands" }, { env: dispatch });
    expect(run.outputs).toMatchObject({ "files-linted": "4", "error-count": "0" });
    expect(run.code).toBe(0);

    const alone = await runAction(ws, NO_API, {}, { annotations: "commands" }, { env: dispatch, dist: ["index.cjs"] });
    expect(alone.stdout).toMatch(/^::error::catalog-lint could not run: .*\.\/yaml\.cjs/m);
  }, 60_000);
});
