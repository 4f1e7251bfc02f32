/**
 * The types the programmatic API (src/api/index.ts) hands out, written
 * without zod's: the package has no runtime dependencies, so its declarations
 * (dist/types/, generated from this file by scripts/build.mjs) must not name
 * a package a user does not have. test/api/api.test.ts checks that the
 * config file's own type (src/config/schema.ts) fits `CatalogLintConfig`.
 */
/** A rule's setting: off, a severity, or a severity and the rule's options. */
export type RuleSeverity = "off" | "warn" | "error";
export type RuleSettingValue = RuleSeverity | [RuleSeverity] | [RuleSeverity, Record<string, unknown>];
/** What a `.catalog-lintrc.*` file holds, checked (see schema/catalog-lintrc.schema.json). */
export interface CatalogLintConfig {
    $schema?: string | undefined;
    include?: string[] | undefined;
    exclude?: string[] | undefined;
    schema?: string | undefined;
    maxFileSize?: number | undefined;
    rules?: {
        [ruleId: string]: RuleSettingValue | undefined;
    } | undefined;
    overrides?: Array<{
        files: string | string[];
        schema?: string | undefined;
        rules?: {
            [ruleId: string]: RuleSettingValue | undefined;
        } | undefined;
    }> | undefined;
}
/** A config as `loadConfig` found it. */
export interface LoadedCatalogLintConfig {
    config: CatalogLintConfig;
    /** The file's absolute path; none when no config file was found (the defaults). */
    path?: string;
    /** The folder the config's globs and paths are relative to. */
    dir: string;
}
/** Where a run is and what it is told, as the CLI's options tell it. */
export interface RunSettings {
    /** The catalog's root; default `process.cwd()`. */
    cwd?: string;
    /** This config file instead of the nearest `.catalog-lintrc.*` (`--config`). */
    configFile?: string;
    /** One schema for every file (`--schema`): a preset id, a template `.md`, a schema `.json`/`.yaml`. */
    schema?: string;
    /** "Today" as `YYYY-MM-DD` (`--now`); default the `CATALOG_LINT_NOW` variable, else the UTC date. */
    now?: string;
}
export interface LintFilesOptions extends RunSettings {
    /** Files, folders or globs, relative to `cwd`; none means every catalog entry. */
    paths?: readonly string[];
    /** Skip the given paths that are not catalog entries (`--catalog-files-only`). */
    catalogFilesOnly?: boolean;
}
export interface LintTextOptions extends RunSettings {
    /** The file the text stands for (`--stdin-filename`): its schema, its config overrides, its folder; default `<stdin>`. */
    filePath?: string;
    /** Apply every safe fix to the text (nothing is written): the fixed text is `output`. */
    fix?: boolean;
    /** With `fix`: only these rules' fixes (`--fix-rule`). */
    fixRules?: readonly string[];
}
/** A 1-based position, and the 0-based offset into the file's text (without a BOM). */
export interface Position {
    line: number;
    column: number;
    offset: number;
}
/** One finding, as every reporter gets it. */
export interface LintMessage {
    ruleId: string;
    severity: "error" | "warn";
    message: string;
    /** Half-open: `end` is the first position after the finding. */
    range: {
        start: Position;
        end: Position;
    };
    /** The safe fix: replace the text in `[range[0], range[1])` by `text`. */
    fix?: {
        range: [number, number];
        text: string;
    };
    /** The rule's documentation. */
    url?: string;
}
/** One file's findings, sorted by position then rule. */
export interface LintFileResult {
    /** Relative to `cwd`, with `/`. */
    filePath: string;
    diagnostics: LintMessage[];
    /** The schema the file was checked against (a preset id, dataset id or path). */
    schema?: string;
}
export interface LintReport {
    /** Every linted file (with or without findings), sorted by path. */
    results: LintFileResult[];
    errorCount: number;
    warningCount: number;
    /** One line each: a dataset without a template, and the like. */
    notices: string[];
}
export interface LintTextReport extends LintReport {
    /** With `fix`: the text with its fixes applied (the same text when there was nothing to fix). */
    output?: string;
}
