/**
 * Regenerates every generated, committed file: the JSON Schemas for editors
 * (`schema/*.json`), each rule doc's header, and the rule table in README.md.
 * `npm run docs` writes them; `npm run docs -- --check` fails when any is stale
 * (CI runs the check).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { RESULTS_SCHEMA_ID, resultsSchema } from "../src/action/results-schema.js";
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

if (stale.length > 0) {
  console.error(`Generated files are stale: ${stale.join(", ")}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
