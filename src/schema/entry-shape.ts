import type { Entry } from "../model/entry.js";
import type { SchemaIndex } from "./types.js";

/**
 * How far a file follows the shape of a schema: its title, its `##`/`###`
 * headings and its front-matter keys, each compared with what the schema
 * knows. Shared by the zero-config check (src/lint/zero-config.ts: does the
 * preset fit this catalog at all?) and the `schema-mismatch` rule (is this
 * file an entry of its schema at all?), so both judge a file alike.
 */
export interface EntryShape {
  /** Whether the schema writes a title as a `# Name - URL` heading, and whether the file has one. */
  title?: { expected: string; found: boolean };
  /** The file's `##` and `###` headings, when the schema names its sections (not `body.open`). */
  headings?: { total: number; known: number; unknown: string[] };
  /** The file's top-level front-matter keys, when the schema lists keys. */
  keys?: { total: number; known: number; unknown: string[] };
  /**
   * The file has the schema's title, or at least half of its headings are
   * known, or at least half of its keys: what the schema can judge says it is an entry.
   */
  follows: boolean;
}

export function entryShape(entry: Entry, schema: SchemaIndex): EntryShape {
  const spec = schema.schema;
  const shape: EntryShape = { follows: false };
  const from = spec.title?.from ?? "heading";
  // A bare `# Name` (url: none) is what any page starts with: no sign of an entry.
  if (from === "heading" && spec.title?.url !== "none") {
    shape.title = { expected: "`# Name - URL`", found: entry.title?.url !== undefined };
  }
  if (spec.groups.length > 0 && !spec.body?.open) {
    const sections = entry.headings.filter((h) => h.depth === 2 || h.depth === 3);
    const unknown = sections.filter((h) => !schema.group(h.text) && !schema.field(h.text));
    shape.headings = {
      total: sections.length,
      known: sections.length - unknown.length,
      unknown: unknown.map((h) => `${"#".repeat(h.depth)} ${h.text}`),
    };
  }
  const keys = spec.frontMatter?.keys ?? {};
  if (Object.keys(keys).length > 0) {
    const data = entry.frontMatter?.data;
    const present = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data) : [];
    const unknown = present.filter((key) => !Object.hasOwn(keys, key));
    shape.keys = { total: present.length, known: present.length - unknown.length, unknown };
  }
  const half = (part: { total: number; known: number } | undefined) =>
    part !== undefined && part.total > 0 && part.known * 2 >= part.total;
  shape.follows = shape.title?.found === true || half(shape.headings) || half(shape.keys);
  return shape;
}

/**
 * Whether the file plainly is no entry of the schema: it does not follow it,
 * and at least `MIN_UNKNOWN` of its headings and keys are unknown to it (a
 * new entry with one odd heading and no title yet is a draft, reported by
 * the usual rules, not a stray page). A schema that judges nothing (no
 * heading title, open body, no keys) never says so.
 */
export function plainlyNotAnEntry(shape: EntryShape): boolean {
  if (shape.follows) return false;
  const unknown = (shape.headings?.unknown.length ?? 0) + (shape.keys?.unknown.length ?? 0);
  return unknown >= MIN_UNKNOWN;
}

/** Unknown headings and keys a file must have, at least, to be called no entry (see plainlyNotAnEntry). */
export const MIN_UNKNOWN = 3;
