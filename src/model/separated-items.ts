/**
 * A front-matter string read as a list (`separator: ","`): github/explore writes
 * `aliases: a, b, c` as one string, and its suite splits it. Each item keeps the
 * exact columns it has in the file when they can be recovered.
 */

import { type Range, rangeOf, type SourceFile } from "../parse/source.js";
import type { KeySpec } from "../schema/types.js";
import type { FrontMatter } from "./entry.js";

export interface SeparatedItem {
  /** The item, trimmed. */
  text: string;
  /** Where it is written; the whole value's range when exact columns are not recoverable. */
  range: Range;
}

/**
 * The items of `value` split at `separator` and trimmed, empty ones included
 * (`a,,b`: front-matter-value's finding). Columns are exact when the value's
 * text in the file is the string itself (a plain scalar on one line) or the
 * string between one pair of quotes with nothing escaped; else (a folded or
 * block scalar, an escape) each item gets the whole value's range.
 */
export function separatedItems(source: SourceFile, value: string, range: Range, separator: string): SeparatedItem[] {
  const written = source.text.slice(range.start.offset, range.end.offset);
  let base: number | undefined;
  if (written === value) base = range.start.offset;
  else if (written.length === value.length + 2 && isQuoted(written) && written.slice(1, -1) === value)
    base = range.start.offset + 1;
  const items: SeparatedItem[] = [];
  let at = 0;
  for (const part of value.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = at + lead;
    at += part.length + separator.length;
    if (base === undefined) {
      items.push({ text, range });
      continue;
    }
    items.push({ text, range: rangeOf(source, base + start, base + start + text.length) });
  }
  return items;
}

/** `"…"` or `'…'` (whose inside, equal to the value, has no escape: an escape would differ). */
function isQuoted(written: string): boolean {
  const first = written[0];
  return (first === '"' || first === "'") && written.at(-1) === first;
}

/**
 * The values of a key that catalog rules compare (`unique`, `references`): a
 * list's scalar items, a separated string's non-empty items, or the value
 * itself, each with its range. Empty strings are no value.
 */
export function keyValues(
  source: SourceFile,
  frontMatter: FrontMatter,
  key: string,
  spec: Pick<KeySpec, "separator">,
): SeparatedItem[] {
  const value = frontMatter.data?.[key];
  const whole = frontMatter.rangeOf([key]);
  if (value === undefined || value === null || !whole) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      if (item === null || typeof item === "object" || String(item).trim() === "") return [];
      return [{ text: String(item).trim(), range: frontMatter.rangeOf([key, i]) ?? whole }];
    });
  }
  if (typeof value === "object") return [];
  if (typeof value === "string" && spec.separator !== undefined)
    return separatedItems(source, value, whole, spec.separator).filter((item) => item.text !== "");
  const text = String(value).trim();
  return text === "" ? [] : [{ text, range: whole }];
}
