/**
 * Writing a file the repository may hold a link to: a report (`--output-file`,
 * the Action's `sarif-file`), `--cache`'s results, an entry `catalog-lint new`
 * creates. A pull request can commit `reports -> /etc` or
 * `out.sarif -> ~/.bashrc`, so nothing here writes through a link the
 * repository holds:
 *
 * - Inside `root`, every existing folder on the way must resolve (real path)
 *   inside `root`; folders that do not exist yet are created, as ours.
 * - A report goes to a new temporary file beside the target, renamed over it
 *   at `commit()` (src/files/write/replace.ts): a link at the target itself
 *   is replaced by the report, never followed.
 * - Outside `root` the path is the caller's own choice (`-o /tmp/x.json`):
 *   the same temporary file and rename, except that a device or FIFO that
 *   already exists there (`-o /dev/null`) is written to directly, as a
 *   shell's `>` would.
 *
 * `what` names the setting in errors (`--output-file`, `sarif-file`), which
 * are all WriteRefusedErrors.
 */
import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  rmSync,
  type Stats,
  statSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isInside } from "../../util/paths.js";
import { cannotWrite, WriteRefusedError } from "./errors.js";
import { type PendingFile, replacing, writeAll } from "./replace.js";

export { writeAll } from "./replace.js";

/** A report being written: `write` appends, and every step throws a WriteRefusedError naming the setting. */
export interface ReportFile extends PendingFile {
  write(data: string | Uint8Array): void;
}

/** Open `target` (relative to `root`, or absolute) for a report; see the file's comment. */
export function openInside(root: string, target: string, what: string): ReportFile {
  const file = resolve(root, target);
  const inside = isInside(file, resolve(root));
  const existing = statOrUndefined(file, inside ? "lstat" : "stat");
  if (existing?.isDirectory()) {
    throw new WriteRefusedError(`${what} ${file} is a folder: give the path of the report file to write`, "EISDIR");
  }
  if (inside) {
    checkFoldersInside(root, file, what);
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
      throw new WriteRefusedError(
        `${what} ${file} is not a regular file: remove it or write the report elsewhere`,
        `${file} is not a regular file`,
      );
    }
  } else if (existing && (existing.isCharacterDevice() || existing.isFIFO())) {
    const direct = directly(file, what);
    if (direct) return direct;
  }
  return reportFile(throughTemporaryFile(file, what), file, what);
}

/** `openInside`, write `data`, commit: the whole file or nothing. */
export function writeInside(root: string, target: string, data: string | Uint8Array, what: string): void {
  const pending = openInside(root, target, what);
  try {
    pending.write(data);
    pending.commit();
  } finally {
    pending.discard();
  }
}

/**
 * Create `target` with `data`, never replacing anything: not an existing
 * file, nor a link (`O_EXCL`), nor anything through a folder on the way that
 * links out of `root`. For `catalog-lint new`, which never overwrites an entry.
 * A failure removes what it created.
 */
export function createInside(root: string, target: string, data: string, what: string): void {
  const file = resolve(root, target);
  if (isInside(file, resolve(root))) checkFoldersInside(root, file, what, "entry");
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, "wx");
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  try {
    writeAll(fd, data);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw cannotWrite(what, file, error);
  }
}

/** Each existing folder between `root` and the file resolves inside `root`; `thing` is what the file is, for messages. */
function checkFoldersInside(root: string, file: string, what: string, thing = "report"): void {
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
        `${what}: ${folder} is a link to nothing; the ${thing} was not written`,
        `${folder} is a link to nothing`,
      );
    }
    if (!isInside(real, realRoot)) {
      throw new WriteRefusedError(
        `${what}: ${folder} is a link to ${real}, outside the repository ${realRoot}; the ${thing} was not written through it. Write the ${thing} elsewhere or remove the link`,
        `${folder} is a link to ${real}, outside the repository`,
      );
    }
  }
}

function throughTemporaryFile(file: string, what: string): PendingFile {
  try {
    mkdirSync(dirname(file), { recursive: true });
    return replacing(file);
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
}

/** A device or FIFO opened as it is; undefined when it was swapped for a regular file since it was looked at. */
function directly(file: string, what: string): ReportFile | undefined {
  let fd: number;
  try {
    fd = openSync(file, "w");
    if (!(fstatSync(fd).isCharacterDevice() || fstatSync(fd).isFIFO())) {
      // The temporary file's guarantees apply again.
      closeSync(fd);
      return undefined;
    }
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return reportFile({ fd, commit: close, discard: close }, file, what);
}

/** `pending` with `write`, its failures said as WriteRefusedErrors. */
function reportFile(pending: PendingFile, file: string, what: string): ReportFile {
  const said =
    <T extends unknown[]>(step: (...args: T) => void) =>
    (...args: T) => {
      try {
        step(...args);
      } catch (error) {
        throw cannotWrite(what, file, error);
      }
    };
  return {
    fd: pending.fd,
    write: said((data: string | Uint8Array) => writeAll(pending.fd, data)),
    commit: said(() => pending.commit()),
    discard: said(() => pending.discard()),
  };
}

/** The file's own stats (`lstat`), or what a link leads to (`stat`); undefined when there is none. */
function statOrUndefined(path: string, how: "lstat" | "stat"): Stats | undefined {
  try {
    return how === "lstat" ? lstatSync(path) : statSync(path);
  } catch {
    return undefined;
  }
}
