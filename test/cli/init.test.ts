import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";
import { copyCatalog, tempDir } from "../helpers/temp.js";

const FIXTURES = resolve(import.meta.dirname, "..", "fixtures", "init");

interface Finding {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

/** `catalog-lint init` in a copy of fixture `name`, then a lint run there: its findings. */
function initThenLint(root: string): { init: ReturnType<typeof cli>; findings: Finding[] } {
  const init = cli(["init"], root);
  const linted = cli(["--format", "json"], root);
  const report = JSON.parse(linted.stdout) as Array<{
    filePath: string;
    messages: Array<{ line: number; ruleId: string; message: string }>;
  }>;
  const findings = report.flatMap((f) =>
    f.messages.map((m) => ({
      file: f.filePath.slice(root.length + 1),
      line: m.line,
      ruleId: m.ruleId,
      message: m.message,
    })),
  );
  return { init, findings };
}

const shortly = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();

describe("catalog-lint init, then catalog-lint: only the planted mistakes", () => {
  it("front matter only: a misspelt key, a missing key, broken YAML, a value outside the set, a date in another format", () => {
    const root = copyCatalog(join(FIXTURES, "front-matter-only"), "init-fm");
    const { init, findings } = initThenLint(root);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain("topics/*/index.md (10 entries) → catalog-schema.yaml");
    expect(shortly(findings)).toEqual([
      "topics/decap/index.md:5 front-matter-value",
      "topics/directus/index.md:1 front-matter-keys",
      "topics/ghost/index.md:3 front-matter-syntax",
      "topics/sanity/index.md:4 front-matter-value",
      "topics/tina/index.md:1 front-matter-keys",
      "topics/tina/index.md:6 front-matter-keys",
    ]);
    expect(findings.find((f) => f.line === 6)?.message).toBe(
      "Unexpected front-matter key `githb_url`, expected `github_url`",
    );
    // The value checks (enum, dates) are front-matter-value's: the schema says what it will check.
    const schema = readFileSync(join(root, "catalog-schema.yaml"), "utf8");
    expect(schema).toContain("enum:\n        - Git-based\n        - API-driven");
    expect(schema).not.toContain("Git-basd\n");
  });

  it("Hugo's TOML front matter (`+++`): a schema that lints its entries clean, then a seeded mistake on its line", () => {
    const root = copyCatalog(join(FIXTURES, "hugo-toml"), "init-hugo");
    const { init, findings } = initThenLint(root);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain("content/tools/*/index.md (7 entries) → catalog-schema.yaml");
    expect(findings).toEqual([]);
    const schema = readFileSync(join(root, "catalog-schema.yaml"), "utf8");
    // Inferred from the TOML data: the title key, a date, a boolean, a list of slugs, the [params] table.
    expect(schema).toContain("title:\n  from: frontMatter\n  key: title");
    expect(schema).toContain("# A `+++` front matter block in all 7 entries");
    expect(schema).toMatch(/date:\n\s+type: date\n/);
    expect(schema).toMatch(/draft:\n\s+type: boolean\n/);
    expect(schema).toMatch(/params:\n\s+type: map\n/);
    // Seeded: a date that is no ISO date, a misspelt key, and broken TOML, each reported on its line.
    const zola = join(root, "content", "tools", "zola", "index.md");
    writeFileSync(zola, readFileSync(zola, "utf8").replace("date = 2016-12-08", 'date = "Dec 8, 2016"'));
    const hugo = join(root, "content", "tools", "hugo", "index.md");
    writeFileSync(hugo, readFileSync(hugo, "utf8").replace("draft = false", "draf = false"));
    const tina = join(root, "content", "tools", "tina", "index.md");
    writeFileSync(tina, readFileSync(tina, "utf8").replace('kind = "cms"', 'kind = "cms'));
    const seeded = cli(["--format", "json"], root);
    const report = JSON.parse(seeded.stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; column: number; ruleId: string; message: string }>;
    }>;
    const found = report.flatMap((f) =>
      f.messages.map((m) => `${f.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(found.sort()).toEqual([
      "content/tools/hugo/index.md:1:1 front-matter-keys Missing front-matter key `draft`, expected it in the `+++` block",
      "content/tools/hugo/index.md:4:1 front-matter-keys Unexpected front-matter key `draf`, expected `draft`",
      'content/tools/tina/index.md:10:8 front-matter-syntax Unexpected end of a quoted value, expected its closing `"`',
      "content/tools/zola/index.md:3:8 front-matter-value Unexpected `Dec 8, 2016` for `date`, expected a date written `YYYY-MM-DD`",
    ]);
  });

  it("a Hugo section's `_index.md` is neither an entry nor part of what is inferred", () => {
    const tool = (name: string, day: number) =>
      `+++\ntitle = "${name}"\ndate = 2020-01-0${day}\ntags = ["cli"]\n+++\n\n${name} is a tool.\n`;
    const files: Record<string, string> = {
      "content/tools/_index.md": '+++\ntitle = "Tools"\n+++\n\nAll the tools.\n',
    };
    ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"].forEach((name, i) => {
      files[`content/tools/${name}.md`] = tool(name, i + 1);
    });
    const root = tempDir("init-hugo-section", files);
    const { init, findings } = initThenLint(root);
    expect(init.stderr).toContain("content/tools/*.md (6 entries) → catalog-schema.yaml");
    // Inferred from the six entries alone: every one has a date.
    expect(readFileSync(join(root, "catalog-schema.yaml"), "utf8")).toMatch(
      /date:\n\s+type: date\n\s+required: true\n/,
    );
    expect(findings).toEqual([]);
  });

  it("front matter and body: a misspelt heading", () => {
    const root = copyCatalog(join(FIXTURES, "front-matter-and-body"), "init-fmb");
    const { findings } = initThenLint(root);
    expect(shortly(findings)).toEqual(["tools/echo.md:6 required-section"]);
  });

  it("ultimate-comparisons shape: a misspelt criterion; the template is not an entry", () => {
    const root = copyCatalog(join(FIXTURES, "ultimate"), "init-ultimate");
    const { init, findings } = initThenLint(root);
    expect(shortly(findings)).toEqual(["data/delta.md:7 unknown-section"]);
    expect(findings[0]?.message).toContain("expected `## License`");
    const config = readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8");
    // data/template.md is the layout's template: never walked as an entry, so no `exclude` is needed for it.
    expect(config).toContain("include:\n  # 8 entries\n  - data/*.md");
    expect(config).not.toContain("exclude:");
    expect(init.code).toBe(0);
  });

  it("awesome-comparisons shape: a misspelt field, a label outside the set", () => {
    const root = copyCatalog(join(FIXTURES, "awesome"), "init-awesome");
    const { findings } = initThenLint(root);
    expect(shortly(findings)).toEqual([
      "datasets/editors/data/helix.md:19 label-value",
      "datasets/editors/data/kate.md:13 unknown-section",
    ]);
    expect(findings.find((f) => f.ruleId === "label-value")?.message).toContain("(did you mean `Python`?)");
  });

  it("a catalog folder among docs and site code: only its entries, a title without its URL", () => {
    const root = copyCatalog(join(FIXTURES, "site"), "init-site");
    const { findings } = initThenLint(root);
    expect(shortly(findings)).toEqual(["content/tools/crane.md:1 title"]);
    const config = readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8");
    expect(config).toMatch(/include:\n {2}# 8 entries\n {2}- content\/tools\/\*\.md\n/);
  });
});

describe("catalog-lint init writes", () => {
  it("a commented config and schema, the same bytes for the same catalog", () => {
    const a = copyCatalog(join(FIXTURES, "front-matter-only"), "init-det-a");
    const b = copyCatalog(join(FIXTURES, "front-matter-only"), "init-det-b");
    expect(cli(["init"], a).code).toBe(0);
    expect(cli(["init"], b).code).toBe(0);
    for (const name of [".catalog-lintrc.yaml", "catalog-schema.yaml"]) {
      expect(readFileSync(join(a, name), "utf8")).toBe(readFileSync(join(b, name), "utf8"));
    }
    const schema = readFileSync(join(a, "catalog-schema.yaml"), "utf8");
    expect(schema).toContain("# Inferred by `catalog-lint init` from 10 entries (`topics/*/index.md`)");
    expect(schema).toMatch(
      /# in 8 of 9 entries; 2 values used again and again; left out as misspellings: `Git-basd` \(`Git-based`\)\n\s+kind:/,
    );
    expect(schema).toMatch(/# in 8 of 9 entries; URLs on `github\.com`, all https\n\s+github_url:/);
  });

  it("refuses to replace a config without --force (exit 2), and replaces it with --force", () => {
    const root = copyCatalog(join(FIXTURES, "ultimate"), "init-force");
    writeFileSync(join(root, ".catalog-lintrc.yaml"), "rules: {}\n");
    const refused = cli(["init"], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "catalog-lint: .catalog-lintrc.yaml already exists; catalog-lint init does not replace it. Pass --force to replace it, or --dry-run to see what it would write\n",
    );
    expect(readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8")).toBe("rules: {}\n");
    expect(existsSync(join(root, "catalog-schema.yaml"))).toBe(false);
    expect(cli(["init", "--force"], root).code).toBe(0);
    expect(readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8")).toContain("schema: catalog-schema.yaml");
  });

  it("--dry-run prints what it would write and writes nothing", () => {
    const root = copyCatalog(join(FIXTURES, "awesome"), "init-dry");
    const run = cli(["init", "--dry-run"], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--- \.catalog-lintrc\.yaml\n# Written by `catalog-lint init`/);
    expect(run.stdout).toContain("--- catalog-schema.yaml\n");
    expect(run.stderr).toContain("would write .catalog-lintrc.yaml, catalog-schema.yaml");
    expect(existsSync(join(root, ".catalog-lintrc.yaml"))).toBe(false);
    expect(existsSync(join(root, "catalog-schema.yaml"))).toBe(false);
  });

  it("infers no date for a column of bare years, in front matter or body", () => {
    const entry = (i: number) =>
      `---\ntitle: T${i}\nreleased: "201${i}"\nfounded: 201${i}\n---\n# T${i} - https://t${i}.dev\n\n## General Info\n\n### Released\n201${i}\n\n### Year\n- 201${i}\n`;
    const root = tempDir("init-years", Object.fromEntries([1, 2, 3, 4].map((i) => [`items/t${i}.md`, entry(i)])));
    const { init, findings } = initThenLint(root);
    expect(init.code).toBe(0);
    const schema = readFileSync(join(root, "catalog-schema.yaml"), "utf8");
    // A year is a number or text: as a `YYYY-MM-DD` date every entry would be a finding.
    expect(schema).not.toMatch(/(?:kind|type): date/);
    expect(schema).toMatch(/founded:\n\s+type: integer/);
    expect(findings).toEqual([]);
  });

  it("says what it looked for when there is no catalog (exit 2)", () => {
    const root = copyCatalog(join(FIXTURES, "site", "docs"), "init-none");
    const run = cli(["init"], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^catalog-lint: Found no catalog .*looked for folders of three or more markdown entries/,
    );
  });

  it("an unknown option gets a did-you-mean", () => {
    const run = cli(["init", "--dry-rnu"], copyCatalog(join(FIXTURES, "ultimate"), "init-opt"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--dry-rnu' (did you mean '--dry-run'?)");
  });
});

describeRealData("catalog-lint init on awesome-comparisons", () => {
  it("one schema per dataset, the template and documentation left out, no structure finding on most entries", () => {
    const root = copyCatalog(REAL_CATALOG, "init-real");
    const { init, findings } = initThenLint(root);
    expect(init.code).toBe(0);
    const config = readFileSync(join(root, ".catalog-lintrc.yaml"), "utf8");
    expect(config).toContain("files: datasets/code-editor/data/*.md");
    expect(config).not.toContain("FORMATTING");
    // Outliers only: no structure rule reports more than a few entries of the 199.
    const entriesPerRule = new Map<string, Set<string>>();
    for (const f of findings) {
      const set = entriesPerRule.get(f.ruleId) ?? new Set<string>();
      set.add(f.file);
      entriesPerRule.set(f.ruleId, set);
    }
    for (const rule of ["unknown-section", "required-section", "section-order", "section-placement", "label-value"]) {
      expect(entriesPerRule.get(rule)?.size ?? 0, rule).toBeLessThanOrEqual(5);
    }
  });
});
