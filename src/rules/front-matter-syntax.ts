import { defineRule } from "../rule-api/define-rule.js";

export default defineRule({
  id: "front-matter-syntax",
  description:
    "Front matter should be valid: a closed `---` block of YAML holding one mapping, or a `+++` block of TOML",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    // The parser words each problem in the house style (src/parse/front-matter.ts).
    problem: "{{problem}}",
  },
  check({ entry, report }) {
    for (const problem of entry.frontMatter?.problems ?? []) {
      report({ messageId: "problem", data: { problem: problem.message }, range: problem.range });
    }
  },
});
