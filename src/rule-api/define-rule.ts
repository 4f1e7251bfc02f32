import type { Fix, Severity } from "../diagnostics/diagnostic.js";
import type { Entry } from "../model/entry.js";
import type { FieldMatch } from "../model/fields.js";
import type { EntrySummary } from "../model/summary.js";
import type { Range } from "../parse/source.js";
import type { SchemaIndex } from "../schema/types.js";
import { type OptionDeclarations, optionDefaults } from "./options.js";

/** What a rule may report: a message id from its `messages`, the data it quotes, and where. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  fix?: Fix;
  /**
   * Other files the finding is about (paths as shown): the criteria files a template's
   * `schema-conflict` finding names. A catalog rule's finding on a file that is no entry is
   * reported by a partial run when the run was asked about that file or one of these
   * (`RunScope` in src/lint/scope.ts).
   */
  related?: readonly string[];
}

export interface RuleContext<Options> {
  entry: Entry;
  schema: SchemaIndex;
  options: Options;
  /** "Today" as `YYYY-MM-DD` (from `--now`, `CATALOG_LINT_NOW` or the UTC clock). */
  now: string;
  /**
   * The same file at the base revision (`--changed-since REF`, a pull request's
   * base), when there is one; undefined for new files and plain runs.
   */
  base?: Entry;
  /** Every registered rule id, known or not to the config: what a directive may name. */
  ruleIds: readonly string[];
  /**
   * The entry's sections paired with the schema fields they hold (see
   * `fieldMatches` in src/model/fields.ts). A dozen rules ask for them: found
   * on the first call, for this file only, and shared by every rule that
   * checks it (the same array each time).
   */
  fieldMatches(): readonly FieldMatch[];
  report(report: Report): void;
}

export interface RuleDefinition<Options extends object> {
  /** Stable id: the rule's file name, doc name, fixture folder and `ruleId`. */
  id: string;
  /** One sentence, phrased "X should Y". */
  description: string;
  category: "structure" | "dates" | "ratings" | "values";
  defaultSeverity: Severity;
  fixable: boolean;
  /**
   * The options a config may set, each declared once (default, meaning, and
   * the values allowed; see src/rule-api/options.ts). Rules without options
   * leave it out.
   */
  options?: OptionDeclarations<Options>;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  /** Checks one entry. */
  check(context: RuleContext<Options>): void;
  /**
   * Checks across entries, after every file was linted (`duplicate-entry`).
   * Gets a small summary per entry, never whole trees, so memory stays flat.
   *
   * Options of catalog-level rules: a finding on a file is the one the rule
   * makes with that file's options, those its config gives it with the
   * overrides that match it, just as its severity is that file's (ESLint
   * gives each file the settings of its own config too). When overrides give
   * linted files different options, `checkCatalog` runs once per distinct
   * options, over every entry, and each run's findings are kept only on the
   * files that have those options. Peers (entries compared with, never
   * reported) have no say: whatever their settings, they are compared. (The
   * base config's options alone would silently ignore an override's.)
   */
  checkCatalog?(context: CatalogContext<Options>): void;
  /**
   * For speed, beside `checkCatalog`: which peers (the unlinted entries beside the
   * linted ones, compared with but never reported) could change its findings.
   * Given the linted entries, a test of a peer's folder and summary text (see
   * `summaryPrefix`), run before the peer is parsed; it may answer `false` only
   * for a peer whose summary would change nothing. Without it, every peer is read.
   */
  peerFilter?(linted: readonly EntrySummary[]): PeerFilter;
  /**
   * Where peers come from: the linted files' folders (default), or every file of
   * the catalog (`catalog`), for rules comparing entries that each have their own
   * folder (`unique-value`, `reference`).
   */
  peerScope?: "folder" | "catalog";
}

/** See `RuleDefinition.peerFilter`. */
export type PeerFilter = (folder: string, summaryText: string) => boolean;

export interface CatalogContext<Options> {
  entries: readonly EntrySummary[];
  /** The options of the files this run reports on (see `checkCatalog`). */
  options: Options;
  /** The schema of an entry (by its `filePath`): where its `paths` and `catalog` keys come from. */
  schemaOf(filePath: string): SchemaIndex;
  /**
   * What a folder (as `EntrySummary.folder` gives it) holds: the names of its
   * files and, with a trailing `/`, of its folders, hidden ones (`.name`) left
   * out as `ls` does, sorted; undefined when it cannot be listed.
   * Listed by the engine, once per folder per run: rules never read the disk.
   */
  folderFiles(folder: string): readonly string[] | undefined;
  /**
   * The names of a folder's regular files (hidden ones too; links, folders and
   * devices are not), from the same listing as `folderFiles`; undefined when it
   * cannot be listed.
   */
  regularFiles(folder: string): ReadonlySet<string> | undefined;
  /**
   * Entries that are not linted, governed by a template or criteria file named on the command
   * line: a rule that reports on a dataset's own files (`schema-conflict`, on its template)
   * reads their schemas (`schemaOf`) as it reads a linted entry's. Empty in most runs.
   */
  governed: readonly string[];
  report(filePath: string, report: Report): void;
}

/** A registered rule: its definition, with its options' defaults derived from their declarations. */
export interface Rule extends Omit<RuleDefinition<Record<string, unknown>>, "options"> {
  options: OptionDeclarations<Record<string, unknown>>;
  /** What `check` gets when a config sets no options: each declared option's `default`. */
  defaults: Readonly<Record<string, unknown>>;
}

/** A rule is data plus one `check` function; its defaults are derived from its option declarations. */
export function defineRule<Options extends object = Record<string, never>>(rule: RuleDefinition<Options>): Rule {
  const options = rule.options ?? ({} as OptionDeclarations<Options>);
  return { ...rule, options, defaults: optionDefaults(options) } as unknown as Rule;
}

/**
 * What reporters and shells know of a rule, handed to them by whoever calls
 * them (as ESLint's formatters get `rulesMeta`): they never import the rules.
 */
export interface RuleMeta {
  id: string;
  description: string;
  category: Rule["category"];
  defaultSeverity: Severity;
  fixable: boolean;
  /** The rule's documentation, at the tag of this version. */
  docsUrl: string;
}

/** Fill `{{name}}` placeholders; a missing value is a bug in the rule, so it throws. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    templateParts.set(template, parts);
  }
  let message = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = data[key];
    if (value === undefined) throw new Error(`Message placeholder {{${key}}} has no data`);
    message += String(value) + parts[i + 1];
  }
  return message;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;
/**
 * Each message template split once at its placeholders: `[text, key, text, …, text]`
 * (a regular expression per finding showed in 10,000-file runs). Templates are the
 * rules' own, a few hundred at most.
 */
const templateParts = new Map<string, string[]>();
