/**
 * Front matter inferred from the entries' parsed `---` (YAML) or `+++` (TOML) blocks: which keys there
 * are, what each holds, which (nearly) every entry has, and the shapes their
 * values agree on. Every inference carries a note saying from how many entries.
 */
import { type FrontMatter, fenceOf } from "../parse/front-matter-types.js";
import type { FrontMatterSpec, KeySpec } from "../schema/types.js";
import { plural } from "../util/text.js";
import { nearlyAll, outliersAllowed, share, tally } from "./agreement.js";
import type { Notes } from "./notes.js";
import { splitMisspellings } from "./spelling.js";
import { closedSetOf, dateFormatOf, stringShapeOf, urlShapeOf } from "./values.js";

export interface FrontMatterSample {
  /** Whether the file starts with a `---` or `+++` block (valid or not). */
  hasBlock: boolean;
  /** The block's language, when there is one. */
  syntax?: FrontMatter["syntax"];
  /** The block's top-level mapping, when it is valid YAML (or TOML). */
  data?: Record<string, unknown>;
  /** The entry's folder name and file name without `.md` (for `equalsPath`). */
  folder: string;
  file: string;
}

export interface InferredFrontMatter {
  spec: FrontMatterSpec;
  /** Keys seen once, written like a key the others use: what a lint run will report. */
  misspelt: Map<string, string>;
}

type ValueType = "string" | "number" | "integer" | "boolean" | "list" | "map" | "null";

function typeOf(value: unknown): ValueType {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return value instanceof Date ? "string" : "map";
  return "string";
}

/**
 * The front matter the samples share, or undefined when (nearly) none has a block.
 * `path` is where notes go (`["frontMatter"]`).
 */
export function inferFrontMatter(samples: readonly FrontMatterSample[], notes: Notes): InferredFrontMatter | undefined {
  const total = samples.length;
  const withBlock = samples.filter((s) => s.hasBlock).length;
  if (withBlock === 0 || withBlock * 2 < total) return undefined;
  const parsed = samples.filter(
    (s): s is FrontMatterSample & { data: Record<string, unknown> } => s.data !== undefined,
  );
  const n = parsed.length;
  const required = nearlyAll(withBlock, total);
  // Notes name the fence and language most blocks are written in (Hugo's TOML, or YAML).
  const toml = samples.filter((s) => s.syntax === "toml").length;
  const [fence, language] = toml * 2 > withBlock ? [fenceOf("toml"), "TOML"] : [fenceOf("yaml"), "YAML"];
  const valid = n < withBlock ? `; the counts below are of the ${n} that are valid ${language}` : "";
  notes.add(["frontMatter"], `A \`${fence}\` front matter block ${share(withBlock, total)}${valid}`);
  notes.add(["frontMatter", "required"], required ? "every entry needs the block" : "some entries have none");

  const keyCounts = tally(parsed.flatMap((s) => Object.keys(s.data)));
  const { kept, misspelt } = splitMisspellings(keyCounts);
  notes.add(
    ["frontMatter", "closed"],
    misspelt.size > 0
      ? `no other keys; seen once or twice and written like a key above (misspellings): ${[...misspelt].map(([k, to]) => `\`${k}\` (\`${to}\`)`).join(", ")}`
      : "no keys beyond these",
  );
  const keys: Record<string, KeySpec> = {};
  // Keys in the order entries write them: most used first, ties in first-seen order.
  for (const key of kept) {
    const present = parsed.filter((s) => Object.hasOwn(s.data, key));
    const values = present.map((s) => s.data[key]);
    keys[key] = inferKey(key, values, present, n, notes);
  }
  return {
    spec: { required, closed: true, keys },
    misspelt,
  };
}

function inferKey(
  key: string,
  values: unknown[],
  present: readonly FrontMatterSample[],
  total: number,
  notes: Notes,
): KeySpec {
  const path = ["frontMatter", "keys", key];
  const count = values.length;
  const filled = values.filter((v) => typeOf(v) !== "null" && !(typeof v === "string" && v.trim() === ""));
  const required = nearlyAll(count, total) && total >= 2;
  const emptyCount = count - filled.length;
  const parts = [`${share(count, total)}`];
  if (emptyCount > 0) parts.push(`empty in ${emptyCount}`);
  const spec: KeySpec = { type: "any", required } as KeySpec;
  if (required && emptyCount > outliersAllowed(count)) spec.nonEmpty = false;

  const types = tally(filled.map(typeOf));
  // Integers are numbers too: a column of 3 and 4.5 is a number column.
  if (types.has("integer") && types.has("number")) {
    types.set("number", (types.get("number") ?? 0) + (types.get("integer") ?? 0));
    types.delete("integer");
  }
  const [type, typed] = [...types].sort((a, b) => b[1] - a[1])[0] ?? ["null", 0];
  if (type !== "null" && nearlyAll(typed, filled.length) && (types.size === 1 || filled.length >= 5)) {
    spec.type = type as KeySpec["type"];
  } else if (types.size > 1) {
    parts.push(`mixed: ${[...types].map(([t, c]) => `${c} ${t}`).join(", ")}`);
  }

  if (spec.type === "string") {
    const strings = filled.filter((v): v is string => typeof v === "string");
    Object.assign(spec, stringFacts(strings, present, parts));
  } else if (spec.type === "integer") {
    const numbers = filled as number[];
    if (numbers.every((y) => y >= 1900 && y <= 2100)) parts.push("years (a number, not a date)");
  } else if (spec.type === "list") {
    const items = filled.flatMap((v) => (Array.isArray(v) ? v : []));
    const itemTypes = tally(items.map(typeOf));
    if (itemTypes.size === 1 && itemTypes.has("string")) {
      const itemParts: string[] = [];
      const facts = stringFacts(items as string[], [], itemParts);
      spec.items = { type: "string", required: false, ...facts } as KeySpec["items"];
      parts.push(
        `lists, ${plural(items.length, "item")} in all${itemParts.length ? `; items: ${itemParts.join("; ")}` : ""}`,
      );
    }
  }
  notes.add(path, parts.join("; "));
  return spec;
}

/** What strings agree on: a date format, URLs on some hosts, a closed set, a shape, the folder's name. */
function stringFacts(strings: string[], present: readonly FrontMatterSample[], parts: string[]): Partial<KeySpec> {
  if (strings.length === 0) return {};
  const date = dateFormatOf(strings);
  if (date && strings.length >= 3) {
    parts.push(`dates written \`${date.format}\` (${date.count} of ${strings.length})`);
    return { type: "date", ...(date.format === "YYYY-MM-DD" ? {} : { dateFormat: date.format }) };
  }
  const url = urlShapeOf(strings);
  if (url && strings.length >= 3) {
    const hosts = url.hosts ? ` on ${url.hosts.map((h) => `\`${h}\``).join(", ")}` : "";
    parts.push(`URLs${hosts}${url.httpsOnly ? ", all https" : ""}`);
    return {
      format: "url",
      ...(url.hosts || url.httpsOnly
        ? { url: { ...(url.httpsOnly ? { schemes: ["https"] } : {}), ...(url.hosts ? { hosts: url.hosts } : {}) } }
        : {}),
    };
  }
  const closed = closedSetOf(strings);
  if (closed) {
    parts.push(`${plural(closed.values.length, "value")} used again and again`);
    if (closed.misspelt.size > 0) {
      parts.push(
        `left out as misspellings: ${[...closed.misspelt].map(([v, to]) => `\`${v}\` (\`${to}\`)`).join(", ")}`,
      );
    }
    return { enum: closed.values };
  }
  const facts: Partial<KeySpec> = {};
  if (present.length >= 5 && present.length === strings.length) {
    if (present.every((s, i) => strings[i] === s.folder)) {
      parts.push("always the entry's folder name");
      facts.equalsPath = "folder";
    } else if (present.every((s, i) => strings[i] === s.file)) {
      parts.push("always the entry's file name");
      facts.equalsPath = "file";
    }
  }
  const shape = stringShapeOf(strings);
  if (shape) {
    parts.push(`always ${shape.name}`);
    facts.pattern = shape.pattern;
  }
  return facts;
}
