import { defineRule } from "../rule-api/define-rule.js";
import { compilePattern, patternProblem } from "../schema/pattern.js";
import { derivedFrom } from "../util/derived.js";
import { plain, quote } from "../util/text.js";

/** Lowercase hyphenated words, then any markdown extension an entry may have (MDX for Astro and Docusaurus). */
export const DEFAULT_FILENAME_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:md|mdx|markdown)$";
/** The default is ours and runs as a RegExp; a config's pattern runs on RE2 (src/schema/pattern.ts). */
const DEFAULT_FILENAME_REGEXP = new RegExp(DEFAULT_FILENAME_PATTERN);

export default defineRule({
  id: "filename",
  description:
    "An entry's file name should be lowercase words joined by hyphens, ending in `.md` (or `.mdx`, `.markdown`)",
  category: "structure",
  defaultSeverity: "warn",
  fixable: false,
  options: {
    pattern: {
      default: DEFAULT_FILENAME_PATTERN,
      description:
        "Regular expression the file's base name (with its extension, `.md`) must match; no backreferences or lookaround (matched in linear time)",
      schema: (z) =>
        z
          .string()
          .min(1)
          .superRefine((source, context) => {
            const problem = source === DEFAULT_FILENAME_PATTERN ? undefined : patternProblem(source);
            if (problem) context.addIssue({ code: "custom", message: problem });
          }),
    },
    ignore: {
      default: ["README.md", "TEMPLATE.md"],
      description: "Base names never reported (conventional upper-case files beside the entries)",
      schema: (z) => z.array(z.string().min(1)),
    },
  },
  messages: {
    rename: "Unexpected file name {{name}}, expected lowercase words joined by hyphens: `{{suggestion}}`",
    renamePattern: "Unexpected file name {{name}}, expected a name matching `{{pattern}}`, like `{{suggestion}}`",
    pattern: "Unexpected file name {{name}}, expected a name matching `{{pattern}}`",
  },
  check({ entry, schema, options, report }) {
    const name = entry.source.path.split(/[\\/]/).pop() ?? "";
    if (name === "" || ignored(options.ignore).has(name)) return;
    // The ultimate-comparisons framework reads any `data/*.md` and names its own `Default1.md`:
    // the slug convention is awesome-comparisons'. A configured pattern still applies.
    if (schema.schema.layout === "ultimate-comparisons" && options.pattern === DEFAULT_FILENAME_PATTERN) return;
    const pattern =
      options.pattern === DEFAULT_FILENAME_PATTERN ? DEFAULT_FILENAME_REGEXP : compilePattern(options.pattern);
    if (pattern.test(name)) return;
    // The finding is about the file, not a line: a zero-width range at 1:1.
    const start = { line: 1, column: 1, offset: 0 };
    const range = { start, end: start };
    const suggestion = suggestName(name);
    const custom = options.pattern !== DEFAULT_FILENAME_PATTERN;
    const data = { name: quote(name), pattern: plain(options.pattern) };
    if (suggestion === undefined || !pattern.test(suggestion)) report({ messageId: "pattern", data, range });
    else
      report({
        messageId: custom ? "renamePattern" : "rename",
        data: { ...data, suggestion: plain(suggestion) },
        range,
      });
  },
});

/**
 * The conforming name: accents dropped, lower case, every run of other
 * characters (spaces, underscores, dots, `+`) one hyphen: `Amazon_Q Developer.MD` → `amazon-q-developer.md`.
 * The file's own markdown extension is kept (lower-cased): renaming `My Page.mdx` to `.md` would
 * change how its site reads it. A name with no markdown extension gets `.md`.
 */
export function suggestName(name: string): string | undefined {
  const extension = /\.(?:md|mdx|markdown)$/i.exec(name)?.[0];
  const stem = extension === undefined ? name : name.slice(0, -extension.length);
  const slug = stem
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? undefined : `${slug}${extension?.toLowerCase() ?? ".md"}`;
}

/** The `ignore` option as a set, built once per config: looked up for every file. */
const ignored = derivedFrom((names: readonly string[]): ReadonlySet<string> => new Set(names));
