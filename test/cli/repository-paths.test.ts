/**
 * Paths that come from the repository's data (the dataset manifest's
 * `sources.config` and `configDefaults`, the template found beside them, the
 * config file itself, its `schema` and `include`) are read only as regular
 * files inside the repository: `/dev/zero`, `/dev/urandom`, a FIFO,
 * `/proc/self/environ`, a link out of the repository, a folder or a file in
 * `.git/` is one line on stderr and exit code 2, naming the file and key that
 * named it, and never opened. A manifest of the wrong shape is one such line
 * too, never an internal error. Runs that could hang or fill memory if the
 * file were opened run in a child process with a time and memory limit, so a
 * regression fails the test instead of the machine.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, cli, type JsonResult } from "../helpers/hostile.js";
import { tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");

const posix = process.platform !== "win32";
const SECRET = "SECRET-CONTENT-5f2b9c1e";
const MANIFEST = "configuration/datasets.manifest.json";

/**
 * `<tmp>/repo`, a checkout with one dataset `x` (manifest, template, criteria,
 * one entry), beside `<tmp>/outside` (a secret entry, criteria and template
 * that would betray a read). `sources` replaces the dataset's sources.
 */
function catalog(sources: Record<string, unknown> = {}) {
  const root = tempDir("repository-paths", {
    "outside/secret.md": `# ${SECRET} - https://secret.dev\n\n## ${SECRET}\n`,
    "outside/secret.yml": `criteria:\n  - ${SECRET}:\n      values: [${SECRET}]\n`,
    "repo/.git/config": `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    "repo/datasets/x/config/comparison.yml": "criteria: []\n",
    "repo/datasets/x/config/x-comparison-template.md": CLEAN,
    "repo/datasets/x/data/a.md": CLEAN,
  });
  const repo = join(root, "repo");
  writeManifest(repo, { dataDir: "datasets/x/data", config: "datasets/x/config/comparison.yml", ...sources });
  return { root, repo, outside: join(root, "outside") };
}

function writeManifest(repo: string, sources: Record<string, unknown>): void {
  mkdirSync(join(repo, "configuration"), { recursive: true });
  writeFileSync(join(repo, MANIFEST), JSON.stringify({ datasets: [{ id: "x", sources }] }, null, 2));
}

/**
 * The CLI on `cwd` in a child process that may use 4 GiB of data and 30 s: a
 * read of `/dev/zero` or a FIFO ends it rather than the test run.
 */
function boundedCli(cwd: string, argv: string[] = []): { code: number | null; stderr: string } {
  const child = spawnSync(
    "bash",
    [
      "-c",
      'ulimit -d 4194304; exec "$0" "$@"',
      process.execPath,
      "--import",
      "tsx",
      "test/helpers/peak-rss.ts",
      cwd,
      ...argv,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const out = child.stdout.trim();
  if (!out.startsWith("{"))
    return { code: child.status, stderr: `(the run did not finish: ${child.signal ?? child.status})` };
  const result = JSON.parse(out) as { code: number; stderr: string };
  return { code: result.code, stderr: result.stderr };
}

/** One line on stderr with exit code 2, naming where the path was written, and nothing of the target's bytes. */
function expectRefused(run: { code: number | null; stderr: string }, message: RegExp): void {
  expect(run.stderr).not.toContain(SECRET);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
}

/** Generous: a run that reads a device ends at the child's limits, in tens of seconds. */
const BOUNDED = 60_000;

describe.skipIf(!posix)("paths the dataset manifest writes outside the repository", () => {
  for (const written of ["/dev/zero", "/dev/urandom", "/proc/self/environ", "../outside/secret.yml"]) {
    it(`sources.config: ${written}`, { timeout: BOUNDED }, () => {
      const { repo } = catalog({ config: written });
      expectRefused(
        boundedCli(repo),
        new RegExp(
          `^catalog-lint: configuration/datasets\\.manifest\\.json:\\d+: \`datasets\\.0\\.sources\\.config\`: found \`"${literally(written)}"\`, expected a file path inside the repository \\(.*\\); fix the manifest`,
        ),
      );
    });
  }
});

describe.skipIf(!posix)("links in the repository that the dataset manifest names", () => {
  const targets: Array<[string, (outside: string) => string, RegExp]> = [
    ["/dev/zero", () => "/dev/zero", /a symbolic link leading outside the repository/],
    ["/dev/urandom", () => "/dev/urandom", /a symbolic link leading outside the repository/],
    ["/proc/self/environ", () => "/proc/self/environ", /a symbolic link leading outside the repository/],
    ["a file outside", (outside) => join(outside, "secret.yml"), /a symbolic link leading outside the repository/],
    ["nothing", () => "nowhere.yml", /a symbolic link to nothing/],
    [".git/config", () => "../../../.git/config", /a path inside `\.git\/`, git's own files/],
  ];
  for (const [name, target, why] of targets) {
    for (const key of ["config", "configDefaults"]) {
      it(`sources.${key} -> ${name}`, { timeout: BOUNDED }, () => {
        const written = "datasets/x/config/linked.yml";
        const { repo, outside } = catalog(key === "config" ? { config: written } : { configDefaults: [written] });
        symlinkSync(target(outside), join(repo, written));
        const shownKey = key === "config" ? "datasets.0.sources.config" : "datasets.0.sources.configDefaults.0";
        expectRefused(
          boundedCli(repo),
          new RegExp(
            `^catalog-lint: configuration/datasets\\.manifest\\.json:\\d+: \`${literally(shownKey)}\`: found \`${literally(written)}\`, ${why.source}.*catalog-lint did not read it\\. Point it to a criteria file in the repository, or pass --schema`,
          ),
        );
      });
    }
  }
});

describe.skipIf(!posix)("files in the repository that the dataset manifest names", () => {
  it("a FIFO", { timeout: BOUNDED }, () => {
    const { repo } = catalog({ config: "datasets/x/config/pipe.yml" });
    execFileSync("mkfifo", [join(repo, "datasets/x/config/pipe.yml")]);
    expectRefused(
      boundedCli(repo),
      /:\d+: `datasets\.0\.sources\.config`: found `datasets\/x\/config\/pipe\.yml`, a special file \(a FIFO, socket or device\), expected a regular file;/,
    );
  });

  it("a folder", () => {
    const { repo } = catalog({ configDefaults: ["datasets/x/data"] });
    expectRefused(
      cli([], repo),
      /:\d+: `datasets\.0\.sources\.configDefaults\.0`: found `datasets\/x\/data`, a folder, expected a regular file;/,
    );
  });

  it("a file of 3 MiB", () => {
    const { repo } = catalog({ config: "datasets/x/config/big.yml" });
    writeFileSync(join(repo, "datasets/x/config/big.yml"), `criteria: []\n${"#".repeat(3 * 1024 * 1024)}\n`);
    expectRefused(
      cli([], repo),
      /found `datasets\/x\/config\/big\.yml`, a file of 3\.0 MiB, expected at most 2\.0 MiB;/,
    );
  });

  it("a data folder that links out is not walked", () => {
    const { repo, outside } = catalog({ dataDir: "datasets/y/data" });
    mkdirSync(join(repo, "datasets/y"), { recursive: true });
    symlinkSync(outside, join(repo, "datasets/y/data"));
    expectRefused(
      cli(["--format", "json"], repo),
      /^catalog-lint: configuration\/datasets\.manifest\.json:\d+: `datasets\.0\.sources\.dataDir`: found `datasets\/y\/data`, a symbolic link leading outside the repository .*catalog-lint did not walk it/,
    );
  });
});

describe.skipIf(!posix)("files found by convention: the template, the layout's comparison.yml", () => {
  for (const target of ["/proc/self/environ", "/dev/zero"]) {
    it(`a template linked to ${target}`, { timeout: BOUNDED }, () => {
      const { repo } = catalog();
      const template = join(repo, "datasets/x/config/x-comparison-template.md");
      rmSync(template);
      symlinkSync(target, template);
      expectRefused(
        boundedCli(repo),
        /^catalog-lint: datasets\/x\/config\/x-comparison-template\.md: found a symbolic link leading outside the repository .*Make dataset `x`'s template a regular file in the repository, or pass --schema/,
      );
    });
  }

  it("datasets/<id>/config/comparison.yml linked to a file outside, without a manifest", () => {
    const { repo, outside } = catalog();
    rmSync(join(repo, "configuration"), { recursive: true });
    rmSync(join(repo, "datasets/x/config/comparison.yml"));
    symlinkSync(join(outside, "secret.yml"), join(repo, "datasets/x/config/comparison.yml"));
    expectRefused(
      cli([], repo),
      /^catalog-lint: datasets\/x\/config\/comparison\.yml: found a symbolic link leading outside/,
    );
  });
});

describe.skipIf(!posix)("the config file itself", () => {
  for (const target of ["/dev/zero", "/dev/urandom", "/proc/self/environ", "../outside/secret.md", "a FIFO"]) {
    it(`linked to ${target}`, { timeout: BOUNDED }, () => {
      const { repo } = catalog();
      if (target === "a FIFO") execFileSync("mkfifo", [join(repo, "pipe")]);
      symlinkSync(target === "a FIFO" ? "pipe" : target, join(repo, ".catalog-lintrc.yml"));
      expectRefused(
        boundedCli(repo),
        /^catalog-lint: Cannot read the config file \.catalog-lintrc\.yml: found (a symbolic link leading outside the repository \(.*\)|a special file \(a FIFO, socket or device\)), expected a regular file/,
      );
    });
  }
});

describe.skipIf(!posix)("the config's `schema`", () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      "/proc/self/environ",
      "schema: /proc/self/environ\n",
      "schema",
      /found `\/proc\/self\/environ`, a path outside the repository/,
    ],
    [
      "../outside",
      "schema: ../outside/secret.md\n",
      "schema",
      /found `\.\.\/outside\/secret\.md`, a path outside the repository/,
    ],
    ["a link out", "schema: link.md\n", "schema", /found `link\.md`, a symbolic link leading outside the repository/],
    [".git/config", "schema: .git/config\n", "schema", /found `\.git\/config`, a path inside `\.git\/`/],
    ["a folder", "schema: datasets\n", "schema", /found `datasets`, a folder, expected a regular file/],
    [
      "an override's /dev/urandom",
      "overrides:\n  - files: ['**']\n    schema: /dev/urandom\n",
      "overrides.0.schema",
      /found `\/dev\/urandom`, a path outside/,
    ],
  ];
  for (const [name, config, key, found] of cases) {
    it(name, { timeout: BOUNDED }, () => {
      const { repo, outside } = catalog();
      symlinkSync(join(outside, "secret.md"), join(repo, "link.md"));
      writeFileSync(join(repo, ".catalog-lintrc.yml"), config);
      const run = boundedCli(repo);
      expectRefused(run, new RegExp(`^catalog-lint: \\.catalog-lintrc\\.yml:\\d: \`${literally(key)}\`: `));
      expect(run.stderr).toMatch(found);
      expect(run.stderr).toMatch(
        /catalog-lint did not read it\. Point it to a schema or template file in the repository/,
      );
    });
  }
});

describe.skipIf(!posix)("the config's `include` walks only inside the checkout", () => {
  for (const pattern of ["../outside/**/*.md", "../../../../**/*.md", "out/**/*.md", "datasets/../../outside/*.md"]) {
    it(pattern, () => {
      const { repo, outside } = catalog();
      symlinkSync(outside, join(repo, "out"));
      writeFileSync(
        join(repo, ".catalog-lintrc.json"),
        `{\n  "include": [\n    "datasets/**/*.md",\n    ${JSON.stringify(pattern)}\n  ]\n}\n`,
      );
      const run = cli(["--format", "json"], repo);
      expect(run.stdout).toBe("");
      expectRefused(
        run,
        /^catalog-lint: \.catalog-lintrc\.json:4: `include\.1`: found `.*`, a pattern whose folder is a (path|symbolic link leading) outside the repository \(.*\), expected a pattern inside the repository; catalog-lint did not walk it\./,
      );
      // From a folder of the repository, what stays inside it is walked as before.
      mkdirSync(join(repo, "datasets/x/data/sub"));
      writeFileSync(join(repo, "datasets/x/data/sub/.catalog-lintrc.json"), JSON.stringify({ include: ["../*.md"] }));
      const inside = JSON.parse(cli(["--format", "json"], join(repo, "datasets/x/data/sub")).stdout) as JsonResult[];
      expect(inside.map((r) => r.filePath.slice(repo.length + 1))).toEqual(["datasets/x/data/a.md"]);
      // Paths the user types are theirs: the folder outside is linted (its heading is the user's to see).
      rmSync(join(repo, ".catalog-lintrc.json"));
      const typed = JSON.parse(cli(["--format", "json", outside], repo).stdout) as JsonResult[];
      expect(typed.map((r) => r.filePath)).toEqual([join(outside, "secret.md")]);
    });
  }
});

/** `text` in a RegExp, literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

describe("a dataset manifest of the wrong shape is one line naming the key", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["null", "null", /: the top level: found `null`, expected an object with a `datasets` list; fix the manifest/],
    ["a list", "[1]", /: the top level: found a list, expected an object/],
    ["datasets not a list", '{"datasets": {"x": 1}}', /:1: `datasets`: found an object, expected a list of datasets/],
    ["a null dataset", '{\n  "datasets": [\n    null\n  ]\n}', /:3: `datasets\.0`: found `null`, expected a dataset/],
    [
      "an id of 3",
      '{"datasets": [{"id": 3, "sources": {"dataDir": "d"}}]}',
      /:1: `datasets\.0\.id`: found `3`, expected a string/,
    ],
    [
      "sources a string",
      '{"datasets": [{"id": "x", "sources": "s"}]}',
      /:1: `datasets\.0\.sources`: found `"s"`, expected an object/,
    ],
    [
      "dataDir a number",
      '{"datasets": [{"id": "x", "sources": {"dataDir": 7}}]}',
      /:1: `datasets\.0\.sources\.dataDir`: found `7`, expected a folder path/,
    ],
    [
      "dataDirs a string",
      '{"datasets": [{"id": "x", "sources": {"dataDirs": "d"}}]}',
      /:1: `datasets\.0\.sources\.dataDirs`: found `"d"`, expected a list of folder paths/,
    ],
    [
      "config a list",
      '{"datasets": [{"id": "x", "sources": {"dataDir": "d", "config": ["a"]}}]}',
      /:1: `datasets\.0\.sources\.config`: found a list, expected a file path/,
    ],
    [
      "a null criteria file",
      '{"datasets": [\n{"id": "x", "sources": {"dataDir": "d",\n"configDefaults": ["a.yml", null]}}]}',
      /:3: `datasets\.0\.sources\.configDefaults\.1`: found `null`, expected a file path/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const dir = tempDir("repository-paths", { [MANIFEST]: text, "d/a.md": CLEAN });
      for (const argv of [[], ["d/a.md"]]) {
        const run = cli(argv, dir);
        expectRefused(run, new RegExp(`^catalog-lint: configuration/datasets\\.manifest\\.json${message.source}`));
      }
    });
  }
});
