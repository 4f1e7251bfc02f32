import { reporters } from "../reporters/index.js";
import { todayFrom } from "../util/dates.js";
import { CatalogLintError } from "../util/errors.js";
import { parseOptions } from "./parse-options.js";
import { RULE_OPTIONS, RULE_OPTIONS_HELP, type RuleArgs, ruleArgs } from "./rule-args.js";

export interface CliArgs extends RuleArgs {
  paths: string[];
  format: string;
  config?: string;
  schema?: string;
  /** "Today": `--now`, else CATALOG_LINT_NOW, else the UTC date (src/util/dates.ts). */
  now: string;
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
  /** `--stdin`: lint the text on stdin, as the file `stdinFilename` names (`<stdin>` without one). */
  stdin: boolean;
  stdinFilename?: string;
  /** `--catalog-files-only`: skip, silently, the paths given that are not catalog entries (hooks pass every staged .md). */
  catalogFilesOnly: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: catalog-lint [options] [paths...]
       catalog-lint new "Tool Name" --dataset <id>   (write a new entry; see catalog-lint new --help)
       catalog-lint init [--dry-run] [--force]       (infer a schema from the entries; see catalog-lint init --help)

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
      --stdin              Lint the text on stdin; with --fix, print the fixed text on stdout
      --stdin-filename <path> The file the stdin text is (its schema, its config overrides)
      --catalog-files-only Skip, silently, given files that are not catalog entries (for hooks)
${RULE_OPTIONS_HELP}      --max-warnings <n>   Exit 1 when there are more than n warnings
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
  const { values, positionals } = parseOptions(argv, OPTIONS, "catalog-lint --help");
  const format = values.format ?? "stylish";
  if (!reporters[format]) {
    throw new CatalogLintError(`Unknown format \`${format}\`, expected one of ${Object.keys(reporters).join(", ")}`);
  }
  // Checked here, before anything runs, even when --help is all that is asked.
  const now = todayFrom(env, { name: "--now", value: values.now });
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
  if (values["stdin-filename"] !== undefined && !values.stdin) {
    throw new CatalogLintError("--stdin-filename names the file the stdin text is: use it with --stdin");
  }
  if (values.stdin) {
    const conflict = [
      "fix-dry-run",
      "changed-since",
      "cache",
      "cache-location",
      "output-file",
      "print-config",
      "suppress-all",
      "suppress-rule",
      "prune-suppressions",
    ].find(
      (name) => values[name as keyof typeof values] !== undefined && values[name as keyof typeof values] !== false,
    );
    if (conflict) throw new CatalogLintError(`--stdin lints one text: it does not take --${conflict}`);
    if (positionals.length > 0) {
      throw new CatalogLintError(
        `--stdin lints the text on stdin, not \`${positionals[0]}\`: name the file it stands for with --stdin-filename`,
      );
    }
  }
  const args: CliArgs = {
    ...ruleArgs(values),
    paths: positionals,
    format,
    now,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    cache: values.cache ?? false,
    stdin: values.stdin ?? false,
    catalogFilesOnly: values["catalog-files-only"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (values.config !== undefined) args.config = values.config;
  if (values.schema !== undefined) args.schema = values.schema;
  if (maxWarnings !== undefined) args.maxWarnings = maxWarnings;
  if (values["output-file"] !== undefined) args.outputFile = values["output-file"];
  if (values["print-config"] !== undefined) args.printConfig = values["print-config"];
  if (values["changed-since"] !== undefined) args.changedSince = values["changed-since"];
  if (values["cache-location"] !== undefined) args.cacheLocation = values["cache-location"];
  if (values["stdin-filename"] !== undefined) args.stdinFilename = values["stdin-filename"];
  if (values.color !== undefined) args.color = values.color;
  if (values["no-color"]) args.color = false;
  return args;
}

const OPTIONS = {
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
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "catalog-files-only": { type: "boolean" },
  "output-file": { type: "string", short: "o" },
  "print-config": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...RULE_OPTIONS,
} as const;
