import { rangeOf } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { type EntryShape, entryShape, plainlyNotAnEntry } from "../schema/entry-shape.js";
import type { CatalogSchema } from "../schema/types.js";
import { plural, quote } from "../util/text.js";

/** Rules whose findings on such a file stay true and useful: broken YAML is broken whatever the file is. */
export const KEPT_WITH_MISMATCH: ReadonlySet<string> = new Set(["schema-mismatch", "front-matter-syntax"]);

/** Names shown before `…`: a message names a few, never thirty. */
const SHOWN = 3;

export default defineRule({
  id: "schema-mismatch",
  description: "A file should follow the shape of the schema it gets, else it is reported once as likely no entry",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    mismatch:
      "Unexpected file shape for the schema `{{schema}}` ({{source}}): {{found}}; expected {{expected}}; is this file an entry?",
  },
  check({ entry, schema, report }) {
    const shape = entryShape(entry, schema);
    if (!plainlyNotAnEntry(shape)) return;
    const first = entry.headings[0];
    const { source } = entry;
    const lineEnd = source.text.search(/\r?\n|$/);
    report({
      messageId: "mismatch",
      data: {
        schema: schema.schema.name,
        source: sourceOf(schema.schema),
        found: found(shape),
        expected: expected(shape, schema.schema),
      },
      range: first ? first.range : rangeOf(source, 0, lineEnd),
    });
  },
});

/** Where the schema was read from, as a message shows it. */
function sourceOf(schema: CatalogSchema): string {
  const source = schema.source;
  if (source === undefined) return "given";
  return source.startsWith("preset:") ? "the built-in preset" : quote(source, 120).slice(1, -1);
}

/** What the file has instead: each part the schema judges. */
function found(shape: EntryShape): string {
  const parts: string[] = [];
  if (shape.title && !shape.title.found) parts.push(`no ${shape.title.expected} title`);
  const { headings, keys } = shape;
  if (headings)
    parts.push(`${headings.known} of ${plural(headings.total, "heading")} known${notThese(headings.unknown)}`);
  if (keys && keys.total > 0) {
    parts.push(`${keys.known} of ${plural(keys.total, "front-matter key")} known${notThese(keys.unknown)}`);
  }
  return parts.join(", ");
}

function notThese(unknown: readonly string[]): string {
  if (unknown.length === 0) return "";
  const shown = unknown.slice(0, SHOWN).map((name) => quote(name));
  return ` (not ${shown.join(", ")}${unknown.length > SHOWN ? ", …" : ""})`;
}

/** What an entry of the schema has: its title, its first groups, its first keys. */
function expected(shape: EntryShape, schema: CatalogSchema): string {
  const parts: string[] = [];
  if (shape.title) parts.push(`a ${shape.title.expected} title`);
  if (shape.headings) {
    const groups = schema.groups.slice(0, 2).map((g) => quote(`## ${g.name}`));
    parts.push(`\`##\` groups such as ${groups.join(", ")}`);
  }
  if (shape.keys) {
    const keys = Object.keys(schema.frontMatter?.keys ?? {})
      .slice(0, SHOWN)
      .map((k) => quote(k));
    parts.push(`front-matter keys such as ${keys.join(", ")}`);
  }
  return parts.join(" and ");
}
