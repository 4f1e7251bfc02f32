/**
 * A fast reader for the front matter most catalogs write: `key: value` lines
 * at the left margin, each value a one-line scalar or a block list of them.
 * Building the `yaml` package's positioned Document took about a third of a
 * github/explore run (bench/README.md, perf ledger); this reads the same
 * blocks in one pass over the lines.
 *
 * It answers only when it is sure the `yaml` package would read the block
 * the same way, with no error: anything else (a comment, an anchor, a tag,
 * a flow collection, a quote it does not close on its line, an escape, a
 * nested mapping, a tab, a duplicate key, a CR outside a CRLF, a control
 * character…) gives undefined, and the caller parses the block in full, so
 * every problem keeps its exact position. Scalars are resolved with the
 * `yaml` package's own core-schema tags (null, bool, int, float), so
 * `2021`, `true` and `~` mean here what they mean there; a key the prototype
 * has (`__proto__`, `constructor`) becomes an own property, as there.
 * test/parse/plain-front-matter.test.ts checks both readers agree.
 */
import type { configParsers } from "../util/packages.js";

type Yaml = ReturnType<typeof configParsers>["yaml"];

/** Offsets in the block's content, as the `yaml` package's `node.range[0..1]`. */
export type Span = readonly [from: number, to: number];

interface PlainScalar {
  span: Span;
  value: unknown;
}

interface PlainList {
  span: Span;
  items: PlainScalar[];
}

export interface PlainFrontMatter {
  /** What `doc.toJS()` gives. */
  data: Record<string, unknown>;
  /** The span of the key or value at `path`, as the full parse's node lookup finds it. */
  spanOf(path: readonly (string | number)[], part: "key" | "value"): Span | undefined;
}

/** A key the fast path takes: plain, and a string whatever the schema (no `true:`, `null:`, `<<`). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Longer implicit keys are a YAML error (the limit is 1024 characters); real ones are short. */
const MAX_KEY_LENGTH = 200;
/**
 * A character the `yaml` package may refuse or read as a break, or that JavaScript trims and YAML
 * does not (a no-break space): the full parse decides.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const UNUSUAL_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\xa0\u2028\u2029\ufeff\ufffe\uffff]/;
/** First characters of a plain scalar that YAML reads as an indicator (`-`, `?` and `:` can be either). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

interface ScalarTag {
  default?: boolean | "key";
  test?: RegExp;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}

/** The core schema's scalar tags and document options, read once from the package. */
let resolver: { tags: ScalarTag[]; options: object } | undefined;

function scalarResolver(yaml: Yaml): { tags: ScalarTag[]; options: object } {
  if (!resolver) {
    const doc = new yaml.Document(null, { uniqueKeys: true, prettyErrors: false, strict: true });
    const tags = (doc.schema.tags as unknown as ScalarTag[]).filter((tag) => tag.test);
    resolver = { tags, options: doc.options };
  }
  return resolver;
}

/** The block's key/value pairs, or undefined when the full parse must decide. */
export function readPlainFrontMatter(content: string, yaml: Yaml): PlainFrontMatter | undefined {
  if (UNUSUAL_CHAR.test(content)) return undefined;
  const { tags, options } = scalarResolver(yaml);
  const keys: Array<{ key: string; span: Span; value: PlainScalar | PlainList }> = [];
  const seen = new Set<string>();
  // A `key:` line with nothing after it: a list may follow, else its value is null.
  let open: { key: string; span: Span; nullAt: number; list?: PlainList; indent?: number } | undefined;
  const close = () => {
    if (!open) return;
    keys.push({
      key: open.key,
      span: open.span,
      value: open.list ?? { span: [open.nullAt, open.nullAt], value: null },
    });
    open = undefined;
  };
  let offset = 0;
  while (offset < content.length) {
    const newline = content.indexOf("\n", offset);
    const end = newline < 0 ? content.length : newline;
    // A CR is part of a CRLF line break (Windows checkouts), never of a value; a lone one is left to the full parse.
    const line = content.slice(offset, newline > 0 && content.charAt(end - 1) === "\r" ? end - 1 : end);
    if (line.includes("\r")) return undefined;
    const lineStart = offset;
    offset = end + 1;
    if (/^ *$/.test(line)) continue;
    const item = /^( *)- +(?=\S)/.exec(line);
    if (item) {
      const indent = item[1]?.length ?? 0;
      if (!open || (open.indent !== undefined && open.indent !== indent)) return undefined;
      const scalar = readScalar(line, item[0].length, lineStart, tags, options);
      if (!scalar) return undefined;
      open.indent = indent;
      open.list ??= { span: [lineStart + indent, 0], items: [] };
      open.list.items.push(scalar);
      open.list.span = [open.list.span[0], scalar.span[1]];
      continue;
    }
    close();
    const colon = line.indexOf(":");
    const key = line.slice(0, colon);
    if (colon < 1 || colon > MAX_KEY_LENGTH || !PLAIN_KEY.test(key) || seen.has(key)) return undefined;
    if (tags.some((tag) => tag.default && tag.test?.test(key))) return undefined;
    seen.add(key);
    const span: Span = [lineStart, lineStart + key.length];
    const rest = line.slice(colon + 1);
    if (/^ *$/.test(rest)) {
      open = { key, span, nullAt: lineStart + line.length };
      continue;
    }
    if (rest.charAt(0) !== " ") return undefined;
    const value = readScalar(line, colon + 1 + (/^ */.exec(rest)?.[0].length ?? 0), lineStart, tags, options);
    if (!value) return undefined;
    keys.push({ key, span, value });
  }
  close();
  if (keys.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  for (const { key, value } of keys) {
    const js = "items" in value ? value.items.map((item) => item.value) : value.value;
    // As the `yaml` package does: an own property even where the prototype has one (`constructor`).
    if (key in data)
      Object.defineProperty(data, key, { value: js, writable: true, enumerable: true, configurable: true });
    else data[key] = js;
  }
  return {
    data,
    spanOf(path, part) {
      const [first, index, ...deeper] = path;
      if (first === undefined || deeper.length > 0) return undefined;
      const pair = keys.find((p) => p.key === String(first));
      if (!pair) return undefined;
      if (path.length === 1) return part === "key" ? pair.span : pair.value.span;
      if (!("items" in pair.value) || typeof index !== "number") return undefined;
      return pair.value.items[index]?.span;
    },
  };
}

/**
 * The one-line scalar starting at `from` in `line` (a plain one, or a quoted one
 * without escapes), or undefined when it is anything else or more follows it.
 */
function readScalar(
  line: string,
  from: number,
  lineStart: number,
  tags: ScalarTag[],
  options: object,
): PlainScalar | undefined {
  const text = line.slice(from).replace(/ +$/, "");
  const span: Span = [lineStart + from, lineStart + from + text.length];
  const quote = text.charAt(0);
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text.at(-1) !== quote || inner.includes(quote) || (quote === '"' && inner.includes("\\")))
      return undefined;
    return { span, value: inner };
  }
  // `: ` would start a mapping, ` #` a comment, a final `:` a key; the rest is plain text.
  if (INDICATOR.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return undefined;
  const tag = tags.find((t) => t.default === true && t.test?.test(text));
  if (!tag) return { span, value: text };
  let failed = false;
  const value = tag.resolve(
    text,
    () => {
      failed = true;
    },
    options,
  );
  return failed || (typeof value === "object" && value !== null) ? undefined : { span, value };
}
