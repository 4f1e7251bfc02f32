/**
 * The argument lint workers are started with (`Worker`'s `argv`): a process
 * learns that it may be a worker without loading `worker_threads`, which costs
 * 4 ms of every start. Only a hint: `isLintWorker` checks `worker_threads` then.
 */
export const WORKER_FLAG = "--catalog-lint-worker";
