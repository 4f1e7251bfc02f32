import { defineRule } from "../rule-api/define-rule.js";
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
  },
  check({ entry, schema, report }) {
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
    if (title.name.trim() === "" || title.name.trim() === "-") {
      report({ messageId: "emptyName", range: title.heading.range });
    } else if (title.url === undefined) {
      const messageId = /https?:\/\//i.test(title.name) ? "separator" : "noUrl";
      report({ messageId, data: { text: quote(title.name) }, range: title.heading.textRange });
    } else if (title.looseSeparator && schema.schema.title?.separator !== "loose") {
      // `Name-https://x.dev`: the ultimate-comparisons framework reads it; a schema that says so accepts it.
      report({ messageId: "separator", data: { text: quote(title.heading.text) }, range: title.heading.textRange });
    }
  },
});
