/**
 * The ultimate-comparisons layout (https://github.com/ultimate-comparisons/ultimate-comparison-framework):
 * a catalog's entries are `data/*.md`, beside the template new entries start from, `data/template.md`
 * (any case: the framework's own sample writes `Template.md`); its criteria are
 * `configuration/comparison.yml`. The template is the schema of the files beside it, never an entry.
 */
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** `folder`'s template when it is a `data` folder holding `template.md` in any case; the first by name when several. */
export function ultimateTemplateIn(folder: string): string | undefined {
  if (basename(folder).toLowerCase() !== "data") return undefined;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  const name = names.filter((n) => n.toLowerCase() === "template.md").sort()[0];
  return name ? join(folder, name) : undefined;
}

/**
 * Whether `path` is the `data/template.md` (any case) of an ultimate-comparisons catalog: a template,
 * not an entry. A `datasets/<id>/data/TEMPLATE.md` of the awesome-comparisons layout is left to
 * that layout's own rules for which files are entries.
 */
export function isDataTemplate(path: string): boolean {
  if (basename(path).toLowerCase() !== "template.md") return false;
  const folder = dirname(path);
  return basename(folder).toLowerCase() === "data" && basename(dirname(dirname(folder))) !== "datasets";
}

/** The `.bib` files of an ultimate-comparisons catalog: in its `data/` and `configuration/` folders, sorted. */
export function bibFilesOf(dataFolder: string): string[] {
  const files: string[] = [];
  for (const folder of [dataFolder, join(dirname(dataFolder), "configuration")]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.toLowerCase().endsWith(".bib")).sort()) files.push(join(folder, name));
  }
  return files;
}
