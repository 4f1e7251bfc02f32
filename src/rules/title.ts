import type { Entry } from "../model/entry.js";
import { defineRule, type Report } from "../rule-api/define-rule.js";
import type { CatalogSchema } from "../schema/types.js";
import { quote } from "../util/text.js";

export default defineRule({
  id: "title",
  description: "An entry should start with exactly one `# Name - URL` heading",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    missing: "Missing title heading, expected `# Name - URL` as the first line",
    noSpace: "Unexpected {{text}} as the title, expected a space after `#` (`# Name - URL`)",
    notFirst: "Unexpected content before the title, expected `# Name - URL` first",
    extra: "Unexpected second title heading {{text}}, expected exactly one `#` heading",
    noUrl: "Unexpected title {{text}} without a URL, expected `Name - URL` (or `Name - -` when there is none)",
    separator: "Unexpected title {{text}}, expected ` - ` (space, hyphen, space) between the name and the URL",
    emptyName: "Unexpected title without a name, expected `Name - URL`",
    missingKey: "Missing title, expected a value for the front-matter key `{{key}}`",
    notText: "Unexpected {{value}} as the title `{{key}}`, expected text",
  },
  check({ entry, schema, report }) {
    const spec = schema.schema.title;
    const from = spec?.from ?? "heading";
    if (from === "none") return;
    if (from === "frontMatter") {
      checkFrontMatterTitle(entry, schema.schema, spec?.key ?? "", report);
      return;
    }
    const { title } = entry;
    if (!title) {
      if (entry.pseudoTitle) {
        report({ messageId: "noSpace", data: { text: quote(entry.pseudoTitle.text) }, range: entry.pseudoTitle.range });
      } else {
        // After front matter, the title belongs on the first line below it (an unclosed
        // block is its `---` line alone, which markdown reads as a rule: line 1 still).
        const block = entry.frontMatter?.range;
        const line = block && block.end.line > 1 ? block.end.line + (block.end.column > 1 ? 1 : 0) : 1;
        const offset = entry.source.lineStarts[line - 1] ?? entry.source.text.length;
        const start = { line, column: 1, offset };
        report({ messageId: "missing", range: { start, end: start } });
      }
      return;
    }
    // Content or another heading before the title: report the first thing that precedes it.
    const before = [
      ...entry.beforeTitle.map((b) => b.range),
      ...entry.headings.filter((h) => h.range.start.offset < title.heading.range.start.offset).map((h) => h.range),
    ].sort((a, b) => a.start.offset - b.start.offset)[0];
    if (before) report({ messageId: "notFirst", range: before });
    for (const extra of entry.h1s.slice(1)) {
      report({ messageId: "extra", data: { text: quote(`# ${extra.text}`) }, range: extra.range });
    }
    const urlSpec = spec?.url ?? "required";
    if (urlSpec === "none") {
      // The whole heading is the name: only an empty one is wrong.
      if (title.heading.text.trim() === "") report({ messageId: "emptyName", range: title.heading.range });
      return;
    }
    if (title.name.trim() === "" || title.name.trim() === "-") {
      report({ messageId: "emptyName", range: title.heading.range });
    } else if (title.url === undefined && urlSpec === "required") {
      const messageId = /https?:\/\//i.test(title.name) ? "separator" : "noUrl";
      report({ messageId, data: { text: quote(title.name) }, range: title.heading.textRange });
    } else if (title.looseSeparator && schema.schema.title?.separator !== "loose") {
      // `Name-https://x.dev`: the ultimate-comparisons framework reads it; a schema that says so accepts it.
      report({ messageId: "separator", data: { text: quote(title.heading.text) }, range: title.heading.textRange });
    }
  },
});

/**
 * `title.from: frontMatter`: the key's value is the title. A missing or empty
 * key the schema requires is front-matter-keys' finding, not reported twice;
 * invalid YAML is front-matter-syntax's.
 */
function checkFrontMatterTitle(
  entry: Entry,
  schema: CatalogSchema,
  key: string,
  report: (report: Report) => void,
): void {
  const frontMatter = entry.frontMatter;
  if (frontMatter && !frontMatter.data) return;
  const value = frontMatter?.data?.[key];
  const start = { line: 1, column: 1, offset: 0 };
  const opening = frontMatter
    ? { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } }
    : { start, end: start };
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    const keySpec = schema.frontMatter?.keys?.[key];
    if (!keySpec?.required) {
      report({ messageId: "missingKey", data: { key }, range: frontMatter?.rangeOf([key]) ?? opening });
    }
  } else if (typeof value !== "string" && typeof value !== "number") {
    const shown = quote(Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : String(value));
    report({ messageId: "notText", data: { value: shown, key }, range: frontMatter?.rangeOf([key]) ?? opening });
  }
}
