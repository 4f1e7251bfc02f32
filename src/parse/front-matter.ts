/**
 * YAML front matter: the `---` block a file may start with, parsed with the
 * `yaml` package. Every problem (syntax, a duplicate key, a tab as
 * indentation, an unclosed `---`, too many aliases) keeps the exact range it
 * sits at, and every key and value can be found again by its path, so rules
 * point at the characters they mean.
 */
import type { Document, Node as YamlNode } from "yaml";
import { configParsers } from "../util/packages.js";
import { quote } from "../util/text.js";
import type { FrontMatter, FrontMatterProblem } from "./front-matter-types.js";
import { readPlainFrontMatter } from "./plain-front-matter.js";
import { type Range, rangeOf, type SourceFile } from "./source.js";
import { parseTomlFrontMatter, TOML_FENCE } from "./toml-front-matter.js";

export type { FrontMatter, FrontMatterProblem } from "./front-matter-types.js";

/**
 * Aliases one front matter block may expand (`*name`): a real one has a few, and
 * a "billion laughs" block (aliases of aliases) is a problem, not a blow-up.
 */
export const MAX_ALIAS_COUNT = 100;

/** A first line `---`, then a line that reads as a YAML key (`name:`), and no closing fence. */
const OPENING = /^---[ \t]*\r?\n/;
const KEY_LINE = /^[A-Za-z_"'][^\r\n:]*:(?:[ \t]|\r?\n|$)/;

/**
 * How a block is read: `plain-first` tries the fast reader for plain `key: value`
 * blocks (src/parse/plain-front-matter.ts) and builds the `yaml` Document only
 * when that cannot answer; `full` always builds it (the tests compare the two).
 */
export type FrontMatterRead = "plain-first" | "full";

/**
 * The front matter of `source`, given the range of its block (fences included,
 * found by parseMarkdown), or an unclosed one: a file that starts with `---`
 * and a `key:` line but never closes the block. Undefined when there is none.
 * A file that starts with `+++` has TOML front matter (Hugo's), read by
 * src/parse/toml-front-matter.ts into the same shape.
 */
export function parseFrontMatter(
  source: SourceFile,
  block: Range | undefined,
  read: FrontMatterRead = "plain-first",
): FrontMatter | undefined {
  if (source.text.startsWith(TOML_FENCE)) return parseTomlFrontMatter(source, block);
  if (!block) return unclosedFrontMatter(source);
  const text = source.text;
  const opening = OPENING.exec(text);
  const contentStart = opening ? opening[0].length : 0;
  // The closing fence is the block's last line (a line ending may follow it).
  const blockText = text.slice(0, block.end.offset);
  const closing = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/.exec(blockText.slice(contentStart));
  const contentEnd = closing ? contentStart + closing.index + (closing[0].startsWith("\n") ? 1 : 0) : contentStart;
  return parseBlock(source, block, contentStart, Math.max(contentStart, contentEnd), read);
}

function unclosedFrontMatter(source: SourceFile): FrontMatter | undefined {
  const opening = OPENING.exec(source.text);
  if (!opening || !KEY_LINE.test(source.text.slice(opening[0].length))) return undefined;
  const fence = rangeOf(source, 0, opening[0].replace(/\r?\n$/, "").length);
  return {
    syntax: "yaml",
    range: fence,
    problems: [
      {
        message: "Unexpected end of the file inside the front matter, expected a closing `---` line",
        range: fence,
      },
    ],
    rangeOf: () => undefined,
  };
}

function parseBlock(source: SourceFile, block: Range, start: number, end: number, read: FrontMatterRead): FrontMatter {
  const { yaml } = configParsers();
  let content = source.text.slice(start, end);
  const plain = read === "plain-first" ? readPlainFrontMatter(content, yaml) : undefined;
  if (plain) {
    const rangeOfPath = (path: readonly (string | number)[], part: "key" | "value" = "value") => {
      const span = plain.spanOf(path, part);
      return span ? rangeOf(source, start + span[0], start + span[1]) : undefined;
    };
    return { syntax: "yaml", range: block, data: plain.data, problems: [], rangeOf: rangeOfPath };
  }
  const options = { uniqueKeys: true, prettyErrors: false, strict: true } as const;
  let doc = yaml.parseDocument(content, options);
  // Offsets (in the block as written) where a space was added to read it (see `indentQuotedContinuations`).
  let added: number[] = [];
  const unclosedQuote = (d: Document) =>
    d.errors.some((error) => error.code === "MISSING_CHAR" && /quote/i.test(error.message));
  if (unclosedQuote(doc)) {
    const repaired = indentQuotedContinuations(content);
    if (repaired.added.length > 0) {
      const again = yaml.parseDocument(repaired.text, options);
      if (!unclosedQuote(again)) [doc, content, added] = [again, repaired.text, repaired.added];
    }
  }
  // An offset in `content` back to one in the block as written.
  const written = (offset: number) => {
    let shift = 0;
    while (shift < added.length && (added[shift] ?? 0) + shift < offset) shift++;
    return offset - shift;
  };
  const at = (from: number, to: number, trim = true) => {
    const a = Math.min(from, content.length);
    let b = Math.min(Math.max(from, to), content.length);
    // A node's range runs to the next line: its end is the end of its text.
    while (trim && b > a && /\s/.test(content.charAt(b - 1))) b--;
    return rangeOf(source, start + written(a), start + written(b));
  };
  const problems: FrontMatterProblem[] = doc.errors.map((error) => {
    let [from, to] = error.pos;
    if (error.code === "DUPLICATE_KEY") {
      // The error points at the key's first character: the range is the whole key.
      to = from + (/^[^:\r\n]*/.exec(content.slice(from))?.[0].trimEnd().length || 1);
    } else if (error.code === "MISSING_CHAR" && /quote/i.test(error.message)) {
      // At the end of the block: the quote that is never closed is the finding.
      const quoteAt = Math.max(content.lastIndexOf('"', from - 1), content.lastIndexOf("'", from - 1));
      if (quoteAt >= 0) [from, to] = [quoteAt, quoteAt + 1];
    }
    return { message: problemMessage(error.code, error.message, content.slice(from, to)), range: at(from, to, false) };
  });
  const rangeOfPath = (path: readonly (string | number)[], part: "key" | "value" = "value") => {
    const found = nodeAt(doc, path, part, yaml);
    return found?.range ? at(found.range[0], found.range[1]) : undefined;
  };
  const frontMatter: FrontMatter = { syntax: "yaml", range: block, problems, rangeOf: rangeOfPath };
  if (problems.length > 0) return frontMatter;
  if (doc.contents === null) {
    frontMatter.data = {};
    return frontMatter;
  }
  if (!yaml.isMap(doc.contents)) {
    const node = doc.contents as YamlNode;
    const range = node.range ? at(node.range[0], node.range[1]) : at(0, content.length);
    problems.push({ message: "Unexpected front matter that is not a mapping, expected `key: value` lines", range });
    return frontMatter;
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    frontMatter.data = data as Record<string, unknown>;
  } catch (error) {
    const alias = firstAlias(doc, yaml);
    problems.push({
      message: /alias/i.test((error as Error).message)
        ? `Unexpected aliases that expand to too much data, expected at most ${MAX_ALIAS_COUNT} expansions`
        : yamlMessage((error as Error).message),
      range: alias?.range ? at(alias.range[0], alias.range[1]) : at(0, content.length),
    });
  }
  return frontMatter;
}

/**
 * A quoted value that goes on over more lines, whose next lines start at the
 * left margin: YAML wants them indented, but the YAML readers of static sites
 * (libyaml, which Jekyll and github/explore use; js-yaml) read them as written,
 * so they are not reported. The text with one space before each such line,
 * and where (in the text as written) the spaces went.
 */
function indentQuotedContinuations(content: string): { text: string; added: number[] } {
  const added: number[] = [];
  let text = "";
  let open: "'" | '"' | undefined;
  let offset = 0;
  for (const line of content.split(/(?<=\n)/)) {
    if (open && /^[^\s]/.test(line)) {
      added.push(offset);
      text += " ";
    }
    text += line;
    offset += line.length;
    let i = 0;
    if (!open) {
      // A `key: '` or `key: "` line (or `- '` list item) opens a quoted value.
      const opening = /^\s*(?:-\s+)?(?:[^\s'"#][^:#\r\n]*:\s+)?(['"])/.exec(line);
      if (!opening) continue;
      open = opening[1] as "'" | '"';
      i = opening[0].length;
    }
    for (; i < line.length && open; i++) {
      const char = line.charAt(i);
      if (open === '"' && char === "\\") i++;
      else if (open === "'" && char === "'" && line.charAt(i + 1) === "'") i++;
      else if (char === open) open = undefined;
    }
  }
  return { text, added };
}

/** A yaml package error in catalog-lint's words ("Unexpected X, expected Y"). */
function problemMessage(code: string, message: string, text: string): string {
  const shown = quote(text);
  switch (code) {
    case "DUPLICATE_KEY":
      return `Unexpected duplicate key ${shown}, expected each key once`;
    case "TAB_AS_INDENT":
      return "Unexpected tab as indentation, expected spaces";
    case "MISSING_CHAR":
      return /quote/i.test(message)
        ? "Unexpected end of the front matter inside a quoted value, expected its closing quote"
        : `Unexpected end of a value, expected the missing character (${yamlMessage(message)})`;
    default:
      return `Unexpected YAML: ${yamlMessage(message)}, expected valid YAML`;
  }
}

/** The yaml package's message without its code prefix or trailing position, ending without a period. */
function yamlMessage(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

type Yaml = ReturnType<typeof configParsers>["yaml"];

/** The node (a key or a value) at `path` of map keys and list indexes. */
function nodeAt(
  doc: Document,
  path: readonly (string | number)[],
  part: "key" | "value",
  yaml: Yaml,
): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (yaml.isAlias(node)) node = node.resolve(doc);
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => {
        const key = yaml.isScalar(p.key) ? p.key.value : p.key;
        return String(key) === String(segment);
      });
      if (!pair) return undefined;
      if (last && part === "key") return yaml.isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (yaml.isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      if (last && part === "key") return yaml.isNode(node) ? node : undefined;
    } else {
      return undefined;
    }
  }
  return yaml.isNode(node) ? node : undefined;
}

function firstAlias(doc: Document, yaml: Yaml): YamlNode | undefined {
  let found: YamlNode | undefined;
  yaml.visit(doc, {
    Alias(_key, node) {
      found = node;
      return yaml.visit.BREAK;
    },
  });
  return found;
}
