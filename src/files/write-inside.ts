import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { CatalogLintError } from "../util/errors.js";

/**
 * A report file being written (SARIF, `--output-file`): bytes go to `fd`;
 * `commit()` puts the whole file in place, `discard()` (safe after commit)
 * leaves nothing behind.
 */
export interface PendingFile {
  fd: number;
  commit(): void;
  discard(): void;
}

/**
 * Open `target` for a report, never writing through a link the repository
 * holds: a pull request can commit `reports -> /etc` or `out.sarif -> ~/.bashrc`.
 *
 * - Inside `root`, every existing folder on the way must resolve (real path)
 *   inside `root`; folders that do not exist yet are created, as ours.
 * - The bytes go to a new temporary file beside the target (`O_EXCL`: it
 *   cannot be a link either), renamed over the target at `commit()`; a link
 *   at the target itself is replaced by the report, never followed.
 * - Outside `root` the path is the caller's own choice (`-o /tmp/x.json`):
 *   the same temporary file and rename, except that a device or FIFO that
 *   already exists there (`-o /dev/null`) is written to directly, as a
 *   shell's `>` would.
 *
 * `what` names the setting in errors (`--output-file`, `sarif-file`).
 */
export function openInside(root: string, target: string, what: string): PendingFile {
  const file = resolve(root, target);
  const existing = statOrUndefined(file, isInside(resolve(root), file) ? "lstat" : "stat");
  if (existing?.isDirectory()) {
    throw new WriteRefusedError(`${what} ${file} is a folder: give the path of the report file to write`, "EISDIR");
  }
  if (isInside(resolve(root), file)) {
    checkFoldersInside(root, file, what);
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
      throw new WriteRefusedError(
        `${what} ${file} is not a regular file: remove it or write the report elsewhere`,
        `${file} is not a regular file`,
      );
    }
  } else if (existing && (existing.isCharacterDevice() || existing.isFIFO())) {
    return direct(file, what);
  }
  return throughTemporaryFile(file, what);
}

/** `openInside`, write `data`, commit: the whole file or nothing. */
export function writeInside(root: string, target: string, data: string | Uint8Array, what: string): void {
  const pending = openInside(root, target, what);
  try {
    writeAll(pending.fd, data);
    pending.commit();
  } finally {
    pending.discard();
  }
}

/** Write all of `data` to `fd` (`writeSync` may write less than asked). */
export function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

/** Each existing folder between `root` and the file resolves inside `root`. */
function checkFoldersInside(root: string, file: string, what: string): void {
  const realRoot = realpathSync(root);
  let folder = resolve(root);
  for (const part of relative(folder, dirname(file)).split(sep).filter(Boolean)) {
    folder = join(folder, part);
    const stats = statOrUndefined(folder, "lstat");
    if (stats === undefined) return; // the rest is created by us
    if (!stats.isSymbolicLink()) {
      if (!stats.isDirectory())
        throw new WriteRefusedError(`${what}: cannot write ${file} (${folder} is not a folder)`, "ENOTDIR");
      continue;
    }
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      throw new WriteRefusedError(
        `${what}: ${folder} is a link to nothing; the report was not written`,
        `${folder} is a link to nothing`,
      );
    }
    if (!isInside(realRoot, real)) {
      throw new WriteRefusedError(
        `${what}: ${folder} is a link to ${real}, outside the repository ${realRoot}; the report was not written through it. Write the report elsewhere or remove the link`,
        `${folder} is a link to ${real}, outside the repository`,
      );
    }
  }
}

function throughTemporaryFile(file: string, what: string): PendingFile {
  const temp = join(dirname(file), `.${process.pid}.${Date.now()}.catalog-lint.tmp`);
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(temp, "wx");
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  let done = false;
  return {
    fd,
    commit() {
      close();
      try {
        renameSync(temp, file);
        done = true;
      } catch (error) {
        throw cannotWrite(what, file, error);
      }
    },
    discard() {
      close();
      if (!done) rmSync(temp, { force: true });
      done = true;
    },
  };
}

function direct(file: string, what: string): PendingFile {
  let fd: number;
  try {
    fd = openSync(file, "w");
    if (!(fstatSync(fd).isCharacterDevice() || fstatSync(fd).isFIFO())) {
      // It was swapped for a regular file since we looked: the temporary file's guarantees apply again.
      closeSync(fd);
      return throughTemporaryFile(file, what);
    }
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return { fd, commit: close, discard: close };
}

/** A report that could not be written; `reason` is the message without the setting's name, for callers that say it their own way. */
export class WriteRefusedError extends CatalogLintError {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

function cannotWrite(what: string, file: string, error: unknown): WriteRefusedError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new WriteRefusedError(`${what}: cannot write ${file} (${message})`, code ?? message);
}

/** The file's own stats (`lstat`), or what a link leads to (`stat`); undefined when there is none. */
function statOrUndefined(path: string, how: "lstat" | "stat"): Stats | undefined {
  try {
    return how === "lstat" ? lstatSync(path) : statSync(path);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
