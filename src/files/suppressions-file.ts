/**
 * The bulk suppressions file, after ESLint's `eslint-suppressions.json`: for
 * each file (its path from the repository's root, with `/`) and rule, how
 * many errors are allowed, `{ "<file>": { "<rule>": { "count": N } } }`.
 * Counts, not lines, so that moving text around in an entry changes nothing.
 * It is repository data: read as the config is (a regular file, not through a
 * link out of the repository, at most MAX_SUPPRESSIONS_SIZE) and written as
 * reports are (never through a link out, whole or not at all).
 */
import { compareStrings } from "../diagnostics/diagnostic.js";
import { CatalogLintError } from "../util/errors.js";
import { readOwnText } from "./read-data.js";
import { boundaryAt } from "./read-inside.js";
import { writeInside } from "./write/inside.js";

/** Its name, where the CLI looks by default (the working directory) and the Action's default input. */
export const SUPPRESSIONS_FILE = "catalog-lint-suppressions.json";

/**
 * The largest suppressions file read: 100,000 entries with a few rules each
 * take about 10 MB, more than the 2 MiB other data files may have.
 */
export const MAX_SUPPRESSIONS_SIZE = 16 * 1024 * 1024;

/** Errors allowed, by file (repository-relative, `/`) then rule id. */
export type Suppressions = Map<string, Map<string, number>>;

/** What to do about a malformed file: said at the end of every error about one. */
const FIX_IT = `fix it, or delete it and run catalog-lint --suppress-all to write it again`;

/**
 * The suppressions in `text`, checked: an object of files, each an object of
 * rules, each `{ "count": N }` with N a whole number ≥ 0, file keys relative
 * POSIX paths inside the repository. Anything else is a CatalogLintError
 * `shown:line: what was found, what was expected; what to do`.
 */
export function parseSuppressions(text: string, shown: string): Suppressions {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const { line, reason } = syntaxError(text, (error as Error).message);
    throw new CatalogLintError(`${shown}:${line}: invalid JSON (${reason}); ${FIX_IT}`);
  }
  const fail = (path: readonly string[], problem: string): never => {
    throw new CatalogLintError(`${shown}:${keyLine(text, path)}: ${problem}; ${FIX_IT}`);
  };
  if (!isObject(data)) return fail([], `found ${kindOf(data)}, expected an object of files`);
  const suppressions: Suppressions = new Map();
  for (const [file, rules] of Object.entries(data)) {
    const badPath = pathProblem(file);
    if (badPath) fail([file], `file \`${file}\`: ${badPath}`);
    if (!isObject(rules)) fail([file], `\`${file}\`: found ${kindOf(rules)}, expected an object of rule ids`);
    const counts = new Map<string, number>();
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      const where = `\`${file}\` \`${rule}\``;
      if (rule === "") fail([file, rule], `\`${file}\`: found an empty rule id, expected a rule id`);
      const count = isObject(entry) && Object.keys(entry).length === 1 ? entry.count : undefined;
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
        fail(
          [file, rule],
          `${where}: found \`${shortJson(entry)}\`, expected \`{ "count": N }\` with N a whole number`,
        );
      }
      counts.set(rule, count as number);
    }
    suppressions.set(file, counts);
  }
  return suppressions;
}

/**
 * The file's text: files, then rules, in code-unit order, counts of 0 and
 * files left with no rule dropped, as `JSON.stringify(…, null, 2)` lays it out
 * (ESLint's layout), with a final newline. The same suppressions always give
 * the same bytes, so a re-run that changes nothing leaves the file as it was.
 */
export function formatSuppressions(suppressions: Suppressions): string {
  const files: string[] = [];
  for (const file of [...suppressions.keys()].sort(compareStrings)) {
    const counts = suppressions.get(file) as Map<string, number>;
    const rules = [...counts.keys()]
      .sort(compareStrings)
      .filter((rule) => (counts.get(rule) ?? 0) > 0)
      .map((rule) => `    ${JSON.stringify(rule)}: {\n      "count": ${counts.get(rule)}\n    }`);
    // Keys are written, never assigned: `__proto__` stays a key.
    if (rules.length > 0) files.push(`  ${JSON.stringify(file)}: {\n${rules.join(",\n")}\n  }`);
  }
  return files.length === 0 ? "{}\n" : `{\n${files.join(",\n")}\n}\n`;
}

/**
 * The text of the suppressions file at `absolute` (one the user names, or the
 * default one in the working directory), read as the config is: undefined
 * when there is none, an error naming it when it is a folder, a special file,
 * too large, or a link out of the repository `root`.
 */
export function readSuppressionsText(absolute: string, root: string, shown: string): string | undefined {
  return readOwnText(
    absolute,
    boundaryAt(root),
    `the suppressions file ${shown}`,
    "Make it a regular file in the repository, or name another with --suppressions-location",
    MAX_SUPPRESSIONS_SIZE,
  );
}

/** Write the suppressions file whole (a temporary file renamed over it), never through a link out of `root`. */
export function writeSuppressionsFile(root: string, absolute: string, text: string): void {
  writeInside(root, absolute, text, "--suppressions-location");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "`null`";
  return typeof value === "object" ? "an object" : `\`${shortJson(value)}\``;
}

function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** Why a key is not a file of the repository as the file writes them (`datasets/x/data/a.md`), if it is not. */
function pathProblem(file: string): string | undefined {
  if (file === "") return "found an empty path, expected a file's path from the repository's root";
  if (file.includes("\\")) return "found a `\\`, expected `/` between folders";
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file)) {
    return "found an absolute path, expected a path from the repository's root";
  }
  if (file.split("/").some((part) => part === "" || part === "." || part === "..")) {
    return "found an empty, `.` or `..` folder, expected a path from the repository's root";
  }
  return undefined;
}

/** The line and reason of a JSON.parse error (V8 names the offset: "… in JSON at position 12"). */
function syntaxError(text: string, message: string): { line: number; reason: string } {
  const at = /\bat position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/\s*in JSON at position \d+/, "")
    .replace(/^Unexpected end of JSON input$/, "the text ends before the JSON does");
  return { line: lineAt(text, offset), reason: reason.split("\n")[0] ?? "" };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * The line of the key at `path` (a file, or a file and rule) in JSON text that
 * parsed, for messages; the first line when `path` is empty. One walk over
 * the text's strings and brackets, enough for text the parser accepted; the
 * last key of that name wins, as it does for JSON.parse.
 */
function keyLine(text: string, path: readonly string[]): number {
  if (path.length === 0) return lineAt(text, Math.max(0, text.search(/\S/)));
  // Each open bracket, and the key whose value it is (none for the top level).
  const open: { object: boolean; key: string | undefined }[] = [];
  let key: string | undefined;
  let expectKey = false;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey) {
        key = JSON.parse(text.slice(i, end + 1)) as string;
        expectKey = false;
        if (
          open.length === path.length &&
          key === path.at(-1) &&
          open.every((o, n) => n === 0 || o.key === path[n - 1])
        ) {
          found = i;
        }
      }
      i = end;
    } else if (c === "{" || c === "[") {
      open.push({ object: c === "{", key });
      key = undefined;
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      open.pop();
      key = undefined;
    } else if (c === ",") {
      expectKey = open.at(-1)?.object ?? false;
    }
  }
  return found < 0 ? 1 : lineAt(text, found);
}

/** The index of the `"` that ends the JSON string starting at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
