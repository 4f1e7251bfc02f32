/**
 * How the costs a pull request can force grow (issue 19, items 3-5): each case is timed at 1×,
 * 2× and 4× its input, in-process, each measurement in a child process of its own with a time
 * limit (code that backtracks cannot be interrupted otherwise). Linear work doubles with the
 * input; quadratic work quadruples. Prints figures only; it never fails on a time.
 *
 *   node --import tsx bench/growth.ts [--cases rating-mismatch,directives] [--scale 0.5] [--timeout 120]
 *
 * `--scale` multiplies every case's 1× size (to time the code before the fix at sizes it finishes).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ruleOptionsSchema } from "../src/config/schema.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { applyDirectives, type Directive } from "../src/diagnostics/directives.js";
import { Linter, lintSource } from "../src/lint/linter.js";
import type { EntrySummary } from "../src/model/summary.js";
import { createSourceFile } from "../src/parse/source.js";
import duplicateEntry from "../src/rules/duplicate-entry.js";
import { rulesById } from "../src/rules/index.js";
import { readCriteria } from "../src/schema/criteria.js";
import { loadSchemaOption } from "../src/schema/resolve.js";
import { type FieldSpec, indexSchema, type SchemaIndex } from "../src/schema/types.js";

interface Case {
  /** What the size counts. */
  unit: string;
  /** The 1× size. */
  base: number;
  /** Builds the input of `size` (untimed) and returns the work to time. */
  prepare(size: number): () => unknown;
}

const schema = () => indexSchema(loadSchemaOption("awesome-comparisons", process.cwd()).schema);

/**
 * Lint `text` with the named rules only (their default options, or those of `extra.options`),
 * as the CLI would, against the awesome-comparisons preset or `extra.schema`.
 */
function linter(
  text: string,
  ruleIds: string[],
  extra: { schema?: SchemaIndex; options?: Record<string, unknown>; base?: string } = {},
): () => Diagnostic[] {
  const rules = new Map(
    ruleIds.map((id) => {
      const rule = rulesById.get(id);
      if (!rule) throw new Error(`unknown rule ${id}`);
      const options = ruleOptionsSchema(rule).parse(extra.options?.[id]);
      return [id, { severity: rule.defaultSeverity, options }] as const;
    }),
  );
  const base = extra.base !== undefined ? { base: createSourceFile("entry.md", extra.base) } : {};
  const options = { schema: extra.schema ?? schema(), rules, now: "2026-11-28", ...base };
  return () => lintSource(createSourceFile("entry.md", text), options);
}

/** A schema of one `##` group holding `fields`, and `groups` more groups without fields. */
function schemaWith(fields: Array<Partial<FieldSpec> & { name: string }>, groups: string[] = []): SchemaIndex {
  const spec = (f: Partial<FieldSpec> & { name: string }): FieldSpec => ({
    kind: "text",
    multiple: true,
    required: false,
    aliases: [],
    ...f,
  });
  return indexSchema({
    name: "growth",
    groups: [
      { name: "Main", required: true, fields: fields.map(spec) },
      ...groups.map((name) => ({ name, required: true, fields: [] })),
    ],
  });
}

const TITLE = "# Tool - https://tool.dev\n\nTool does one thing.\n\n";

const CASES: Record<string, Case> = {
  // Item 4: one entry with many Rating lines, and prose stating a few of them.
  "rating-mismatch": {
    unit: "Rating lines",
    base: 5000,
    prepare(size) {
      const ratings = Array.from({ length: size }, (_, i) => `- Bench ${i}: ${i % 100}.5%`).join("\n");
      const lead = "It scores 40.5% on Bench 7, Bench 12 (12.5%) and Bench 99: 99.5%.";
      return linter(`# Model - https://model.dev\n\n${lead}\n\n## General Info\n\n### Rating\n${ratings}\n`, [
        "rating-mismatch",
      ]);
    },
  },
  // Item 5: `enable`/`disable` comments and as many findings, through applyDirectives.
  directives: {
    unit: "directives and findings each",
    base: 25_000,
    prepare(size) {
      const at = (line: number) => ({ line, column: 1, offset: line * 10 });
      const directives: Directive[] = Array.from({ length: size }, (_, i) => ({
        kind: i % 2 ? "enable" : "disable",
        rules: ["title"],
        range: { start: at(2 * i), end: at(2 * i) },
      }));
      const findings: Diagnostic[] = Array.from({ length: size }, (_, i) => ({
        ruleId: "title",
        severity: "error",
        message: "",
        range: { start: at(2 * i + 1), end: at(2 * i + 1) },
      }));
      return () => applyDirectives(findings, directives);
    },
  },
  // Item 5: a template field's name of many characters, and an entry that misspells it by one.
  "did-you-mean": {
    unit: "characters in the field's name",
    base: 25_000,
    prepare(size) {
      const field = "x".repeat(size);
      const folder = mkdtempSync(join(tmpdir(), "catalog-lint-growth-"));
      const template = join(folder, "TEMPLATE.md");
      writeFileSync(template, `# Name - URL\n\n## General Info\n\n### ${field}\n- value\n`);
      const index = indexSchema(loadSchemaOption(template, folder).schema);
      rmSync(folder, { recursive: true });
      const rules = new Map([["unknown-section", { severity: "error" as const, options: {} }]]);
      // A new heading each run: suggestions are remembered per name.
      let run = 0;
      return () => {
        const heading = `${field.slice(0, -8)}${String(run++).padStart(8, "0")}`;
        const text = `# Tool - https://tool.dev\n\n## General Info\n\n### ${heading}\n- Yes\n`;
        return lintSource(createSourceFile("entry.md", text), { schema: index, rules, now: "2026-11-28" });
      };
    },
  },
  // Item 5: a criteria file whose merge keys copy one large map again and again (keys × uses).
  "criteria-merge": {
    unit: "keys, and as many `<<: *base`",
    base: 500,
    prepare(size) {
      const keys = Array.from({ length: size }, (_, i) => `k${i}: 1`).join(", ");
      const uses = Array.from({ length: size }, (_, i) => `  - C${i}: {<<: *base}`);
      const text = [`base: &base {${keys}}`, "criteria:", ...uses].join("\n");
      return () => {
        try {
          return readCriteria(text);
        } catch (error) {
          return error; // the bound: an error once the aliases stand for too much
        }
      };
    },
  },
  // Item 3: `filename: {pattern: '^(a+)+$'}` on a name of `a`s and `!.md`.
  "filename-pattern": {
    unit: "`a`s in the file name",
    base: 10,
    prepare(size) {
      const rule = rulesById.get("filename");
      if (!rule) throw new Error("no filename rule");
      const options = ruleOptionsSchema(rule).parse({ pattern: "^(a+)+$" });
      const text = "# Tool - https://tool.dev\n";
      const rules = new Map([["filename", { severity: rule.defaultSeverity, options }]]);
      const source = createSourceFile(`${"a".repeat(size)}!.md`, text);
      const run = { schema: schema(), rules, now: "2026-11-28" };
      return () => lintSource(source, run);
    },
  },
  // Item 5, each rule in what a pull request controls. Misspelt labels against a criteria
  // file's list: label-value looked each value up in the list, tried an expression per
  // allowed value and compared it with every allowed value of its length.
  "label-value": {
    unit: "values, and as many allowed",
    base: 1000,
    prepare(size) {
      const allowed = Array.from({ length: size }, (_, i) => `Label${i}`);
      const values = allowed.map((v, i) => `- ${[v.toLowerCase(), `${v} (beta)`, `Lable${i}`][i % 3]}`);
      const text = `${TITLE}## Main\n\n### Tags\n${values.join("\n")}\n`;
      return linter(text, ["label-value"], { schema: schemaWith([{ name: "Tags", kind: "label", values: allowed }]) });
    },
  },
  // A label value with a run of spaces inside (a comment blanked out leaves one): splitting it
  // into combined values rescanned the run from each of its characters.
  "label-spaces": {
    unit: "spaces inside one label value",
    base: 10_000,
    prepare(size) {
      return linter(`${TITLE}## General Info\n\n### Classification\n- Code${" ".repeat(size)}Editor\n`, [
        "label-value",
      ]);
    },
  },
  // Misspelt headings against a template of as many fields (unknown-section and
  // required-section suggest a field for each; section-placement looks each up in its group).
  "template-fields": {
    unit: "template fields, as many misspelt",
    base: 500,
    prepare(size) {
      const fields = Array.from({ length: size }, (_, i) => ({ name: `Field ${i}` }));
      const headings = fields.map((_, i) => `### Fiedl ${i}\n- x\n`).join("\n");
      return linter(`${TITLE}## Main\n\n${headings}`, ["unknown-section", "required-section", "section-placement"], {
        schema: schemaWith(fields),
      });
    },
  },
  // A template's fields, every other one out of order, and its groups in reverse.
  "section-order": {
    unit: "fields and groups, half moved",
    base: 1000,
    prepare(size) {
      const fields = Array.from({ length: size }, (_, i) => ({ name: `F${i}` }));
      const groups = Array.from({ length: size }, (_, i) => `G${i}`);
      const order = fields.map((_, i) => (i % 2 ? `F${size - 1 - (i >> 1)}` : `F${i >> 1}`));
      const sections = order.map((f) => `### ${f}\n- x\n`).join("\n");
      const text = `${TITLE}## Main\n\n${sections}\n${[...groups]
        .reverse()
        .map((g) => `## ${g}\n`)
        .join("\n")}`;
      return linter(text, ["section-order", "required-section"], { schema: schemaWith(fields, groups) });
    },
  },
  // A single-valued label holding its whole list and as many other values (single-value and
  // template-leftover looked each value up in the list, and the list in the values).
  "full-list": {
    unit: "allowed values, listed twice",
    base: 1000,
    prepare(size) {
      const allowed = Array.from({ length: size }, (_, i) => `L${i}`);
      const values = [...allowed, ...allowed.map((v) => `${v}x`)].map((v) => `- ${v}`).join("\n");
      return linter(`${TITLE}## Main\n\n### Tags\n${values}\n`, ["single-value", "template-leftover"], {
        schema: schemaWith([{ name: "Tags", kind: "label", values: allowed, multiple: false }]),
      });
    },
  },
  // `N/A` in place of every value of a field: each finding read the whole field again.
  "unknown-marker": {
    unit: "`N/A` values in one field",
    base: 2500,
    prepare(size) {
      return linter(`${TITLE}## Main\n\n### Notes\n${"- N/A\n".repeat(size)}`, ["unknown-marker"], {
        schema: schemaWith([{ name: "Notes" }]),
      });
    },
  },
  // Many Last Update fields, and a base revision with other content: the text was cut once
  // per field, copying all of it each time.
  "last-update": {
    unit: "Last Update fields, with a base",
    base: 1000,
    prepare(size) {
      const dates = (note: string) =>
        Array.from({ length: size }, (_, i) => `### Last Update\n- 2026-01-01\n\n### Notes\n- ${note} ${i}\n`).join(
          "\n",
        );
      return linter(`${TITLE}## General Info\n\n${dates("now")}`, ["last-update-not-bumped"], {
        base: `${TITLE}## General Info\n\n${dates("before")}`,
      });
    },
  },
  // Opensource fields contradicting as many License values: each message named every license.
  license: {
    unit: "Opensource fields, as many Licenses",
    base: 500,
    prepare(size) {
      const text = `${TITLE}## Licensing\n\n### License\n${"- Proprietary\n".repeat(size)}\n${"### Opensource\n- Yes\n\n".repeat(size)}`;
      return linter(text, ["license-consistency"]);
    },
  },
  // Repo fields off the source hosts, against a config listing as many hosts.
  "repo-hosts": {
    unit: "Repo fields, as many hosts",
    base: 1000,
    prepare(size) {
      const hosts = Array.from({ length: size }, (_, i) => `git${i}.example`);
      const repos = Array.from({ length: size }, (_, i) => `### Repo\n- https://www.product${i}.dev/x\n`).join("\n");
      return linter(`${TITLE}## General Info\n\n${repos}`, ["repo-url"], { options: { "repo-url": { hosts } } });
    },
  },
  // `[todo` markers with no `]` after them: each read the rest of the value for one.
  "todo-markers": {
    unit: "`[todo` without a `]`",
    base: 5000,
    prepare(size) {
      return linter(`${TITLE}## General Info\n\n### Notes\n- [x] ${"[todo ".repeat(size)}\n`, ["template-leftover"]);
    },
  },
  // A run of backticks in a value: masking inline code tried each shorter run in turn.
  backticks: {
    unit: "backticks in one run",
    base: 25_000,
    prepare(size) {
      return linter(`${TITLE}## General Info\n\n### Notes\n- [x] ${"`".repeat(size + 1)} a [TODO] b\n`, [
        "template-leftover",
      ]);
    },
  },
  // duplicate-entry's findings on a file with as many directives (src/lint/linter.ts applied the
  // directives to each finding apart, indexing them anew each time).
  "catalog-directives": {
    unit: "catalog findings, as many directives",
    base: 2500,
    prepare(size) {
      const folder = mkdtempSync(join(tmpdir(), "catalog-lint-growth-"));
      const linter = new Linter({ cwd: folder, config: { config: {}, dir: folder }, now: "2026-11-28" });
      rmSync(folder, { recursive: true });
      const at = (line: number) => ({ line, column: 1, offset: line * 10 });
      const reports = Array.from({ length: size }, (_, i) => ({
        rule: duplicateEntry,
        report: {
          messageId: "name",
          data: { name: "Tool", other: "other.md", line: 1 },
          range: { start: at(2 * i + 1), end: at(2 * i + 1) },
        },
      }));
      const directives: Directive[] = Array.from({ length: size }, (_, i) => ({
        kind: "disable-next-line",
        rules: ["duplicate-entry"],
        range: { start: at(4 * i), end: at(4 * i) },
      }));
      return () => linter.addCatalogFindings({ filePath: "entry.md", diagnostics: [] }, reports, directives);
    },
  },
  // duplicate-entry across a folder: a pull request changing entries of a folder whose other
  // entries are the peers (each peer's text was searched for every changed entry's name),
  // and two entries sharing many repositories (each finding looked its URL up again).
  "duplicate-entry": {
    unit: "changed entries, as many peers",
    base: 500,
    prepare(size) {
      const range = { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 9, offset: 8 } };
      const linted: EntrySummary[] = Array.from({ length: size }, (_, i) => ({
        filePath: `data/tool-${i}.md`,
        folder: "data",
        title: { name: `Tool ${i}`, range },
        repos: [],
        linted: true,
      }));
      const peer = `# Other - https://other.dev\n\n${"Some text. ".repeat(100)}\n`;
      const shared = (filePath: string, isLinted: boolean): EntrySummary => ({
        filePath,
        folder: "data",
        repos: Array.from({ length: size }, (_, i) => ({ url: `https://github.com/acme/tool-${i}`, range })),
        linted: isLinted,
      });
      const entries = [shared("data/a.md", true), shared("data/b.md", false)];
      return () => {
        const filter = duplicateEntry.peerFilter?.(linted);
        for (let i = 0; i < size; i++) filter?.("data", peer);
        duplicateEntry.checkCatalog?.({
          entries,
          governed: [],
          options: {},
          schemaOf: schema,
          folderFiles: () => undefined,
          regularFiles: () => undefined,
          report: () => {},
        });
      };
    },
  },
};

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/**
 * In the child: time one case at one size and print the ms, the best of at least five runs
 * and half a second after a warm-up run (the machine is shared: the best is the least disturbed).
 */
function child(name: string, size: number): void {
  const work = (CASES[name] as Case).prepare(size);
  work();
  let best = Number.POSITIVE_INFINITY;
  const started = process.hrtime.bigint();
  for (let runs = 0; runs < 5 || Number(process.hrtime.bigint() - started) < 5e8; runs++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(`${best}\n`);
}

function main(): void {
  const names = (argument("cases") ?? Object.keys(CASES).join(",")).split(",");
  const scale = Number(argument("scale") ?? 1);
  const timeoutS = Number(argument("timeout") ?? 120);
  const script = fileURLToPath(import.meta.url);
  for (const name of names) {
    const spec = CASES[name];
    if (!spec) throw new Error(`unknown case ${name}; expected one of ${Object.keys(CASES).join(", ")}`);
    const base = Math.max(1, Math.round(spec.base * scale));
    const cells: string[] = [];
    let previous: number | undefined;
    for (const multiple of [1, 2, 4]) {
      const size = base * multiple;
      const run = spawnSync(process.execPath, [...process.execArgv, script, "--child", name, String(size)], {
        encoding: "utf8",
        timeout: timeoutS * 1000,
      });
      const ms = run.status === 0 ? Number(run.stdout.trim()) : undefined;
      const shown =
        ms === undefined
          ? run.signal
            ? `> ${timeoutS} s`
            : `failed: ${run.stderr.trim().split("\n")[0]}`
          : `${ms.toFixed(1)} ms`;
      const growth = ms !== undefined && previous ? ` (×${(ms / previous).toFixed(1)})` : "";
      cells.push(`${multiple}× ${size.toLocaleString("en")}: ${shown}${growth}`);
      previous = ms;
      if (ms === undefined) break;
    }
    console.log(`${name.padEnd(18)} ${spec.unit.padEnd(36)} ${cells.join("   ")}`);
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt === -1) main();
else child(process.argv[childAt + 1] as string, Number(process.argv[childAt + 2]));
