import { buildEntry } from "../model/build-entry.js";
import type { Section } from "../model/entry.js";
import { createSourceFile } from "../parse/source.js";
import { CatalogLintError } from "../util/errors.js";
import { commentKey } from "../util/text.js";
import type { CatalogSchema, FieldKind, FieldSpec, GroupSpec } from "./types.js";

// The guidance comments the catalog's templates use (see FORMATTING.md).
const KEEP_LABELS = /keep only the label values/i;
const CHOOSE_ONE = /choose (?:either|one)\b/i;
const YES_NO = ["Yes", "No"];
const BARE_YEAR = /^\d{4}$/;

/**
 * Read a dataset template (`datasets/<id>/config/<id>-comparison-template.md`):
 * its `##`/`###` headings give the groups, fields and their order; a list under
 * "Keep only the label values that apply" gives a label field's allowed values;
 * "Choose either Yes or No" (or a bare `- Yes` / `- No` list) marks a yes/no field.
 * Specs are built complete, keys in the schema's order (as `schemaFileSchema().parse`
 * would give them; a test checks every template of the catalog).
 */
export function schemaFromTemplate(
  text: string,
  path: string,
  name = path,
  /** What to do about a template with no groups; `--schema` is no way out when the template is what it gave. */
  remedy = "Add them, or pass --schema.",
): CatalogSchema {
  const entry = buildEntry(createSourceFile(path, text));
  const groups: GroupSpec[] = entry.groups.map((group) => ({
    name: group.name,
    required: true,
    ...(labelValues(group).length > 0 ? { value: fieldFrom(group) } : {}),
    fields: group.fields.map((f) => fieldFrom(f)),
  }));
  if (groups.length === 0) {
    throw new CatalogLintError(
      `Template ${path} has no \`##\` heading; expected the groups an entry holds (\`## General Info\`…). ${remedy}`,
    );
  }
  const boilerplate = leadLines(text, entry);
  return {
    name,
    source: path,
    ...(boilerplate.length > 0 ? { boilerplate } : {}),
    // A template that guides with comments is where an entry's comments come from (template-leftover).
    ...(entry.comments.length > 0 ? { templateComments: true } : {}),
    // Which comments are the template's, so an entry's other comments are not called the template's.
    ...(entry.comments.length > 0
      ? { templateCommentTexts: [...new Set(entry.comments.map((c) => commentKey(c.text)))] }
      : {}),
    groups,
  };
}

/**
 * The template's own lines between its title and its first `##` group: what describes the
 * comparison (`AI Models and model tooling`) and names the dataset (`**Dataset ID:** aie-model`).
 * Not its guidance comments, placeholders (`-`, `[…]`) or list items, which other checks
 * cover or an entry may well share.
 */
function leadLines(text: string, entry: ReturnType<typeof buildEntry>): string[] {
  const first = entry.groups[0]?.heading.range.start.line;
  if (first === undefined) return [];
  const start = entry.title ? entry.title.heading.range.end.line : 0;
  const lines = text.split(/\r\n|\r|\n/).slice(start, first - 1);
  const kept = lines
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^(?:<!--|[-*+]\s|[-*+]$|\d+[.)]\s|\[.*\]$|#)/.test(line));
  return [...new Set(kept)];
}

function fieldFrom(section: Section): FieldSpec {
  const guidance = section.comments.map((c) => c.text).join("\n");
  // The first comment says what the field means (`Free access (like opensource), or … trial available`).
  const description = section.comments[0]?.text.trim();
  const values = labelValues(section);
  const isLabel = values.length > 1 || (values.length > 0 && KEEP_LABELS.test(guidance));
  const single = CHOOSE_ONE.test(guidance);
  let kind: FieldKind = kindFromName(section.name);
  // `### Date` holding `- 2015`: a year is a number, not a `YYYY-MM-DD` date.
  const examples = section.values.map((v) => v.text).filter((t) => t !== "" && t !== "-");
  if (kind === "date" && examples.length > 0 && examples.every((t) => BARE_YEAR.test(t))) kind = "text";
  if (isLabel) kind = sameSet(values, YES_NO) ? "yes-no" : "label";
  return {
    name: section.name,
    kind,
    ...(isLabel ? { values } : {}),
    multiple: !(single || kind === "yes-no" || kind === "date"),
    required: true,
    aliases: [],
    ...(description ? { description } : {}),
    ...(isLabel && KEEP_LABELS.test(guidance) ? { keepOnlyApplicable: true } : {}),
  };
}

/** The template's own list items, placeholders (`-`) left out. */
function labelValues(section: Section): string[] {
  return section.values.filter((v) => v.kind === "item" && v.text !== "" && v.text !== "-").map((v) => v.text);
}

/** Field kinds a template cannot express, read from the field's name. */
function kindFromName(name: string): FieldKind {
  if (/^(last[ -]?update[ds]?|updated|date)$/i.test(name)) return "date";
  if (/^rating$/i.test(name)) return "rating";
  if (/^(repo|repository|source|url|homepage|website)$/i.test(name)) return "url";
  return "text";
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
