import { github, githubStream } from "./github.js";
import { json, jsonStream } from "./json.js";
import { markdown, markdownStream } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish, stylishStream } from "./stylish.js";
import { buffered, type Reporter, type StreamingReporter } from "./types.js";

export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, github, sarif, markdown };

/** The same reporters, printing file by file (SARIF is one document: it waits for the end). */
export const streamingReporters: Readonly<Record<string, StreamingReporter>> = {
  stylish: stylishStream,
  json: jsonStream,
  github: githubStream,
  sarif: buffered(sarif),
  markdown: markdownStream,
};
