import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import pkg from "../../package.json" with { type: "json" };
import type { Severity } from "../diagnostics/diagnostic.js";
import { crypto } from "../util/builtins.js";
import { plural } from "../util/text.js";
import type { Reporter } from "./types.js";

/** The `partialFingerprints` key; bump the version if the hashed inputs ever change. */
export const FINGERPRINT_KEY = "catalogLint/v1";
const SRCROOT = "%SRCROOT%";

/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

const level = (severity: Severity) => (severity === "error" ? "error" : "warning");

/**
 * SARIF 2.1.0 (one run) for GitHub code scanning and other SARIF viewers.
 * Every rule of `rulesMeta` is listed in `tool.driver.rules`; locations are
 * relative to `%SRCROOT%`, the working directory.
 */
export const sarif: Reporter = (results, context) => sarifWithLimit(results, context, Number.POSITIVE_INFINITY);

/**
 * `sarif` with at most `maxResults` results, errors first (the Action's file,
 * for upload-sarif): the rest are left out, and a warning in the run's
 * `invocations` says how many. Fingerprints are those of the whole log.
 */
export function sarifWithLimit(
  results: Parameters<Reporter>[0],
  { cwd, rulesMeta }: Parameters<Reporter>[1],
  maxResults: number,
): string {
  const ruleIndex = new Map(rulesMeta.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.filePath);
    return result.diagnostics.map((d) => {
      // The nth identical (rule, file, message) stays the nth when unrelated lines move.
      const identity = JSON.stringify([d.ruleId, result.filePath, d.message]);
      const occurrence = (occurrences.get(identity) ?? 0) + 1;
      occurrences.set(identity, occurrence);
      const fingerprint = crypto()
        .createHash("sha256")
        .update(JSON.stringify([d.ruleId, result.filePath, d.message, occurrence]))
        .digest("hex");
      const index = ruleIndex.get(d.ruleId);
      return {
        ruleId: d.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: level(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: d.range.start.line,
                startColumn: d.range.start.column,
                endLine: d.range.end.line,
                endColumn: d.range.end.column,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      };
    });
  });
  const { kept, left } = errorsFirst(sarifResults, maxResults);
  const root = pathToFileURL(cwd).href;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "catalog-lint",
            version: pkg.version,
            informationUri: pkg.homepage,
            rules: rulesMeta.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: {
                text: `${rule.description.replace(/\.?$/, ".")} Category: ${rule.category}. ${
                  rule.fixable ? "Fixable with `--fix`." : "Not automatically fixable."
                }`,
              },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: level(rule.defaultSeverity) },
              properties: { tags: [rule.category] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith("/") ? root : `${root}/` } },
        // Columns count UTF-16 code units, as JavaScript string offsets do.
        columnKind: "utf16CodeUnits",
        ...(left > 0 ? { invocations: [leftOutNotification(left, maxResults)] } : {}),
        results: kept,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The first `max` results, errors before warnings, each kept in its place. */
function errorsFirst<T extends { level: string }>(all: T[], max: number): { kept: T[]; left: number } {
  if (all.length <= max) return { kept: all, left: 0 };
  let errorsRoom = Math.min(max, all.filter((r) => r.level === "error").length);
  let warningsRoom = max - errorsRoom;
  const kept = all.filter((r) => (r.level === "error" ? errorsRoom-- > 0 : warningsRoom-- > 0));
  return { kept, left: all.length - kept.length };
}

function leftOutNotification(left: number, max: number) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: [
      {
        level: "warning",
        message: {
          text: `${plural(left, "more result was", "more results were")} left out: a run holds at most ${max} (GitHub code scanning rejects more), errors first. Run catalog-lint locally to see them all.`,
        },
      },
    ],
  };
}

/**
 * A relative path becomes a URI reference against `%SRCROOT%`: each segment is
 * percent-encoded (spaces, `%`, `#`, `?`, and `:`, which could otherwise read
 * as a scheme), `/` separators are kept.
 */
function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
