import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configForFile, findConfigFile, loadConfig, parseConfig } from "../../src/config/load.js";
import { tempDir } from "../helpers/temp.js";

describe("config validation names file, line, key path, found and expected", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "unknown top-level key",
      '{\n  "include": ["*.md"],\n  "rulez": {}\n}',
      /^rc\.json:3: `rulez`: unknown key `rulez` \(did you mean `rules`\?\), expected a documented key$/,
    ],
    [
      "unknown rule id",
      "rules:\n  stale-dates: warn\n",
      /^rc\.json:2: `rules\.stale-dates`: unknown key `stale-dates` \(did you mean `stale-date`\?\), expected a rule id \(see docs\/rules\)$/,
    ],
    [
      "bad severity",
      "rules:\n  title: loud\n",
      /^rc\.json:2: `rules\.title`: found `"loud"`, expected "off", "warn", "error" or \["warn", \{ options \}\]$/,
    ],
    [
      "bad option type",
      "rules:\n  stale-date:\n    - warn\n    - maxAgeDays: soon\n",
      /^rc\.json:4: `rules\.stale-date\.1\.maxAgeDays`: found `"soon"`, expected number$/,
    ],
    ["wrong type", '{"include": "docs/*.md"}', /^rc\.json:1: `include`: found `"docs\/\*\.md"`, expected array$/],
    [
      "unknown rule option",
      "rules:\n  stale-date: [warn, { maxAge: 3 }]\n",
      /^rc\.json:2: `rules\.stale-date\.1\.maxAge`: unknown key `maxAge`, expected an option of stale-date \(`maxAgeDays`\)$/,
    ],
    [
      "union of types",
      "overrides:\n  - files: 3\n",
      /^rc\.json:2: `overrides\.0\.files`: found `3`, expected string or array$/,
    ],
    ["syntax error", '{"include": [}', /^rc\.json:1:\d+: invalid syntax/],
    ["prototype key", '{"__proto__": {"x": 1}}', /`__proto__`: unexpected key `__proto__`/],
    [
      "misspelt key, with its did-you-mean",
      '{\n  "incude": ["*.md"]\n}',
      /^rc\.json:2: `incude`: unknown key `incude` \(did you mean `include`\?\), expected a documented key$/,
    ],
    [
      "misspelt key of an override",
      "overrides:\n  - files: x\n    rule: {}\n",
      /^rc\.json:3: `overrides\.0\.rule`: unknown key `rule` \(did you mean `rules`\?\), expected a documented key$/,
    ],
    [
      "misspelt rule option",
      "rules:\n  stale-date: [warn, { maxAgeDay: 3 }]\n",
      /^rc\.json:2: `rules\.stale-date\.1\.maxAgeDay`: unknown key `maxAgeDay` \(did you mean `maxAgeDays`\?\), expected an option of stale-date/,
    ],
    [
      "a key nothing is close to gets no suggestion",
      '{"colour": true}',
      /^rc\.json:1: `colour`: unknown key `colour`, expected a documented key$/,
    ],
    [
      "a comment in a .json config, at its line",
      '{\n  "include": ["a//b/*.md"],\n  // lint the drafts too\n  "exclude": []\n}',
      /^rc\.json:3: a comment, which JSON does not allow: remove it, or write the config as \.catalog-lintrc\.yaml \(YAML has `#` comments\)$/,
    ],
    [
      "a block comment after an escaped quote",
      '{"include": ["a\\"/*.md"] /* note */}',
      /^rc\.json:1: a comment, which JSON does not allow/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(() => parseConfig(text, "rc.json")).toThrow(expected);
    });
  }

  it("reads `//` inside JSON strings, and YAML comments, as no JSON comment", () => {
    expect(parseConfig('{"include": ["https://x//*.md"]}', "rc.json").include).toEqual(["https://x//*.md"]);
    expect(parseConfig("# note\ninclude: ['a//*.md'] # also\n", "rc.yaml").include).toEqual(["a//*.md"]);
  });

  it("accepts severities, [severity, options], overrides and $schema", () => {
    const config = parseConfig(
      JSON.stringify({
        $schema: "./node_modules/catalog-lint/schema/catalog-lintrc.schema.json",
        include: ["datasets/**/data/*.md"],
        rules: { "stale-date": ["warn", { maxAgeDays: 180 }], "section-order": "off", title: "error" },
        overrides: [{ files: "datasets/legacy/**", rules: { "stale-date": "off" } }],
      }),
      "rc.json",
    );
    expect(config.rules?.["stale-date"]).toEqual(["warn", { maxAgeDays: 180 }]);
  });
});

describe("config lookup and per-file settings", () => {
  it("walks up from the working directory and applies overrides by glob", () => {
    const root = tempDir("config");
    mkdirSync(join(root, "datasets", "legacy"), { recursive: true });
    writeFileSync(
      join(root, ".catalog-lintrc.yaml"),
      [
        "schema: awesome-comparisons",
        "rules:",
        "  stale-date: [error, { maxAgeDays: 30 }]",
        "  section-order: off",
        "overrides:",
        "  - files: ['datasets/legacy/**']",
        "    rules:",
        "      stale-date: off",
      ].join("\n"),
    );
    expect(findConfigFile(join(root, "datasets", "legacy"))).toBe(join(root, ".catalog-lintrc.yaml"));
    const loaded = loadConfig(join(root, "datasets", "legacy"));
    const normal = configForFile(loaded, join(root, "datasets", "a.md"));
    expect(normal.schema).toBe("awesome-comparisons");
    expect(normal.rules.get("stale-date")).toEqual({ severity: "error", options: { maxAgeDays: 30 } });
    expect(normal.rules.has("section-order")).toBe(false);
    expect(normal.rules.get("title")).toEqual({ severity: "error", options: {} });
    const legacy = configForFile(loaded, join(root, "datasets", "legacy", "b.md"));
    expect(legacy.rules.has("stale-date")).toBe(false);
  });

  it("resolves a schema path relative to the config file", () => {
    const root = tempDir("config");
    writeFileSync(join(root, ".catalog-lintrc.json"), '{"schema": "schemas/mine.yaml"}');
    const loaded = loadConfig(root);
    expect(configForFile(loaded, join(root, "x.md")).schema).toBe(join(root, "schemas", "mine.yaml"));
  });

  it("uses rule defaults when there is no config file", () => {
    const root = tempDir("config");
    const loaded = loadConfig(root);
    if (loaded.path) return; // a config above the temp dir would be found; nothing to assert then
    expect(configForFile(loaded, join(root, "x.md")).rules.get("stale-date")).toEqual({
      severity: "warn",
      options: { maxAgeDays: 365 },
    });
  });

  it("rejects a --config path that does not exist", () => {
    expect(() => loadConfig(tempDir("config"), "nope.json")).toThrow(/Config file nope\.json does not exist/);
  });
});

describe("a long value is cut in errors, never echoed whole", () => {
  it("a 1 MB value is quoted by its start and its length", () => {
    const text = JSON.stringify({ include: "a".repeat(1024 * 1024) });
    expect(() => parseConfig(text, "rc.json")).toThrow(
      /^rc\.json:1: `include`: found `"a{79}…` \(1,048,578 characters\), expected array$/,
    );
  });

  it("a 10 MB config file is refused in one short line, before it is read", () => {
    const root = tempDir("config");
    writeFileSync(join(root, ".catalog-lintrc.json"), JSON.stringify({ include: "a".repeat(10 * 1024 * 1024) }));
    expect(() => loadConfig(root)).toThrow(
      /^Cannot read the config file \.catalog-lintrc\.json: found a file of 10\.0 MiB, expected at most 2\.0 MiB; catalog-lint did not read it\. Make it a regular file in the repository, or pass --config$/,
    );
  });
});
