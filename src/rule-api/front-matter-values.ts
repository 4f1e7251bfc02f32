/**
 * What the front-matter rules share: a value's kind in words, date formats
 * (`YYYY-MM-DD`, `MMMM D, YYYY`…) and the date keys `stale-date` and
 * `future-date` check.
 */
import type { Entry } from "../model/entry.js";
import type { Range } from "../parse/source.js";
import type { CatalogSchema, KeySpec } from "../schema/types.js";
import { type DateFormat, dateFormat, ISO_DATE_FORMAT } from "../util/date-formats.js";
import { quote } from "../util/text.js";

/** Whether a key holds dates: `type: date` or `format: date`. */
export function isDateKey(spec: Pick<KeySpec, "type" | "format">): boolean {
  return spec.type === "date" || spec.format === "date";
}

/** A key's date format (`dateFormat`, else ISO). */
export function dateFormatOf(spec: Pick<KeySpec, "dateFormat">): DateFormat {
  const format = dateFormat(spec.dateFormat ?? ISO_DATE_FORMAT);
  // The schema file was checked: an invalid format stopped the run (src/schema/types.ts).
  return typeof format === "string" ? (dateFormat(ISO_DATE_FORMAT) as DateFormat) : format;
}

/** One date written in front matter, for `stale-date` and `future-date`. */
export interface FrontMatterDate {
  /** The key, with the item's index for a list of dates (`released[1]`). */
  key: string;
  text: string;
  range: Range;
  /** Undefined when the text is no date of the key's format (front-matter-value's finding). */
  day: number | undefined;
}

/** Every date of the keys the schema makes dates (a list's items too). */
export function frontMatterDates(entry: Entry, schema: CatalogSchema): FrontMatterDate[] {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  if (!frontMatter || !data) return [];
  const found: FrontMatterDate[] = [];
  for (const [key, spec] of Object.entries(schema.frontMatter?.keys ?? {})) {
    const value = data[key];
    if (isDateKey(spec) && typeof value === "string") {
      const range = frontMatter.rangeOf([key]);
      if (range) found.push({ key, text: value, range, day: dateFormatOf(spec).day(value) });
    } else if (spec.items && isDateKey(spec.items) && Array.isArray(value)) {
      const format = dateFormatOf(spec.items);
      value.forEach((item, i) => {
        const range = frontMatter.rangeOf([key, i]);
        if (typeof item === "string" && range)
          found.push({ key: `${key}[${i}]`, text: item, range, day: format.day(item) });
      });
    }
  }
  return found;
}

/** A value in a message: the text of a scalar, quoted, or what a collection is. */
export function shownValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "`null`";
  if (typeof value === "object") return "a mapping";
  return quote(String(value));
}

/** What kind of value it is, in words (`a number`). */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "true or false";
  return "a string";
}
