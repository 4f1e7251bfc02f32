/**
 * What a static site's own files say about its content, for `init`. Docusaurus renders every
 * page of `docs/` (each with `id`, `title`, `sidebar_position`), so in its root `docs/` holds
 * the entries, not the repository's documentation. Astro writes the JSON Schema of each content
 * collection (`src/content/<name>/`) to `.astro/collections/<name>.schema.json`: what its build
 * checks the front matter against, which a schema can name instead of guessing keys.
 */
import { posix } from "node:path";

/** The config files that make the folder beside them a Docusaurus site (any of its extensions). */
const DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => `docusaurus.config.${ext}`);
const ASTRO_COLLECTION = /^src\/content\/([^/]+)$/;

export interface SiteContent {
  /** Top-level folders of the site's pages, not documentation. */
  folders: string[];
  /** The JSON Schema the site generates for the entries of `folder`, its path from the root. */
  jsonSchemaOf(folder: string): string | undefined;
}

/** No site: what `init` assumes when it is given no files to look at. */
export const NO_SITE: SiteContent = { folders: [], jsonSchemaOf: () => undefined };

/** The site's content, from which of its root-relative files (`/`-separated) exist. */
export function siteContent(exists: (path: string) => boolean): SiteContent {
  return {
    folders: DOCUSAURUS_CONFIGS.some(exists) ? ["docs"] : [],
    jsonSchemaOf(folder) {
      const name = ASTRO_COLLECTION.exec(folder)?.[1];
      const path = name && posix.join(".astro", "collections", `${name}.schema.json`);
      return path && exists(path) ? path : undefined;
    },
  };
}
