import * as core from "@actions/core";
import { SUPPRESSIONS_FILE } from "../files/suppressions-file.js";
import { CatalogLintError } from "../util/errors.js";

export type FailOn = "error" | "warning" | "never";
export type AnnotationMode = "auto" | "checks" | "commands" | "none";

export interface ActionInputs {
  token: string;
  /** The `paths` input's folders, files and globs (newline- or comma-separated; read by `includeOfPaths`); empty = the config's `include`. */
  paths: string[];
  config?: string;
  schema?: string;
  failOn: FailOn;
  onlyChanged: boolean;
  annotations: AnnotationMode;
  summary: boolean;
  comment: boolean;
  /** Post fixable findings on the diff's lines as one review of suggestions (src/action/suggestions.ts). */
  suggestions: boolean;
  sarifFile?: string;
  /** Stage 1 of the fork workflow: also write the results file here (src/action/results-file.ts). */
  resultsFile?: string;
  /** Stage 2: publish this results file, on a `workflow_run` event (src/action/publish-results.ts). */
  publish?: string;
  /** The suppressions file's path as given (default catalog-lint-suppressions.json): see src/action/suppressions.ts. */
  suppressionsFile: string;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CatalogLintError(`Input \`${name}\` is \`${value}\`, expected one of ${allowed.join(", ")}`);
}

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (["true", "yes", "on", "1"].includes(raw)) return true;
  if (["false", "no", "off", "0"].includes(raw)) return false;
  throw new CatalogLintError(`Input \`${name}\` is \`${raw}\`, expected true or false`);
}

/** Read and validate the action's inputs (action.yml documents each one). */
export function readInputs(): ActionInputs {
  const token = core.getInput("github-token");
  // Never let the token reach the log, whatever prints it later.
  if (token) core.setSecret(token);
  const inputs: ActionInputs = {
    token,
    paths: core
      .getInput("paths")
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean),
    failOn: oneOf("fail-on", core.getInput("fail-on").trim() || "error", ["error", "warning", "never"] as const),
    onlyChanged: bool("only-changed", true),
    annotations: oneOf("annotations", core.getInput("annotations").trim() || "auto", [
      "auto",
      "checks",
      "commands",
      "none",
    ] as const),
    summary: bool("summary", true),
    comment: bool("comment", false),
    suggestions: bool("suggestions", false),
    suppressionsFile: core.getInput("suppressions-file").trim() || SUPPRESSIONS_FILE,
  };
  const config = core.getInput("config").trim();
  const schema = core.getInput("schema").trim();
  const sarif = core.getInput("sarif-file").trim();
  const resultsFile = core.getInput("results-file").trim();
  const publish = core.getInput("publish").trim();
  if (config) inputs.config = config;
  if (schema) inputs.schema = schema;
  if (sarif) inputs.sarifFile = sarif;
  if (resultsFile) inputs.resultsFile = resultsFile;
  if (publish) inputs.publish = publish;
  return inputs;
}
