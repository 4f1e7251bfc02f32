/**
 * The speed tricks of the bundles, each checked where it would silently stop
 * working (the perf ledger in bench/README.md names these tests): a package
 * loaded on first use coming back into a bundle, or loaded by a run that does
 * not need it; a file beside the bundles missing what its source twin exports;
 * zod's other locales; @actions/core's OIDC client; a code cache written by a
 * run that compiled next to nothing.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const CATALOG = join(ROOT, "test", "fixtures", "action-catalog");
const ENTRY = "datasets/tools/data/clean-tool.md";
const PRELOAD = join(ROOT, "test", "helpers", "loaded-at-exit.cjs");
/** What src/util/builtins.ts loads on first use: a one-file run needs none of them. */
const LAZY_BUILTINS = ["child_process", "crypto", "v8", "worker_threads", "zlib"];
/** What scripts/build.mjs keeps out of every bundle (its LEFT_OUT). */
const LEFT_OUT = [
  "zod",
  "yaml",
  "re2js",
  "micromark",
  "ajv",
  "ajv-formats",
  "toml-eslint-parser",
  "undici",
  "@octokit/core",
  "@actions/http-client",
];
/** The files beside the bundles that src/util/packages.ts loads. */
const TWINS = readdirSync(join(ROOT, "src", "util")).filter((name) => name.endsWith(".cjs"));

const bundlesDir = () => tempDir("bundles");

const read = (name: string) => readFileSync(join(DIST, name), "utf8");

interface Loaded {
  /** The files of dist/ the process required, by name. */
  dist: string[];
  /** Node's own modules it loaded that `node -e 0` does not. */
  builtins: string[];
}

function loadedBy(args: string[], cwd: string): Loaded {
  const dist = bundlesDir();
  copyInto(DIST, dist);
  const run = (argv: string[]) => {
    const out = join(dist, "loaded.json");
    const child = spawnSync(process.execPath, ["--require", PRELOAD, ...argv], {
      cwd,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: join(dist, "cache"), CATALOG_LINT_TEST_LOADED: out },
    });
    expect(child.stderr).toBe("");
    return JSON.parse(readFileSync(out, "utf8")) as { files: string[]; builtins: string[] };
  };
  const bare = new Set(run(["-e", "0"]).builtins);
  const { files, builtins } = run([join(dist, "cli.cjs"), "--format", "json", "--now", "2026-11-28", ...args]);
  return {
    dist: files.filter((file) => file.startsWith(dist)).map((file) => basename(file)),
    builtins: builtins.filter((name) => !bare.has(name)),
  };
}

describe("the bundles", () => {
  it("leave out the packages only some runs need", () => {
    for (const bundle of ["cli.cjs", "cli-bundle.cjs", "index.cjs"]) {
      const text = read(bundle);
      expect(text.length, bundle).toBeGreaterThan(1000);
      expect(
        LEFT_OUT.filter((name) => text.includes(`\n// node_modules/${name}/`)),
        bundle,
      ).toEqual([]);
    }
    // The check is not vacuous: the files beside them hold what they left out.
    expect(read("config-parsers.cjs")).toContain("\n// node_modules/zod/");
    expect(read("config-parsers.cjs")).toContain("\n// node_modules/yaml/");
    expect(read("remark-parser.cjs")).toContain("\n// node_modules/micromark/");
    expect(read("json-schema-validator.cjs")).toContain("\n// node_modules/ajv/");
    expect(read("json-schema-validator.cjs")).toContain("\n// node_modules/ajv-formats/");
    expect(read("octokit.cjs")).toContain("\n// node_modules/@octokit/core/");
  });

  it("have beside them each file src/util/packages.ts loads, exporting what its source twin does", () => {
    const loads = [
      ...readFileSync(join(ROOT, "src", "util", "packages.ts"), "utf8").matchAll(/load\("\.\/([\w-]+\.cjs)"\)/g),
    ];
    expect(loads.map((m) => m[1]).sort()).toEqual([...TWINS].sort());
    const fromSource = createRequire(join(ROOT, "src", "util", "packages.ts"));
    const fromDist = createRequire(join(DIST, "index.cjs"));
    for (const twin of TWINS) {
      const source = fromSource(`./${twin}`) as Record<string, unknown>;
      const bundled = fromDist(`./${twin}`) as Record<string, unknown>;
      expect(Object.keys(bundled).sort(), twin).toEqual(Object.keys(source).sort());
      for (const key of Object.keys(source)) expect(typeof bundled[key], `${twin}: ${key}`).toBe(typeof source[key]);
    }
  });

  it("start a one-file run without loading a file beside them or a built-in loaded on first use", () => {
    const loaded = loadedBy([ENTRY], CATALOG);
    // cli-bundle.cjs runs through vm.Script (src/cli/bin.ts), so only what is required shows here.
    expect(loaded.dist.sort()).toEqual(["cli.cjs"]);
    expect(loaded.builtins.filter((name) => LAZY_BUILTINS.includes(name))).toEqual([]);
  });

  it("load zod and yaml for a run with a config, and nothing else beside them", () => {
    const config = join(bundlesDir(), "catalog-lintrc.yaml");
    writeFileSync(config, "rules:\n  stale-date:\n    - warn\n    - maxAgeDays: 365\n");
    const loaded = loadedBy([ENTRY, "--config", config], CATALOG);
    expect(loaded.dist.sort()).toEqual(["cli.cjs", "config-parsers.cjs"]);
  });

  it("load the TOML parser for a file with `+++` front matter, and only then", () => {
    const catalog = join(ROOT, "test", "fixtures", "init", "hugo-toml");
    const loaded = loadedBy(["content/tools/hugo/index.md"], catalog);
    expect(loaded.dist).toContain("toml-parser.cjs");
    // The runs above (YAML front matter, a config, a JSON Schema) list every file they load: none is it.
    expect(read("toml-parser.cjs")).toContain("\n// node_modules/toml-eslint-parser/");
  });

  it("load ajv for a run whose schema names a JSON Schema, and only then", () => {
    const catalog = join(ROOT, "test", "fixtures", "json-schema");
    const loaded = loadedBy(["src/content/cms/decap.md"], catalog);
    expect(loaded.dist.sort()).toEqual(["cli.cjs", "config-parsers.cjs", "json-schema-validator.cjs"]);
    // The same catalog with a schema file that names no JSON Schema: no ajv.
    const without = bundlesDir();
    copyInto(catalog, without);
    writeFileSync(
      join(without, "catalog.schema.yaml"),
      "name: cms\ngroups: []\ntitle: { from: frontMatter, key: title }\nfrontMatter:\n  keys:\n    title: { type: string, required: true }\nbody:\n  open: true\n",
    );
    expect(loadedBy(["src/content/cms/decap.md"], without).dist.sort()).toEqual(["cli.cjs", "config-parsers.cjs"]);
  });

  it("hold zod's English messages only", () => {
    const locales = [...read("config-parsers.cjs").matchAll(/\n\/\/ node_modules\/zod\/v4\/locales\/([\w-]+)\.js\n/g)];
    expect(locales.map((m) => m[1])).toEqual(["en"]);
  });

  it("leave out @actions/core's OIDC client, which the Action never calls", () => {
    for (const bundle of ["index.cjs", "octokit.cjs"]) {
      expect(read(bundle), bundle).not.toContain("\n// node_modules/@actions/core/lib/oidc-utils.js\n");
      // The stand-in module in its place (scripts/build.mjs's coreWithoutOidc).
      expect(read(bundle), bundle).toContain("\n// core-without-oidc:oidc-utils\n");
    }
  });
});

describe("the CLI's code cache", () => {
  it("is written by the first run that lints, not by one that only prints its version or help", () => {
    const dist = bundlesDir();
    copyInto(DIST, dist);
    const home = join(dist, "cache");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(dist, "cli.cjs"), ...args], {
        cwd: CATALOG,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: home },
      });
    const cached = () => {
      try {
        return readdirSync(join(home, "catalog-lint")).filter((name) => name.startsWith("code-"));
      } catch {
        return [];
      }
    };
    for (const args of [["--version"], ["-v"], ["--help"], ["-h"]]) expect(run(...args).status).toBe(0);
    expect(cached()).toEqual([]);
    expect(run("--now", "2026-11-28", ENTRY).stderr).toBe("");
    expect(cached()).toHaveLength(1);
  });
});

describe("the sources", () => {
  const SRC = join(ROOT, "src");
  const modules = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? modules(join(folder, e.name)) : e.name.endsWith(".ts") ? [join(folder, e.name)] : [],
    );

  it("import the packages only some runs need as types only (src/util/packages.ts loads them)", () => {
    const lazy =
      /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(zod|yaml|re2js|remark-parse|unified|ajv|ajv-formats|ajv\/[\w/.]+|@actions\/github|@octokit\/[\w-]+)"/gm;
    const found = modules(SRC).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(lazy)].map((m) => `${file.slice(SRC.length + 1)}: ${m[1]}`),
    );
    // Octokit's own module is loaded on demand by src/action/octokit-lazy.ts.
    expect(found.filter((line) => !line.startsWith("action/octokit.ts:"))).toEqual([]);
    expect(found.some((line) => line.startsWith("action/octokit.ts: @actions/github"))).toBe(true);
  });
});
