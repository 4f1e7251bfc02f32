/**
 * CPU time per file of each stage after reading, in this process, on one corpus read once:
 *
 *   node --import tsx bench/stages.ts [--corpus DIR] [--passes 5]
 *
 * Stages: `parse` (parseMarkdown), `model` (the entry built from the parsed tree), `check` (the
 * rules, diagnostics, directives and sorting on a built entry: `checkEntry`), of which `rules` is
 * the rules' own checks; `after parse` is model plus check. `lintSource` is all of it from text,
 * and `lint()` the whole in-process run the CLI does in one thread (reads, config, schema,
 * summaries, duplicate-entry).
 *
 * Figures are user+sys CPU milliseconds per file (the machine is shared, so wall time says
 * little), the best of `--passes` passes after one warm-up pass. Every pass of `check` gets
 * freshly built entries, so nothing cached on an entry carries over. Per-rule figures split the
 * rules' CPU time by their share of wall time. Garbage collection falls in whichever stage
 * allocated enough to trigger it. Nothing is asserted: it prints figures.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { configForFile, loadConfig } from "../src/config/load.js";
import { discoverFiles } from "../src/files/discover.js";
import { checkEntry, lint, lintSource } from "../src/lint/linter.js";
import { entryFromMarkdown } from "../src/model/build-entry.js";
import type { Entry } from "../src/model/entry.js";
import { fieldMatchesOnce } from "../src/model/fields.js";
import { type ParsedMarkdown, parseMarkdown } from "../src/parse/markdown.js";
import { createSourceFile, type SourceFile } from "../src/parse/source.js";
import { rulesById } from "../src/rules/index.js";
import { SchemaResolver } from "../src/schema/resolve.js";
import { type CatalogSchema, indexSchema, type SchemaIndex } from "../src/schema/types.js";

const NOW = "2026-11-28";
const DEFAULT_CORPUS = "/tmp/catalog-lint-bench/corpus-1000-seed1";

interface Job {
  source: SourceFile;
  schema: SchemaIndex;
  rules: ReturnType<typeof configForFile>["rules"];
}

/** User+sys CPU milliseconds `run` takes. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The best of `passes` timed passes after one warm-up, in ms per file; `prepare` runs untimed before each. */
function best(passes: number, files: number, run: () => void, prepare: () => void = () => {}): number {
  prepare();
  run();
  let min = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < passes; pass++) {
    prepare();
    min = Math.min(min, cpuMs(run));
  }
  return min / files;
}

function jobsFor(cwd: string, files: readonly string[]): Job[] {
  const config = loadConfig(cwd);
  const resolver = new SchemaResolver(cwd);
  const indexes = new Map<CatalogSchema, SchemaIndex>();
  return files.map((file) => {
    const absolute = resolve(cwd, file);
    const fileConfig = configForFile(config, absolute);
    const { schema } = resolver.resolve(absolute, fileConfig.schema);
    let index = indexes.get(schema);
    if (!index) {
      index = indexSchema(schema);
      indexes.set(schema, index);
    }
    return { source: createSourceFile(file, readFileSync(absolute, "utf8")), schema: index, rules: fileConfig.rules };
  });
}

function main(argv: string[]): void {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] as string;
    if (!["--corpus", "--passes"].includes(key) || argv[i + 1] === undefined) {
      throw new Error(`Unexpected argument ${key}; usage: bench/stages.ts [--corpus DIR] [--passes N]`);
    }
    args.set(key.slice(2), argv[i + 1] as string);
  }
  const cwd = resolve(args.get("corpus") ?? DEFAULT_CORPUS);
  const passes = Math.max(1, Number(args.get("passes") ?? "5"));
  const files = discoverFiles({ cwd, paths: ["."] });
  const jobs = jobsFor(cwd, files);
  const n = jobs.length;
  process.stdout.write(`${n} files from ${cwd}, best of ${passes} passes, CPU ms per file\n\n`);

  let parsed: ParsedMarkdown[] = [];
  const parse = best(passes, n, () => {
    parsed = jobs.map((job) => parseMarkdown(job.source));
  });
  const model = best(passes, n, () => {
    jobs.forEach((job, i) => {
      entryFromMarkdown(job.source, parsed[i] as ParsedMarkdown);
    });
  });
  let entries: Entry[] = [];
  const freshEntries = () => {
    entries = jobs.map((job, i) => entryFromMarkdown(job.source, parsed[i] as ParsedMarkdown));
  };
  const check = best(
    passes,
    n,
    () => {
      jobs.forEach((job, i) => {
        checkEntry(entries[i] as Entry, { schema: job.schema, rules: job.rules, now: NOW });
      });
    },
    freshEntries,
  );

  // The rules alone, in the order checkEntry runs them, each timed on its own.
  const wall = new Map<string, number>();
  const runRules = () => {
    jobs.forEach((job, i) => {
      // Shared by the entry's rules, as checkEntry shares it: the first rule that asks pays.
      const fieldMatches = fieldMatchesOnce(entries[i] as Entry, job.schema);
      for (const [id, setting] of job.rules) {
        const rule = rulesById.get(id);
        if (!rule) continue;
        const started = performance.now();
        rule.check({
          entry: entries[i] as Entry,
          schema: job.schema,
          options: setting.options,
          now: NOW,
          ruleIds: [...rulesById.keys()],
          fieldMatches,
          report: () => {},
        });
        wall.set(id, (wall.get(id) ?? 0) + performance.now() - started);
      }
    });
  };
  const rules = best(passes, n, runRules, () => {
    freshEntries();
    wall.clear();
  });
  const wallTotal = [...wall.values()].reduce((sum, ms) => sum + ms, 0);
  const perRule = [...wall].map(([id, ms]): [string, number] => [id, (rules * ms) / wallTotal]);

  const whole = best(passes, n, () => {
    for (const job of jobs) lintSource(job.source, { schema: job.schema, rules: job.rules, now: NOW });
  });
  const config = loadConfig(cwd);
  const run = best(passes, n, () => {
    lint(files, { cwd, config, now: NOW });
  });

  const row = (name: string, ms: number) => `${name.padEnd(26)}${ms.toFixed(3).padStart(8)}\n`;
  let out = "";
  out += row("parse", parse);
  out += row("model", model);
  out += row("check", check);
  out += row("  of which rules", rules);
  out += row("after parse", model + check);
  out += row("lintSource", whole);
  out += row("lint() whole run", run);
  out += "\nrules:\n";
  for (const [id, ms] of perRule.sort((a, b) => b[1] - a[1])) out += row(`  ${id}`, ms);
  process.stdout.write(out);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
