/**
 * `catalog-lint init`'s inference: from the texts of a repository's markdown
 * files to the catalogs they hold and a schema for each, with notes saying
 * what was inferred from how many entries. Pure: no file is read or written
 * here (src/cli/init.ts does that), and the same files give the same result.
 */
import { posix } from "node:path";
import { buildEntry } from "../model/build-entry.js";
import type { Entry } from "../model/entry.js";
import { createSourceFile } from "../parse/source.js";
import { DEFAULT_FILENAME_PATTERN } from "../rules/filename.js";
import type { CatalogSchema, FrontMatterSpec } from "../schema/types.js";
import { share } from "./agreement.js";
import { inferBody, inferTitle } from "./body.js";
import { type FrontMatterSample, inferFrontMatter } from "./front-matter.js";
import { Notes } from "./notes.js";
import { type Cluster, clusterEntries } from "./select.js";
import { NO_SITE, type SiteContent } from "./site-content.js";

export { Notes } from "./notes.js";

export interface SourceText {
  /** Repository-relative, `/`-separated. */
  path: string;
  text: string;
}

export interface InferredCatalog {
  cluster: Cluster;
  schema: CatalogSchema;
  notes: Notes;
  /** Rule settings for what the entries disagree on (most would be reported), with why. */
  rules: Map<string, { setting: unknown; why: string }>;
}

export interface Inference {
  catalogs: InferredCatalog[];
  /** Files that are not entries, and why (documentation, too few alike files, no shared structure). */
  skipped: Map<string, string>;
}

const DEFAULT_FILENAME = new RegExp(DEFAULT_FILENAME_PATTERN);

/** `site`: what a static site's files say of its content (src/infer/site-content.ts). */
export function inferCatalogs(files: readonly SourceText[], site: SiteContent = NO_SITE): Inference {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const paths = [...texts.keys()].sort();
  const { clusters, skipped } = clusterEntries(paths, site.folders);
  const catalogs: InferredCatalog[] = [];
  for (const cluster of clusters) {
    const entries = cluster.files.map((path) => buildEntry(createSourceFile(path, texts.get(path) ?? "")));
    const catalog = inferCatalog(cluster, entries, site.jsonSchemaOf(cluster.folder));
    if (catalog) catalogs.push(catalog);
    else
      for (const f of cluster.files)
        skipped.set(f, `the files of \`${cluster.folder}/\` share no front matter, title or headings`);
  }
  return { catalogs, skipped };
}

/**
 * The schema `entries` agree on, or undefined when they do not look like one catalog's entries.
 * `jsonSchema`: the path of the JSON Schema the site checks their front matter with, which the
 * schema names instead of the keys init would guess.
 */
export function inferCatalog(
  cluster: Cluster,
  entries: readonly Entry[],
  jsonSchema?: string,
): InferredCatalog | undefined {
  const notes = new Notes();
  const total = entries.length;
  const samples: FrontMatterSample[] = entries.map((entry) => {
    const path = entry.source.path;
    const file = posix.basename(path).replace(/\.mdx?$/i, "");
    const folder = posix.basename(posix.dirname(path));
    return {
      hasBlock: entry.frontMatter !== undefined,
      ...(entry.frontMatter ? { syntax: entry.frontMatter.syntax } : {}),
      ...(entry.frontMatter?.data ? { data: entry.frontMatter.data } : {}),
      folder,
      file,
    };
  });
  const frontMatter = inferFrontMatter(samples, notes);
  const requiredKeys = Object.entries(frontMatter?.spec.keys ?? {})
    .filter(([, spec]) => spec.required && spec.type === "string")
    .map(([key]) => key);
  const title = inferTitle(entries, notes, requiredKeys);
  const body = inferBody(entries, notes);
  // A folder of notes has headings too: entries share front matter, `##` groups or `# Name - URL` titles.
  if (!frontMatter && !body.coherent && !(title.from === "heading" && title.url === "required")) return undefined;

  if (frontMatter && jsonSchema) useJsonSchema(frontMatter.spec, jsonSchema, notes);
  const name = cluster.folder === "." ? "catalog" : cluster.folder;
  notes.add([], `Inferred by \`catalog-lint init\` from ${total} entries (\`${cluster.glob}\`). Edit freely.`);
  const schema: CatalogSchema = {
    name,
    title,
    groups: body.groups,
    ...(frontMatter ? { frontMatter: frontMatter.spec } : {}),
    ...(body.open ? { body: { open: true } } : {}),
  };

  const rules = new Map<string, { setting: unknown; why: string }>();
  if (!body.ordered)
    rules.set("section-order", { setting: "off", why: "entries disagree on the order of their headings" });
  const badNames = entries.filter((e) => !DEFAULT_FILENAME.test(posix.basename(e.source.path))).length;
  if (badNames * 2 > total) {
    rules.set("filename", {
      setting: "off",
      why: `file names are not lowercase-with-hyphens ${share(badNames, total)}`,
    });
  }
  // What `title.from` and `body.open` say, for the rules that read them (so no rule reads the headings
  // as an awesome-comparisons entry's).
  if (title.from !== "heading") {
    rules.set("title", {
      setting: "off",
      why: `entries have no \`#\` title heading${title.key ? ` (\`${title.key}\` names them)` : ""}`,
    });
  }
  // stale-date reads every front-matter date as a last update: a `released` date only grows old.
  const recordDates = Object.entries(frontMatter?.spec.keys ?? {})
    .filter(([key, spec]) => spec.type === "date" && !/updat|modified|checked|reviewed/i.test(key))
    .map(([key]) => `\`${key}\``);
  if (recordDates.length > 0) {
    rules.set("stale-date", {
      setting: "off",
      why: `${recordDates.join(", ")}: dates of record, not of a last update`,
    });
  }
  if (body.open) rules.set("unknown-section", { setting: "off", why: "any heading is allowed in the body" });
  // No `template-leftover` setting for entries' HTML comments: a schema file has no template, so
  // they are reported only where it says its catalog forbids them (`templateComments`).
  return { cluster, schema, notes, rules };
}

/**
 * The site's own JSON Schema in place of the guessed keys: its build already fails on what it
 * rejects, and the keys' patterns and required sets, read from a few entries, are guesses.
 */
function useJsonSchema(spec: FrontMatterSpec, path: string, notes: Notes): void {
  spec.keys = {};
  spec.closed = false;
  spec.jsonSchema = path;
  notes.drop(["frontMatter", "keys"]);
  notes.drop(["frontMatter", "closed"]);
  notes.add(["frontMatter", "jsonSchema"], "the JSON Schema the site generates for these entries checks their keys");
}
