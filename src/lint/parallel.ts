import { availableParallelism } from "node:os";
import type { MessagePort } from "node:worker_threads";
import type { CacheKey, StoredResult } from "../cache/results-cache.js";
import { compareStrings, type FileResult } from "../diagnostics/diagnostic.js";
import type { Directive } from "../diagnostics/directives.js";
import type { EntrySummary } from "../model/summary.js";
import { v8, workerThreads } from "../util/builtins.js";
import { CatalogLintError } from "../util/errors.js";
import { type LintedFile, Linter, type LintOptions, lint } from "./linter.js";
import { WORKER_FLAG } from "./worker-flag.js";

/** Below this many files per thread, starting a worker costs more than it saves. */
export const FILES_PER_THREAD = 100;
/** Files a worker takes at a time: small enough that results arrive nearly in order, large enough to post rarely. */
const BATCH = 16;
const WORKER_YOUNG_GENERATION_MB = 8;
/** A worker that has not answered by then is taken as lost (an out-of-memory kill…). */
const WORKER_TIMEOUT_MS = 30 * 60 * 1000;

/** Shared counters (Int32 cells of one SharedArrayBuffer). */
const NEXT_SUMMARY_BATCH = 0;
const NEXT_LINT_BATCH = 1;
/** Incremented after every message a worker posts, so the main thread can sleep until there is one. */
const POSTED = 2;
/** Batches the main thread has written so far. */
const WRITTEN = 3;
/**
 * How far ahead of the report a worker may lint, in batches: the main thread
 * writes in file order (and lints too), so without a bound a fast worker's
 * results would pile up there, 1.4 GB at 100,000 files.
 */
const AHEAD = 8;

/**
 * From this many files on, memory is what a run could run out of: V8 is
 * told to grow each heap to 1.2× what a full collection leaves (not its
 * default of up to 4×). At 100,000 files: 518 → 357 MiB peak for about 5 %
 * more time. The flag is process-wide and read at each collection, so the
 * workers follow it too; smaller runs keep V8's default, and their speed.
 */
const LARGE_RUN_FILES = 20_000;
const LARGE_RUN_HEAP_GROWING_PERCENT = 20;

/** `Job.claims` cells: who lints a file. */
const UNCLAIMED = 0;
const LINTED_WHILE_SUMMARISED = 1;
const LINTED_IN_LINT_PASS = 2;

interface Job {
  catalogLintWorker: true;
  files: string[];
  /** Whether results carry the hash of the bytes linted (`Linted.content`), for the cache. */
  hashContent: boolean;
  options: Omit<LintOptions, "baseText" | "cache" | "schemaStore" | "scope">;
  port: MessagePort;
  counters: SharedArrayBuffer;
  /**
   * One Int32 cell per file, claimed (`Atomics.compareExchange`) by the thread
   * that lints it, so each file is linted once: while it is summarised, when
   * its summary parses its whole text anyway and the run may hold results
   * (`holdResults`); else in the lint pass.
   */
  claims: SharedArrayBuffer;
  /** Below LARGE_RUN_FILES: files may be linted while summarised, their results held until written. */
  holdResults: boolean;
}

/** A linted file as a worker sends it: what the report and the catalog-level rules need. */
interface Linted extends FileResult {
  directives: Directive[];
  /** `CacheKey.content` of the bytes linted, when the job asks for it. */
  content?: string;
}

/** A batch's results by position in it; a hole for a file another pass lints. */
type Results = Array<Linted | undefined>;

type Message =
  | { kind: "summaries"; batch: number; summaries: EntrySummary[]; linted: Results }
  | { kind: "results"; batch: number; linted: Results }
  | { kind: "done"; notices: string[] }
  | { kind: "failed"; message: string; fatal: boolean };

/** What a streamed run leaves once every result has been handed over. */
export interface StreamedRun {
  /** One-time remarks about the run (a dataset without a template…). */
  notices: string[];
}

/**
 * `lint()` on every core, handing each file's result to `emit` in file order
 * as soon as it is final: no result, tree or report is held for the whole run,
 * only each file's small summary.
 *
 * Workers running `script` (this same bundle; without it, everything runs on
 * this thread) take batches of files from a
 * shared counter. They first summarise every file (title and repositories,
 * which is cheap), so the main thread can run the catalog-level rules
 * (`duplicate-entry`) before any result is final; then they lint. A file
 * whose summary parses its whole text (front matter and a free body, as in
 * github/explore) is linted while it is summarised, from the same parse,
 * unless the run is large (`LARGE_RUN_FILES`): its result is then held until
 * written. The main thread takes batches too, and stays synchronous: when it waits for a
 * worker's batch and none is left to take, it sleeps on a shared counter and
 * reads messages with `receiveMessageOnPort`. The report is byte-identical to
 * a one-thread run.
 */
export function lintStreaming(
  files: readonly string[],
  options: LintOptions,
  script: URL | undefined,
  emit: (result: FileResult) => void,
): StreamedRun {
  const sorted = [...files].sort(compareStrings);
  const threads = Math.min(availableParallelism(), 8, Math.floor(sorted.length / FILES_PER_THREAD));
  // No bundle to start workers with (the CLI run from source), or a base revision to compare
  // with (a function, which cannot cross threads): one thread.
  if (!script || threads < 2 || options.baseText) {
    const run = lint(sorted, options);
    for (const result of run.results) emit(result);
    return { notices: run.notices };
  }
  if (sorted.length >= LARGE_RUN_FILES)
    v8().setFlagsFromString(`--heap-growing-percent=${LARGE_RUN_HEAP_GROWING_PERCENT}`);
  // What cannot cross threads stays here: workers build their schemas themselves. The scope
  // too: only this thread reports the catalog rules' findings (a changed-file list can be long).
  const { baseText: _baseText, cache, schemaStore: _schemaStore, scope: _scope, ...portable } = options;
  const main = new Linter(options);

  // Cached files are answered here; only the others go to the workers. A file the cache has no
  // record of is not read here: whoever lints it hashes it (a first run would read every file
  // on this thread before any worker starts).
  const cached = new Map<string, StoredResult>();
  const keys = new Map<string, Omit<CacheKey, "content">>();
  const todo: string[] = [];
  for (const file of sorted) {
    const found = cache && main.fromCache(file, cache, false);
    if (found && "hit" in found) cached.set(file, found.hit);
    else {
      if (found) keys.set(file, "unknown" in found ? found.unknown : withoutContent(found.key));
      todo.push(file);
    }
  }
  const hashContent = cache !== undefined;
  // Few cache misses: this thread lints them alone.
  const workerCount = todo.length >= FILES_PER_THREAD * 2 ? threads - 1 : 0;

  const counters = new SharedArrayBuffer(4 * 4);
  const posted = new Int32Array(counters);
  const claims = new SharedArrayBuffer(4 * todo.length);
  const holdResults = todo.length < LARGE_RUN_FILES;
  // The main thread lints too, between reading the workers' messages: one isolate fewer.
  const workers = Array.from({ length: workerCount }, () => {
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    const job: Job = {
      catalogLintWorker: true,
      files: todo,
      hashContent,
      options: portable,
      port: port2,
      counters,
      claims,
      holdResults,
    };
    const worker = new Worker(script, {
      workerData: job,
      argv: [WORKER_FLAG],
      transferList: [port2],
      // Linting allocates short-lived objects fast; a small young generation keeps the worker's
      // memory near what it holds (about 30 MB less each on 10,000 files, for a little more GC).
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    return { worker, port: port1, done: false };
  });
  const batches = Math.ceil(todo.length / BATCH);
  const summaries: Array<EntrySummary[] | undefined> = new Array(batches);
  // By file: a batch's results may come in two parts (linted while summarised, and in the lint pass).
  const results: Array<Linted | undefined> = new Array(todo.length);
  const resultsIn = (batch: number, linted: Results) => {
    linted.forEach((result, i) => {
      if (result) results[batch * BATCH + i] = result;
    });
  };
  const passes = { claims: new Int32Array(claims), holdResults, hashContent };
  const notices = new Set<string>(main.notices);
  let summarised = 0;

  /** Take the next batch (summaries first) and do it on this thread; false when none is left. */
  const workHere = (): boolean => {
    const summaryBatch = Atomics.add(posted, NEXT_SUMMARY_BATCH, 1);
    if (summaryBatch < batches) {
      const done = summaryPass(main, todo, summaryBatch, passes);
      summaries[summaryBatch] = done.summaries;
      resultsIn(summaryBatch, done.linted);
      summarised++;
      return true;
    }
    const lintBatch = Atomics.add(posted, NEXT_LINT_BATCH, 1);
    if (lintBatch >= batches) return false;
    resultsIn(lintBatch, lintPass(main, todo, lintBatch, passes));
    return true;
  };

  /** Handle every message waiting, else do a batch here, else sleep until a message comes. */
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  const receive = () => {
    const seen = Atomics.load(posted, POSTED);
    let got = false;
    for (const worker of workers) {
      for (let message = next(worker.port); message; message = next(worker.port)) {
        got = true;
        if (message.kind === "summaries") {
          summaries[message.batch] = message.summaries;
          resultsIn(message.batch, message.linted);
          summarised++;
        } else if (message.kind === "results") resultsIn(message.batch, message.linted);
        else if (message.kind === "done") {
          worker.done = true;
          for (const notice of message.notices) notices.add(notice);
        } else throw message.fatal ? new CatalogLintError(message.message) : new Error(message.message);
      }
    }
    if (got || workHere()) return;
    if (Date.now() > deadline || workers.every((w) => w.done)) {
      throw new CatalogLintError(
        "A lint worker stopped without an answer (out of memory?); run again with fewer files",
      );
    }
    Atomics.wait(posted, POSTED, seen, 1000);
  };

  try {
    // The catalog-level rules need every summary first.
    while (summarised < batches) receive();
    const all: EntrySummary[] = [];
    for (const file of sorted) {
      const hit = cached.get(file);
      if (hit) all.push(hit.summary());
    }
    for (const batch of summaries) all.push(...(batch ?? []));
    summaries.length = 0;
    const reports = main.catalogReports(all);
    const summaryByPath = cache ? new Map(all.map((s) => [s.filePath, s])) : undefined;

    // The catalog-level findings join the file's own here. The cache stored its encoded copy
    // (`cache.set`) before, so it never keeps them.
    // Findings on files that are no entry (a dataset's template) go out in path order too.
    const others = main.otherFileResults(reports, all);
    let other = 0;
    const finish = (linted: Linted) => {
      const { directives, ...result } = linted;
      while (others[other] && compareStrings((others[other] as FileResult).filePath, result.filePath) < 0)
        emit(others[other++] as FileResult);
      const found = reports.get(result.filePath);
      if (found) main.addCatalogFindings(result, found, directives);
      emit(result);
    };
    let index = 0; // in `todo`
    for (const file of sorted) {
      const hit = cached.get(file);
      if (hit) {
        finish(hit.result());
        continue;
      }
      const batch = Math.floor(index / BATCH);
      while (!results[index]) receive();
      const { content, ...linted } = results[index] as Linted;
      results[index] = undefined;
      const key = keys.get(file);
      const summary = summaryByPath?.get(linted.filePath);
      if (cache && key && content !== undefined && summary) {
        cache.set(linted.filePath, { ...key, content }, { ...linted, summary });
      }
      finish(linted);
      index++;
      // A batch is written: let the workers go on.
      if (index % BATCH === 0 || index === todo.length) {
        Atomics.store(posted, WRITTEN, batch + 1);
        Atomics.notify(posted, WRITTEN);
      }
    }
    while (other < others.length) emit(others[other++] as FileResult);
    while (!workers.every((w) => w.done)) receive();
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
  // This thread's own, found while it linted; sorted, as which thread meets a dataset first varies.
  for (const notice of main.notices) notices.add(notice);
  return { notices: [...notices].sort(compareStrings) };
}

function next(port: MessagePort): Message | undefined {
  return workerThreads().receiveMessageOnPort(port)?.message as Message | undefined;
}

/** How the summary and lint passes share out the files. */
interface Passes {
  claims: Int32Array;
  holdResults: boolean;
  hashContent: boolean;
}

/** A summary batch: every file's summary, and the results of the files linted with it. */
function summaryPass(
  linter: Linter,
  files: readonly string[],
  batch: number,
  { claims, holdResults, hashContent }: Passes,
): { summaries: EntrySummary[]; linted: Results } {
  const summaries: EntrySummary[] = [];
  const linted: Results = [];
  batchFiles(files, batch).forEach((file, i) => {
    const cell = batch * BATCH + i;
    const claim = () =>
      holdResults && Atomics.compareExchange(claims, cell, UNCLAIMED, LINTED_WHILE_SUMMARISED) === UNCLAIMED;
    const done = linter.summarizeOrLint(file, claim, hashContent);
    summaries.push(done.summary);
    linted[i] = done.linted && portable(done.linted, done.content);
  });
  return { summaries, linted };
}

/** A lint batch: the results of its files not linted while summarised. */
function lintPass(linter: Linter, files: readonly string[], batch: number, { claims, hashContent }: Passes): Results {
  const linted: Results = [];
  batchFiles(files, batch).forEach((file, i) => {
    const cell = batch * BATCH + i;
    if (Atomics.compareExchange(claims, cell, UNCLAIMED, LINTED_IN_LINT_PASS) !== UNCLAIMED) return;
    const read = hashContent ? linter.readForCache(file) : undefined;
    linted[i] = portable(linter.lintOnly(file, read?.text), read?.content);
  });
  return linted;
}

function batchFiles(files: readonly string[], batch: number): readonly string[] {
  return files.slice(batch * BATCH, (batch + 1) * BATCH);
}

/** A file's result as the main thread needs it (no text, tree or schema), with the hash of its bytes if asked. */
function portable(
  { filePath, diagnostics, schema, directives }: Omit<LintedFile, "summary">,
  content: string | undefined,
): Linted {
  return {
    filePath,
    diagnostics,
    directives,
    ...(schema !== undefined ? { schema } : {}),
    ...(content !== undefined ? { content } : {}),
  };
}

function withoutContent({ content: _content, ...key }: CacheKey): Omit<CacheKey, "content"> {
  return key;
}

/** True in a worker started by lintStreaming: the bundle's entry then runs the job, not the CLI. */
export function isLintWorker(): boolean {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as Job | undefined)?.catalogLintWorker === true;
}

export function runLintWorker(): void {
  const job = workerThreads().workerData as Job;
  const counters = new Int32Array(job.counters);
  const post = (message: Message) => {
    job.port.postMessage(message);
    Atomics.add(counters, POSTED, 1);
    Atomics.notify(counters, POSTED);
  };
  const batches = Math.ceil(job.files.length / BATCH);
  const passes: Passes = {
    claims: new Int32Array(job.claims),
    holdResults: job.holdResults,
    hashContent: job.hashContent,
  };
  try {
    const linter = new Linter(job.options);
    for (let batch = Atomics.add(counters, NEXT_SUMMARY_BATCH, 1); batch < batches; ) {
      post({ kind: "summaries", batch, ...summaryPass(linter, job.files, batch, passes) });
      batch = Atomics.add(counters, NEXT_SUMMARY_BATCH, 1);
    }
    while (Atomics.load(counters, NEXT_LINT_BATCH) < batches) {
      // Wait while the report is more than AHEAD batches behind (the main thread writes them).
      for (
        let written = Atomics.load(counters, WRITTEN);
        Atomics.load(counters, NEXT_LINT_BATCH) >= written + AHEAD;
      ) {
        Atomics.wait(counters, WRITTEN, written, 1000);
        written = Atomics.load(counters, WRITTEN);
      }
      const batch = Atomics.add(counters, NEXT_LINT_BATCH, 1);
      if (batch >= batches) break;
      const linted = lintPass(linter, job.files, batch, passes);
      // A batch linted while summarised has nothing left to send.
      if (linted.length > 0) post({ kind: "results", batch, linted });
    }
    post({ kind: "done", notices: linter.notices });
  } catch (error) {
    post({ kind: "failed", message: (error as Error).message, fatal: error instanceof CatalogLintError });
  }
}
