import type { SchemaStore } from "../schema/store.js";

/** What the CLI reads and writes: everything it touches outside its arguments. */
export interface CliIo {
  /**
   * The bundle's own URL, when it may start worker threads running it (the
   * installed CLI); without it everything runs on one thread.
   */
  workerScript?: URL;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Dataset schemas kept across runs (the installed CLI's, in the user's cache folder). */
  schemaStore?: SchemaStore;
  /** Text, or a report's UTF-8 bytes (whole characters; the buffer is the receiver's to keep). */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal: progress is shown there on long runs, never in a log. */
  stderrIsTTY?: boolean;
  /** The whole of stdin, as UTF-8 (`--stdin`). */
  readStdin?: () => string;
}
