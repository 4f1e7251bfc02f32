/**
 * Temporary folders, the one way tests make them: every folder is made below
 * the system's temporary folder and removed after the tests of the file that
 * made it. Real data (the example catalog, the full catalog in ../shared,
 * dist/) is copied before anything writes to it, each link replaced by a copy
 * of what it leads to: a write to a copy can never land in the checkout or in
 * ../shared through a link the source holds, or through the source folder
 * itself being a link.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/** Files to write: paths relative to a folder, and their contents. */
export type Files = Record<string, string | Buffer>;

const made: string[] = [];

// Registered when a test file first imports this module (each file has its own modules), so it runs
// once that file's tests are done. Generous: a 2,000-entry workspace takes seconds to remove.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/**
 * A new folder `<tmp>/catalog-lint-<name>-XXXXXX` holding `files`, removed after this file's tests.
 * Its real path: a child process, which sees the real path as its working directory, prints that.
 */
export function tempDir(name: string, files: Files = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `catalog-lint-${name}-`)));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

/** Writes each of `files` below `dir`, making the folders they need. */
export function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/**
 * The folder `from` copied into `into` (made if need be), links replaced by copies of what they lead
 * to, and every file and folder writable by its owner (the catalog in ../shared is read-only, and
 * `cpSync` keeps modes). Returns `into`.
 */
export function copyInto(from: string, into: string): string {
  cpSync(from, into, { recursive: true, dereference: true });
  for (const path of [into, ...readdirSync(into, { recursive: true, encoding: "utf8" }).map((f) => join(into, f))]) {
    const { mode } = statSync(path);
    if ((mode & 0o200) === 0) chmodSync(path, mode | 0o200);
  }
  return into;
}

/** A writable copy of the catalog (or any folder) at `from` in a new temporary folder: what a test writes to instead. */
export function copyCatalog(from: string, name = "catalog"): string {
  return copyInto(from, tempDir(name));
}
