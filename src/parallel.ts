import { availableParallelism } from "node:os";
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from "node:worker_threads";
import { compareStrings, type FileResult } from "./diagnostics/diagnostic.js";
import { CatalogLintError } from "./errors.js";
import { type LintedFile, Linter, type LintOptions, type LintRun, lint } from "./lint.js";

/** Below this many files per thread, starting a worker costs more than it saves. */
export const FILES_PER_THREAD = 100;
/** A worker that has not answered by then is taken as lost (an out-of-memory kill…). */
const WORKER_TIMEOUT_MS = 30 * 60 * 1000;

type Portable = Omit<LintedFile, "source">;

interface Job {
  catalogLintWorker: true;
  files: string[];
  options: Omit<LintOptions, "baseText">;
  port: MessagePort;
  /** Shared counter the worker increments when its answer is posted. */
  done: SharedArrayBuffer;
}

type Answer = { ok: true; linted: Portable[]; notices: string[] } | { ok: false; message: string; fatal: boolean };

/**
 * `lint()` on several threads, still synchronous for the caller: parsing
 * dominates, so the files are split into one contiguous chunk per core and
 * linted by workers running `script` (this same bundle). The main thread waits
 * on a shared counter and reads the answers with `receiveMessageOnPort`. The
 * catalog-level rules then run once over every summary and results are sorted,
 * so the output is byte-identical to a single-threaded run.
 */
export function lintParallel(files: readonly string[], options: LintOptions, script: URL): LintRun {
  const threads = Math.min(availableParallelism(), 8, Math.floor(files.length / FILES_PER_THREAD));
  // Comparing with a base revision needs a function, which cannot cross threads.
  if (threads < 2 || options.baseText) return lint(files, options);
  const { baseText: _baseText, cache, ...portable } = options;
  // Cached files are answered here; only the others go to the workers.
  const main = new Linter(options);
  const cached: Portable[] = [];
  const keys = new Map<string, string>();
  let todo = [...files];
  if (cache) {
    todo = [];
    for (const file of files) {
      const { key, filePath } = main.cacheKey(file);
      const hit = cache.get(filePath, key);
      if (hit) cached.push(hit);
      else {
        keys.set(filePath, key);
        todo.push(file);
      }
    }
    if (todo.length < FILES_PER_THREAD * 2) return lint(files, options);
  }
  const size = Math.ceil(todo.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => todo.slice(i * size, (i + 1) * size)).filter(
    (c) => c.length,
  );
  const done = new SharedArrayBuffer(4);
  const counter = new Int32Array(done);
  const started = chunks.map((chunk) => {
    const { port1, port2 } = new MessageChannel();
    const job: Job = { catalogLintWorker: true, files: chunk, options: portable, port: port2, done };
    const worker = new Worker(script, { workerData: job, transferList: [port2] });
    return { worker, port: port1 };
  });
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  for (let finished = Atomics.load(counter, 0); finished < started.length; finished = Atomics.load(counter, 0)) {
    if (Date.now() > deadline) break;
    Atomics.wait(counter, 0, finished, 1000);
  }
  const linted: Portable[] = [...cached];
  const notices = new Set<string>(main.notices);
  try {
    for (const { port } of started) {
      const answer = receiveMessageOnPort(port)?.message as Answer | undefined;
      if (!answer)
        throw new CatalogLintError(
          "A lint worker stopped without an answer (out of memory?); run again with fewer files",
        );
      if (!answer.ok) throw answer.fatal ? new CatalogLintError(answer.message) : new Error(answer.message);
      linted.push(...answer.linted);
      for (const file of answer.linted) {
        const key = keys.get(file.filePath);
        if (cache && key) cache.set(file.filePath, key, file);
      }
      for (const n of answer.notices) notices.add(n);
    }
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
  const results: FileResult[] = linted.map(({ summary: _s, settings: _t, directives: _d, ...result }) => ({
    ...result,
    diagnostics: [...result.diagnostics],
  }));
  main.checkCatalog(linted, results);
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: [...notices] };
}

/** True in a worker started by lintParallel: the bundle's entry then runs the job, not the CLI. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Job | undefined)?.catalogLintWorker === true;
}

export function runLintWorker(): void {
  const job = workerData as Job;
  let answer: Answer;
  try {
    const linter = new Linter(job.options);
    const linted = job.files.map((file) => {
      const { source: _source, ...rest } = linter.lintFile(file);
      return rest;
    });
    answer = { ok: true, linted, notices: linter.notices };
  } catch (error) {
    answer = { ok: false, message: (error as Error).message, fatal: error instanceof CatalogLintError };
  }
  job.port.postMessage(answer);
  const counter = new Int32Array(job.done);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
