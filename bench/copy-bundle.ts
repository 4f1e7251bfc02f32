import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * A snapshot of a built entry (dist/cli.cjs or dist/index.cjs) to time, as
 * others may rebuild dist/ meanwhile: the entry and every script beside it
 * (dist/cli.cjs runs dist/cli-bundle.cjs; both load dist/remark-parser.cjs on
 * demand). Returns the entry's copy.
 */
export function copyBundle(entry: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(dirname(entry))) {
    if (/\.[cm]?js$/.test(name)) copyFileSync(join(dirname(entry), name), join(folder, name));
  }
  return join(folder, basename(entry));
}

/** The file of a CLI entry that holds its code (what profiles and hashes are about). */
export function bundleOf(entry: string): string {
  return basename(entry) === "cli.cjs" ? join(dirname(entry), "cli-bundle.cjs") : entry;
}
