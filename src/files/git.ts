import { childProcess } from "../builtins.js";
import { CatalogLintError } from "../errors.js";

/** Run git's own plumbing (no hooks, no diff drivers) and return stdout, or undefined on failure. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return childProcess().execFileSync("git", ["-C", cwd, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** A revision name git accepts and that cannot be read as an option. */
function checkRevision(ref: string): void {
  if (ref.startsWith("-") || /[\s\0]/.test(ref)) {
    throw new CatalogLintError(`Invalid revision \`${ref}\` for --changed-since, expected a branch, tag or commit`);
  }
}

/**
 * Files changed since `ref`, the local equivalent of a pull request: the diff
 * from the merge base of `ref` and HEAD to the working tree (committed,
 * staged and unstaged changes), plus untracked files. Deleted files are left
 * out. Paths are relative to `cwd`.
 */
export function changedSince(cwd: string, ref: string): { base: string; files: string[] } {
  checkRevision(ref);
  if (git(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    throw new CatalogLintError("--changed-since needs a git repository; run it inside one");
  }
  const resolved = git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!resolved)
    throw new CatalogLintError(`Unknown git revision \`${ref}\` for --changed-since; fetch it or check the name`);
  const base = git(cwd, ["merge-base", resolved, "HEAD"])?.trim() || resolved;
  const diff =
    git(cwd, [
      "diff",
      "--name-only",
      "--relative",
      "--no-renames",
      "--diff-filter=d",
      "-z",
      "--no-ext-diff",
      "--no-textconv",
      base,
    ]) ?? "";
  const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]) ?? "";
  const files = [...diff.split("\0"), ...untracked.split("\0")].filter(Boolean);
  return { base, files: [...new Set(files)].sort() };
}

/** A file's text at `revision` (path relative to `cwd`), or undefined when it did not exist there. */
export function fileAtRevision(cwd: string, revision: string, path: string): string | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) return undefined;
  // The blob as stored: no textconv filter from .gitattributes, whatever git's default.
  return git(cwd, ["show", "--no-textconv", `${revision}:./${path}`]);
}
