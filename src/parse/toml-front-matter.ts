/**
 * TOML front matter, as Hugo writes it: a first line `+++`, TOML, and the next
 * line that is `+++`. Parsed with toml-eslint-parser (loaded only for such a
 * file), whose tree keeps every key's and value's offsets, into the same
 * FrontMatter the YAML path gives: the data, each problem at its exact range,
 * and the range of any key or value by its path (tables `[params]` and arrays
 * of tables `[[authors]]` included).
 *
 * Dates stay the text as written (`2024-01-05`, `2024-01-05T10:00:00Z`), as
 * the YAML path's core schema leaves them: the date rules read date text.
 */
import type { AST } from "toml-eslint-parser";
import { tomlParser } from "../util/packages.js";
import { quote } from "../util/text.js";
import type { FrontMatter } from "./front-matter-types.js";
import { type Range, rangeOf, type SourceFile } from "./source.js";

export const TOML_FENCE = "+++";

/** The opening fence line; Hugo allows nothing but trailing spaces after it. */
const OPENING = /^\+\+\+[ \t]*\r?\n/;
/** A first line that reads as TOML: a `[table]` or a `key =` line (so an unclosed block is front matter). */
const TOML_LINE = /^[ \t]*(?:\[|[A-Za-z0-9_"'-][^\r\n=]*=)/;
/** Hugo's TOML reader (go-toml v2) reads TOML 1.0. */
const TOML_VERSION = "1.0";

/** Offsets in the block's content. */
type Span = readonly [from: number, to: number];

/**
 * The TOML front matter of `source` (which starts with `+++`), given its block's
 * range (fences included, found by parseMarkdown), or an unclosed block: a
 * `+++` line and a TOML line but no closing `+++`. Undefined when there is none.
 */
export function parseTomlFrontMatter(source: SourceFile, block: Range | undefined): FrontMatter | undefined {
  const opening = OPENING.exec(source.text);
  if (!opening) return undefined;
  if (!block) return unclosed(source, opening[0]);
  const start = opening[0].length;
  // The content ends where the closing fence's line starts (the block's last line).
  const blockText = source.text.slice(start, block.end.offset);
  const closing = /(?:^|\n)\+\+\+[ \t]*(?:\r?\n)?$/.exec(blockText);
  const end = start + (closing ? closing.index + (closing[0].startsWith("\n") ? 1 : 0) : 0);
  const content = source.text.slice(start, end);
  const at = (span: Span) => rangeOf(source, start + span[0], start + span[1]);

  let program: AST.TOMLProgram;
  try {
    program = tomlParser().parseTOML(content, { tomlVersion: TOML_VERSION });
  } catch (error) {
    const problem = problemOf(error, content);
    return {
      syntax: "toml",
      range: block,
      problems: [{ message: problem.message, range: at(problem.span) }],
      rangeOf: () => undefined,
    };
  }
  const { data, places } = readTables(program, content);
  return {
    syntax: "toml",
    range: block,
    data,
    problems: [],
    rangeOf(path, part = "value") {
      const place = places.get(placeId(path));
      return place ? at(part === "key" ? place.key : place.value) : undefined;
    },
  };
}

function unclosed(source: SourceFile, opening: string): FrontMatter | undefined {
  if (!TOML_LINE.test(source.text.slice(opening.length))) return undefined;
  const fence = rangeOf(source, 0, opening.replace(/\r?\n$/, "").length);
  return {
    syntax: "toml",
    range: fence,
    problems: [
      {
        message: "Unexpected end of the file inside the front matter, expected a closing `+++` line",
        range: fence,
      },
    ],
    rangeOf: () => undefined,
  };
}

// ---- data and places ----

/** Where a key and its value are written (for a list item, both are the item). */
interface Place {
  key: Span;
  value: Span;
}

/**
 * A path as a map key, built one segment at a time (a key of 5,000 dotted parts costs 5,000
 * steps, not their square): each segment quoted as JSON, so `["params", "x"]` and
 * `["params.x"]` stay apart, and an index `1` is the key `"1"`, as YAML paths are compared.
 */
const ROOT_ID = "";
const childId = (parent: string, segment: string | number) => `${parent}${JSON.stringify(String(segment))},`;
const placeId = (path: readonly (string | number)[]) => path.reduce<string>(childId, ROOT_ID);

type Table = Record<string, unknown>;

/** The data of the whole document, and the place of every key, table, list and item in it. */
function readTables(program: AST.TOMLProgram, content: string): { data: Table; places: Map<string, Place> } {
  const data: Table = {};
  const places = new Map<string, Place>();
  // Ids of arrays of tables (`[[authors]]`): each one's place grows to its last table.
  const tableArrays = new Set<string>();
  const place = (id: string, key: Span, value: Span, first = false) => {
    if (!first || !places.has(id)) places.set(id, { key, value });
  };

  const readKeyValue = (into: Table, prefix: string, node: AST.TOMLKeyValue) => {
    const keys = node.key.keys;
    let table = into;
    let id = prefix;
    keys.forEach((keyNode, i) => {
      const name = keyName(keyNode);
      id = childId(id, name);
      if (i < keys.length - 1) {
        // `params.x = 1`: `params` is written here first, and this line is its value so far.
        place(id, keyNode.range, node.range, true);
        table = childTable(table, name);
      } else {
        place(id, keyNode.range, node.value.range);
        put(table, name, readValue(node.value, id));
      }
    });
  };

  const readValue = (node: AST.TOMLContentNode, id: string): unknown => {
    if (node.type === "TOMLArray") {
      return node.elements.map((element, i) => {
        const itemId = childId(id, i);
        place(itemId, element.range, element.range);
        return readValue(element, itemId);
      });
    }
    if (node.type === "TOMLInlineTable") {
      const table: Table = {};
      for (const keyValue of node.body) readKeyValue(table, id, keyValue);
      return table;
    }
    // Dates as written, as the YAML path leaves them (see the file's comment).
    if (node.kind.endsWith("date-time") || node.kind.startsWith("local-")) {
      return content.slice(node.range[0], node.range[1]);
    }
    return node.value;
  };

  for (const node of program.body[0].body) {
    if (node.type === "TOMLKeyValue") {
      readKeyValue(data, ROOT_ID, node);
      continue;
    }
    // `[a.b]` or `[[a.b]]`, by its path of keys and array indexes (`["authors", 1]`).
    const path = node.resolvedKey;
    const header = node.key.keys;
    const last = path.length - 1;
    // Each named part of the header names a table on the way: the first table that names it is
    // where it is written.
    let named = 0;
    let id = ROOT_ID;
    path.forEach((segment, i) => {
      id = childId(id, segment);
      if (typeof segment === "number") {
        // A table of an array of tables is an item: its own key and value.
        if (i === last) place(id, node.range, node.range);
        return;
      }
      const keyNode = header[named++] as AST.TOMLBare | AST.TOMLQuoted;
      const list = places.get(id);
      if (i === last) place(id, keyNode.range, node.range);
      else if (list && tableArrays.has(id) && i === last - 1) {
        // Another `[[authors]]`: the list now runs to this table's end.
        places.set(id, { key: list.key, value: [list.value[0], node.range[1]] });
      } else place(id, keyNode.range, node.range, true);
      if (node.kind === "array" && i === last - 1) tableArrays.add(id);
    });
    const table = tableAt(data, path);
    for (const keyValue of node.body) readKeyValue(table, id, keyValue);
  }
  return { data, places };
}

function keyName(node: AST.TOMLBare | AST.TOMLQuoted): string {
  return node.type === "TOMLBare" ? node.name : node.value;
}

/**
 * Set `key` as an own property, even one the prototype has (`__proto__`,
 * `constructor`), as the YAML path does.
 */
function put(table: Table, key: string, value: unknown): void {
  if (key in table && !Object.hasOwn(table, key))
    Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  else table[key] = value;
}

/** The table at `key` of `table`, made when absent (the parser has checked it is no other value). */
function childTable(table: Table, key: string): Table {
  const found = Object.hasOwn(table, key) ? table[key] : undefined;
  if (typeof found === "object" && found !== null) return found as Table;
  const made: Table = {};
  put(table, key, made);
  return made;
}

/** The table a `[a.b]` or `[[a]]` header names (by its resolved path of keys and array indexes). */
function tableAt(data: Table, path: readonly (string | number)[]): Table {
  let current: Table | unknown[] = data;
  path.forEach((segment, i) => {
    const next = path[i + 1];
    const container = current as Record<string | number, unknown>;
    let found = Object.hasOwn(container, segment) ? container[segment] : undefined;
    if (typeof found !== "object" || found === null) {
      found = typeof next === "number" ? [] : {};
      if (Array.isArray(current)) current[segment as number] = found;
      else put(current, String(segment), found);
    }
    current = found as Table | unknown[];
  });
  return current as Table;
}

// ---- problems ----

/** A parse error in catalog-lint's words ("Unexpected X, expected Y"), at the characters it means. */
function problemOf(error: unknown, content: string): { message: string; span: Span } {
  if (error instanceof RangeError) {
    // The parser recurses into nested arrays and tables: a hostile depth is a problem, not a crash.
    return { message: "Unexpected TOML nested too deeply, expected fewer nested arrays and tables", span: [0, 0] };
  }
  const index = (error as { index?: unknown }).index;
  if (!(error instanceof SyntaxError) || typeof index !== "number") throw error;
  const message = error.message.replace(/\.$/, "");
  if (message === "Defining a key multiple times is invalid") {
    // At the key written again: the whole key, up to its `=` or `]`.
    const key = /^[^=\]\r\n]*/.exec(content.slice(index))?.[0].trimEnd() || content.charAt(index);
    return {
      message: `Unexpected duplicate key ${quote(key)}, expected each key once`,
      span: [index, index + key.length],
    };
  }
  if (message === "Unterminated string constant") {
    const opening = openingQuote(content, index);
    return {
      message: `Unexpected end of a quoted value, expected its closing ${quote(opening.quote)}`,
      span: [opening.at, opening.at + opening.quote.length],
    };
  }
  const unclosed = UNCLOSED[message];
  if (unclosed) {
    // The parser stops where the closing bracket was due: the end of the block, or of the header's line.
    return {
      message: `Unexpected end of ${unclosed.what}, expected its closing ${quote(unclosed.closing)}`,
      span: [index, index],
    };
  }
  if (message === "Invalid character in escape sequence" && content.charAt(index - 1) === "\\") {
    const written = content.slice(index - 1, index + 1);
    return {
      message: `Unexpected escape ${quote(written)} in a string, expected one of TOML's (\`\\n\`, \`\\t\`, \`\\"\`, \`\\\\\`, \`\\uXXXX\`…)`,
      span: [index - 1, index + 1],
    };
  }
  // The token the parser stopped in (`nope`, `2024-02-30`), or the character at its position.
  let from = index;
  while (from > 0 && !TOKEN_END.test(content.charAt(from - 1))) from--;
  let to = index;
  while (to < content.length && !TOKEN_END.test(content.charAt(to))) to++;
  let span: Span = [from, to];
  if (span[0] === span[1] && index < content.length && !/[\r\n]/.test(content.charAt(index))) span = [index, index + 1];
  const token = span[0] === span[1] ? "" : ` ${quote(content.slice(span[0], span[1]))}`;
  if (/^Unexpected invalid (date|time)$/.test(message)) {
    return { message: `${message}${token}, expected a real ${message.slice(19)}`, span };
  }
  // The parser's own "Unexpected character", "Unexpected token": what is there, then what TOML wants.
  if (message.startsWith("Unexpected ")) return { message: `${message}${token}, expected valid TOML`, span };
  const at = token ? ` at${token}` : "";
  return { message: `Unexpected TOML${at} (${lowerFirst(message)}), expected valid TOML`, span };
}

/** The parser's messages for a bracket never closed, in catalog-lint's words. */
const UNCLOSED: Record<string, { what: string; closing: string } | undefined> = {
  "Unterminated array": { what: "an array", closing: "]" },
  "Unterminated inline table": { what: "an inline table", closing: "}" },
  "Unterminated table-key": { what: "a table header", closing: "]" },
};

/** What ends a token around a parse error: space, TOML's punctuation, a quote. */
const TOKEN_END = /[\s=,[\]{}#"']/;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The quote that opens the string never closed before `index`: one opened on
 * the line the parser stopped at (read quote by quote, escapes skipped), else
 * the last `"""` or `'''` before it (a multi-line string runs to the end).
 */
function openingQuote(content: string, index: number): { at: number; quote: string } {
  const lineStart = content.lastIndexOf("\n", index - 1) + 1;
  let open: { at: number; quote: string } | undefined;
  for (let i = lineStart; i < index; i++) {
    const char = content.charAt(i);
    if (open) {
      if (open.quote === '"' && char === "\\") i++;
      else if (char === open.quote) open = undefined;
    } else if (char === "#") break;
    else if (char === '"' || char === "'") {
      const triple = content.startsWith(char.repeat(3), i);
      if (triple) {
        // A multi-line string opened and closed on this line is skipped; one left open runs on.
        const close = content.indexOf(char.repeat(3), i + 3);
        if (close < 0 || close >= index) return { at: i, quote: char.repeat(3) };
        i = close + 2;
      } else open = { at: i, quote: char };
    }
  }
  if (open) return open;
  const multi = Math.max(content.lastIndexOf('"""', index - 1), content.lastIndexOf("'''", index - 1));
  if (multi >= 0) return { at: multi, quote: content.slice(multi, multi + 3) };
  return { at: index, quote: '"' };
}
