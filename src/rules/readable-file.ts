import { defineRule } from "../rule-api/define-rule.js";

/**
 * Reported by the linter itself (src/lint/linter.ts, with src/parse/limits.ts),
 * before the file is parsed: a file with one of these problems is not parsed
 * and no other rule runs on it, so the one finding says what to fix first.
 * Turned off, the problems go unreported, but a file that is too large, not
 * text or too complex is still not parsed; an empty file is then linted as
 * usual (the `title` rule reports it).
 */
export default defineRule({
  id: "readable-file",
  description:
    "A catalog file should be a non-empty UTF-8 text file inside the repository, small and plain enough to parse",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    tooLarge:
      "Unexpected file of {{size}}, expected at most {{max}} (`maxFileSize` in the config); the file was not read",
    binary:
      "Unexpected binary content (a NUL character), expected a UTF-8 markdown entry; remove the file from the catalog or exclude it",
    encoding:
      "Unexpected byte {{byte}} at line {{line}}, column {{column}}, expected UTF-8 text; save the file as UTF-8",
    utf16: "Unexpected UTF-16 text, expected UTF-8; save the file as UTF-8",
    empty:
      "Unexpected empty file, expected an entry starting with `# Name - URL` and the template's sections (`npx catalog-lint new` writes one)",
    nesting:
      "Unexpected {{count}} list or quote markers opening on one line, expected at most 32; catalog-lint does not parse markdown nested this deep",
    sections:
      "Unexpected {{size}} of dense markdown without a heading (lines {{from}} to {{to}}), expected shorter sections; split it with `##`/`###` headings",
    symlink:
      "Unexpected symbolic link leading outside the repository, expected a file inside it; catalog-lint did not follow it",
    notFile: "Unexpected {{kind}}, expected a regular markdown file; catalog-lint did not read it",
  },
  check() {
    // Nothing to do on a parsed entry: see the comment above.
  },
});
