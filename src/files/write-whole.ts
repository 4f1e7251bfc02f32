import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Write a file whole or not at all: a temporary file beside it, renamed into
 * place, so a run reading it meanwhile never sees half of it, and removed
 * again when the write fails. `modes` are the folder's and the file's when
 * they are created (else the user's defaults). Throws as `fs` does.
 */
export function writeWhole(file: string, data: string | Uint8Array, modes?: { folder: number; file: number }): void {
  mkdirSync(dirname(file), { recursive: true, ...(modes ? { mode: modes.folder } : {}) });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, modes ? { mode: modes.file } : {});
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the error below names the file, beside which it is
    }
    throw error;
  }
}
