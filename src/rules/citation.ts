import { rangeOf } from "../parse/source.js";
import { defineRule } from "../rule-api/define-rule.js";
import { citationsIn } from "../util/citations.js";
import { didYouMean } from "../util/text.js";

export default defineRule({
  id: "citation",
  description: "A pandoc citation `[@key]` should name a key of the catalog's bibliography (`.bib`)",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unknown: "Unexpected citation key `{{key}}`, expected a key of {{source}}{{suggestion}}",
  },
  check({ entry, schema, report }) {
    const bibliography = schema.schema.bibliography;
    if (!bibliography) return;
    const keys = new Set(bibliography.keys);
    const { text } = entry.source;
    for (const { key, offset } of citationsIn(text)) {
      if (keys.has(key)) continue;
      const close = didYouMean(key, bibliography.keys);
      report({
        messageId: "unknown",
        data: { key, source: `\`${bibliography.source}\``, suggestion: close ? ` (did you mean \`${close}\`?)` : "" },
        range: rangeOf(entry.source, offset, offset + key.length),
      });
    }
  },
});
