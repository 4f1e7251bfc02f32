import { posix, relative, sep } from "node:path";
import { compareStrings, type Diagnostic, type FileResult } from "../diagnostics/diagnostic.js";
import type { Suppressions } from "../files/suppressions-file.js";

/**
 * Bulk suppressions, as ESLint applies its `eslint-suppressions.json`: for
 * each file and rule, when a run finds at most as many errors as the file
 * allows, none of them is reported (nor counted for the exit code); when it
 * finds more, all of them are, since nothing says which ones are new. Only
 * errors: warnings never fail a run by default, and one of them, `stale-date`,
 * is how an entry nobody touches is seen going stale.
 */

/** What a run asks of the suppressions. */
export interface SuppressionMode {
  /** The suppressions file, as messages name it. */
  file: string;
  /** What the file allows (empty when there is no file yet). */
  allowed: Suppressions;
  /** The repository's root: keys are paths from there, and results' paths from `cwd`. */
  root: string;
  /**
   * The run lints every catalog file (no paths named, no `--changed-since`,
   * the Action's `all`): a key it did not lint names a file that is no
   * longer in the catalog, whose allowance is unused. Otherwise only the
   * linted files' allowances are judged.
   */
  wholeCatalog: boolean;
  /**
   * `suppress` (`--suppress-all`, or `--suppress-rule`'s rules): allow
   * exactly what this run finds in the files it lints; `prune`
   * (`--prune-suppressions`): lower each allowance to what it finds.
   */
  update?: { kind: "suppress"; rules?: readonly string[] } | { kind: "prune" };
}

/** A file and rule with more errors than allowed: all of them are reported. */
export interface OverAllowance {
  file: string;
  rule: string;
  found: number;
  allowed: number;
}

/** What the suppressions did in a run. */
export interface SuppressionOutcome {
  /** The suppressions file, as messages name it. */
  file: string;
  /** Errors not reported, because the file allows them. */
  suppressed: number;
  /** Files with suppressed errors. */
  files: number;
  /** In file and rule order. */
  over: OverAllowance[];
  /** Allowed errors no longer found (what `--prune-suppressions` drops), and in how many files. */
  unused: { errors: number; files: number };
  /** With `update`: the file's new content. */
  updated?: Suppressions;
  /** With `update`, once the caller wrote it: whether its bytes changed (a run that changes nothing leaves them). */
  written?: boolean;
}

/**
 * Applies the suppressions to each result as the run hands it over (in file
 * order; results are never held), and keeps what the outcome needs: each
 * linted file's error counts, only for files the allowance or an update is
 * about.
 */
export class Suppressor {
  private readonly found = new Map<string, Map<string, number>>();
  private readonly over: OverAllowance[] = [];
  private suppressed = 0;
  private files = 0;
  private readonly prefix: string;
  private readonly suppressing: ReadonlySet<string> | "all" | undefined;

  constructor(
    private readonly mode: SuppressionMode,
    cwd: string,
  ) {
    this.prefix = relative(mode.root, cwd).split(sep).join("/");
    const update = mode.update;
    this.suppressing = update?.kind === "suppress" ? (update.rules ? new Set(update.rules) : "all") : undefined;
  }

  /** The file's key: its path from the repository's root; undefined outside it (never suppressed). */
  keyOf(filePath: string): string | undefined {
    const key = this.prefix ? posix.normalize(`${this.prefix}/${filePath}`) : filePath;
    return key.startsWith("../") || key === ".." || posix.isAbsolute(key) ? undefined : key;
  }

  /** `result` without its suppressed errors. */
  filter = (result: FileResult): FileResult => {
    const key = this.keyOf(result.filePath);
    if (key === undefined) return result;
    const allowance = this.mode.allowed.get(key);
    // A file the allowance does not name matters only when the run rewrites the allowance.
    if (!allowance && this.suppressing === undefined) return result;
    const counts = errorsByRule(result.diagnostics);
    this.found.set(key, counts);
    const hidden = new Set<string>();
    for (const [rule, found] of counts) {
      if (this.suppressing === "all" || this.suppressing?.has(rule)) hidden.add(rule);
      else {
        const allowed = allowance?.get(rule);
        if (allowed === undefined) continue;
        if (found <= allowed) hidden.add(rule);
        else this.over.push({ file: key, rule, found, allowed });
      }
    }
    if (hidden.size === 0) return result;
    const diagnostics = result.diagnostics.filter((d) => d.severity !== "error" || !hidden.has(d.ruleId));
    this.suppressed += result.diagnostics.length - diagnostics.length;
    this.files++;
    return { ...result, diagnostics };
  };

  /** Once every result has been filtered. */
  outcome(): SuppressionOutcome {
    const { allowed, update } = this.mode;
    const judged = (key: string) => this.mode.wholeCatalog || this.found.has(key);
    let errors = 0;
    let files = 0;
    for (const [key, rules] of allowed) {
      if (!judged(key)) continue;
      const found = this.found.get(key);
      let unused = 0;
      for (const [rule, count] of rules) unused += Math.max(0, count - (found?.get(rule) ?? 0));
      errors += unused;
      if (unused > 0) files++;
    }
    const over = [...this.over].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule));
    const outcome: SuppressionOutcome = {
      file: this.mode.file,
      suppressed: this.suppressed,
      files: this.files,
      over,
      unused: { errors, files },
    };
    if (update?.kind === "prune") outcome.updated = this.pruned(judged);
    if (update?.kind === "suppress") outcome.updated = this.rewritten(judged, update.rules);
    return outcome;
  }

  /** Each judged allowance lowered to what was found (never raised): what `--prune-suppressions` writes. */
  private pruned(judged: (key: string) => boolean): Suppressions {
    const next: Suppressions = new Map();
    for (const [key, rules] of this.mode.allowed) {
      if (!judged(key)) {
        next.set(key, new Map(rules));
        continue;
      }
      const found = this.found.get(key);
      const kept = new Map<string, number>();
      for (const [rule, count] of rules) {
        const still = Math.min(count, found?.get(rule) ?? 0);
        if (still > 0) kept.set(rule, still);
      }
      if (kept.size > 0) next.set(key, kept);
    }
    return next;
  }

  /**
   * What `--suppress-all` writes: each judged file's allowance is what this run
   * found (for `--suppress-rule`, only those rules'; the others are kept).
   */
  private rewritten(judged: (key: string) => boolean, rules: readonly string[] | undefined): Suppressions {
    const chosen = (rule: string) => rules === undefined || rules.includes(rule);
    const next: Suppressions = new Map();
    for (const [key, counts] of this.mode.allowed) {
      if (!judged(key)) next.set(key, new Map(counts));
      else {
        const kept = new Map([...counts].filter(([rule]) => !chosen(rule)));
        if (kept.size > 0) next.set(key, kept);
      }
    }
    for (const [key, counts] of this.found) {
      for (const [rule, count] of counts) {
        if (!chosen(rule)) continue;
        const entry = next.get(key) ?? new Map<string, number>();
        entry.set(rule, count);
        next.set(key, entry);
      }
    }
    return next;
  }
}

/** Errors of each rule among a file's findings. */
function errorsByRule(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === "error") counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return counts;
}
