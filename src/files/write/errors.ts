import { CatalogLintError } from "../../util/errors.js";

/**
 * A file catalog-lint would not or could not write (a report, the results
 * cache): `message` names the setting and the file, for the CLI's one-line
 * error; `reason` is the cause alone (`EACCES`, `x is a link to /etc, outside
 * the repository`), for callers that say the rest their own way.
 */
export class WriteRefusedError extends CatalogLintError {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** The file system refused a write of `file`, which `what` (`--output-file`, `sarif-file`) names. */
export function cannotWrite(what: string, file: string, error: unknown): WriteRefusedError {
  if (error instanceof WriteRefusedError) return error;
  const { code, message } = error as NodeJS.ErrnoException;
  return new WriteRefusedError(`${what}: cannot write ${file} (${message})`, code ?? message);
}

/** Why a write failed, as a short clause: a WriteRefusedError's reason, else the error's code. */
export function writeFailure(error: unknown): string {
  if (error instanceof WriteRefusedError) return error.reason;
  const { code, message } = error as NodeJS.ErrnoException;
  return code ?? String(message ?? error);
}

/** An `fs` error as `CODE: what happened`, without the path Node appends (the caller names the file). */
export function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "")}` : String(message ?? error);
}
