import type { Range } from "../parse/source.js";
import { defineRule, noOptions } from "./define-rule.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { isUnknownMarker, quote } from "./text.js";

// `<https://…>` autolinks and `[text](https://…)` links carry their URL inside.
const AUTOLINK = /^<([^<>\s]+)>$/;
const LINK = /^\[[^\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)$/;

export default defineRule({
  id: "url",
  description: "The title URL and URL fields (Repo) should be absolute http(s) URLs, or `-` when there is none",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    invalid: "Unexpected {{value}} for {{where}}, expected an absolute `http(s)://` URL or `-` if there is none",
  },
  check({ entry, schema, report }) {
    const check = (text: string, range: Range, where: string) => {
      if (isUnknownMarker(text) || isHttpUrl(text)) return;
      report({ messageId: "invalid", data: { value: quote(text), where }, range });
    };
    const { title } = entry;
    if (title?.url !== undefined && title.urlRange) check(title.url, title.urlRange, "the title URL");
    for (const match of fieldMatches(entry, schema)) {
      const { section, spec } = match;
      if (spec.kind !== "url") continue;
      for (const value of checkedValues(match)) check(value.text, value.range, `\`${section.name}\``);
    }
  },
});

export function isHttpUrl(text: string): boolean {
  const inner = AUTOLINK.exec(text)?.[1] ?? LINK.exec(text)?.[1] ?? text;
  if (/\s/.test(inner) || !/^https?:\/\//i.test(inner)) return false;
  try {
    const url = new URL(inner);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
