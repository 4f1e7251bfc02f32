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

/** Whether `path` is a `data/template.md` (any case): a template, not an entry. */
export function isDataTemplate(path: string): boolean {
  return basename(path).toLowerCase() === "template.md" && basename(dirname(path)).toLowerCase() === "data";
}
