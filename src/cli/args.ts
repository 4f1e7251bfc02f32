import { parseArgs } from "node:util";
import { reporters } from "../reporters/index.js";
import { CatalogLintError } from "../util/errors.js";

export interface CliArgs {
  paths: string[];
  format: string;
  config?: string;
  schema?: string;
  now?: string;
  maxWarnings?: number;
  quiet: boolean;
  outputFile?: string;
  printConfig?: string;
  color?: boolean;
  fix: boolean;
  fixDryRun: boolean;
  changedSince?: string;
  cache: boolean;
  cacheLocation?: string;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: catalog-lint [options] [paths...]
       catalog-lint new "Tool Name" --dataset <id>   (write a new entry; see catalog-lint new --help)

Lint markdown catalog entries against the catalog's own templates.
Paths are files, folders or quoted globs; default: the config's \`include\`,
else every *.md below the working directory (node_modules and .git excluded).

Options:
  -f, --format <name>      Output format: ${Object.keys(reporters).join(", ")} (default: stylish)
  -c, --config <file>      Use this config file instead of the nearest .catalog-lintrc.*
      --schema <id|file>   Check every file against a preset (awesome-comparisons),
                           a template .md, or a schema .json/.yaml
      --now <YYYY-MM-DD>   "Today" for date rules (env CATALOG_LINT_NOW; default: UTC date)
      --changed-since <ref> Lint only catalog files changed since a git ref (and compare them
                           with it: last-update-not-bumped), as a pull request check does
      --cache              Reuse results of files that did not change (kept in
                           node_modules/.cache/catalog-lint; safe across config, template and version changes)
      --cache-location <path> Where --cache keeps its results (a file, or a folder to keep
                           results.bin in)
      --fix                Fix what is safe to fix, in place, then report what remains
      --fix-dry-run        Print the fixes as a unified diff instead of writing them
      --max-warnings <n>   Exit 1 when there are more than n warnings
  -q, --quiet              Report errors only
  -o, --output-file <file> Write the report to a file instead of stdout
      --print-config <file> Print the configuration and schema used for a file
      --color / --no-color Force colors on or off (NO_COLOR and FORCE_COLOR are honoured)
  -v, --version            Print the version
  -h, --help               Print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 fatal (usage, config, unreadable input).
Docs: https://github.com/catalog-lint/catalog-lint#readme
`;

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CatalogLintError(`${(error as Error).message.split("\n")[0]}; run catalog-lint --help for usage`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? "stylish";
  if (!reporters[format]) {
    throw new CatalogLintError(`Unknown format \`${format}\`, expected one of ${Object.keys(reporters).join(", ")}`);
  }
  const now = values.now ?? env.CATALOG_LINT_NOW;
  if (now !== undefined && !isRealIsoDate(now)) {
    const from = values.now !== undefined ? "--now" : "CATALOG_LINT_NOW";
    throw new CatalogLintError(`Invalid ${from} \`${now}\`, expected a real date YYYY-MM-DD`);
  }
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new CatalogLintError(`Invalid --max-warnings \`${values["max-warnings"]}\`, expected a whole number ≥ 0`);
    }
  }
  if (values.fix && values["fix-dry-run"]) {
    throw new CatalogLintError("Use either --fix or --fix-dry-run, not both");
  }
  const args: CliArgs = {
    paths: positionals,
    format,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    cache: values.cache ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (values.config !== undefined) args.config = values.config;
  if (values.schema !== undefined) args.schema = values.schema;
  if (now !== undefined) args.now = now;
  if (maxWarnings !== undefined) args.maxWarnings = maxWarnings;
  if (values["output-file"] !== undefined) args.outputFile = values["output-file"];
  if (values["print-config"] !== undefined) args.printConfig = values["print-config"];
  if (values["changed-since"] !== undefined) args.changedSince = values["changed-since"];
  if (values["cache-location"] !== undefined) args.cacheLocation = values["cache-location"];
  if (values.color !== undefined) args.color = values.color;
  if (values["no-color"]) args.color = false;
  return args;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      schema: { type: "string" },
      now: { type: "string" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      fix: { type: "boolean" },
      "changed-since": { type: "string" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
      "fix-dry-run": { type: "boolean" },
      "output-file": { type: "string", short: "o" },
      "print-config": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

function isRealIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
