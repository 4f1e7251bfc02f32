/**
 * Reading what a repository holds without leaving it. A pull request writes
 * the catalog's entries and also the paths its data names (the manifest's
 * `sources.config`, the config's `schema`…), and can commit symbolic links:
 * `/dev/zero` would fill memory, a FIFO block the run, `/proc/self/environ` or
 * a link to `~/.ssh` put another file's bytes in an error message, and a link
 * into `.git/` reach the token actions/checkout keeps in `.git/config`. So
 * every read goes through here: the path's real location (links followed) is
 * checked against the repository, nothing inside `.git/` is read, and only a
 * regular file within a size limit is opened, once, as the file checked.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { DEFAULT_MAX_FILE_SIZE } from "../parse/limits.js";
import { folderAndName, isInside } from "../util/paths.js";

/**
 * The folder with a `.git` (a checkout) at or above `dir`, or undefined when
 * there is none (an unpacked archive, a temporary folder).
 */
export function checkoutRoot(dir: string): string | undefined {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * The repository `dir` is in (the nearest folder at or above it with a
 * `.git`), else `dir` itself: what files found from `dir` must stay in,
 * whatever a symbolic link says.
 */
export function repositoryRoot(dir: string): string {
  return checkoutRoot(dir) ?? resolve(dir);
}

/** A repository root, as written and as the file system resolves it, with what was learnt of its folders. */
export interface Boundary {
  root: string;
  realRoot: string;
  /** Each folder's real path and whether it leads somewhere not to read: resolved once per folder. */
  folders: Map<string, RealFolder>;
}

interface RealFolder {
  real: string;
  refusal?: "linkOutside" | "git";
}

export function boundaryAt(root: string): Boundary {
  const written = resolve(root);
  let realRoot = written;
  try {
    realRoot = realpathSync(written);
  } catch {
    // A root that vanished: its files fail when they are read.
  }
  return { root: written, realRoot, folders: new Map() };
}

/** Why a path is not read. */
export type Refusal =
  /** Written outside the repository (only for paths from repository data). */
  | { reason: "outside" }
  /** Written inside, but a symbolic link (the file's or a folder's on the way) leads out. */
  | { reason: "linkOutside" }
  /** Inside `.git/`, where git keeps its own files and actions/checkout the token. */
  | { reason: "git" }
  | { reason: "broken" }
  | { reason: "missing" }
  | { reason: "folder" }
  /** A FIFO, socket or device: opening one can block the run or never end. */
  | { reason: "special" }
  | { reason: "tooLarge"; size: number; max: number };

/** A file that may be read: its real path, its stat, and whether the path written was a symbolic link. */
export interface FoundFile {
  real: string;
  stats: Stats;
  link: boolean;
}

/**
 * Where `absolute` really is, and whether it may be read: a regular file of at
 * most `maxSize` bytes, not inside `.git/`, and (when written inside the
 * boundary) really inside it. A path written outside the boundary is the
 * caller's own (a catalog named on the command line: `catalog-lint ../catalog`);
 * for paths a repository's data names, see `findRepositoryFile`. Errors of
 * the machine (permissions…) throw.
 */
export function findFile(absolute: string, boundary: Boundary, maxSize: number): FoundFile | { refused: Refusal } {
  let link: Stats;
  try {
    link = lstatSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { refused: { reason: "missing" } };
    throw error;
  }
  let real: string;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(absolute);
    } catch {
      return { refused: { reason: "broken" } };
    }
    if (isInside(absolute, boundary.root) && !isInside(real, boundary.realRoot)) {
      return { refused: { reason: "linkOutside" } };
    }
    if (inGitFolder(real, boundary)) return { refused: { reason: "git" } };
  } else {
    // The file itself is not a link: its folder decides where it really is (resolved once per folder).
    const [written, name] = folderAndName(absolute);
    const folder = realFolder(written, boundary);
    if (folder.refusal) return { refused: { reason: folder.refusal } };
    real = folder.real.endsWith(sep) ? folder.real + name : folder.real + sep + name;
    // `.git` itself: a folder named on the command line, or `sources.config: .git`.
    if (name.toLowerCase() === ".git") return { refused: { reason: "git" } };
  }
  const stats = link.isSymbolicLink() ? statSync(real) : link;
  const kind = refusalOfKind(stats, maxSize);
  if (kind) return { refused: kind };
  return { real, stats, link: link.isSymbolicLink() };
}

/**
 * `findFile` for a path a repository's data names (a manifest's, a config's):
 * written or real, it must be inside the repository.
 */
export function findRepositoryFile(
  absolute: string,
  boundary: Boundary,
  maxSize: number,
): FoundFile | { refused: Refusal } {
  if (!isInside(resolve(absolute), boundary.root)) return { refused: { reason: "outside" } };
  return findFile(resolve(absolute), boundary, maxSize);
}

/**
 * Where a folder that a repository's data names really is, or why it is not
 * to be entered (a walk of `include`, a manifest's `dataDir`): written and
 * real, inside the repository and outside `.git/`. A folder that does not
 * exist is no refusal (there is nothing to walk).
 */
export function refusedFolder(absolute: string, boundary: Boundary): Refusal | undefined {
  const written = resolve(absolute);
  if (!isInside(written, boundary.root)) return { reason: "outside" };
  let real: string;
  try {
    real = realpathSync(written);
  } catch {
    return undefined;
  }
  if (!isInside(real, boundary.realRoot)) return { reason: "linkOutside" };
  if (inGitFolder(real, boundary) || real.toLowerCase().endsWith(`${sep}.git`)) return { reason: "git" };
  return undefined;
}

/**
 * The bytes of a file `findFile` allowed. It is opened without following a
 * link and without waiting (a FIFO put in its place meanwhile is not read),
 * and checked again through the open file: what is read is what was checked.
 */
export function readFoundFile(found: FoundFile, maxSize: number): { bytes: Buffer } | { refused: Refusal } {
  const fd = openSync(found.real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    const kind = refusalOfKind(stats, maxSize);
    if (kind) return { refused: kind };
    const bytes = stats.size > 0 ? readExactly(fd, stats.size) : readUnsized(fd, maxSize);
    if (bytes.length > maxSize) return { refused: { reason: "tooLarge", size: bytes.length, max: maxSize } };
    return { bytes };
  } finally {
    closeSync(fd);
  }
}

function refusalOfKind(stats: Stats, maxSize: number): Refusal | undefined {
  if (stats.isDirectory()) return { reason: "folder" };
  if (!stats.isFile()) return { reason: "special" };
  if (stats.size > maxSize) return { reason: "tooLarge", size: stats.size, max: maxSize };
  return undefined;
}

/** `size` bytes, as the file's stat says (fewer if it shrank meanwhile), as readFileSync reads. */
function readExactly(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, buffer, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? buffer : buffer.subarray(0, length);
}

/**
 * A regular file whose stat gives no size (`/proc/…`, some network file
 * systems): read in chunks up to `maxSize` and one byte more, so an endless
 * one is found too large rather than read forever.
 */
function readUnsized(fd: number, maxSize: number): Buffer {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length <= maxSize) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxSize + 1 - length));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    length += read;
  }
  return Buffer.concat(chunks, length);
}

/**
 * A folder's real path, and whether it is in the repository as written but
 * outside it in fact (a link to a folder on the way), or inside `.git/`.
 */
function realFolder(folder: string, boundary: Boundary): RealFolder {
  let found = boundary.folders.get(folder);
  if (found === undefined) {
    const real = realpathSync(folder);
    // A file is inside a folder exactly when its folder is that folder or inside it.
    const escapes = isInside(folder, boundary.root) && !isInside(real, boundary.realRoot);
    found = escapes
      ? { real, refusal: "linkOutside" }
      : inGitFolder(`${real}${sep}x`, boundary)
        ? { real, refusal: "git" }
        : { real };
    boundary.folders.set(folder, found);
  }
  return found;
}

/**
 * Whether a real path is inside a `.git` folder: any `.git` on its way below
 * the repository root, or on its whole way when it is outside the repository
 * (a catalog named on the command line).
 */
function inGitFolder(real: string, boundary: Boundary): boolean {
  const below = isInside(real, boundary.realRoot) ? relative(boundary.realRoot, real) : real;
  // Case-insensitive: on macOS and Windows `.GIT/config` is `.git/config`.
  const segments = below.toLowerCase().split(sep);
  segments.pop();
  return segments.includes(".git");
}

/**
 * The largest file a repository's data names that is read (a config, the
 * manifest, a template, criteria YAML): fixed, as the config's own
 * `maxFileSize` is for catalog entries only; the largest real one is 14 KB.
 */
export const MAX_DATA_FILE_SIZE = DEFAULT_MAX_FILE_SIZE;
