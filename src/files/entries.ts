/**
 * Which markdown files are not entries, whatever a walk finds: a catalog's
 * templates and criteria (the schema resolver reads them as the schema, see
 * src/schema/resolve.ts), and, when the catalog has no `include` and no known
 * layout, its documentation (README, CONTRIBUTING…, `docs/`, `.github/`).
 * Decided from the path alone: no file is read.
 */

/**
 * Why `path` (relative, with `/`) is one of the files the schema resolver
 * knows as a template or criteria, not an entry; undefined for any other file.
 * - `datasets/<id>/config/…`: the dataset's template (`<id>-comparison-template.md`) and criteria;
 * - `configuration/…` at the root: the catalog's shared criteria, defaults and templates;
 * - `TEMPLATE.md`, `Template.md`, `template.md` in a data folder (`data/`, `datasets/<id>/data/`).
 */
export function templateReason(path: string): string | undefined {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const folders = parts.slice(0, -1);
  for (let i = 0; i + 2 < folders.length; i++) {
    if (folders[i] !== "datasets" || folders[i + 2] !== "config") continue;
    const id = folders[i + 1];
    return name === `${id}-comparison-template.md`
      ? `it is dataset \`${id}\`'s template`
      : `it is in dataset \`${id}\`'s config folder (its template and criteria)`;
  }
  // Only the catalog's own, at its root: `topics/configuration/` is an entry's folder.
  if (folders[0] === "configuration") return "it is in the catalog's `configuration/` folder (criteria and templates)";
  const parent = folders[folders.length - 1] ?? "";
  if (/^template\.(md|markdown)$/i.test(name) && /^data$/i.test(parent)) return "it is the data folder's template";
  return undefined;
}

/**
 * Why `path` (with `/`) is a page of its folder rather than an entry, whatever
 * the config's `include` says: a markdown file whose name starts with `_`.
 * Hugo's `_index.md` is a section's own page (the list of the entries beside
 * it); Astro leaves such files out of a content collection, Docusaurus takes
 * them for partials, and Jekyll does not publish them. None is an entry of
 * the catalog the folder holds.
 */
export function pageReason(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (!name.startsWith("_")) return undefined;
  return /^_index\.(md|markdown)$/i.test(name)
    ? "it is its folder's section page (Hugo's `_index.md`, the list of the entries beside it)"
    : "its name starts with `_`, which marks a file a site leaves out of its collection (Astro, Docusaurus, Jekyll)";
}

/** Documentation file names (any case, with or without an extension): never entries by default. */
const DOCUMENTATION_NAMES = ["README", "CONTRIBUTING", "CODE_OF_CONDUCT", "CHANGELOG", "LICENSE", "SECURITY"];

/**
 * Why `path` (relative to the catalog's root, with `/`) is documentation, not
 * an entry, in a catalog with no `include` and no known layout (no manifest,
 * no `datasets/<id>/data/`): README, CONTRIBUTING, CODE_OF_CONDUCT, CHANGELOG,
 * LICENSE, SECURITY (any case, any extension) wherever they are, and anything
 * in a `docs/` folder or a dot-folder (`.github/`, `.vscode/`).
 */
export function documentationReason(path: string): string | undefined {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const stem = (name.split(".")[0] ?? "").toUpperCase();
  if (DOCUMENTATION_NAMES.includes(stem)) return `it is the catalog's ${stem} (documentation)`;
  for (const folder of parts.slice(0, -1)) {
    if (folder === "docs") return "it is in a `docs/` folder (documentation)";
    if (folder.startsWith(".") && folder !== "." && folder !== "..") return `it is in the dot-folder \`${folder}/\``;
  }
  return undefined;
}
