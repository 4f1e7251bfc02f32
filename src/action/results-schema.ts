import type { z } from "zod";
import { configParsers } from "../util/packages.js";

/**
 * The results file (`results-file` writes it, `publish` reads it): one
 * definition, from which `npm run docs` writes
 * schema/catalog-lint-results.schema.json and with which stage 2 validates
 * what it downloads. Its `version` is bumped on any change a reader of an
 * older file could not read.
 *
 * Stage 2 reads the file from a pull request's own workflow run: untrusted,
 * so everything is bounded (string lengths, list sizes) and strict (no
 * unknown key), and each path must be a plain repository-relative one.
 */
export const RESULTS_VERSION = 1;
export const RESULTS_SCHEMA_ID =
  "https://raw.githubusercontent.com/catalog-lint/catalog-lint/main/schema/catalog-lint-results.schema.json";
/** The most findings a file holds (stage 1 writes at most this many, errors first). */
export const MAX_RESULT_FINDINGS = 25_000;
/** The most files it lists as linted. */
export const MAX_RESULT_FILES = 100_000;

/**
 * A repository-relative path with `/` separators: not empty, not absolute
 * (`/x`, `C:x`), no `.` or `..` segment, no empty segment, no `\`, no control
 * character.
 */
export const RELATIVE_PATH =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  /^(?![/\\])(?![A-Za-z]:)(?!(?:.*\/)?\.{1,2}(?:\/|$))(?!.*\/\/)(?!.*\/$)[^\\\u0000-\u001f\u007f]+$/;
const SHA = /^[0-9a-f]{40}$/;

function buildSchema() {
  const { z } = configParsers();
  const path = z.string().min(1).max(1024).regex(RELATIVE_PATH).meta({
    description: "Repository-relative path with `/` separators; never absolute, never with a `.` or `..` segment",
  });
  const position = z.number().int().min(1).max(10_000_000);
  const sha = z.string().regex(SHA);
  const finding = z.strictObject({
    path,
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    ruleId: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,63}$/)
      .meta({ description: "The rule's id (docs/rules/<id>.md)" }),
    severity: z.enum(["error", "warning"]),
    message: z.string().min(1).max(5000),
    fix: z
      .strictObject({
        range: z.tuple([z.number().int().min(0), z.number().int().min(0)]).meta({
          description: "Offsets into the file's text (without a BOM): replace [start, end) by `text`",
        }),
        text: z.string().max(100_000),
        lines: z
          .strictObject({
            start: position,
            end: position,
            text: z.string().max(100_000),
          })
          .optional()
          .meta({ description: "The whole lines start..end with the fix applied (for a suggestion)" }),
      })
      .optional(),
  });
  return z.strictObject({
    $schema: z.string().max(300).optional(),
    version: z.literal(RESULTS_VERSION).meta({ description: "The version of this file's shape" }),
    tool: z.strictObject({ name: z.literal("catalog-lint"), version: z.string().max(64) }),
    repository: z
      .string()
      .max(200)
      .regex(/^[\w.-]+\/[\w.-]+$/),
    pullRequest: z.number().int().min(1).nullable(),
    headSha: sha,
    baseSha: sha.nullable(),
    filesLinted: z.array(path).max(MAX_RESULT_FILES),
    governing: z.array(path).max(1000).optional().meta({
      description:
        "Changed files that govern other entries (a template, criteria or schema file, manifest, `.catalog-lintrc.*`): the entries they govern were linted too",
    }),
    findings: z.array(finding).max(MAX_RESULT_FINDINGS),
    findingsLeftOut: z.number().int().min(0).meta({ description: "Findings not in the file (over the cap)" }),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

/** The schema, built on first use (zod loads only for a run that writes or reads a results file). */
export function resultsSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

export type Results = z.infer<ReturnType<typeof buildSchema>>;
export type ResultFinding = Results["findings"][number];
