/** What init inferred, and from how many entries: comments for the schema file, by the path they explain. */
export class Notes {
  readonly #notes = new Map<string, { path: (string | number)[]; text: string }>();

  add(path: readonly (string | number)[], text: string): void {
    const key = JSON.stringify(path);
    const had = this.#notes.get(key);
    this.#notes.set(key, { path: [...path], text: had ? `${had.text}; ${text}` : text });
  }

  /** Forget the notes on `prefix` and below it (what the file no longer writes). */
  drop(prefix: readonly (string | number)[]): void {
    for (const [key, note] of this.#notes) {
      if (prefix.every((part, i) => note.path[i] === part)) this.#notes.delete(key);
    }
  }

  get(path: readonly (string | number)[]): string | undefined {
    return this.#notes.get(JSON.stringify(path))?.text;
  }

  all(): Array<{ path: (string | number)[]; text: string }> {
    return [...this.#notes.values()];
  }
}
