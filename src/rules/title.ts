import { defineRule, noOptions } from "./define-rule.js";
import { quote } from "./text.js";

export default defineRule({
  id: "title",
  description: "An entry should start with exactly one `# Name - URL` heading",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  options: noOptions,
  messages: {
    missing: "Missing title heading, expected `# Name - URL` as the first line",
    noSpace: "Unexpected {{text}} as the title, expected a space after `#` (`# Name - URL`)",
    notFirst: "Unexpected content before the title, expected `# Name - URL` first",
    extra: "Unexpected second title heading {{text}}, expected exactly one `#` heading",
    noUrl: "Unexpected title {{text}} without a URL, expected `Name - URL` (or `Name - -` when there is none)",
    emptyName: "Unexpected title without a name, expected `Name - URL`",
  },
  check({ entry, report }) {
    const { title } = entry;
    if (!title) {
      if (entry.pseudoTitle) {
        report({ messageId: "noSpace", data: { text: quote(entry.pseudoTitle.text) }, range: entry.pseudoTitle.range });
      } else {
        const start = { line: 1, column: 1, offset: 0 };
        report({ messageId: "missing", range: { start, end: start } });
      }
      return;
    }
    const first = entry.beforeTitle[0];
    if (first) report({ messageId: "notFirst", range: first.range });
    for (const extra of entry.h1s.slice(1)) {
      report({ messageId: "extra", data: { text: quote(`# ${extra.text}`) }, range: extra.range });
    }
    if (title.name.trim() === "" || title.name.trim() === "-") {
      report({ messageId: "emptyName", range: title.heading.range });
    } else if (title.url === undefined) {
      report({ messageId: "noUrl", data: { text: quote(title.name) }, range: title.heading.textRange });
    }
  },
});
