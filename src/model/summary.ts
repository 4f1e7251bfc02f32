import { MarkdownLimitError } from "../parse/limits.js";
import { createSourceFile, type Range } from "../parse/source.js";
import { derivedFromSchema, type KeySpec, type SchemaIndex } from "../schema/types.js";
import { buildEntry } from "./build-entry.js";
import type { Entry } from "./entry.js";
import { entryName } from "./entry-name.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { keyValues } from "./separated-items.js";

/** What a catalog-level rule knows of one entry. */
export interface EntrySummary {
  filePath: string;
  /** Folder of the file (entries are compared within one folder: one dataset). */
  folder: string;
  title?: { name: string; range: Range };
  /** Values of URL fields named Repo/Repository, top level only. */
  repos: Array<{ url: string; range: Range }>;
  /**
   * The `##` headings, in file order, when the schema compares siblings'
   * sections (`catalog.sameSections`, rule same-sections); else undefined.
   */
  sections?: Array<{ name: string; range: Range }>;
  /**
   * The front-matter values catalog rules compare (keys with `fileExists`, `unique`,
   * `references`, and the keys a `references` names), one per list or separated item,
   * in file order; undefined when the schema has no such key.
   */
  values?: SummaryValue[];
  /** Whether findings on this file are reported (peers are only compared with). */
  linted: boolean;
}

/** One front-matter value (or item) of `EntrySummary.values`. */
export interface SummaryValue {
  key: string;
  value: string;
  range: Range;
}

/** `EntrySummary.folder` of a file path. */
export function folderOf(filePath: string): string {
  return filePath.includes("/") ? filePath.slice(0, filePath.lastIndexOf("/")) : ".";
}

/**
 * The part of a peer entry its summary needs: up to the heading after its
 * `Repo` field (the title and the repository come first in an entry). Peers
 * are only compared with, so parsing the whole file would be wasted time:
 * one changed file in a folder of a thousand entries stays fast.
 */
export function summaryPrefix(text: string): string {
  const repo = /^ {0,3}#{2,3}[ \t]+(?:Repo|Repository)[ \t]*#*[ \t]*$/im.exec(text);
  if (!repo) return text;
  const after = repo.index + repo[0].length;
  const next = /^ {0,3}#{1,6}[ \t]/m.exec(text.slice(after));
  return next ? text.slice(0, after + next.index) : text;
}

/**
 * A file's summary, from its text up to `summaryPrefix` for linted files and
 * peers alike (so a file compares the same whichever it is). A head the
 * parser refuses (see readable-file) gives an empty summary.
 */
export function summaryOf(text: string, filePath: string, schema: SchemaIndex, linted: boolean): EntrySummary {
  if (text.includes("\0")) return emptySummary(filePath, linted);
  return summaryOfPrefix(summaryText(text, schema), filePath, schema, linted);
}

/**
 * The part of an entry its summary is made of: `summaryPrefix`, or the whole
 * text when the schema compares every `##` heading (`catalog.sameSections`).
 */
export function summaryText(text: string, schema: SchemaIndex): string {
  return schema.schema.catalog?.sameSections ? text : summaryPrefix(text);
}

/**
 * A linted file's summary from the entry its lint built (`entry`, of the whole
 * `text`), when the summary would parse that same whole text again (no cut at
 * `summaryPrefix`): one parse per file instead of two. Otherwise, or without an
 * entry (a file the parser refused), `summaryOf`.
 */
export function summaryOfLinted(
  text: string,
  entry: Entry | undefined,
  filePath: string,
  schema: SchemaIndex,
): EntrySummary {
  if (entry && entry.source.text === text && summaryText(text, schema) === text && !text.includes("\0")) {
    return summarize(entry, schema, filePath, true);
  }
  return summaryOf(text, filePath, schema, true);
}

export function summaryOfPrefix(prefix: string, filePath: string, schema: SchemaIndex, linted: boolean): EntrySummary {
  try {
    return summarize(buildEntry(createSourceFile(filePath, prefix)), schema, filePath, linted);
  } catch (error) {
    if (error instanceof MarkdownLimitError) return emptySummary(filePath, linted);
    throw error;
  }
}

export function emptySummary(filePath: string, linted: boolean): EntrySummary {
  return { filePath, folder: folderOf(filePath), repos: [], linted };
}

/** What catalog-level rules see of an entry: its name and repository URLs with their ranges. */
function summarize(entry: Entry, schema: SchemaIndex, filePath: string, linted: boolean): EntrySummary {
  const repos = fieldMatches(entry, schema)
    .filter((m) => m.spec.kind === "url" && /^(repo|repository)$/i.test(m.spec.name))
    .flatMap((m) => checkedValues(m).map((v) => ({ url: detached(v.text), range: v.range })));
  const name = entryName(entry, schema.schema);
  return {
    filePath,
    folder: folderOf(filePath),
    ...(name ? { title: { name: detached(name.name), range: name.range } } : {}),
    repos,
    ...(schema.schema.catalog?.sameSections ? { sections: sectionsOf(entry) } : {}),
    ...valuesPart(entry, schema),
    linted,
  };
}

/** `EntrySummary.values`, for a schema with keys that catalog rules compare. */
function valuesPart(entry: Entry, schema: SchemaIndex): { values?: SummaryValue[] } {
  const keys = comparedKeys(schema);
  if (keys.length === 0) return {};
  const frontMatter = entry.frontMatter;
  if (!frontMatter?.data) return { values: [] };
  const values: SummaryValue[] = [];
  for (const [key, spec] of keys) {
    for (const item of keyValues(entry.source, frontMatter, key, spec)) {
      values.push({ key: detached(key), value: detached(item.text), range: item.range });
    }
  }
  return { values };
}

/** The keys whose values go into summaries: those with `fileExists`, `unique`, `references`, and the keys referenced. */
export const comparedKeys = derivedFromSchema((schema): Array<[string, KeySpec]> => {
  const keys = schema.frontMatter?.keys ?? {};
  const referenced = new Set(Object.values(keys).flatMap((spec) => (spec.references ? [spec.references.key] : [])));
  return Object.entries(keys).filter(
    ([key, spec]) => spec.fileExists || spec.unique || spec.references || referenced.has(key),
  );
});

/** Each distinct `##` heading of an entry, at its first place. */
function sectionsOf(entry: Entry): NonNullable<EntrySummary["sections"]> {
  const seen = new Set<string>();
  const sections: NonNullable<EntrySummary["sections"]> = [];
  for (const group of entry.groups) {
    if (seen.has(group.name)) continue;
    seen.add(group.name);
    sections.push({ name: detached(group.name), range: group.heading.textRange });
  }
  return sections;
}

/**
 * A copy of `text` that does not share memory with the string it was cut
 * from. V8 keeps a whole file's text alive for any slice of it, and summaries
 * are kept for the whole run: 100,000 titles would otherwise hold 500 MB of
 * entries. (Concatenating flattens; slicing that flat string copies little.)
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}
