import { defineRule } from "../rule-api/define-rule.js";
import { derivedFrom } from "../util/derived.js";
import { isUnknownMarker, quote } from "../util/text.js";

export default defineRule({
  id: "single-value",
  description: 'A single-valued field (a yes/no, a date, a "choose one" label) should hold one value',
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    extra:
      "Unexpected second value {{value}} in `{{field}}`, expected a single value (put notes in indented `  - ` sub-bullets)",
  },
  check({ fieldMatches, report }) {
    for (const { section, spec } of fieldMatches()) {
      if (spec.multiple) continue;
      // `-` beside a value is a template leftover, reported by `template-leftover`.
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      // The template's whole list kept (`Yes` and `No`) is a leftover, reported there once;
      // what else the field holds is still one value too many.
      const list = spec.values;
      // Looked up in sets: a list from a pull request's criteria file and as many values are
      // otherwise their product.
      const texts = list && list.length > 1 ? new Set(values.map((v) => v.text)) : undefined;
      if (list && texts && list.every((a) => texts.has(a))) {
        const listed = listSet(list);
        for (const value of values.filter((v) => !listed.has(v.text))) {
          report({ messageId: "extra", data: { value: quote(value.text), field: section.name }, range: value.range });
        }
        continue;
      }
      for (const value of values.slice(1)) {
        report({ messageId: "extra", data: { value: quote(value.text), field: section.name }, range: value.range });
      }
    }
  },
});

/** A field's allowed values as a set, built once per list. */
const listSet = derivedFrom((list: readonly string[]): ReadonlySet<string> => new Set(list));
