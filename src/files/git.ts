import { childProcess } from "../util/builtins.js";
import { CatalogLintError } from "../util/errors.js";

/** Run git's own plumbing (no hooks, no diff drivers) and return stdout, or undefined on failure. */
function git(cwd: string, args: string[], maxBuffer = 256 * 1024 * 1024): string | undefined {
  try {
    return childProcess().execFileSync("git", ["-C", cwd, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer,
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

/**
 * The files a pull request or push changed, from local history (`git diff
 * from...to`: from their merge base), renamed and copied files by their new
 * name, deleted ones left out; undefined when the commits are not in the
 * checkout. What the Action lists when GitHub's API cannot (a pull request of
 * over 3,000 files, a push).
 */
export function gitChangedFiles(cwd: string, from: string, to: string): string[] | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(from) || !/^[0-9a-f]{7,64}$/i.test(to)) return undefined;
  const args = ["diff", "--name-status", "--no-ext-diff", "--no-textconv", "-M", "-z", `${from}...${to}`];
  const out = git(cwd, args, 64 * 1024 * 1024);
  return out === undefined ? undefined : parseNameStatus(out);
}

/** `git diff --name-status -z` output → paths that exist after the change. */
export function parseNameStatus(out: string): string[] {
  const parts = out.split("\0").filter((p) => p !== "");
  const files: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? "";
    if (status.startsWith("R") || status.startsWith("C")) {
      i++; // the old name
      const next = parts[i++];
      if (next) files.push(next);
    } else {
      const path = parts[i++];
      if (path && !status.startsWith("D")) files.push(path);
    }
  }
  return files;
}

/**
 * A file's text at `revision` (path relative to `cwd`), or undefined when it
 * did not exist there, by one `git show`: what `filesAtRevision` gives for
 * many files with one process (tests compare the two).
 */
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

/** What `git cat-file --batch` is asked for `paths` at `revision`: the commit first, then each path git's line-based input can carry. */
function batchRequest(revision: string, paths: readonly string[]): { asked: string[]; names: string[] } | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) return undefined;
  const asked = paths.filter((path) => !/[\r\n]/.test(path));
  // The commit first: "missing" there means the checkout does not have the base at all.
  return { asked, names: [`${revision}^{commit}`, ...asked.map((path) => `${revision}:./${path}`)] };
}

/** The texts of the blobs among `answers` (the commit's, then one per asked path), or undefined when the commit is not there. */
function textsOf(asked: readonly string[], answers: readonly (BatchAnswer | undefined)[] | undefined) {
  if (answers?.[0]?.type !== "commit") return undefined;
  const texts = new Map<string, string>();
  asked.forEach((path, i) => {
    const answer = answers[i + 1];
    // The blob as stored: `cat-file` applies no textconv or filter, as `git show --no-textconv` did.
    if (answer?.type === "blob" && answer.content) texts.set(path, answer.content.toString("utf8"));
  });
  return texts;
}

/**
 * The text of each of `paths` (relative to `cwd`) at `revision`, read by one
 * `git cat-file --batch` process however many paths there are: a pull request
 * of 50,000 files spawned 50,000 `git show`s. Undefined when `revision` is not
 * a commit of the checkout. A path that did not exist there, was not a file
 * (a folder, a submodule) or was over `maxBytes` is left out of the map: the
 * linter refuses a base over `maxFileSize` anyway, and its bytes are counted
 * past rather than held (the output is parsed as it streams). A name with a
 * line break cannot be asked for on git's line-based input, and is left out
 * too. The Action's reader: see `filesAtRevisionSync` for the CLI's.
 */
export async function filesAtRevision(
  cwd: string,
  revision: string,
  paths: readonly string[],
  maxBytes: number,
): Promise<Map<string, string> | undefined> {
  const request = batchRequest(revision, paths);
  if (!request) return undefined;
  return textsOf(request.asked, await catFileBatch(cwd, request.names, maxBytes));
}

/**
 * Git's output `filesAtRevisionSync` holds at most: what one `git show` of
 * a file could hold before (a larger output is an error, not a quiet
 * "no base").
 */
export const MAX_BATCH_OUTPUT = 256 * 1024 * 1024;

/**
 * `filesAtRevision` for a synchronous caller (the CLI's `--changed-since`):
 * the same single `git cat-file --batch` and the same answers, parsed once
 * git is done, so its whole output is held meanwhile, up to
 * MAX_BATCH_OUTPUT; beyond that the run stops with an error naming the
 * cause. A one-file run spawns one process, as its one `git show` did.
 */
export function filesAtRevisionSync(
  cwd: string,
  revision: string,
  paths: readonly string[],
  maxBytes: number,
): Map<string, string> | undefined {
  const request = batchRequest(revision, paths);
  if (!request) return undefined;
  const done = childProcess().spawnSync("git", ["-C", cwd, "cat-file", "--batch"], {
    input: request.names.map((name) => `${name}\n`).join(""),
    stdio: ["pipe", "pipe", "ignore"],
    maxBuffer: MAX_BATCH_OUTPUT,
  });
  if ((done.error as NodeJS.ErrnoException | undefined)?.code === "ENOBUFS") {
    throw new CatalogLintError(
      `The base texts of the ${paths.length} changed files are over ${MAX_BATCH_OUTPUT / 1024 / 1024} MiB in all (git cat-file --batch); lint fewer files at a time (name them after --changed-since)`,
    );
  }
  if (done.error || done.status !== 0) return undefined;
  const output = new BatchOutput(maxBytes);
  output.push(done.stdout);
  return textsOf(request.asked, output.answersFor(request.names.length));
}

/** A header line is an object name and a few words; anything longer is not git talking. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * `git cat-file --batch` output, read chunk by chunk (sizes from each
 * header): blobs of at most `maxBytes` are kept, the rest is counted past, so
 * memory holds the kept blobs and nothing else.
 */
class BatchOutput {
  private readonly answers: (BatchAnswer | undefined)[] = [];
  private header: Buffer[] = [];
  private headerBytes = 0;
  // The object being read: bytes still to come (then its closing LF), and its chunks when kept.
  private body: { answer: BatchAnswer; remaining: number; chunks?: Buffer[] } | undefined;
  private newlineDue = false;
  /** Git answered out of step (or not as git does): the answers cannot be trusted. */
  failed = false;

  constructor(private readonly maxBytes: number) {}

  /** Read one chunk; false once the output is found malformed. */
  push(chunk: Buffer): boolean {
    let at = 0;
    while (at < chunk.length && !this.failed) {
      if (this.newlineDue) {
        this.newlineDue = false;
        if (chunk[at++] !== 0x0a) this.failed = true;
      } else if (this.body) {
        const take = Math.min(this.body.remaining, chunk.length - at);
        this.body.chunks?.push(chunk.subarray(at, at + take));
        this.body.remaining -= take;
        at += take;
        if (this.body.remaining === 0) this.endObject();
      } else {
        const end = chunk.indexOf(0x0a, at);
        const part = chunk.subarray(at, end < 0 ? chunk.length : end);
        this.headerBytes += part.length;
        if (this.headerBytes > MAX_HEADER_BYTES) this.failed = true;
        else this.header.push(part);
        if (end < 0) break;
        at = end + 1;
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        this.headerBytes = 0;
        if (!this.failed) this.startObject(line);
      }
    }
    return !this.failed;
  }

  /** The answers, when git gave exactly one for each of `count` names and ended cleanly. */
  answersFor(count: number): (BatchAnswer | undefined)[] | undefined {
    const complete = !this.failed && this.answers.length === count && !this.body && this.header.length === 0;
    return complete ? this.answers : undefined;
  }

  private startObject(line: string): void {
    const found = /^[0-9a-f]{40,64} ([a-z]+) (\d+)$/.exec(line);
    if (!found) {
      this.answers.push(undefined); // `<name> missing`, `<name> ambiguous`
      return;
    }
    const answer: BatchAnswer = { type: found[1] ?? "" };
    const size = Number(found[2]);
    this.answers.push(answer);
    this.body = {
      answer,
      remaining: size,
      ...(answer.type === "blob" && size <= this.maxBytes ? { chunks: [] } : {}),
    };
    if (size === 0) this.endObject();
  }

  private endObject(): void {
    if (this.body?.chunks) this.body.answer.content = Buffer.concat(this.body.chunks);
    this.body = undefined;
    this.newlineDue = true;
  }
}

/**
 * Ask `git cat-file --batch` for each of `names`, in order, reading the
 * output as it streams (BatchOutput). Undefined when git fails or answers out
 * of step.
 */
function catFileBatch(
  cwd: string,
  names: readonly string[],
  maxBytes: number,
): Promise<(BatchAnswer | undefined)[] | undefined> {
  return new Promise((resolve) => {
    const output = new BatchOutput(maxBytes);
    const child = childProcess().spawn("git", ["-C", cwd, "cat-file", "--batch"], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (!output.push(chunk)) child.kill();
    });
    // git gone early (not a repository): its stdin closes under us; the exit code says the rest.
    child.stdin.on("error", () => {});
    child.on("error", () => resolve(undefined));
    child.on("close", (code) => resolve(code === 0 ? output.answersFor(names.length) : undefined));
    child.stdin.end(names.map((name) => `${name}\n`).join(""));
  });
}
