/**
 * The rule contract (issue 18, item 3): what a rule is handed, and what it hands
 * on. Catalog-level rules get the options the config gives the reported file;
 * each option is declared once; per-file data the rules share comes in the rule
 * context; reporters and the cache get rule metadata handed to them.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ResultsWriter, StoredResults } from "../../src/cache/format.js";
import { configForFile, loadConfig } from "../../src/config/load.js";
import { ruleOptionsSchema } from "../../src/config/schema.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { lint } from "../../src/lint/linter.js";
import type { FieldMatch } from "../../src/model/fields.js";
import { sarif } from "../../src/reporters/sarif.js";
import type { CatalogContext, RuleMeta } from "../../src/rule-api/define-rule.js";
import { type OptionDeclarations, optionDefaults, optionsSchema } from "../../src/rule-api/options.js";
import duplicateEntry from "../../src/rules/duplicate-entry.js";
import { rules, rulesById, rulesMeta } from "../../src/rules/index.js";
import { lintText } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

afterEach(() => {
  vi.restoreAllMocks();
});

const entry = (name: string) => `# ${name} - https://${name.toLowerCase()}.dev\n\n## General Info\n\n### Repo\n-\n`;

/** A folder of entries, linted (only `linted`) with `config` as a loaded config, duplicate-entry alone on. */
function lintFolderWith(
  files: Record<string, string>,
  linted: string[],
  config: Record<string, unknown>,
): Record<string, Diagnostic[]> {
  const dir = tempDir("contract");
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const off = Object.fromEntries(rules.filter((r) => r.id !== "duplicate-entry").map((r) => [r.id, "off"]));
    const { rules: own, ...rest } = config as { rules?: Record<string, unknown> };
    const run = lint(linted, {
      cwd: dir,
      // Not validated, as test/helpers/lint-text.ts's lintFolder: options only this test's stand-in knows.
      config: { config: { schema: "awesome-comparisons", ...rest, rules: { ...off, ...own } } as never, dir },
      now: "2026-11-28",
    });
    return Object.fromEntries(run.results.map((r) => [r.filePath, r.diagnostics]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("catalog-level rules", () => {
  /**
   * duplicate-entry takes no options, so its own findings cannot show which it got: the
   * stand-in reports every linted entry it is shown, quoting the options it was given.
   */
  const calls: Array<{ options: unknown; entries: string[] }> = [];
  function quoteOptions() {
    calls.length = 0;
    vi.spyOn(duplicateEntry, "checkCatalog").mockImplementation((context: CatalogContext<Record<string, unknown>>) => {
      calls.push({ options: context.options, entries: context.entries.map((e) => e.filePath).sort() });
      for (const summary of context.entries) {
        if (!summary.linted || !summary.title) continue;
        context.report(summary.filePath, {
          messageId: "name",
          data: { name: JSON.stringify(context.options), other: "x.md", line: 1 },
          range: summary.title.range,
        });
      }
    });
  }
  const quoted = (found: Diagnostic[] | undefined) => found?.map((d) => `${d.severity} ${d.message}`);

  it("get the options the config gives, not the defaults", () => {
    quoteOptions();
    const found = lintFolderWith({ "a.md": entry("Same") }, ["a.md"], {
      rules: { "duplicate-entry": ["warn", { tag: "set" }] },
    });
    expect(calls).toEqual([{ options: { tag: "set" }, entries: ["a.md"] }]);
    expect(quoted(found["a.md"])).toEqual([
      'warn Unexpected entry name `{"tag":"set"}`, also used by `x.md` (line 1): expected one entry per tool',
    ]);
  });

  it("report each file with its own options (overrides included), comparing every entry in each run", () => {
    quoteOptions();
    const files = { "a.md": entry("Same"), "b.md": entry("Same"), "c.md": entry("Same"), "d.md": entry("Same") };
    const found = lintFolderWith(files, ["a.md", "b.md", "c.md"], {
      rules: { "duplicate-entry": ["warn", { tag: "base" }] },
      overrides: [
        { files: ["b.md"], rules: { "duplicate-entry": ["error", { tag: "override" }] } },
        { files: ["c.md"], rules: { "duplicate-entry": "off" } },
      ],
    });
    // One run per distinct options, each over the linted entries and the peer d.md.
    expect(calls).toEqual([
      { options: { tag: "base" }, entries: ["a.md", "b.md", "c.md", "d.md"] },
      { options: { tag: "override" }, entries: ["a.md", "b.md", "c.md", "d.md"] },
    ]);
    expect(quoted(found["a.md"])).toEqual([expect.stringMatching(/^warn .*\{"tag":"base"\}/)]);
    expect(quoted(found["b.md"])).toEqual([expect.stringMatching(/^error .*\{"tag":"override"\}/)]);
    expect(found["c.md"]).toEqual([]);
    expect(found["d.md"]).toBeUndefined(); // a peer: compared with, never reported
  });

  it("get the very options a validated config file sets", () => {
    const calls: unknown[] = [];
    const real = duplicateEntry.checkCatalog?.bind(duplicateEntry);
    vi.spyOn(duplicateEntry, "checkCatalog").mockImplementation((context) => {
      calls.push(context.options);
      real?.(context);
    });
    const dir = tempDir("contract");
    try {
      writeFileSync(join(dir, ".catalog-lintrc.json"), JSON.stringify({ rules: { "duplicate-entry": ["error", {}] } }));
      writeFileSync(join(dir, "a.md"), entry("Same"));
      writeFileSync(join(dir, "b.md"), entry("same"));
      const config = loadConfig(dir);
      const run = lint(["a.md", "b.md"], { cwd: dir, config, now: "2026-11-28", schema: "awesome-comparisons" });
      const given = configForFile(config, join(dir, "a.md")).rules.get("duplicate-entry")?.options;
      // The object the config's settings hold (parsed from the file), not the rule's defaults.
      expect(given).not.toBe(duplicateEntry.defaults);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toBe(given);
      const severities = run.results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === "duplicate-entry"));
      expect(severities.map((d) => d.severity)).toEqual(["error", "error"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("rule options, each declared once", () => {
  const declared: OptionDeclarations<{ limit: number; names: string[] }> = {
    limit: { default: 3, description: "How many", schema: (zod) => zod.number().int().positive() },
    names: { default: ["a"], description: "Which names", schema: (zod) => zod.array(zod.string()) },
  };

  it("derive the defaults without zod, and a schema that fills in, documents and checks each one", () => {
    const defaults = optionDefaults(declared);
    expect(defaults).toEqual({ limit: 3, names: ["a"] });
    const schema = optionsSchema(declared, defaults, z);
    expect(schema.parse(undefined)).toEqual(defaults);
    expect(schema.parse({ limit: 5 })).toEqual({ limit: 5, names: ["a"] });
    expect(schema.safeParse({ limit: 0 }).success).toBe(false);
    expect(schema.safeParse({ limits: 5 }).success).toBe(false); // unknown option
    const json = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, unknown> };
    expect(json.properties).toEqual({
      limit: {
        type: "integer",
        exclusiveMinimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        default: 3,
        description: "How many",
      },
      names: { type: "array", items: { type: "string" }, default: ["a"], description: "Which names" },
    });
  });

  it("are what every rule's defaults and config schema come from", () => {
    for (const rule of rules) {
      const names = Object.keys(rule.options);
      expect(Object.keys(rule.defaults), rule.id).toEqual(names);
      for (const name of names) expect(rule.defaults[name], `${rule.id}.${name}`).toBe(rule.options[name]?.default);
      const json = z.toJSONSchema(ruleOptionsSchema(rule), { io: "input" }) as {
        properties?: Record<string, { default?: unknown; description?: string }>;
      };
      expect(Object.keys(json.properties ?? {}), rule.id).toEqual(names);
      for (const name of names) {
        expect(json.properties?.[name]?.description, `${rule.id}.${name}`).toBe(rule.options[name]?.description);
      }
    }
    // Not vacuous: rules with options exist, with more than one option for some.
    expect(rules.filter((r) => Object.keys(r.options).length > 1).length).toBeGreaterThan(0);
  });
});

describe("the rule context", () => {
  it("hands every rule of one file the same field matches, and each file its own", () => {
    const seen: Array<{ rule: string; path: string; matches: readonly FieldMatch[] }> = [];
    for (const id of ["date-format", "label-value", "url"]) {
      const rule = rulesById.get(id);
      if (!rule) throw new Error(`no rule ${id}`);
      const check = rule.check.bind(rule);
      vi.spyOn(rule, "check").mockImplementation((context) => {
        seen.push({ rule: id, path: context.entry.source.path, matches: context.fieldMatches() });
        check(context);
      });
    }
    const text = "# Tool - https://tool.dev\n\n## General Info\n\n### Last Update\n2026-01-01\n";
    lintText(text, { rules: ["date-format", "label-value", "url"], path: "one.md" });
    lintText(text, { rules: ["date-format", "label-value", "url"], path: "two.md" });
    expect(seen.map((s) => `${s.path} ${s.rule}`)).toEqual([
      "one.md date-format",
      "one.md label-value",
      "one.md url",
      "two.md date-format",
      "two.md label-value",
      "two.md url",
    ]);
    const [one, two] = [seen.slice(0, 3), seen.slice(3)];
    expect(one.every((s) => s.matches === one[0]?.matches)).toBe(true);
    expect(two.every((s) => s.matches === two[0]?.matches)).toBe(true);
    expect(two[0]?.matches).not.toBe(one[0]?.matches);
    expect(one[0]?.matches.map((m) => m.spec.name)).toEqual(["Last Update"]);
  });

  it("is where per-file data lives: rules, rule helpers and the model keep no module variables", () => {
    const src = join(import.meta.dirname, "..", "..", "src");
    const modules = ["rules", "rule-api", "model"].flatMap((folder) =>
      readdirSync(join(src, folder))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => `${folder}/${name}`),
    );
    expect(modules).toContain("rules/section-order.ts");
    const reassignable: string[] = [];
    for (const module of modules) {
      const file = ts.createSourceFile(module, readFileSync(join(src, module), "utf8"), ts.ScriptTarget.Latest);
      for (const statement of file.statements) {
        if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const) continue;
        for (const d of statement.declarationList.declarations) reassignable.push(`${module}: ${d.name.getText(file)}`);
      }
    }
    // A module `let` outlives the file (and the run) it was set for. (Module constants that memoize
    // by schema or options, in WeakMaps or bounded memos, are fine: they hold no file's data.)
    expect(reassignable).toEqual([]);
  });
});

describe("rule metadata handed on", () => {
  const meta: RuleMeta[] = [
    {
      id: "made-up",
      description: "A made-up rule should show as handed",
      category: "values",
      defaultSeverity: "warn",
      fixable: true,
      docsUrl: "https://docs.example/made-up",
    },
  ];

  it("is all SARIF lists: the rules, their index and their links come from the caller", () => {
    const diagnostics: Diagnostic[] = ["title", "made-up"].map((ruleId) => ({
      ruleId,
      severity: "error",
      message: "m",
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    }));
    const log = JSON.parse(sarif([{ filePath: "a.md", diagnostics }], { color: false, cwd: "/ws", rulesMeta: meta }));
    const [run] = log.runs;
    expect(run.tool.driver.rules).toEqual([
      {
        id: "made-up",
        name: "made-up",
        shortDescription: { text: "A made-up rule should show as handed" },
        fullDescription: { text: "A made-up rule should show as handed. Category: values. Fixable with `--fix`." },
        helpUri: "https://docs.example/made-up",
        defaultConfiguration: { level: "warning" },
        properties: { tags: ["values"] },
      },
    ]);
    // `title` is not in the handed list: no index; `made-up` is its first.
    expect(run.results.map((r: { ruleId: string; ruleIndex?: number }) => [r.ruleId, r.ruleIndex])).toEqual([
      ["title", undefined],
      ["made-up", 0],
    ]);
  });

  it("comes from the registry, in its order, with each rule's docs URL", () => {
    expect(rulesMeta().map((m) => m.id)).toEqual(rules.map((r) => r.id));
    const title = rulesMeta().find((m) => m.id === "title");
    expect(title?.docsUrl).toMatch(/\/docs\/rules\/title\.md$/);
    expect(Object.isFrozen(rulesMeta()) && Object.isFrozen(title)).toBe(true);
  });

  it("reaches the cache through its findings: a stored finding keeps the docs URL lint gave it", () => {
    const writer = new ResultsWriter();
    const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
    const diagnostics: Diagnostic[] = [
      { ruleId: "title", severity: "error", message: "m", range, url: "https://docs.example/title" },
      { ruleId: "title", severity: "warn", message: "n", range },
    ];
    const summary = { filePath: "a.md", folder: ".", repos: [], linted: true };
    writer.add("a.md", { context: "c", content: "h" }, { filePath: "a.md", diagnostics, directives: [], summary });
    const stored = StoredResults.read(writer.bytes("1.2.3"), "1.2.3");
    expect(stored?.open(0, "a.md")?.result().diagnostics).toEqual(diagnostics);
  });
});
