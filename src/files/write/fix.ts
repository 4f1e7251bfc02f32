/**
 * Writing `--fix`'s result without losing anything that is not ours to lose:
 * an edit saved while catalog-lint ran, the other names of a hard-linked
 * file, a symbolic link, a file its owner made read-only. Every function
 * here answers with the reason a file was not (or would not be) written, as
 * a clause that follows "`x.md` was not fixed: ", or undefined when all is well.
 * A file is replaced as every file catalog-lint writes is
 * (src/files/write/replace.ts), or rewritten in place when it has hard links.
 */
import {
  type BigIntStats,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  realpathSync,
  rmSync,
} from "node:fs";
import { isInside } from "../../util/paths.js";
import { describeFsError } from "./errors.js";
import { besides, type PendingFile, replacing, writeAll } from "./replace.js";

/** A file to fix, as read just after it was linted. */
export interface FileToFix {
  /** The path as linted (may be, or go through, a symbolic link). */
  absolute: string;
  /** Where its bytes are (links resolved): the file written. */
  real: string;
  /** Its stats when read: a change to any of the compared ones means someone else wrote it. */
  stats: BigIntStats;
  bytes: Buffer;
}

/** Opening a resolved path never follows a link that appeared there since (0 where the platform has none). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Someone else wrote the file after catalog-lint read it (an editor's autosave during a pre-commit `--fix`). */
export const CHANGED_WHILE_RUNNING =
  "it changed while catalog-lint ran (its findings are those of the text read before the change); run catalog-lint --fix again";

/**
 * Read a file to fix where it really is. A path inside `root` that resolves
 * outside it (a link, or a link to a folder on the way) is refused, as
 * `Linter` refuses to read one: the repository's links never lead a write
 * out of it. A path outside `root` was named by the user, and is followed.
 */
export function readForFix(absolute: string, root: string): FileToFix | { refused: string } {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(absolute);
    realRoot = realpathSync(root);
  } catch (error) {
    return { refused: `it cannot be found any more (${describeFsError(error)})` };
  }
  if (isInside(absolute, root) && !isInside(real, realRoot)) {
    return { refused: `it is a link to ${real}, outside the repository ${realRoot}, and is never written through` };
  }
  try {
    const { stats, bytes } = readWhole(real);
    if (!stats.isFile()) return { refused: "it is not a regular file" };
    return { absolute, real, stats, bytes };
  } catch (error) {
    return { refused: `it cannot be read again (${describeFsError(error)})` };
  }
}

/**
 * Why `--fix` must leave the file as it is, whatever the file system would
 * allow: a file without its owner's write bit is read-only by choice (root
 * could write it anyway, so the bit is checked, not only EACCES).
 */
export function refusalToWrite(file: FileToFix): string | undefined {
  const mode = Number(file.stats.mode & 0o7777n);
  if ((mode & 0o200) === 0) {
    return `it is write-protected (mode ${mode.toString(8).padStart(4, "0")}); make it writable (chmod u+w) to have it fixed`;
  }
  return undefined;
}

/**
 * Write `bytes` as the file's new content, if no one changed it since it was
 * read (checked again just before the file is replaced; what happens in the
 * microseconds between that check and the rename is beyond any check).
 * A file with one name is replaced atomically: a temporary file beside it,
 * flushed to disk, then renamed over it, with the file's mode (and, run as
 * root, its owner and group). A file with several hard links is
 * rewritten in place instead, since a rename would leave its other names
 * with the old text (see `rewriteInPlace`). A link is written at its target.
 */
export function writeFixed(file: FileToFix, bytes: Buffer): string | undefined {
  const refused = refusalToWrite(file);
  if (refused) return refused;
  return file.stats.nlink > 1n ? rewriteInPlace(file, bytes) : replaceByRename(file, bytes);
}

function replaceByRename(file: FileToFix, bytes: Buffer): string | undefined {
  let pending: PendingFile | undefined;
  try {
    pending = replacing(file.real, 0o600);
    writeAll(pending.fd, bytes, 0);
    fchmodSync(pending.fd, Number(file.stats.mode & 0o7777n));
    keepOwner(pending.fd, file.stats);
    // On disk before the rename: after a crash the file is the old text or the new, never empty.
    fsyncSync(pending.fd);
    const changed = changeSinceRead(file);
    if (changed) return changed;
    pending.commit();
    return undefined;
  } catch (error) {
    return `writing it failed (${describeFsError(error)}); the file is unchanged`;
  } finally {
    pending?.discard();
  }
}

/**
 * Rewrite the file's own inode, so that every hard link to it sees the fix.
 * Not atomic, so made as safe as it can be: a copy of the original is
 * written beside the file first (no copy, no write), the part that grows the
 * file is written before anything is overwritten (a full disk fails there,
 * and cutting the file back restores it), and a failure after that puts the
 * original back. Only when that fails too does the copy stay, named in the
 * message.
 */
function rewriteInPlace(file: FileToFix, bytes: Buffer): string | undefined {
  const links = `it has ${file.stats.nlink} hard links, so it is rewritten in place`;
  const backup = besides(file.real, "orig");
  try {
    writeNew(backup, file.bytes);
  } catch (error) {
    rmSync(backup, { force: true });
    return `${links}, which needs a copy of the original beside it first, and writing that failed (${describeFsError(error)}); the file is unchanged`;
  }
  let fd: number;
  try {
    fd = openSync(file.real, constants.O_RDWR | NO_FOLLOW);
  } catch (error) {
    rmSync(backup, { force: true });
    return `${links}, and opening it for writing failed (${describeFsError(error)}); the file is unchanged`;
  }
  try {
    const changed = changeSinceRead(file, fd);
    if (changed) {
      rmSync(backup, { force: true });
      return changed;
    }
    const oldSize = file.bytes.length;
    try {
      if (bytes.length > oldSize) writeAll(fd, bytes.subarray(oldSize), oldSize);
    } catch (error) {
      return restore(fd, file, backup, `${links}, and growing it failed (${describeFsError(error)})`);
    }
    try {
      writeAll(fd, bytes.subarray(0, Math.min(oldSize, bytes.length)), 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      return restore(fd, file, backup, `${links}, and writing it failed (${describeFsError(error)})`);
    }
    rmSync(backup, { force: true });
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Put the original text back after a failed in-place write; the copy stays if that fails too. */
function restore(fd: number, file: FileToFix, backup: string, what: string): string {
  try {
    writeAll(fd, file.bytes, 0);
    ftruncateSync(fd, file.bytes.length);
    fsyncSync(fd);
  } catch (error) {
    return `${what}, then putting the original back failed (${describeFsError(error)}): the file may be partly written, and its original text is in ${backup}`;
  }
  rmSync(backup, { force: true });
  return `${what}; the original text was put back`;
}

/**
 * Why the file is no longer the one read (moved, replaced, retargeted, or
 * written to), or undefined. Size, times and inode catch nearly every write;
 * the bytes are compared too, for a same-size edit within one tick of a
 * coarse clock.
 */
function changeSinceRead(file: FileToFix, openFd?: number): string | undefined {
  try {
    if (realpathSync(file.absolute) !== file.real) return CHANGED_WHILE_RUNNING;
    const now = openFd === undefined ? readWhole(file.real) : readOpen(openFd);
    const { stats: was } = file;
    const same =
      now.stats.dev === was.dev &&
      now.stats.ino === was.ino &&
      now.stats.size === was.size &&
      now.stats.mtimeNs === was.mtimeNs &&
      now.stats.ctimeNs === was.ctimeNs &&
      now.bytes.equals(file.bytes);
    return same ? undefined : CHANGED_WHILE_RUNNING;
  } catch {
    // Gone, or made into something we cannot open: changed as well.
    return CHANGED_WHILE_RUNNING;
  }
}

function readWhole(path: string): { stats: BigIntStats; bytes: Buffer } {
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  try {
    return readOpen(fd);
  } finally {
    closeSync(fd);
  }
}

/** The stats and the bytes of an open file, from its start to its end (it may have grown since the stat). */
function readOpen(fd: number): { stats: BigIntStats; bytes: Buffer } {
  const stats = fstatSync(fd, { bigint: true });
  // Never a read from a FIFO or device: it could block the run.
  if (!stats.isFile()) return { stats, bytes: Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  // At explicit positions: the descriptor's own position may be anywhere.
  for (let position = 0, size = Number(stats.size) + 1; ; size = 1 << 16) {
    const chunk = Buffer.allocUnsafe(size);
    const read = readSync(fd, chunk, 0, size, position);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    position += read;
  }
  return { stats, bytes: Buffer.concat(chunks) };
}

/** A new file holding `bytes`, on disk before this returns; never an existing file or a link. */
function writeNew(path: string, bytes: Buffer): void {
  const fd = openSync(path, "wx", 0o600);
  try {
    writeAll(fd, bytes, 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The replaced file's owner and group, when we may give them (as root); else the file becomes ours, as any editor's save would make it. */
function keepOwner(fd: number, stats: BigIntStats): void {
  if (process.getuid?.() !== 0) return;
  try {
    fchownSync(fd, Number(stats.uid), Number(stats.gid));
  } catch {
    // A file system without owners (FAT, some network mounts): nothing to keep.
  }
}
