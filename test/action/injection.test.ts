/**
 * Untrusted text linted for real: entries whose headings and values carry
 * workflow commands, HTML, links, images, @-mentions and issue references,
 * and files whose names do, in a pull request. Through the CLI (`--format
 * github`, stylish, stderr) and the built Action (`node dist/index.cjs` on a
 * fork pull request, as in test/action/action-e2e.test.ts), none of it may start a
 * workflow command, nor render as HTML, a link, a mention or a reference in
 * the job summary or the PR comment.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_CATALOG as CATALOG } from "../helpers/embedded.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { cli, type JsonResult } from "../helpers/hostile.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SEED = readFileSync(join(CATALOG, "datasets/aie-model/data/deepseek-r1.md"), "utf8");
const OWNER = "octo-org";
const REPO = "catalog";
const PR = 7;
const TOKEN = "ghs_injection_test_token";
const DATA = "datasets/aie-model/data";

/** What an attacker puts where the linter quotes it back. */
const PAYLOADS = [
  "::add-mask::secret",
  "%0A::error::injected",
  "::stop-commands::pwned",
  "##[error]legacy",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "[click](https://evil.example/a)",
  "![i](https://evil.example/i.png)",
  "@octocat and @octo-org/admins",
  "see #1 and octo-org/catalog#2",
  "see GH-123 and gh-45",
  "commit 0123456789abcdef0123456789abcdef01234567 and deadbee and octo-org/catalog@abcdef1",
  "www.evil.example",
  "<https://evil.example/b>",
  "a | b ` c * d _ e ~ f",
  "&lt;b&gt; &#64;octocat",
];

/** The seed entry with every payload as an unknown section (quoted by unknown-section) and a bad date. */
function hostileEntry(name: string): string {
  const sections = PAYLOADS.map((p) => `### ${p}\n- x\n`).join("\n");
  return SEED.replace("# DeepSeek R1 - https://www.deepseek.com/", `# ${name} - https://example.com/${name}`)
    .replace("https://github.com/deepseek-ai/DeepSeek-R1", `https://github.com/example/${name}`)
    .replace("- 2026-01-30", "- ::warning::date <b>x</b> @octocat #3")
    .replace("## Licensing", `${sections}\n## Licensing`);
}

/** File names a pull request can add (a line break included: git and Linux allow it). */
const NAMES = [
  "hostile.md",
  "evil\n::add-mask::secret.md",
  "x%0A::error::y.md",
  "::stop-commands::z.md",
  "<img src=x onerror=alert(1)>.md",
  "@octocat #1 (see [x](https:evil)).md",
];

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-C", cwd, "-c", "user.name=t", "-c", "user.email=t@t", ...args], {
    encoding: "utf8",
  }).trim();
}

/** A catalog repository whose head commit adds the hostile files. */
function workspace(): { dir: string; base: string; head: string } {
  const dir = tempDir("injection");
  copyInto(join(CATALOG, "configuration"), join(dir, "configuration"));
  copyInto(join(CATALOG, "datasets/aie-model/config"), join(dir, "datasets/aie-model/config"));
  mkdirSync(join(dir, DATA), { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  NAMES.forEach((name, i) => {
    writeFileSync(join(dir, DATA, name), hostileEntry(`Tool${i}`));
  });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "head");
  return { dir, base, head: git(dir, "rev-parse", "HEAD") };
}

interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/**
 * Every line the Actions runner would take for a command: after leading
 * whitespace, `::name k=v,…::data`, or the legacy `##[name …]data`.
 */
function commands(log: string): Command[] {
  const unescapeCommand = (text: string, property: boolean) =>
    text.replace(/%(?:25|0D|0A|3A|2C)/g, (t) =>
      property || !["%3A", "%2C"].includes(t)
        ? ({ "%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": "," }[t] ?? t)
        : t,
    );
  const out: Command[] = [];
  for (const raw of log.split("\n")) {
    const line = raw.trimStart();
    if (line.startsWith("##[")) {
      out.push({ name: line.slice(3, line.search(/[\] ]/)), properties: {}, data: line });
      continue;
    }
    if (!line.startsWith("::")) continue;
    const end = line.indexOf("::", 2);
    const info = end < 0 ? line.slice(2) : line.slice(2, end);
    const space = info.indexOf(" ");
    const name = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(",")) {
        const eq = pair.indexOf("=");
        properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1), true);
      }
    }
    out.push({ name, properties, data: end < 0 ? "" : unescapeCommand(line.slice(end + 2), false) });
  }
  return out;
}

/** Rendered text of escaped markdown: the character references decoded, as a browser shows them. */
function decoded(markdown: string): string {
  return markdown
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Checks for a job summary or PR comment built from the hostile findings. */
function expectInert(markdown: string, head: string): void {
  // No HTML at all: every `<` is a character reference.
  expect(markdown).not.toContain("<");
  expect(markdown).not.toContain("![");
  // The only links are ours: a line of a file at the head commit, or a rule's documentation.
  const targets = [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1] ?? "");
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    expect(
      target.startsWith(`https://github.com/${OWNER}/${REPO}/blob/${head}/`) ||
        target.startsWith("https://github.com/catalog-lint/catalog-lint/blob/"),
      target,
    ).toBe(true);
  }
  // What GitHub would still link in the decoded text: mentions, issue references, bare URLs.
  const text = decoded(markdown.replace(/\]\([^)]*\)/g, "]"));
  expect(text).not.toMatch(/@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d/);
  expect(text).not.toMatch(/GH-\d/i);
  // A commit SHA is linked from 7 hex digits on.
  expect(text).not.toMatch(/(?<![0-9a-z])[0-9a-f]{7,}(?![0-9a-z])/i);
  expect(text).not.toMatch(/www\./i);
  expect(text).not.toMatch(/:\/\//);
  // A finding stays in its table row: the row's own five pipes, no more.
  for (const row of markdown.split("\n").filter((l) => l.startsWith("| ["))) {
    expect(row.split("|")).toHaveLength(6);
  }
  // The payloads are there, shown as text.
  expect(text).toContain("onerror=alert(1)");
  expect(text).toContain("evil.example");
  expect(text.replace(/\u200b/g, "")).toContain("0123456789abcdef0123456789abcdef01234567");
}

describe("the CLI with hostile entries and file names", () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace().dir;
  });

  it("--format github: one command per finding, each an error or a warning", () => {
    const json = JSON.parse(cli(["--format", "json"], dir).stdout) as JsonResult[];
    const findings = json.flatMap((r) => r.messages);
    expect(json).toHaveLength(NAMES.length);
    expect(findings.length).toBeGreaterThan(NAMES.length * PAYLOADS.length);
    const { stdout } = cli(["--format", "github"], dir);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(findings.length);
    const parsed = commands(stdout);
    expect(parsed).toHaveLength(findings.length);
    for (const c of parsed) {
      expect(["error", "warning"]).toContain(c.name);
      expect(c.properties.file?.startsWith(`${DATA}/`)).toBe(true);
    }
    // The names and messages come back whole once unescaped.
    expect(new Set(parsed.map((c) => c.properties.file))).toEqual(new Set(NAMES.map((n) => `${DATA}/${n}`)));
    for (const payload of ["::add-mask::secret", "%0A::error::injected", "::stop-commands::pwned"]) {
      expect(
        parsed.some((c) => c.data.includes(payload)),
        payload,
      ).toBe(true);
    }
    expect(parsed.some((c) => c.properties.file === `${DATA}/evil\n::add-mask::secret.md`)).toBe(true);
  });

  it("stylish: no line starts a command", () => {
    const { stdout } = cli([], dir);
    expect(stdout).toContain("::stop-commands::z.md");
    expect(commands(stdout)).toEqual([]);
  });

  it("stderr: notices and fatal errors stay on one line", () => {
    // A dataset id with a line break, from the repository's own manifest.
    const manifest = join(dir, "configuration", "datasets.manifest.json");
    const original = readFileSync(manifest, "utf8");
    const data = JSON.parse(original) as { datasets: Array<Record<string, unknown>> };
    data.datasets.push({ id: "x\n::add-mask::secret", sources: { dataDir: "datasets/x/data" } });
    mkdirSync(join(dir, "datasets/x/data"), { recursive: true });
    writeFileSync(join(dir, "datasets/x/data/e.md"), hostileEntry("X"));
    writeFileSync(manifest, JSON.stringify(data));
    try {
      const notice = cli(["datasets/x/data/e.md"], dir);
      expect(notice.stderr).toMatch(/^catalog-lint: Dataset `x\\n::add-mask::secret` has no template/);
      expect(commands(notice.stderr)).toEqual([]);
    } finally {
      writeFileSync(manifest, original);
    }
    for (const argv of [
      ["nope\n::add-mask::x.md"],
      ["--config", "a\r\n::error::b.json"],
      ["--now", "\n::stop-commands::t"],
    ]) {
      const run = cli(argv, dir);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(commands(run.stderr)).toEqual([]);
    }
    writeFileSync(join(dir, ".catalog-lintrc.json"), JSON.stringify({ "\n::add-mask::key": 1 }));
    try {
      const run = cli([], dir);
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(
        "catalog-lint: .catalog-lintrc.json:1: `\\n::add-mask::key`: unknown key `\\n::add-mask::key`, expected a documented key\n",
      );
    } finally {
      rmSync(join(dir, ".catalog-lintrc.json"));
    }
  });
});

describe("the Action on a fork pull request with hostile entries and file names", () => {
  const ws = workspace();
  const fake = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    prFiles: NAMES.map((n) => ({ filename: `${DATA}/${n}`, status: "added" })),
    readOnly: true,
  });
  let stdout = "";
  let summary = "";

  beforeAll(async () => {
    const files = tempDir("injection-runner");
    const opened = (
      createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Array<{
        name: string;
        examples: Array<Record<string, unknown> & { action?: string }>;
      }>
    )
      .find((e) => e.name === "pull_request")
      ?.examples.find((e) => e.action === "opened");
    const payload = structuredClone(opened) as Record<string, unknown> & {
      pull_request: Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> };
    };
    payload.number = PR;
    payload.pull_request.number = PR;
    payload.pull_request.changed_files = NAMES.length;
    payload.pull_request.head = {
      ...payload.pull_request.head,
      sha: ws.head,
      repo: { full_name: "x/catalog", fork: true },
    };
    payload.pull_request.base = { ...payload.pull_request.base, sha: ws.base, repo: { full_name: `${OWNER}/${REPO}` } };
    payload.repository = {
      ...(payload.repository as object),
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      owner: { login: OWNER },
    };
    writeFileSync(join(files, "event.json"), JSON.stringify(payload));
    writeFileSync(join(files, "summary.md"), "");
    writeFileSync(join(files, "output.txt"), "");
    copyInto(join(ROOT, "dist"), files);
    const api = await fake.start();
    try {
      stdout = await new Promise<string>((resolve) => {
        execFile(
          process.execPath,
          [join(files, "index.cjs")],
          {
            cwd: ws.dir,
            maxBuffer: 64 * 1024 * 1024,
            env: {
              PATH: process.env.PATH ?? "",
              GITHUB_ACTIONS: "true",
              GITHUB_EVENT_NAME: "pull_request",
              GITHUB_EVENT_PATH: join(files, "event.json"),
              GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
              GITHUB_WORKSPACE: ws.dir,
              GITHUB_SHA: "f".repeat(40),
              GITHUB_API_URL: api,
              GITHUB_SERVER_URL: "https://github.com",
              GITHUB_STEP_SUMMARY: join(files, "summary.md"),
              GITHUB_OUTPUT: join(files, "output.txt"),
              CATALOG_LINT_NOW: "2026-11-28",
              "INPUT_GITHUB-TOKEN": TOKEN,
              "INPUT_FAIL-ON": "error",
              "INPUT_ONLY-CHANGED": "true",
              INPUT_ANNOTATIONS: "auto",
              INPUT_SUMMARY: "true",
              INPUT_COMMENT: "true",
            },
          },
          (_error, out) => resolve(out),
        );
      });
    } finally {
      await fake.stop();
    }
    summary = readFileSync(join(files, "summary.md"), "utf8");
  }, 120_000);

  it("log: the token mask, then only annotations, one per finding", () => {
    const parsed = commands(stdout);
    expect(parsed[0]).toEqual({ name: "add-mask", properties: {}, data: TOKEN });
    const rest = parsed.slice(1);
    expect(rest.every((c) => ["error", "warning", "notice"].includes(c.name))).toBe(true);
    const onFiles = rest.filter((c) => c.properties.file);
    const expected = (JSON.parse(cli(["--format", "json", DATA], ws.dir).stdout) as JsonResult[]).flatMap(
      (r) => r.messages,
    );
    expect(onFiles).toHaveLength(expected.length);
    expect(new Set(onFiles.map((c) => c.properties.file))).toEqual(new Set(NAMES.map((n) => `${DATA}/${n}`)));
    expect(stdout.split("\n").filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it("log: a file name with a line break fails the run, named on one line", () => {
    const problems = commands(stdout).filter((c) => c.properties.title === "catalog-lint: not every change was linted");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.data).toMatch(
      /^1 changed catalog file has a line break in the name, such as `datasets\/aie-model\/data\/evil\\n::add-mask::secret\.md`/,
    );
    expect(summary).toContain("❌ **Not every change was linted** (1 problem):");
  });

  it("job summary: text, never HTML, links, mentions or references", () => {
    expect(summary).toContain("## catalog-lint");
    expectInert(summary, ws.head);
  });

  it("PR comment (attempted; the fork token is refused): the same", () => {
    const posted = fake.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/issues/${PR}/comments`));
    expect(posted).toHaveLength(1);
    const body = (posted[0]?.body as { body?: string } | undefined)?.body ?? "";
    expectInert(body.replace("<!-- catalog-lint:sticky-comment -->\n", ""), ws.head);
  });
});
