import type { CatalogSchema } from "../schema/types.js";

/**
 * What a schema is, for messages: "the `ai-chat` template", "the preset `awesome-comparisons`"
 * or "the schema `topics`". A schema file is not a template, and telling its author to look
 * at "the template" sends them to a file that does not exist. Read from `source`, which the
 * loader sets to the template's path, the schema file's path or `preset:<id>`.
 */
export function schemaOrigin(schema: Pick<CatalogSchema, "name" | "source">): string {
  const source = schema.source ?? "";
  if (source.startsWith("preset:")) return `the preset \`${schema.name}\``;
  if (/\.(?:md|markdown)$/i.test(source)) {
    // A template given as --schema is named after its file: "the template `template.md`", not
    // "the `template` template"; a dataset's is named after the dataset.
    const file = source.split(/[\\/]/).pop() ?? source;
    return file.replace(/\.(?:md|markdown)$/i, "") === schema.name
      ? `the template \`${source}\``
      : `the \`${schema.name}\` template`;
  }
  return `the schema \`${schema.name}\``;
}

/**
 * Whether the schema's entries are copies of a template: it was built from one (`source` a
 * `.md` file) or is a preset, which stands for a catalog's templates. A schema file describes
 * entries written freely (a Jekyll, Hugo, Astro or Docusaurus collection): what looks like a
 * placeholder or a heading underline there is the author's markdown, no template's leftover.
 */
export function copiesATemplate(schema: Pick<CatalogSchema, "source">): boolean {
  const source = schema.source ?? "";
  return source.startsWith("preset:") || /\.(?:md|markdown)$/i.test(source);
}
