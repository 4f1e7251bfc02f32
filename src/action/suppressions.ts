import { isAbsolute, posix, relative, resolve, sep } from "node:path";
import { filesAtRevision } from "../files/git.js";
import {
  MAX_SUPPRESSIONS_SIZE,
  parseSuppressions,
  readSuppressionsText,
  type Suppressions,
} from "../files/suppressions-file.js";
import type { SuppressionMode, SuppressionOutcome } from "../lint/suppressions.js";
import { CatalogLintError } from "../util/errors.js";
import { plural } from "../util/text.js";
import type { FileSelection } from "./changed-files.js";
import { escapeMarkdown } from "./summary.js";

/**
 * Which suppressions the Action applies (input `suppressions-file`). A pull
 * request must not raise its own allowance: when the run compares with a base
 * commit (a pull request, a push, a merge group), the file is read as it is
 * there, with git, whatever the checkout holds; a run of the whole catalog
 * (workflow_dispatch, schedule) reads the checkout's, the branch's own.
 */

/** The suppressions a run applies (none when `allowed` is absent), and what the job summary says about them. */
export interface ActionSuppressions {
  /** The file, from the workspace's root. */
  file: string;
  allowed?: Suppressions;
  /** Read at the base commit (else from the checkout). */
  atBase: boolean;
  notes: string[];
}

/** The input's path from the workspace's root, with `/`: an error when it is not inside it. */
export function suppressionsPath(workspace: string, input: string): string {
  const inside = relative(workspace, resolve(workspace, input));
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new CatalogLintError(
      `Input \`suppressions-file\` is \`${input}\`, expected the path of a file inside the repository (such as catalog-lint-suppressions.json)`,
    );
  }
  return posix.normalize(inside.split(sep).join("/"));
}

/**
 * The suppressions for linting `files` of `selection`. At a base commit the
 * checkout has, the file there (or none, if it was not there: a pull request
 * adding it gets none). Without that commit (a shallow checkout), the
 * checkout's copy only when the change's complete list of files does not
 * name it, so that it is the base branch's text; else none, and a note.
 */
export async function suppressionsForRun(
  workspace: string,
  file: string,
  selection: FileSelection,
  files: readonly string[],
): Promise<ActionSuppressions> {
  const none = (notes: string[] = []): ActionSuppressions => ({ file, atBase: false, notes });
  if (files.length === 0) return none();
  const shown = escapeMarkdown(file);
  const fromCheckout = (): ActionSuppressions => {
    const text = readSuppressionsText(resolve(workspace, file), workspace, file);
    return text === undefined ? none() : { file, atBase: false, allowed: parseSuppressions(text, file), notes: [] };
  };
  if (selection.mode === "all" || selection.baseSha === undefined) return fromCheckout();

  const changedHere = selection.files.includes(file) || selection.missing.includes(file);
  const texts = await filesAtRevision(workspace, selection.baseSha, [file], MAX_SUPPRESSIONS_SIZE);
  if (texts) {
    const base = texts.get(file);
    if (base === undefined) {
      return none(
        changedHere
          ? [`This change adds ${shown}: its suppressions apply once it is merged, not to the change that adds them.`]
          : [],
      );
    }
    const notes = changedHere
      ? [
          `This change edits ${shown}: its version at the base commit was applied, so a change cannot raise its own allowance. The edit applies once it is merged.`,
        ]
      : [];
    return { file, atBase: true, allowed: parsedAtBase(base, file), notes };
  }
  if (!changedHere && selection.problems.length === 0) return fromCheckout();
  return none(
    changedHere || readSuppressionsText(resolve(workspace, file), workspace, file) !== undefined
      ? [
          `The base commit is not in the checkout and this change may edit ${shown}, so no finding was suppressed. Use \`actions/checkout\` with \`fetch-depth: 0\` to apply its version at the base commit.`,
        ]
      : [],
  );
}

/** The base commit's file, parsed; an error says it is that version which is malformed. */
function parsedAtBase(text: string, file: string): Suppressions {
  try {
    return parseSuppressions(text, file);
  } catch (error) {
    if (!(error instanceof CatalogLintError)) throw error;
    throw new CatalogLintError(`At the base commit, ${error.message}`);
  }
}

/** What `lintFiles` is told to apply (nothing when there is no allowance). */
export function suppressionMode(
  applied: ActionSuppressions,
  workspace: string,
  selection: FileSelection,
): { suppressions?: SuppressionMode } {
  if (!applied.allowed) return {};
  // A run of the whole catalog judges every key: one it did not lint names a file no longer there.
  const wholeCatalog = selection.mode === "all";
  return { suppressions: { file: applied.file, allowed: applied.allowed, root: workspace, wholeCatalog } };
}

/** Files and rules over their allowance named one by one in the summary; more are counted. */
const MAX_OVER_NOTES = 10;

/** The job summary's notes on what the suppressions did. */
export function suppressionNotes(applied: ActionSuppressions, outcome: SuppressionOutcome | undefined): string[] {
  if (!outcome) return applied.notes;
  const shown = escapeMarkdown(applied.file);
  const where = applied.atBase ? `${shown} at the base commit` : shown;
  const notes = [...applied.notes];
  if (outcome.suppressed > 0) {
    notes.push(
      `${plural(outcome.suppressed, "error")} in ${plural(outcome.files, "file")} ${outcome.suppressed === 1 ? "was" : "were"} suppressed by ${where}.`,
    );
  }
  for (const over of outcome.over.slice(0, MAX_OVER_NOTES)) {
    notes.push(
      `${escapeMarkdown(over.file)}: ${over.found - over.allowed} ${escapeMarkdown(over.rule)} ${over.found - over.allowed === 1 ? "error" : "errors"} over the ${over.allowed} suppressed, so all ${over.found} are reported (catalog-lint cannot tell which are new).`,
    );
  }
  if (outcome.over.length > MAX_OVER_NOTES) {
    notes.push(
      `${outcome.over.length - MAX_OVER_NOTES} more files and rules have more errors than ${where} suppresses.`,
    );
  }
  if (outcome.unused.errors > 0) {
    notes.push(
      `${plural(outcome.unused.errors, "suppressed error")} in ${plural(outcome.unused.files, "file")} ${outcome.unused.errors === 1 ? "is" : "are"} no longer found: \`npx catalog-lint --prune-suppressions\` drops ${outcome.unused.errors === 1 ? "it" : "them"} from ${shown}, so ${outcome.unused.errors === 1 ? "it stays" : "they stay"} fixed.`,
    );
  }
  return notes;
}
