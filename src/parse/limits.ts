/**
 * What makes a file impossible (or pointless) to lint as an entry, found
 * before parsing it: too big, binary, not UTF-8, empty, nested or dense beyond
 * what the parser handles in bounded time, or not a file inside the
 * repository at all. Each is reported once, by the `readable-file` rule, and
 * the file is not parsed.
 */
import { isUtf8 } from "node:buffer";
import { plural } from "../util/text.js";

/** More list or quote markers opening on one line than any entry needs (`- -` is two). */
export const MAX_MARKERS_PER_LINE = 32;

/** A file markdown parsing was refused for; nothing of it was parsed (or kept). */
export class MarkdownLimitError extends Error {
  override readonly name = "MarkdownLimitError";
  constructor(
    /** `nesting`: too many markers on one line; `sections`: too much text between headings. */
    readonly limit: "nesting" | "sections",
    /** Offsets of what is reported: the line, or the longest stretch without a heading. */
    readonly start: number,
    readonly end: number,
    /** Markers on the line, or characters in the stretch. */
    readonly amount: number,
  ) {
    super(`markdown ${limit} limit exceeded at offset ${start}`);
  }
}

/** `maxFileSize` when the config does not set it: 2 MiB, over 100 times the largest real entry. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export type FileProblemId =
  | "tooLarge"
  | "binary"
  | "encoding"
  | "utf16"
  | "empty"
  | "nesting"
  | "sections"
  | "symlink"
  | "notFile";

export interface FileProblem {
  messageId: FileProblemId;
  data?: Record<string, string | number>;
  /** Offsets into the (BOM-less) text; the start of the file when absent. */
  start?: number;
  end?: number;
}

/** `2.0 MiB`, `512 KiB`, `900 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return plural(bytes, "byte");
}

export function tooLarge(size: number, max: number): FileProblem {
  return { messageId: "tooLarge", data: { size: formatSize(size), max: formatSize(max) } };
}

/** Problems visible in the text itself, cheapest first; parsing limits come later (`fromLimitError`). */
export function inspectText(text: string, maxFileSize: number): FileProblem | undefined {
  // Characters first: a text over the limit in characters is over it in bytes too.
  if (text.length > maxFileSize || Buffer.byteLength(text) > maxFileSize) {
    return tooLarge(Buffer.byteLength(text), maxFileSize);
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return { messageId: "binary", start: nul, end: nul + 1 };
  if (text.trim() === "") return { messageId: "empty" };
  return undefined;
}

/** The `readable-file` finding for a file the parser refused. */
export function fromLimitError(error: MarkdownLimitError, lineOf: (offset: number) => number): FileProblem {
  if (error.limit === "nesting") {
    return { messageId: "nesting", data: { count: error.amount }, start: error.start, end: error.end };
  }
  return {
    messageId: "sections",
    data: {
      size: formatSize(error.amount),
      from: lineOf(error.start),
      to: lineOf(Math.max(error.start, error.end - 1)),
    },
    start: error.start,
    end: error.end,
  };
}

/**
 * Decode a file's bytes as UTF-8, or say where it is not UTF-8. Node's own
 * decoding would replace bad bytes with U+FFFD silently, and a `--fix` would
 * then write those replacements back: the file's bytes would change in places
 * no fix touched.
 */
export function decodeUtf8(bytes: Buffer): { text: string } | { problem: FileProblem } {
  if (isUtf8(bytes)) return { text: bytes.toString("utf8") };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { messageId: "utf16" } };
  }
  const bad = firstInvalidByte(bytes);
  const before = bytes.subarray(0, bad).toString("utf8");
  const lines = before.split(/\r\n|\r|\n/);
  return {
    problem: {
      messageId: "encoding",
      data: {
        byte: `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`,
        line: lines.length,
        column: (lines.at(-1) ?? "").length + 1,
      },
    },
  };
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length = 0;
    let min = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else return i;
    if (length > 1) {
      if (i + length > bytes.length) return i;
      let code = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) {
        const c = bytes[i + k] as number;
        if ((c & 0xc0) !== 0x80) return i;
        code = (code << 6) | (c & 0x3f);
      }
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    }
    i += length;
  }
  return bytes.length;
}
