/**
 * Helpers for the hostile-input tests: the real CLI entry point in-process on
 * a temporary catalog, and the invariant every run must keep (findings inside
 * the file).
 */
import { expect } from "vitest";
import { CLEAN, type CliRun, cli } from "./cli.js";
import { type Files, tempDir } from "./temp.js";

/** A deterministic PRNG (sfc32): the same bytes on every run. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

/**
 * Every finding lies inside the file as the linter read it: 1 ≤ line ≤ line
 * count, columns within the line (the end may be just past its last
 * character), start before end.
 */
export function expectInside(messages: readonly JsonMessage[], text: string): void {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const inside = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1] ?? "").length + 1;
  // One assertion for all: 200,000 findings would make 600,000 `expect` calls slow.
  const outside = messages
    .filter(
      (m) =>
        !inside(m.line, m.column) ||
        !inside(m.endLine, m.endColumn) ||
        !(m.line < m.endLine || (m.line === m.endLine && m.column <= m.endColumn)),
    )
    .map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
  expect(outside).toEqual([]);
}

/**
 * Lint one file of `content` named `name` (in a fresh catalog with optional
 * extra files) through the CLI with `--format json`: the run must end with
 * exit code 0 or 1, nothing on stderr, valid JSON, and every finding inside
 * the file. Returns that file's findings.
 */
export function lintHostile(
  name: string,
  content: string | Buffer,
  extra: Files = {},
): { messages: JsonMessage[]; run: CliRun; dir: string } {
  const dir = tempDir("hostile", { [name]: content, ...extra });
  const run = cli(["--format", "json", name], dir);
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.code);
  const results = JSON.parse(run.stdout) as JsonResult[];
  expect(results).toHaveLength(1);
  const messages = results[0]?.messages ?? [];
  const text = typeof content === "string" ? content : content.toString("utf8");
  expectInside(messages, text);
  return { messages, run, dir };
}

export { CLEAN, type CliRun, cli };
