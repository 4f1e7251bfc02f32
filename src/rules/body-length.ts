import type { Entry } from "../model/entry.js";
import { rangeOf } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { plural, quote } from "../util/text.js";

/**
 * The body: the text after the front matter, without HTML comments, trimmed,
 * and where it starts and ends in the file.
 */
export function bodyOf(entry: Entry): { text: string; start: number; end: number } {
  const { text } = entry.source;
  const from = entry.frontMatter?.range.end.offset ?? 0;
  // The parts of the file outside comments, as offsets.
  const parts: Array<[number, number]> = [];
  let at = from;
  for (const comment of entry.comments) {
    if (comment.range.start.offset < from) continue;
    parts.push([at, comment.range.start.offset]);
    at = comment.range.end.offset;
  }
  parts.push([at, text.length]);
  let body = "";
  let first: number | undefined;
  let last = from;
  for (const [a, b] of parts) {
    const part = text.slice(a, b);
    body += part;
    const lead = part.length - part.trimStart().length;
    if (lead < part.length) {
      first ??= a + lead;
      last = a + part.trimEnd().length;
    }
  }
  return { text: body.trim(), start: first ?? from, end: first === undefined ? from : last };
}

/** Whitespace runs as one space, for comparing texts as a reader sees them. */
const squashed = (text: string) => text.replace(/\s+/g, " ").trim();

export default defineRule({
  id: "body-length",
  description: "An entry's body should be as long as the schema's `body` asks, and differ from its summary key",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    empty: "Missing body, expected at least {{limit}} of text after the front matter",
    short: "Unexpected body of {{length}}, expected at least {{limit}}",
    long: "Unexpected body of {{length}}, expected at most {{limit}}",
    same: "Unexpected body equal to `{{key}}` ({{value}}), expected a body that says more than the key",
  },
  check({ entry, schema, report }) {
    const spec = schema.schema.body;
    if (!spec) return;
    const body = bodyOf(entry);
    const length = [...body.text].length;
    const range = rangeOf(entry.source, body.start, body.end);
    if (spec.minLength !== undefined && length < spec.minLength) {
      const limit = plural(spec.minLength, "character");
      if (length === 0) report({ messageId: "empty", data: { limit }, range });
      else report({ messageId: "short", data: { length: plural(length, "character"), limit }, range });
    }
    if (spec.maxLength !== undefined && length > spec.maxLength) {
      report({
        messageId: "long",
        data: { length: plural(length, "character"), limit: plural(spec.maxLength, "character") },
        range,
      });
    }
    const key = spec.differsFrom;
    const value = key === undefined ? undefined : entry.frontMatter?.data?.[key];
    if (key !== undefined && typeof value === "string" && body.text !== "" && squashed(value) === squashed(body.text)) {
      report({ messageId: "same", data: { key, value: quote(value) }, range });
    }
  },
});
