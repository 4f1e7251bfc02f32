import type { RE2JS } from "re2js";
import { re2js } from "../util/packages.js";

/**
 * Regular expressions written in repository data (a config's `filename.pattern`; the schema
 * language's patterns next), matched in time linear in the text. JavaScript's own engine
 * backtracks: `^(a+)+$` on 40 `a`s and a `!` takes longer than the run has. RE2 (the re2js port)
 * never backtracks, and refuses what would need it: backreferences and lookaround.
 *
 * Patterns are written in JavaScript's syntax (`\u00e9`, `(?<name>…)`, `\cA` are translated)
 * or RE2's (`(?i)`, `[[:alpha:]]`, `\pL`). A pattern is compiled once per run and kept.
 *
 * Built-in patterns (rule defaults) are not compiled here: they are the tool's own code, and a
 * run without a config pattern never loads re2js (src/util/packages.ts).
 */

/** Longer patterns are refused: no real one comes near, and compiling costs their length. */
export const MAX_PATTERN_LENGTH = 1000;

/**
 * RE2's cost per character of text is its program's size: `[a-z]{1000}` is 1,000 instructions
 * (counted repeats are copied out), so text × program stays bounded. The default file name
 * pattern is 13.
 */
export const MAX_PROGRAM_SIZE = 2000;

export interface SafePattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text` (`RegExp.prototype.test` without flags). */
  test(text: string): boolean;
}

/** A pattern that cannot be used; the message says why and what to write instead, starting "expected …". */
export class PatternError extends Error {
  override readonly name = "PatternError";
}

const compiled = new Map<string, SafePattern | PatternError>();

/** `source` compiled for linear-time matching (cached), or a PatternError saying what is wrong. */
export function compilePattern(source: string): SafePattern {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = compileUncached(source);
    compiled.set(source, pattern);
  }
  if (pattern instanceof PatternError) throw pattern;
  return pattern;
}

/** What is wrong with `source` as a pattern (a message starting "expected …"), or undefined when it compiles. */
export function patternProblem(source: string): string | undefined {
  try {
    compilePattern(source);
    return undefined;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
}

function compileUncached(source: string): SafePattern | PatternError {
  if (source.length > MAX_PATTERN_LENGTH) {
    return new PatternError(
      `expected a regular expression of at most ${MAX_PATTERN_LENGTH} characters, found ${source.length}; shorten it`,
    );
  }
  // RE2 refuses `\1`, but re2js's translation from JavaScript's syntax reads `\k<name>` and `\8` as
  // the letters (what JavaScript does without groups): refused here, before it.
  const backreference = backreferenceIn(source);
  if (backreference) return new PatternError(explain("backreference", backreference));
  let re2: ReturnType<typeof RE2JS.compile>;
  try {
    const { RE2JS } = re2js();
    re2 = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (error) {
    // RE2's syntax errors only: anything else (re2js missing beside the bundle) is not the pattern's fault.
    const syntax = /^error parsing regexp: ([^:]+)(?:: `([\s\S]*)`)?$/.exec((error as Error)?.message ?? "");
    if (!syntax) throw error;
    return new PatternError(explain(syntax[1] as string, syntax[2] ?? ""));
  }
  const size = re2.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return new PatternError(
      `expected a simpler regular expression: it compiles to ${size} instructions, at most ${MAX_PROGRAM_SIZE} (a counted repeat such as \`{500}\` copies what it repeats); use \`+\` or \`*\`, or a smaller count`,
    );
  }
  return { source, test: (text) => re2.test(text) };
}

/** RE2's syntax error (`invalid escape sequence` at `\1`) as what to write instead. */
function explain(description: string, fragment: string): string {
  const at = fragment ? ` at \`${cut(fragment)}\`` : "";
  if (/^\\(?:[1-9]|k)/.test(fragment)) {
    return `expected a regular expression without backreferences, but it has${at.replace(" at ", " ")}: patterns are matched in linear time (RE2), which has none; spell the repeated text out`;
  }
  if (/^\(\?<?[=!]/.test(fragment)) {
    return `expected a regular expression without lookahead or lookbehind, but it has${at.replace(" at ", " ")}: patterns are matched in linear time (RE2), which has none; use a character class or an alternation instead`;
  }
  return `expected a valid regular expression (JavaScript syntax without backreferences or lookaround): ${description}${at}`;
}

/** The first `\1`…`\9` or `\k<name>` escape in `source`, if any (`\\1` is a backslash and a 1). */
function backreferenceIn(source: string): string | undefined {
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== "\\") continue;
    if (/[1-9]/.test(source[i + 1] ?? "")) return source.slice(i, i + 2);
    if (source[i + 1] === "k") return source.slice(i, source.indexOf(">", i) + 1 || i + 2);
    i++;
  }
  return undefined;
}

/** A fragment of the pattern for a message: one line, at most 40 characters. */
function cut(text: string): string {
  const flat = text.replace(/[\p{Cc}`]/gu, "?");
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
