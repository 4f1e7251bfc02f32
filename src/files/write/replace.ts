/**
 * The one way catalog-lint replaces a file: a new temporary file beside it,
 * written, then renamed over it, so a reader meanwhile sees the old file or
 * the new one, never half of one, and a failure leaves the old one as it was.
 * Every writer goes through here (src/files/write/inside.ts for reports and
 * the results cache, src/files/write/fix.ts for `--fix`, `writeWhole` for the
 * user's cache folder).
 *
 * Errors are `fs`'s own: this file is part of the CLI's small entry
 * (src/cli/bin.ts writes V8's code cache with `writeWhole`), so it imports
 * nothing; the writers that say more wrap them (src/files/write/errors.ts).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file being written: bytes go to `fd`; `commit()` puts it in place, `discard()` (safe after commit) leaves nothing behind. */
export interface PendingFile {
  readonly fd: number;
  commit(): void;
  discard(): void;
}

/**
 * A name beside `path` for a file of ours: hidden, unique to this write (worker
 * threads share the process id), and recognisable as ours if a crash leaves it
 * (`.a.md.1234.k2x9f.catalog-lint-tmp`; `orig` for --fix's copy of an original).
 */
export function besides(path: string, kind: "tmp" | "orig"): string {
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(path), `.${basename(path)}.${unique}.catalog-lint-${kind}`);
}

/**
 * Start replacing `target`: a new temporary file beside it, created with
 * `O_EXCL`, so it is never an existing file or a link someone planted there.
 * `mode` is the new file's (less the umask). The folder must exist. Throws as
 * `fs` does; nothing is left behind then.
 */
export function replacing(target: string, mode = 0o666): PendingFile {
  const temp = besides(target, "tmp");
  const fd = openSync(temp, "wx", mode);
  let open = true;
  let done = false;
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  return {
    fd,
    commit() {
      close();
      renameSync(temp, target);
      done = true;
    },
    discard() {
      try {
        close();
      } finally {
        if (!done) rmSync(temp, { force: true });
        done = true;
      }
    },
  };
}

/** Write all of `data` to `fd`, at `position` or the descriptor's own (`writeSync` may write less than asked). */
export function writeAll(fd: number, data: string | Uint8Array, position?: number): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

/**
 * Write a file whole or not at all, creating its folder. `modes` are the
 * folder's and the file's when they are created (else the user's defaults).
 * Throws as `fs` does. For the user's own files (its cache folder), where
 * nothing the repository holds is on the way; a file the repository may hold
 * a link to goes through `writeInside`.
 */
export function writeWhole(file: string, data: string | Uint8Array, modes?: { folder: number; file: number }): void {
  mkdirSync(dirname(file), { recursive: true, ...(modes ? { mode: modes.folder } : {}) });
  const pending = replacing(file, modes?.file);
  try {
    writeAll(pending.fd, data);
    pending.commit();
  } finally {
    pending.discard();
  }
}
