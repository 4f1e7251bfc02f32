import type { FileResult } from "../diagnostics/diagnostic.js";
import type { RuleMeta } from "../rule-api/define-rule.js";

export interface ReportContext {
  /** Use ANSI colors (decided by the CLI from the TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** Absolute working directory, for formats that need absolute paths. */
  cwd: string;
  /** Prepended to file paths by formats that need repository-relative paths (`dir/`). */
  pathPrefix?: string;
  /**
   * Every registered rule, in registry order (SARIF lists them all), from the
   * caller (`rulesMeta()` of src/rules/index.ts), as ESLint's formatters get
   * `rulesMeta`: a reporter never imports the rules.
   */
  rulesMeta: readonly RuleMeta[];
}

/** A reporter is a pure function from results (and the rules' metadata) to the text to print. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

/**
 * A reporter that prints file by file, so a run over 100,000 files never
 * holds its whole report: the text for each result, in order, then the end.
 */
export interface ReportStream {
  file(result: FileResult): string;
  end(): string;
}

export type StreamingReporter = (context: ReportContext) => ReportStream;

/** The pure form of a streaming reporter: the same text, at once. */
export function collect(streaming: StreamingReporter): Reporter {
  return (results, context) => {
    const stream = streaming(context);
    let out = "";
    for (const result of results) out += stream.file(result);
    return out + stream.end();
  };
}

/** A reporter that needs every result before it prints (SARIF is one JSON document), as a stream. */
export function buffered(reporter: Reporter): StreamingReporter {
  return (context) => {
    const results: FileResult[] = [];
    return {
      file: (result) => {
        results.push(result);
        return "";
      },
      end: () => reporter(results, context),
    };
  };
}
