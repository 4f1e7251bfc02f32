import type { Range } from "../parse/source.js";
import { defineRule } from "./define-rule.js";
import { checkedValues, fieldMatches } from "./fields.js";
import { isUnknownMarker, quote } from "./text.js";
import { looksUnknown } from "./unknown-marker.js";

// `<https://…>` autolinks and `[text](https://…)` links carry their URL inside.
const AUTOLINK = /^<([^<>\s]+)>$/;
const LINK = /^\[[^\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)$/;

/** The URL a value holds: the text itself, or the target of an autolink or a link. */
export function linkTarget(text: string): string {
  return AUTOLINK.exec(text)?.[1] ?? LINK.exec(text)?.[1] ?? text;
}

export default defineRule({
  id: "url",
  description: "The title URL and URL fields (Repo) should be absolute http(s) URLs, or `-` when there is none",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  defaults: {},
  messages: {
    invalid: "Unexpected {{value}} for {{where}}, expected an absolute `http(s)://` URL or `-` if there is none",
    host: "Unexpected {{value}} for {{where}}, expected a URL with a public host name (like `example.com`)",
  },
  check({ entry, schema, report }) {
    const check = (text: string, range: Range, where: string) => {
      // `N/A`, `None (proprietary)`: unknown-marker's finding, not a broken URL.
      if (isUnknownMarker(text) || looksUnknown(text)) return;
      const problem = urlProblem(text);
      if (problem) report({ messageId: problem, data: { value: quote(text), where }, range });
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

/** Why `text` is not a usable link, or undefined when it is one. */
export function urlProblem(text: string): "invalid" | "host" | undefined {
  const inner = linkTarget(text);
  if (/\s/.test(inner) || !/^https?:\/\//i.test(inner)) return "invalid";
  let url: URL;
  try {
    url = new URL(inner);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
  return url.hostname.includes(".") ? undefined : "host";
}
