import type { Diagnostic, FileResult } from "../diagnostics/diagnostic.js";
import { DIRECTIVE_KINDS, type Directive } from "../diagnostics/directives.js";
import { type EntrySummary, folderOf } from "../model/summary.js";
import type { Range } from "../parse/source.js";
import { zlib } from "../util/builtins.js";

/**
 * The bytes of the results cache (`--cache`). Binary: a warm run over 10,000
 * files spent 150 ms parsing the 8 MB of JSON this used to be, and much of its
 * garbage collection keeping the million small arrays that made. Here numbers
 * are read in place from typed arrays; only strings go through `JSON.parse`.
 *
 *     "CLRC", then u32 format, u32 CRC-32 of every byte after it, u32 header length
 *     header      ASCII JSON `{version, strings, paths}`, padded with spaces to a multiple of 8
 *     f64 × 4     per path: its stat (size, mtimeMs, ctimeMs, ino), NaN where none was stored
 *     i32 × n+1   where each path's record starts in `records`, then where the last one ends
 *     i32 …       records: one per path (see `ResultsWriter.add`), strings as indexes into `strings`
 *
 * Numbers are in the machine's byte order: on a machine of the other order the
 * format reads as another one, so the cache starts empty there.
 */
const MAGIC = 0x4352_4c43; // "CLRC" read as a little-endian u32
const PREFIX_BYTES = 16;
const STAT_FIELDS = 4;

/** A file's results, as the cache keeps them: the lint result without its text. */
export interface CachedFile extends FileResult {
  summary: EntrySummary;
  directives: Directive[];
}

/** `[size, mtimeMs, ctimeMs, ino]` of a file. */
export type StatTuple = [number, number, number, number];

/**
 * What a cached result was computed from. `content` hashes the file's bytes;
 * `context` hashes everything else (rule settings, schema, today, base
 * revision, tool version). `stat` is the file's size, times and inode when
 * it was hashed: while they stay the same the file is not read again.
 */
export interface CacheKey {
  context: string;
  content: string;
  stat?: StatTuple;
}

/** Where the parts of a checked record start (indexes into `records`). */
interface Layout {
  start: number;
  diagnostics: number;
  diagnosticCount: number;
  title: number;
  repos: number;
  repoCount: number;
  /** Where the sections start, and how many (-1: the summary has none, see `EntrySummary.sections`). */
  sections: number;
  sectionCount: number;
  /** Where the values start, and how many (-1: the summary has none, see `EntrySummary.values`). */
  values: number;
  valueCount: number;
  directives: number;
  directiveCount: number;
}

const DIAGNOSTIC_INTS = 13; // rule, severity, message, range (6), fix start, fix end, fix text, docs URL
const TITLE_INTS = 7; // name, range (6)
const REPO_INTS = 7; // url, range (6)
const SECTION_INTS = 7; // name, range (6)
const VALUE_INTS = 8; // key, value, range (6)
const RANGE_INTS = 6;
const NONE = -1;

/** Collects records and writes the cache's bytes. */
export class ResultsWriter {
  private readonly strings: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly paths: string[] = [];
  private readonly taken = new Set<string>();
  private readonly stats: number[] = [];
  private readonly offsets: number[] = [0];
  private readonly records: number[] = [];

  /**
   * One file's record:
   *
   *     context, content, schema (or -1)
   *     diagnostic count, then each: rule, severity (1 error, 0 warning), message, range,
   *       fix start, fix end, fix text (-1, -1, -1 without a fix), docs URL (or -1)
   *     title name (or -1), title range (zeros without a title)
   *     repository count, then each: url, range
   *     section count (-1 without sections), then each: name, range
   *     value count (-1 without values), then each: key, value, range
   *     directive count, then each: kind, range, rule count, rules
   *
   * where a range is start line, column, offset, end line, column, offset. A
   * file with a number that is not a 32-bit integer is left out (it is linted
   * again next time), as is a second record for one path.
   */
  add(filePath: string, key: CacheKey, file: CachedFile): void {
    if (this.taken.has(filePath)) return;
    const record: number[] = [this.share(key.context), this.share(key.content), this.optional(file.schema)];
    record.push(file.diagnostics.length);
    for (const { ruleId, severity, message, range, fix, url } of file.diagnostics) {
      record.push(this.share(ruleId), severity === "error" ? 1 : 0, this.share(message));
      pushRange(record, range);
      if (fix) record.push(fix.range[0], fix.range[1], this.share(fix.text));
      else record.push(NONE, NONE, NONE);
      // Kept as lint made it: the cache knows no rules (one string per rule, shared by its findings).
      record.push(this.optional(url));
    }
    const { title, repos } = file.summary;
    record.push(this.optional(title?.name));
    if (title) pushRange(record, title.range);
    else record.push(0, 0, 0, 0, 0, 0);
    record.push(repos.length);
    for (const { url, range } of repos) {
      record.push(this.share(url));
      pushRange(record, range);
    }
    const { sections } = file.summary;
    record.push(sections ? sections.length : NONE);
    for (const { name, range } of sections ?? []) {
      record.push(this.share(name));
      pushRange(record, range);
    }
    const { values } = file.summary;
    record.push(values ? values.length : NONE);
    for (const { key, value, range } of values ?? []) {
      record.push(this.share(key), this.share(value));
      pushRange(record, range);
    }
    record.push(file.directives.length);
    for (const { kind, rules, range } of file.directives) {
      record.push(this.share(kind));
      pushRange(record, range);
      record.push(rules.length, ...rules.map((rule) => this.share(rule)));
    }
    if (record.every(isInt32)) this.push(filePath, key.stat, record);
  }

  /**
   * Record `index` of a cache file read before, as it is, with its strings
   * shared in this one's (a run that changed one file of 10,000 copies the
   * others without decoding them); `stat` in place of the stored one if given.
   */
  copy(filePath: string, from: StoredResults, index: number, stat?: StatTuple): void {
    if (this.taken.has(filePath)) return;
    const record = from.record(index, (text) => this.share(text));
    if (record) this.push(filePath, stat ?? from.key(index).stat, record);
  }

  private push(filePath: string, stat: StatTuple | undefined, record: ArrayLike<number>): void {
    this.taken.add(filePath);
    this.paths.push(filePath);
    this.stats.push(...(stat ?? [Number.NaN, Number.NaN, Number.NaN, Number.NaN]));
    for (let i = 0; i < record.length; i++) this.records.push(record[i] as number);
    this.offsets.push(this.records.length);
  }

  /** The cache file's bytes. */
  bytes(version: string): Buffer {
    return pack({
      version,
      strings: this.strings,
      paths: this.paths,
      stats: Float64Array.from(this.stats),
      offsets: Int32Array.from(this.offsets),
      records: Int32Array.from(this.records),
    });
  }

  private share(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.indexes.set(text, index);
    }
    return index;
  }

  private optional(text: string | undefined): number {
    return text === undefined ? NONE : this.share(text);
  }
}

function pushRange(record: number[], { start, end }: Range): void {
  record.push(start.line, start.column, start.offset, end.line, end.column, end.offset);
}

function isInt32(n: number): boolean {
  return (n | 0) === n;
}

/** The parts of a cache file. Exported for tests, which forge files with them. */
export interface CacheParts {
  version: string;
  strings: string[];
  paths: string[];
  stats: Float64Array;
  offsets: Int32Array;
  records: Int32Array;
}

/** Bumped when the layout changes: the package version alone stays the same across builds of one release. */
const FORMAT = 7;

export function pack(parts: CacheParts): Buffer {
  const json = asciiJson(JSON.stringify({ version: parts.version, strings: parts.strings, paths: parts.paths }));
  const header = json.padEnd(Math.ceil(json.length / 8) * 8, " ");
  const body = Buffer.concat([
    Buffer.from(header, "latin1"),
    bytesOf(parts.stats),
    bytesOf(parts.offsets),
    bytesOf(parts.records),
  ]);
  const prefix = new Uint32Array([MAGIC, FORMAT, zlib().crc32(body), header.length]);
  return Buffer.concat([bytesOf(prefix), body]);
}

/**
 * A cache file's parts, or undefined for anything that is not a whole cache
 * file of this format: another format or byte order, a torn or changed file
 * (the CRC), lengths that do not add up, a header that is not what `pack` writes.
 */
export function unpack(file: Buffer): CacheParts | undefined {
  if (file.length < PREFIX_BYTES) return undefined;
  // Typed arrays need their alignment (Node's buffer pool keeps 8, but that is not promised).
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
  const [magic, format, crc, headerBytes] = new Uint32Array(bytes.buffer, bytes.byteOffset, 4) as unknown as number[];
  if (magic !== MAGIC || format !== FORMAT || headerBytes === undefined || headerBytes % 8 !== 0) return undefined;
  const body = bytes.subarray(PREFIX_BYTES);
  if (headerBytes > body.length || zlib().crc32(body) !== crc) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(body.toString("latin1", 0, headerBytes));
  } catch {
    return undefined;
  }
  const { version, strings, paths } = (header ?? {}) as Partial<CacheParts>;
  if (
    typeof version !== "string" ||
    !Array.isArray(strings) ||
    !strings.every((s) => typeof s === "string") ||
    !Array.isArray(paths) ||
    !paths.every((p) => typeof p === "string")
  )
    return undefined;
  const statsAt = bytes.byteOffset + PREFIX_BYTES + headerBytes;
  const offsetsAt = statsAt + paths.length * STAT_FIELDS * 8;
  const recordsAt = offsetsAt + (paths.length + 1) * 4;
  const end = bytes.byteOffset + bytes.length;
  if (recordsAt > end || (end - recordsAt) % 4 !== 0) return undefined;
  const offsets = new Int32Array(bytes.buffer, offsetsAt, paths.length + 1);
  const records = new Int32Array(bytes.buffer, recordsAt, (end - recordsAt) / 4);
  for (let i = 0; i < paths.length; i++) {
    if ((offsets[i] as number) < 0 || (offsets[i] as number) > (offsets[i + 1] as number)) return undefined;
  }
  if (offsets[0] !== 0 || offsets[paths.length] !== records.length) return undefined;
  return {
    version,
    strings,
    paths,
    stats: new Float64Array(bytes.buffer, statsAt, paths.length * STAT_FIELDS),
    offsets,
    records,
  };
}

/** A typed array's bytes, without a copy. */
function bytesOf(array: Float64Array | Int32Array | Uint32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * JSON with every non-ASCII character escaped (`\u2014`): the same data, read back
 * as one-byte text, which decodes fastest and needs no UTF-8 check.
 */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A cache file's records, read in place. */
export class StoredResults {
  private readonly byPath = new Map<string, number>();

  private constructor(private readonly parts: CacheParts) {
    for (const [index, path] of parts.paths.entries()) this.byPath.set(path, index);
  }

  /** The results in a cache file written by catalog-lint `version`, else undefined. */
  static read(file: Buffer, version: string): StoredResults | undefined {
    const parts = unpack(file);
    return parts && parts.version === version ? new StoredResults(parts) : undefined;
  }

  get size(): number {
    return this.byPath.size;
  }

  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }

  /** The record of a path, or undefined. */
  find(filePath: string): number | undefined {
    return this.byPath.get(filePath);
  }

  /** Whether record `index` was stored with this context and stat (none stored: never). */
  matchesStat(index: number, context: string, stat: StatTuple): boolean {
    const { stats } = this.parts;
    const at = index * STAT_FIELDS;
    return (
      stats[at] === stat[0] &&
      stats[at + 1] === stat[1] &&
      stats[at + 2] === stat[2] &&
      stats[at + 3] === stat[3] &&
      this.string(this.start(index)) === context
    );
  }

  /** Whether record `index` was stored with this context and content. */
  matchesContent(index: number, context: string, content: string): boolean {
    const start = this.start(index);
    return this.string(start) === context && this.string(start + 1) === content;
  }

  /** What record `index` was computed from. */
  key(index: number): CacheKey {
    const start = this.start(index);
    const { stats } = this.parts;
    const at = index * STAT_FIELDS;
    const stat = [stats[at], stats[at + 1], stats[at + 2], stats[at + 3]] as StatTuple;
    return {
      context: this.string(start) ?? "",
      content: this.string(start + 1) ?? "",
      ...(stat.some(Number.isNaN) ? {} : { stat }),
    };
  }

  /**
   * Record `index` as a result, or undefined when it is not what the writer
   * writes (checked here, so that decoding it later cannot fail).
   */
  open(index: number, filePath: string): StoredResult | undefined {
    const layout = this.check(index);
    return layout && new StoredResult(filePath, this, index, layout);
  }

  /**
   * Record `index`'s ints with each string index replaced by `share(string)`,
   * or undefined when the record fails its check (see `open`).
   */
  record(index: number, share: (text: string) => number): Int32Array | undefined {
    const { records, strings, offsets } = this.parts;
    const start = offsets[index] as number;
    const copy = records.slice(start, offsets[index + 1]);
    const layout = this.check(index, (at) => {
      copy[at - start] = share(strings[records[at] as number] as string);
    });
    return layout && copy;
  }

  /** @internal for StoredResult */
  int(at: number): number {
    return this.parts.records[at] as number;
  }

  /** @internal for StoredResult */
  string(at: number): string | undefined {
    return this.parts.strings[this.parts.records[at] as number];
  }

  /** @internal for StoredResult */
  range(at: number): Range {
    const r = this.parts.records;
    return {
      start: { line: r[at] as number, column: r[at + 1] as number, offset: r[at + 2] as number },
      end: { line: r[at + 3] as number, column: r[at + 4] as number, offset: r[at + 5] as number },
    };
  }

  private start(index: number): number {
    return this.parts.offsets[index] as number;
  }

  /**
   * Every field of record `index` in bounds and of its kind, and nothing after
   * it; `onString` is told where each string field is (each once).
   */
  private check(index: number, onString?: (at: number) => void): Layout | undefined {
    const { records, strings, offsets } = this.parts;
    const start = offsets[index] as number;
    const end = offsets[index + 1] as number;
    let at = start;
    const isString = (i: number) => {
      const valid = i < end && (records[i] as number) >= 0 && (records[i] as number) < strings.length;
      if (valid) onString?.(i);
      return valid;
    };
    const isRange = (i: number) => {
      if (i + RANGE_INTS > end) return false;
      for (let k = i; k < i + RANGE_INTS; k++) if ((records[k] as number) < 0) return false;
      return true;
    };
    const isCount = (i: number, each: number) =>
      i < end && (records[i] as number) >= 0 && (records[i] as number) * each <= end - i - 1;

    if (!isString(at) || !isString(at + 1) || !(records[at + 2] === NONE || isString(at + 2))) return undefined;
    at += 3;
    if (!isCount(at, DIAGNOSTIC_INTS)) return undefined;
    const diagnosticCount = records[at] as number;
    const diagnostics = at + 1;
    at = diagnostics;
    for (let n = 0; n < diagnosticCount; n++, at += DIAGNOSTIC_INTS) {
      const severity = records[at + 1];
      if (!isString(at) || (severity !== 0 && severity !== 1) || !isString(at + 2) || !isRange(at + 3))
        return undefined;
      const fixStart = records[at + 9] as number;
      const fixEnd = records[at + 10] as number;
      const noFix = fixStart === NONE && fixEnd === NONE && records[at + 11] === NONE;
      if (!noFix && !(fixStart >= 0 && fixEnd >= fixStart && isString(at + 11))) return undefined;
      if (!(records[at + 12] === NONE || isString(at + 12))) return undefined;
    }
    const title = at;
    if (at + TITLE_INTS > end || !(records[at] === NONE || isString(at)) || !isRange(at + 1)) return undefined;
    at += TITLE_INTS;
    if (!isCount(at, REPO_INTS)) return undefined;
    const repoCount = records[at] as number;
    const repos = at + 1;
    at = repos;
    for (let n = 0; n < repoCount; n++, at += REPO_INTS) if (!isString(at) || !isRange(at + 1)) return undefined;
    const sectionCount = records[at] as number;
    if (!(at < end && sectionCount === NONE) && !isCount(at, SECTION_INTS)) return undefined;
    const sections = at + 1;
    at = sections;
    for (let n = 0; n < sectionCount; n++, at += SECTION_INTS) if (!isString(at) || !isRange(at + 1)) return undefined;
    const valueCount = records[at] as number;
    if (!(at < end && valueCount === NONE) && !isCount(at, VALUE_INTS)) return undefined;
    const values = at + 1;
    at = values;
    for (let n = 0; n < valueCount; n++, at += VALUE_INTS)
      if (!isString(at) || !isString(at + 1) || !isRange(at + 2)) return undefined;
    if (!isCount(at, 1 + RANGE_INTS + 1)) return undefined;
    const directiveCount = records[at] as number;
    const directives = at + 1;
    at = directives;
    for (let n = 0; n < directiveCount; n++) {
      if (!isString(at) || !(DIRECTIVE_KINDS as readonly string[]).includes(this.string(at) as string))
        return undefined;
      if (!isRange(at + 1) || !isCount(at + 1 + RANGE_INTS, 1)) return undefined;
      const ruleCount = records[at + 1 + RANGE_INTS] as number;
      at += 2 + RANGE_INTS;
      for (let k = 0; k < ruleCount; k++, at++) if (!isString(at)) return undefined;
    }
    if (at !== end) return undefined;
    return {
      start,
      diagnostics,
      diagnosticCount,
      title,
      repos,
      repoCount,
      sections,
      sectionCount,
      values,
      valueCount,
      directives,
      directiveCount,
    };
  }
}

/**
 * A checked record, decoded when asked for: a warm run decodes a file's
 * findings only when it reports them, so they die young (decoding all of them
 * first had 70,000 findings promoted to the old generation, and collected there).
 */
export class StoredResult {
  /** @internal use StoredResults.open */
  constructor(
    readonly filePath: string,
    private readonly stored: StoredResults,
    readonly index: number,
    private readonly layout: Layout,
  ) {}

  /** What the catalog-level rules need. */
  summary(): EntrySummary {
    const { filePath, stored, layout } = this;
    const repos: EntrySummary["repos"] = [];
    for (let n = 0, at = layout.repos; n < layout.repoCount; n++, at += REPO_INTS) {
      repos.push({ url: stored.string(at) as string, range: stored.range(at + 1) });
    }
    let sections: EntrySummary["sections"];
    if (layout.sectionCount !== NONE) {
      sections = [];
      for (let n = 0, at = layout.sections; n < layout.sectionCount; n++, at += SECTION_INTS) {
        sections.push({ name: stored.string(at) as string, range: stored.range(at + 1) });
      }
    }
    let values: EntrySummary["values"];
    if (layout.valueCount !== NONE) {
      values = [];
      for (let n = 0, at = layout.values; n < layout.valueCount; n++, at += VALUE_INTS) {
        values.push({
          key: stored.string(at) as string,
          value: stored.string(at + 1) as string,
          range: stored.range(at + 2),
        });
      }
    }
    return {
      filePath,
      folder: folderOf(filePath),
      ...(stored.int(layout.title) === NONE
        ? {}
        : { title: { name: stored.string(layout.title) as string, range: stored.range(layout.title + 1) } }),
      repos,
      ...(sections ? { sections } : {}),
      ...(values ? { values } : {}),
      linted: true,
    };
  }

  /** What the report needs: the file's findings and schema, and its directives (for catalog-level findings). */
  result(): FileResult & { directives: Directive[] } {
    const { filePath, stored, layout } = this;
    const diagnostics: Diagnostic[] = [];
    for (let n = 0, at = layout.diagnostics; n < layout.diagnosticCount; n++, at += DIAGNOSTIC_INTS) {
      // The key order of lint's own diagnostics, so reports are byte-identical.
      const diagnostic: Diagnostic = {
        ruleId: stored.string(at) as string,
        severity: stored.int(at + 1) === 1 ? "error" : "warn",
        message: stored.string(at + 2) as string,
        range: stored.range(at + 3),
      };
      if (stored.int(at + 12) !== NONE) diagnostic.url = stored.string(at + 12) as string;
      if (stored.int(at + 9) !== NONE) {
        diagnostic.fix = { range: [stored.int(at + 9), stored.int(at + 10)], text: stored.string(at + 11) as string };
      }
      diagnostics.push(diagnostic);
    }
    const directives: Directive[] = [];
    for (let n = 0, at = layout.directives; n < layout.directiveCount; n++) {
      const kind = stored.string(at) as Directive["kind"];
      const range = stored.range(at + 1);
      const ruleCount = stored.int(at + 1 + RANGE_INTS);
      at += 2 + RANGE_INTS;
      const rules: string[] = [];
      for (let k = 0; k < ruleCount; k++, at++) rules.push(stored.string(at) as string);
      directives.push({ kind, rules, range });
    }
    // The schema is a record's third field.
    const schema = stored.int(layout.start + 2) === NONE ? undefined : stored.string(layout.start + 2);
    return { filePath, diagnostics, ...(schema !== undefined ? { schema } : {}), directives };
  }

  file(): CachedFile {
    return { ...this.result(), summary: this.summary() };
  }
}
