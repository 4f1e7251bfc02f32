/**
 * Reading the files a repository's data names (the manifest's criteria files,
 * a config's `schema`) and those the user names or catalog-lint finds by
 * convention (the config file, `--schema`, a dataset's template), through
 * src/files/read-inside.ts, with the one-line errors that say where the path
 * is written, what it turned out to be, and what to do.
 */

import { formatSize } from "../parse/limits.js";
import { CatalogLintError } from "../util/errors.js";
import {
  type Boundary,
  type FoundFile,
  findFile,
  findRepositoryFile,
  MAX_DATA_FILE_SIZE,
  type Refusal,
  readFoundFile,
} from "./read-inside.js";

/**
 * Where a repository's data names a path, for messages: the file and key
 * (`configuration/datasets.manifest.json`, `datasets.0.sources.config`), or,
 * for a file found by convention (a dataset's template), the file alone.
 */
export interface Reference {
  /** The file that names the path, or the file itself when no key does, as shown. */
  file: string;
  key?: string;
  /** The key's line, looked up only for a message. */
  line?: () => number | undefined;
  /** The path as the key writes it. */
  written?: string;
  /** What to do about it: a sentence. */
  fix: string;
}

/**
 * The text of a file a repository's data names, or undefined when there is no
 * such file (each caller says what a missing file means). Anything else that
 * keeps it from being read (see `findRepositoryFile`) is a CatalogLintError
 * naming the file and key that name it, and what to do; the file is not
 * opened, so no byte of it reaches a message.
 */
export function readRepositoryText(
  absolute: string,
  boundary: Boundary,
  reference: Reference,
  maxSize = MAX_DATA_FILE_SIZE,
): string | undefined {
  const found = checkedRepositoryFile(absolute, boundary, reference, maxSize);
  if (!found) return undefined;
  const read = attempt(reference, () => readFoundFile(found, maxSize));
  if ("refused" in read) throw refusedError(reference, read.refused, boundary);
  return read.bytes.toString("utf8");
}

/**
 * `readRepositoryText` without the read, for a path checked when it is
 * named and read later by its user: whether the file exists (false when it
 * does not); one that may not be read throws.
 */
export function checkRepositoryFile(
  absolute: string,
  boundary: Boundary,
  reference: Reference,
  maxSize = MAX_DATA_FILE_SIZE,
): boolean {
  return checkedRepositoryFile(absolute, boundary, reference, maxSize) !== undefined;
}

function checkedRepositoryFile(
  absolute: string,
  boundary: Boundary,
  reference: Reference,
  maxSize: number,
): FoundFile | undefined {
  const found = attempt(reference, () => findRepositoryFile(absolute, boundary, maxSize));
  if (!("refused" in found)) return found;
  if (found.refused.reason === "missing") return undefined;
  throw refusedError(reference, found.refused, boundary);
}

/** `run`, with an error of the machine (permissions…) said of where the path is named. */
function attempt<T>(reference: Reference, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CatalogLintError(
      `${where(reference)}found ${quoted(reference)}a file that cannot be read (${code}). ${reference.fix}`,
    );
  }
}

/**
 * The text of a file the user names or catalog-lint finds by convention (a
 * config file, `--schema`), read as catalog files are (see `findFile`: a link
 * inside the repository must not lead out), undefined when there is no such
 * file. `what` names it in errors (`the config file .catalog-lintrc.json`),
 * which end with `fix`.
 */
export function readOwnText(
  absolute: string,
  boundary: Boundary,
  what: string,
  fix: string,
  maxSize = MAX_DATA_FILE_SIZE,
): string | undefined {
  let read: { bytes: Buffer } | { refused: Refusal };
  try {
    const found = findFile(absolute, boundary, maxSize);
    read = "refused" in found ? found : readFoundFile(found, maxSize);
  } catch (error) {
    throw new CatalogLintError(
      `Cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. ${fix}`,
    );
  }
  if (!("refused" in read)) return read.bytes.toString("utf8");
  if (read.refused.reason === "missing") return undefined;
  throw new CatalogLintError(
    `Cannot read ${what}: found ${describeRefusal(read.refused, boundary)}, expected ${expectedInstead(read.refused)}; catalog-lint did not read it. ${fix}`,
  );
}

/** Why a path a repository's data names is not read: a one-line error saying where it is named and what to do. */
export function refusedError(reference: Reference, refusal: Refusal, boundary: Boundary): CatalogLintError {
  return new CatalogLintError(
    `${where(reference)}found ${quoted(reference)}${describeRefusal(refusal, boundary)}, expected ${expectedInstead(refusal)}; catalog-lint did not read it. ${reference.fix}`,
  );
}

/** `file:line: \`key\`: ` when a key names the path, else `file: `. */
function where({ file, key, line }: Reference): string {
  if (key === undefined) return `${file}: `;
  const at = line?.();
  return `${file}${at ? `:${at}` : ""}: \`${key}\`: `;
}

/** The path as its key writes it, quoted, and a comma; nothing for a file found by convention. */
function quoted({ written }: Reference): string {
  return written === undefined ? "" : `\`${written}\`, `;
}

/** What the path is: where it leads (said of the repository it had to be in, `/tmp/repo`), or what kind of file it is. */
export function describeRefusal(refusal: Refusal, boundary: Boundary): string {
  const repository = `the repository (${boundary.root})`;
  switch (refusal.reason) {
    case "outside":
      return `a path outside ${repository}`;
    case "linkOutside":
      return `a symbolic link leading outside ${repository}`;
    case "git":
      return "a path inside `.git/`, git's own files (which can hold credentials)";
    case "broken":
      return "a symbolic link to nothing";
    case "missing":
      return "no such file";
    case "folder":
      return "a folder";
    case "special":
      return "a special file (a FIFO, socket or device)";
    case "tooLarge":
      return `a file of ${formatSize(refusal.size)}`;
  }
}

/** What was expected instead of a refused path. */
export function expectedInstead(refusal: Refusal): string {
  if (refusal.reason === "tooLarge") return `at most ${formatSize(refusal.max)}`;
  if (refusal.reason === "outside" || refusal.reason === "linkOutside" || refusal.reason === "git") {
    return "a regular file in the repository";
  }
  return "a regular file";
}
