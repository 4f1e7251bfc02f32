/**
 * Regenerates every generated, committed file: the JSON Schemas for editors
 * (`schema/*.json`), each rule doc's header, and in README.md the rule table and the example
 * outputs (the CLI run in-process on the example catalog the repository embeds).
 * `npm run docs` writes them; `npm run docs -- --check` fails when any is stale
 * (CI runs the check).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { RESULTS_SCHEMA_ID, resultsSchema } from "../src/action/results-schema.js";
import { runCli } from "../src/cli/main.js";
import { configSchema, ruleOptionsSchema } from "../src/config/schema.js";
import type { Rule } from "../src/rule-api/define-rule.js";
import { rules } from "../src/rules/index.js";
import { schemaFileSchema } from "../src/schema/types.js";

const check = process.argv.includes("--check");
const stale: string[] = [];

function write(path: string, content: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) return;
  if (check) stale.push(path);
  else writeFileSync(path, content);
}

function jsonSchema(schema: z.ZodType, id: string): string {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: id, ...json }, null, 2)}\n`;
}

const SCHEMA_BASE = "https://raw.githubusercontent.com/catalog-lint/catalog-lint/main/schema";
write("schema/catalog-lintrc.schema.json", jsonSchema(configSchema(), `${SCHEMA_BASE}/catalog-lintrc.schema.json`));
write("schema/catalog-lint-results.schema.json", jsonSchema(resultsSchema(), RESULTS_SCHEMA_ID));
write("schema/catalog-schema.schema.json", jsonSchema(schemaFileSchema(), `${SCHEMA_BASE}/catalog-schema.schema.json`));

export const HEADER_START = "<!-- generated:header -->";
export const HEADER_END = "<!-- /generated:header -->";

function optionsTable(rule: Rule): string {
  const json = z.toJSONSchema(ruleOptionsSchema(rule), { io: "input" }) as {
    properties?: Record<string, { type?: string; default?: unknown; description?: string }>;
  };
  const entries = Object.entries(json.properties ?? {});
  if (entries.length === 0) return "This rule has no options.";
  const rows = entries.map(
    ([name, p]) => `| \`${name}\` | ${p.type ?? "any"} | \`${JSON.stringify(p.default)}\` | ${p.description ?? ""} |`,
  );
  return ["| Option | Type | Default | Description |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

function header(rule: Rule): string {
  return [
    HEADER_START,
    `# ${rule.id}`,
    "",
    `${rule.description}.`,
    "",
    `- Category: ${rule.category}`,
    `- Default severity: \`${rule.defaultSeverity}\``,
    `- Fixable: ${rule.fixable ? "yes (`--fix`)" : "no"}`,
    "",
    "## Options",
    "",
    optionsTable(rule),
    HEADER_END,
  ].join("\n");
}

for (const rule of rules) {
  const path = `docs/rules/${rule.id}.md`;
  let body = "";
  try {
    const current = readFileSync(path, "utf8");
    const end = current.indexOf(HEADER_END);
    body = end >= 0 ? current.slice(end + HEADER_END.length) : `\n\n${current}`;
  } catch {
    body = "\n\n## What it checks\n\nTODO: describe.\n";
  }
  write(path, `${header(rule)}${body}`);
}

const TABLE_START = "<!-- generated:rules -->";
const TABLE_END = "<!-- /generated:rules -->";
const readme = readFileSync("README.md", "utf8");
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start >= 0 && end > start) {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.description} | ${r.defaultSeverity} | ${r.fixable ? "yes" : ""} |`,
  );
  const table = ["| Rule | Checks that | Default | Fixable |", "| --- | --- | --- | --- |", ...rows].join("\n");
  write("README.md", `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
}

/** Replace what sits between `<!-- generated:NAME -->` and its end marker in README.md. */
function writeReadmeSection(name: string, content: string): void {
  const text = readFileSync("README.md", "utf8");
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const from = text.indexOf(open);
  const to = text.indexOf(close);
  if (from < 0 || to < from) throw new Error(`README.md has no ${open} … ${close} section`);
  write("README.md", `${text.slice(0, from + open.length)}\n${content}${text.slice(to)}`);
}

/**
 * The CLI run in-process on the example catalog the repository embeds, as a user runs it:
 * no colours (a pipe), no worker threads, no cache, "today" pinned.
 */
function exampleRun(args: string[]): { stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  runCli(args, {
    cwd: resolve(EXAMPLE_CATALOG),
    env: { NO_COLOR: "1" },
    stdout: (chunk) => {
      stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    stderrIsTTY: false,
  });
  return { stdout, stderr };
}

// README's first example: the report of three entries of the example catalog, as the CLI prints it.
const EXAMPLE_CATALOG = "test/fixtures/example-catalog";
const EXAMPLE_NOW = "2026-11-28";
const EXAMPLE_FILES = [
  "datasets/aie-model/data/minimax-m2.md",
  "datasets/aie-model/data/starcoder.md",
  "datasets/terminal/data/commandcode.md",
];
const example = exampleRun(["--now", EXAMPLE_NOW, ...EXAMPLE_FILES]);
writeReadmeSection(
  "example",
  [
    "```text",
    `$ npx catalog-lint --now ${EXAMPLE_NOW} ${EXAMPLE_FILES.join(" ")}`,
    example.stdout.trimEnd(),
    "```",
    "",
  ].join("\n"),
);
// What `--fix` says it fixed and what remains, from a dry run (nothing is written).
const dryRun = exampleRun(["--now", EXAMPLE_NOW, "--fix-dry-run"]);
const fixLine = dryRun.stderr
  .split("\n")
  .find((line) => line.startsWith("catalog-lint: Would fix "))
  ?.replace("catalog-lint: Would fix ", "catalog-lint: Fixed ");
if (!fixLine) throw new Error(`--fix-dry-run on ${EXAMPLE_CATALOG} printed no summary: ${dryRun.stderr}`);
writeReadmeSection("fix-summary", `\`${fixLine}\`.\n`);

if (stale.length > 0) {
  console.error(`Generated files are stale: ${stale.join(", ")}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
