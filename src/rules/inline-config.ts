import { parseDirectives } from "../diagnostics/directives.js";
import { defineRule } from "../rule-api/define-rule.js";
import { didYouMean, plain, SuggestionBudget } from "../util/text.js";

export default defineRule({
  id: "inline-config",
  description: "`catalog-lint-*` comments should use a known directive and name known rules",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    directive:
      "Unexpected directive `catalog-lint-{{keyword}}`, expected `catalog-lint-disable`, `-enable`, `-disable-next-line` or `-disable-file`",
    rule: "Unexpected rule `{{rule}}` in `catalog-lint-{{kind}}`, expected a rule id{{hint}}",
  },
  check({ entry, ruleIds: ids, report }) {
    const { directives, malformed } = parseDirectives(entry.comments);
    for (const m of malformed) report({ messageId: "directive", data: { keyword: plain(m.keyword) }, range: m.range });
    const budget = new SuggestionBudget();
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (ids.includes(rule)) continue;
        const suggestion = didYouMean(rule, ids, budget);
        report({
          messageId: "rule",
          data: {
            rule: plain(rule),
            kind: directive.kind,
            hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : "",
          },
          range: directive.range,
        });
      }
    }
  },
});
