import { lstatSync } from "node:fs";
import { isAbsolute, posix, resolve } from "node:path";

/**
 * Sort changed paths (from the API or git, so untrusted) by what the workspace
 * has there. `files`: normalised paths of anything present, links included:
 * the linter refuses a link out of the repository, a dangling link or a folder
 * with a `readable-file` finding, where dropping them here would pass the
 * check without a word. `missing`: nothing there. `backslashed`: a name with
 * a `\`, which git allows and a Windows runner reads as a folder separator
 * (`data\..\..\x.md`), so never looked up. `outside`: not a path inside the
 * repository at all (absolute, `..`, NUL, a trailing `/`): no pull request
 * lists one, only a broken answer.
 */
export function inWorkspace(
  paths: readonly string[],
  workspace: string,
): { files: string[]; missing: string[]; backslashed: string[]; outside: string[] } {
  const files = new Set<string>();
  const missing = new Set<string>();
  const backslashed = new Set<string>();
  const outside = new Set<string>();
  for (const raw of paths) {
    if (raw.includes("\\")) {
      backslashed.add(raw);
      continue;
    }
    // A trailing `/` names a folder (and `resolve` would drop it, keeping `a.md/` beside `a.md`).
    const normal = posix.normalize(raw);
    if (
      raw === "" ||
      raw.includes("\0") ||
      isAbsolute(raw) ||
      raw.endsWith("/") ||
      normal === "." ||
      normal === ".." ||
      normal.startsWith("../") ||
      normal.startsWith("/")
    ) {
      outside.add(raw);
      continue;
    }
    try {
      lstatSync(resolve(workspace, normal));
      files.add(normal);
    } catch {
      missing.add(normal);
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { files: sorted(files), missing: sorted(missing), backslashed: sorted(backslashed), outside: sorted(outside) };
}
