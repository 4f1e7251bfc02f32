/** How long a run goes before it shows progress, and how often the line is redrawn, in ms. */
const SHOW_AFTER_MS = 1_000;
const REDRAW_EVERY_MS = 200;

/**
 * "catalog-lint: 1,234 files linted…" on stderr while a long run goes, on
 * one line redrawn in place and erased before the report is written to the
 * terminal and at the end. Only on a terminal: never in a CI log (`CI` set),
 * a file or a pipe, nor on a `TERM=dumb` terminal, which cannot erase a line.
 */
export class Progress {
  private files = 0;
  private shown = false;
  private last = 0;
  private readonly start: number;

  constructor(
    private readonly write: (text: string) => void,
    readonly enabled: boolean,
    private readonly clock: () => number = Date.now,
  ) {
    this.start = enabled ? clock() : 0;
  }

  static wanted(env: Record<string, string | undefined>, stderrIsTTY: boolean | undefined): boolean {
    return Boolean(stderrIsTTY) && env.CI === undefined && env.TERM !== "dumb";
  }

  /** One more file linted. */
  tick(): void {
    if (!this.enabled) return;
    this.files++;
    const now = this.clock();
    if (now - this.start < SHOW_AFTER_MS || now - this.last < REDRAW_EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.write(`\r\u001b[Kcatalog-lint: ${this.files.toLocaleString("en-US")} files linted…`);
  }

  /** Erase the line, if one is shown (before the report is written, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.write("\r\u001b[K");
  }
}
