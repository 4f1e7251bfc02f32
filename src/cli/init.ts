import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILES } from "../config/load.js";
import { DEFAULT_INCLUDE, discoverFiles, repositoryRoot } from "../files/discover.js";
import { createInside, writeInside } from "../files/write/inside.js";
import { inferCatalogs, type SourceText } from "../infer/index.js";
import { renderConfig, renderSchema, schemaFileNames } from "../infer/render.js";
import { siteContent } from "../infer/site-content.js";
import { DEFAULT_MAX_FILE_SIZE } from "../parse/limits.js";
import { CatalogLintError } from "../util/errors.js";
import { plural } from "../util/text.js";
import type { CliIo } from "./io.js";
import { parseOptions } from "./parse-options.js";

export const INIT_HELP = `Usage: catalog-lint init [options]

Run in a catalog's root: infer a schema from the existing entries and write
.catalog-lintrc.yaml and a schema file beside it (catalog-schema.yaml, or one per
catalog), commented with what was inferred from how many entries. Afterwards
\`npx catalog-lint\` reports the entries that break what the others agree on.

Options:
      --dry-run   Print what would be written; write nothing
      --force     Replace an existing config and schema files
  -h, --help      Show this help
`;

const INIT_OPTIONS = {
  "dry-run": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** `catalog-lint init`: returns the exit code. */
export function runInit(argv: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(argv, INIT_OPTIONS, "catalog-lint init --help");
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new CatalogLintError(
      `Unexpected argument \`${positionals[0]}\`, expected none: run catalog-lint init in the catalog's root folder`,
    );
  }
  const dryRun = values["dry-run"] === true;
  const force = values.force === true;
  const existing = CONFIG_FILES.find((name) => exists(join(io.cwd, name)));
  if (existing && !force && !dryRun) {
    throw new CatalogLintError(
      `${existing} already exists; catalog-lint init does not replace it. Pass --force to replace it, or --dry-run to see what it would write`,
    );
  }

  const paths = discoverFiles({ cwd: io.cwd, paths: [], include: [...DEFAULT_INCLUDE] });
  const files: SourceText[] = [];
  for (const path of paths) {
    const absolute = join(io.cwd, path);
    const stat = lstatSync(absolute);
    if (!stat.isFile() || stat.size > DEFAULT_MAX_FILE_SIZE) continue;
    files.push({ path, text: readFileSync(absolute, "utf8") });
  }
  const site = siteContent((path) => existsSync(join(io.cwd, path)));
  const { catalogs, skipped } = inferCatalogs(files, site);
  if (catalogs.length === 0) {
    throw new CatalogLintError(
      `Found no catalog below ${io.cwd === "." ? "this folder" : "the working directory"}: looked for ${MIN_TEXT}; found ${plural(paths.length, "markdown file")}${paths.length > 0 ? `, ${skipped.size} skipped (documentation, templates, or too few alike files)` : ""}. Run catalog-lint init in the catalog's root folder`,
    );
  }
  const schemaFiles = schemaFileNames(catalogs);
  const outputs: Array<[string, string]> = [
    [".catalog-lintrc.yaml", renderConfig(catalogs, schemaFiles)],
    ...catalogs.map((c, i): [string, string] => [schemaFiles[i] as string, renderSchema(c)]),
  ];
  if (!force && !dryRun) {
    const taken = outputs.find(([name]) => exists(join(io.cwd, name)));
    if (taken) {
      throw new CatalogLintError(
        `${taken[0]} already exists; catalog-lint init does not replace it. Pass --force to replace it, or --dry-run to see what it would write`,
      );
    }
  }
  const summary = catalogs
    .map((c, i) => `${c.cluster.glob} (${plural(c.cluster.files.length, "entry", "entries")}) → ${schemaFiles[i]}`)
    .join("; ");
  if (dryRun) {
    for (const [name, text] of outputs) io.stdout(`--- ${name}\n${text}`);
    io.stderr(`catalog-lint: would write ${outputs.map(([n]) => n).join(", ")}: ${summary}\n`);
    return 0;
  }
  const root = repositoryRoot(io.cwd);
  for (const [name, text] of outputs) {
    const target = join(io.cwd, name);
    if (force) writeInside(root, target, text, "init");
    else createInside(root, target, text, "init");
  }
  io.stderr(
    `catalog-lint: wrote ${outputs.map(([n]) => n).join(", ")}: ${summary}. Run npx catalog-lint to see the entries that differ from the rest\n`,
  );
  return 0;
}

const MIN_TEXT =
  "folders of three or more markdown entries alike (front matter, `# Name - URL` titles or `##` headings)";

function exists(path: string): boolean {
  return existsSync(path) || isLink(path);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
