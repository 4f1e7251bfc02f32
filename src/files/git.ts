import { childProcess } from "../util/builtins.js";
import { CatalogLintError } from "../util/errors.js";

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

/** One answer of `git cat-file --batch`: the object's type, and its bytes when they were kept. */
interface BatchAnswer {
  type: string;
  content?: Buffer;
}

/**
 * The text of each of `paths` (relative to `cwd`) at `revision`, read by one
 * `git cat-file --batch` process however many paths there are: a pull request
 * of 50,000 files spawned 50,000 `git show`s. Undefined when `revision` is not
 * a commit of the checkout. A path that did not exist there, was not a file
 * (a folder, a submodule) or was over `maxBytes` is left out of the map: the
 * linter refuses a base over `maxFileSize` anyway, and its bytes are counted
 * past rather than held. A name with a line break cannot be asked for on
 * git's line-based input, and is left out too.
 */
export async function filesAtRevision(
  cwd: string,
  revision: string,
  paths: readonly string[],
  maxBytes: number,
): Promise<Map<string, string> | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) return undefined;
  const asked = paths.filter((path) => !/[\r\n]/.test(path));
  // The commit first: "missing" there means the checkout does not have the base at all.
  const names = [`${revision}^{commit}`, ...asked.map((path) => `${revision}:./${path}`)];
  const answers = await catFileBatch(cwd, names, maxBytes);
  if (answers?.[0]?.type !== "commit") return undefined;
  const texts = new Map<string, string>();
  asked.forEach((path, i) => {
    const answer = answers[i + 1];
    // The blob as stored: `cat-file` applies no textconv or filter, as `git show --no-textconv` did.
    if (answer?.type === "blob" && answer.content) texts.set(path, answer.content.toString("utf8"));
  });
  return texts;
}

/** A header line is an object name and a few words; anything longer is not git talking. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Ask `git cat-file --batch` for each of `names`, in order. Blobs of at most
 * `maxBytes` are kept; the rest of the output is parsed as it streams (sizes
 * from each header), so memory holds the kept blobs and nothing else.
 * Undefined when git fails or answers out of step.
 */
function catFileBatch(
  cwd: string,
  names: readonly string[],
  maxBytes: number,
): Promise<(BatchAnswer | undefined)[] | undefined> {
  return new Promise((resolve) => {
    const answers: (BatchAnswer | undefined)[] = [];
    let header: Buffer[] = [];
    let headerBytes = 0;
    // The object being read: bytes still to come (then its closing LF), and its chunks when kept.
    let body: { answer: BatchAnswer; remaining: number; chunks?: Buffer[] } | undefined;
    let newlineDue = false;
    let failed = false;
    const child = childProcess().spawn("git", ["-C", cwd, "cat-file", "--batch"], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    const fail = () => {
      failed = true;
      child.kill();
    };
    const startObject = (line: string) => {
      const found = /^[0-9a-f]{40,64} ([a-z]+) (\d+)$/.exec(line);
      if (!found) {
        answers.push(undefined); // `<name> missing`, `<name> ambiguous`
        return;
      }
      const answer: BatchAnswer = { type: found[1] ?? "" };
      const size = Number(found[2]);
      answers.push(answer);
      body = { answer, remaining: size, ...(answer.type === "blob" && size <= maxBytes ? { chunks: [] } : {}) };
      if (size === 0) endObject();
    };
    const endObject = () => {
      if (body?.chunks) body.answer.content = Buffer.concat(body.chunks);
      body = undefined;
      newlineDue = true;
    };
    child.stdout.on("data", (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length && !failed) {
        if (newlineDue) {
          newlineDue = false;
          if (chunk[at++] !== 0x0a) fail();
        } else if (body) {
          const take = Math.min(body.remaining, chunk.length - at);
          body.chunks?.push(chunk.subarray(at, at + take));
          body.remaining -= take;
          at += take;
          if (body.remaining === 0) endObject();
        } else {
          const end = chunk.indexOf(0x0a, at);
          const part = chunk.subarray(at, end < 0 ? chunk.length : end);
          headerBytes += part.length;
          if (headerBytes > MAX_HEADER_BYTES) return fail();
          header.push(part);
          if (end < 0) return;
          at = end + 1;
          const line = Buffer.concat(header).toString("utf8");
          header = [];
          headerBytes = 0;
          startObject(line);
        }
      }
    });
    // git gone early (not a repository): its stdin closes under us; the exit code says the rest.
    child.stdin.on("error", () => {});
    child.on("error", () => resolve(undefined));
    child.on("close", (code) => {
      const complete = !failed && code === 0 && answers.length === names.length && !body;
      resolve(complete ? answers : undefined);
    });
    child.stdin.end(names.map((name) => `${name}\n`).join(""));
  });
}
