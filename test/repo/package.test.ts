/**
 * The published package is one package: `dist/` bundles everything the CLI and the Action run,
 * so package.json declares none of it as a runtime dependency (an install would fetch 87
 * packages, 62 MB, for nothing), and `files` ships every file the bundles load.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { NOTICES_FILE, renderNotices } from "../../scripts/third-party-notices.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  main: string;
  files: string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { main: string } };

/** The files `npm pack` would publish, as npm itself lists them (nothing is fetched or written). */
let packed: string[] = [];
beforeAll(() => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "--offline"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [report] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  packed = (report?.files ?? []).map((f) => f.path).sort();
}, 60_000);

const BUNDLES = [
  "api.cjs",
  "cli.cjs",
  "cli-bundle.cjs",
  "index.cjs",
  "octokit.cjs",
  "re2js.cjs",
  "remark-parser.cjs",
  "config-parsers.cjs",
  "json-schema-validator.cjs",
  "toml-parser.cjs",
];

/** The packages esbuild put in dist/: it heads each module it bundles with `// node_modules/<package>/…`. */
function bundledPackages(): Set<string> {
  const names = new Set<string>();
  for (const file of BUNDLES) {
    const text = readFileSync(join(ROOT, "dist", file), "utf8");
    for (const m of text.matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) names.add(m[1] as string);
  }
  return names;
}

/**
 * What a bundle loads when it runs: relative files (`require("./x.cjs")`, `createRequire(…)("./x.cjs")`,
 * `new URL("./x.cjs", importMetaUrl)`) and bare module names (`require("node:fs")`).
 */
function loadsOf(file: string): { relative: string[]; bare: string[] } {
  const text = readFileSync(join(ROOT, file), "utf8");
  const relative = new Set<string>();
  const bare = new Set<string>();
  // `require("./x")`, `createRequire(…)("./x")`, `new URL("./x", …)`, and a loader's `load("./x.cjs")` (src/util/packages.ts).
  for (const m of text.matchAll(/(?:\brequire|\)|new URL|\bload\d*)\(\s*"(\.\.?\/[^"]+)"/g)) {
    relative.add(posix.join(posix.dirname(file), m[1] as string));
  }
  // Not one written in a string or template (`` _`require("ajv/dist/runtime/equal")` ``): that is
  // text ajv writes into standalone validation code, which catalog-lint never generates.
  for (const m of text.matchAll(/(?<![`'])\brequire\(\s*"([^"./][^"]*)"\s*\)/g)) bare.add(m[1] as string);
  return { relative: [...relative], bare: [...bare] };
}

describe("one package", () => {
  it("declares nothing dist/ bundles as a runtime dependency", () => {
    const bundled = bundledPackages();
    expect(bundled.size).toBeGreaterThan(10); // the marker esbuild writes is still the one read here
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"] as const) {
      const declared = Object.keys(pkg[field] ?? {});
      expect(
        declared.filter((name) => bundled.has(name)),
        `package.json ${field} lists packages dist/ bundles; move them to devDependencies`,
      ).toEqual([]);
    }
    // What our sources import directly is still declared, as a development dependency, so `npm ci` builds dist/.
    for (const name of [
      "zod",
      "yaml",
      "js-yaml",
      "remark-parse",
      "unified",
      "re2js",
      "@actions/core",
      "@actions/github",
    ]) {
      expect(bundled.has(name), `dist/ bundles ${name}`).toBe(true);
      expect(pkg.devDependencies[name], `${name} in devDependencies`).toBeDefined();
    }
  });

  it("ships every file the CLI, the Action and the API load, and they load nothing from node_modules", () => {
    const entries = [...Object.values(pkg.bin), action.runs.main, pkg.main].map((p) => posix.normalize(p));
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(packed, `${file} is loaded at run time but \`files\` in package.json leaves it out`).toContain(file);
      const { relative, bare } = loadsOf(file);
      const notBuiltin = bare.filter((name) => !builtinModules.includes(name.replace(/^node:/, "")));
      expect(notBuiltin, `${file} loads packages from node_modules, which an install no longer has`).toEqual([]);
      queue.push(...relative);
    }
    // Every file the bundles load on first use was reached (a changed loader would hide them here).
    expect([...seen].sort()).toEqual(
      [
        "dist/api.cjs",
        "dist/cli.cjs",
        "dist/cli-bundle.cjs",
        "dist/index.cjs",
        "dist/octokit.cjs",
        "dist/re2js.cjs",
        "dist/remark-parser.cjs",
        "dist/config-parsers.cjs",
        "dist/json-schema-validator.cjs",
        "dist/toml-parser.cjs",
      ].sort(),
    );
    for (const file of ["LICENSE", "CHANGELOG.md", "README.md", "action.yml", "schema/catalog-lintrc.schema.json"]) {
      expect(packed).toContain(file);
    }
    // Nothing of the sources, tests or benchmarks.
    expect(packed.filter((p) => /^(src|test|bench|scripts)\//.test(p))).toEqual([]);
  });

  it("ships the license notice of every package dist/ bundles, as the bundles and node_modules give them", () => {
    // The bundles carry those packages' code but not their LICENSE files, which npm installed before.
    const notices = readFileSync(join(ROOT, NOTICES_FILE), "utf8");
    expect(notices, `${NOTICES_FILE} is stale: run \`npm run notices\` after \`npm run build\``).toBe(
      renderNotices(ROOT),
    );
    for (const name of bundledPackages()) expect(notices, `${name} in ${NOTICES_FILE}`).toContain(`\n## ${name} `);
    expect(packed).toContain(NOTICES_FILE);
  });

  it("a copy of the packed files alone lints as the repository's dist/ does", () => {
    const copy = tempDir("packed");
    // Nothing above the copy may hold a node_modules it could fall back on.
    for (let dir = copy; dir !== dirname(dir); dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules")), `${dir}/node_modules`).toBe(false);
    }
    for (const file of packed) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    }
    // A catalog that loads every file beside the bundle: a config with a pattern (yaml, zod,
    // re2js.cjs) and an entry the block scanner leaves to remark-parse (remark-parser.cjs).
    const catalog = join(copy, "catalog");
    copyInto(join(ROOT, "test", "fixtures", "action-catalog"), catalog);
    writeFileSync(
      join(catalog, ".catalog-lintrc.yaml"),
      'rules:\n  filename: [error, { pattern: "^tool-[0-9]+\\\\.md$" }]\n',
    );
    writeFileSync(
      join(catalog, "datasets", "tools", "data", "nested-quote.md"),
      "# Nested - https://nested.example\n\n> quote\n> > nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    );
    const run = (cli: string, args: string[]) =>
      execFileSync(process.execPath, [cli, ...args], {
        cwd: catalog,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", CATALOG_LINT_CODE_CACHE: "0", NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
    const lint = (cli: string) => {
      try {
        return run(cli, ["--format", "json", "--now", "2026-11-28", "."]);
      } catch (error) {
        const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
        expect(status, stderr).toBe(1); // findings, not a failed run
        return stdout;
      }
    };
    const alone = lint(join(copy, "dist", "cli.cjs"));
    expect(alone).toBe(lint(join(ROOT, "dist", "cli.cjs")));
    const rules = new Set(
      (JSON.parse(alone) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) =>
        r.messages.map((m) => m.ruleId),
      ),
    );
    expect(rules.has("filename")).toBe(true); // the pattern was read and used
    expect(run(join(copy, "dist", "cli.cjs"), ["--version"]).trim()).toBe(pkg.version);
  });
});
