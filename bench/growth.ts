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
import { lintSource } from "../src/lint.js";
import { createSourceFile } from "../src/parse/source.js";
import { rulesById } from "../src/rules/index.js";
import { readCriteria } from "../src/schema/criteria.js";
import { loadSchemaOption } from "../src/schema/resolve.js";
import { indexSchema } from "../src/schema/types.js";

interface Case {
  /** What the size counts. */
  unit: string;
  /** The 1× size. */
  base: number;
  /** Builds the input of `size` (untimed) and returns the work to time. */
  prepare(size: number): () => unknown;
}

const schema = () => indexSchema(loadSchemaOption("awesome-comparisons", process.cwd()).schema);

/** Lint `text` with the named rules only (their default options), as the CLI would. */
function linter(text: string, ruleIds: string[]): () => Diagnostic[] {
  const rules = new Map(
    ruleIds.map((id) => {
      const rule = rulesById.get(id);
      if (!rule) throw new Error(`unknown rule ${id}`);
      return [id, { severity: rule.defaultSeverity, options: ruleOptionsSchema(rule).parse(undefined) }] as const;
    }),
  );
  const options = { schema: schema(), rules, now: "2026-11-28" };
  return () => lintSource(createSourceFile("entry.md", text), options);
}

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
    console.log(`${name.padEnd(17)} ${spec.unit.padEnd(30)} ${cells.join("   ")}`);
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt === -1) main();
else child(process.argv[childAt + 1] as string, Number(process.argv[childAt + 2]));
