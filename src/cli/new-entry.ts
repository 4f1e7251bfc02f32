import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { templateCandidatesFor } from "../schema/resolve.js";
import { todayFrom } from "../util/dates.js";
import { CatalogLintError } from "../util/errors.js";
import type { CliIo } from "./io.js";
import { parseOptions } from "./parse-options.js";

export const NEW_HELP = `Usage: catalog-lint new "Tool Name" (--dataset <id> | --template <file>) [options]

Write a new entry from a dataset's template: guidance comments removed, the title
and today's Last Update filled in. What is left to fill is what catalog-lint reports.

Options:
      --dataset <id>      The dataset (datasets/<id>/): its template, and datasets/<id>/data/ as the folder
      --template <file>   A template to use instead (the entry is written to the working directory)
      --url <url>         The tool's canonical URL for the title (default: "-", none)
  -o, --output <file>     Where to write (default: <folder>/<tool-name>.md); never overwritten
      --now <YYYY-MM-DD>  The Last Update date (env CATALOG_LINT_NOW; default: today, UTC)
`;

const NEW_OPTIONS = {
  dataset: { type: "string" },
  template: { type: "string" },
  url: { type: "string" },
  output: { type: "string", short: "o" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `catalog-lint new`: returns the exit code. */
export function runNew(argv: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(argv, NEW_OPTIONS, "catalog-lint new --help");
  if (values.help) {
    io.stdout(NEW_HELP);
    return 0;
  }
  const name = positionals.join(" ").trim();
  if (!name) throw new CatalogLintError('Missing the tool name: catalog-lint new "Tool Name" --dataset <id>');
  if (!values.dataset === !values.template) {
    throw new CatalogLintError("Pass exactly one of --dataset <id> or --template <file>");
  }
  const now = todayFrom(io.env, { name: "--now", value: values.now });

  let templatePath: string;
  let folder: string;
  if (values.dataset) {
    if (!/^[\w.-]+$/.test(values.dataset)) throw new CatalogLintError(`Invalid dataset id \`${values.dataset}\``);
    const candidates = templateCandidatesFor(io.cwd, values.dataset);
    const found = candidates.find((c) => existsSync(c));
    if (!found) {
      throw new CatalogLintError(
        `Dataset \`${values.dataset}\` has no template (looked for ${candidates.map((c) => relative(io.cwd, c)).join(", ")}); pass --template`,
      );
    }
    templatePath = found;
    folder = dataFolder(io.cwd, values.dataset);
  } else {
    templatePath = resolve(io.cwd, values.template ?? "");
    if (!existsSync(templatePath)) throw new CatalogLintError(`Template ${values.template} does not exist`);
    folder = io.cwd;
  }
  const target = resolve(io.cwd, values.output ?? join(folder, `${slug(name)}.md`));
  if (existsSync(target)) {
    throw new CatalogLintError(
      `${relative(io.cwd, target)} already exists; catalog-lint new never overwrites an entry`,
    );
  }
  const text = entryFromTemplate(readFileSync(templatePath, "utf8"), { name, url: values.url ?? "-", now });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: "wx" });
  io.stdout(`${relative(io.cwd, target)}\n`);
  io.stderr(
    `catalog-lint: wrote a new entry from ${relative(io.cwd, templatePath)}; run catalog-lint on it to see what is left to fill\n`,
  );
  return 0;
}

/** `Claude Code (CLI)` → `claude-code-cli`: the catalog's file-name convention. */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "entry"
  );
}

/**
 * The template with its HTML comments removed, the dataset's own title and lead
 * replaced by the tool's title and a bracketed placeholder, and every date
 * field (`Last Update`) set to `now`. Label lists stay whole: choosing values
 * is the contributor's job, and the linter reports lists left whole.
 */
export function entryFromTemplate(
  template: string,
  { name, url, now }: { name: string; url: string; now: string },
): string {
  const eol = template.includes("\r\n") ? "\r\n" : "\n";
  const withoutComments = template
    .replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*(?:\r?\n|$)/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  const lines = withoutComments.split(/\r?\n/);
  const firstGroup = lines.findIndex((l) => /^##\s/.test(l));
  const body = firstGroup >= 0 ? lines.slice(firstGroup) : [];
  const out = [`# ${name} - ${url}`, "", `[Describe ${name} in one or two paragraphs]`, "", ...body];
  // The value of a date field is today's date.
  for (let i = 0; i < out.length; i++) {
    if (/^###\s+(Last Update|Last Updated|Updated|Date)\s*$/i.test(out[i] ?? "")) {
      const valueLine = out.findIndex((l, j) => j > i && l.trim() !== "");
      if (valueLine > i && /^\s*-?\s*$/.test(out[valueLine] ?? "")) out[valueLine] = `- ${now}`;
      else out.splice(i + 1, 0, `- ${now}`);
    }
  }
  const text = out.join(eol).replace(/(\r?\n){3,}/g, `${eol}${eol}`);
  return text.endsWith(eol) ? text : text + eol;
}

/** The dataset's data folder: the manifest's `dataDir`, else `datasets/<id>/data`. */
function dataFolder(root: string, id: string): string {
  const manifest = join(root, "configuration", "datasets.manifest.json");
  if (existsSync(manifest)) {
    let data: { datasets?: Array<{ id?: string; sources?: { dataDir?: unknown; dataDirs?: unknown } }> };
    try {
      data = JSON.parse(readFileSync(manifest, "utf8"));
    } catch (error) {
      throw new CatalogLintError(`Cannot read ${relative(root, manifest)}: ${(error as Error).message}`);
    }
    const dataset = data.datasets?.find((d) => d.id === id);
    if (dataset && typeof dataset.sources?.dataDir !== "string") {
      const own = (data.datasets ?? []).filter((d) => typeof d.sources?.dataDir === "string").map((d) => d.id);
      throw new CatalogLintError(
        `Dataset \`${id}\` has no data folder of its own (it aggregates others); pick one of ${own.join(", ")}`,
      );
    }
    if (dataset && typeof dataset.sources?.dataDir === "string") return resolve(root, dataset.sources.dataDir);
  }
  return join(root, "datasets", id, "data");
}
