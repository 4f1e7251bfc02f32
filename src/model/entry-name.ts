import type { Range } from "../parse/source.js";
import type { CatalogSchema } from "../schema/types.js";
import type { Entry } from "./entry.js";

/** An entry's title as its schema defines it (`title.from`), and where it is written. */
export interface EntryName {
  name: string;
  range: Range;
}

/**
 * The entry's title: the `# Name - URL` heading's name (the default, and the
 * awesome-comparisons preset's), the whole heading with `title.url: none`, a
 * front-matter key's value with `title.from: frontMatter`, or nothing with
 * `title.from: none`. Undefined when the entry has none (the `title` rule says so).
 */
export function entryName(entry: Entry, schema: CatalogSchema): EntryName | undefined {
  const spec = schema.title;
  switch (spec?.from ?? "heading") {
    case "none":
      return undefined;
    case "frontMatter": {
      const key = spec?.key;
      const value = key === undefined ? undefined : entry.frontMatter?.data?.[key];
      if (key === undefined || (typeof value !== "string" && typeof value !== "number")) return undefined;
      const range = entry.frontMatter?.rangeOf([key]);
      return range ? { name: String(value), range } : undefined;
    }
    default: {
      const { title } = entry;
      if (!title) return undefined;
      if (spec?.url === "none") return { name: title.heading.text, range: title.heading.textRange };
      return { name: title.name, range: title.nameRange };
    }
  }
}
