import { checkedValues } from "../model/fields.js";
import type { Range } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { urlProblem } from "../rule-api/links.js";
import { looksUnknown } from "../rule-api/unknown-values.js";
import { isUnknownMarker, quote } from "../util/text.js";

export default defineRule({
  id: "url",
  description: "The title URL and URL fields (Repo) should be absolute http(s) URLs, or `-` when there is none",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    invalid: "Unexpected {{value}} for {{where}}, expected an absolute `http(s)://` URL or `-` if there is none",
    host: "Unexpected {{value}} for {{where}}, expected a URL with a public host name (like `example.com`)",
  },
  check({ entry, fieldMatches, report }) {
    const check = (text: string, range: Range, where: string) => {
      // `N/A`, `None (proprietary)`: unknown-marker's finding, not a broken URL.
      if (isUnknownMarker(text) || looksUnknown(text)) return;
      const problem = urlProblem(text);
      if (problem) report({ messageId: problem, data: { value: quote(text), where }, range });
    };
    const { title } = entry;
    if (title?.url !== undefined && title.urlRange) check(title.url, title.urlRange, "the title URL");
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      if (spec.kind !== "url") continue;
      for (const value of checkedValues(match)) check(value.text, value.range, `\`${section.name}\``);
    }
  },
});
