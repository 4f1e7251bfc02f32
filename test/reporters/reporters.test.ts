import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { HELP, parseCliArgs } from "../../src/cli/args.js";
import type { Diagnostic, FileResult } from "../../src/diagnostics/diagnostic.js";
import { lint } from "../../src/lint/linter.js";
import type { Range } from "../../src/parse/source.js";
import { escapeData, escapeProperty, github } from "../../src/reporters/github.js";
import { reporters } from "../../src/reporters/index.js";
import { json } from "../../src/reporters/json.js";
import { markdown } from "../../src/reporters/markdown.js";
import { FINGERPRINT_KEY, sarif } from "../../src/reporters/sarif.js";
import type { ReportContext } from "../../src/reporters/types.js";
import { ruleDocUrl, rules, rulesMeta } from "../../src/rules/index.js";
import { EXAMPLE_CATALOG as CATALOG, SARIF_SCHEMA } from "../helpers/embedded.js";

const context: ReportContext = { color: false, cwd: "/home/ci/my catalog", rulesMeta: rulesMeta() };

function range(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number) {
  return {
    start: { line, column, offset },
    end: { line: endLine, column: endColumn, offset: endOffset },
  } satisfies Range;
}

function diagnostic(ruleId: string, message: string, where: Range, severity: Diagnostic["severity"] = "error") {
  return { ruleId, severity, message, range: where, url: ruleDocUrl(ruleId) } satisfies Diagnostic;
}

/** Hand-built results, in the order `lint()` gives them: by file, then by position. */
const FIXTURE: FileResult[] = [
  { filePath: "clean.md", diagnostics: [], schema: "awesome-comparisons" },
  {
    filePath: "datasets/my tools/50% off.md",
    schema: "my-tools",
    diagnostics: [
      diagnostic(
        "url",
        "Unexpected `none` for `Repo`, expected an absolute `http(s)://` URL or `-` if there is none",
        range(14, 3, 210, 14, 7, 214),
      ),
    ],
  },
  {
    filePath: "datasets/tools/alpha.md",
    schema: "tools",
    diagnostics: [
      diagnostic("title", "Unexpected title `Alpha`, expected `# Name - URL`", range(1, 1, 0, 1, 8, 7)),
      diagnostic(
        "section-order",
        "Unexpected group `Rating` before `General Info`, expected the schema's order",
        range(5, 1, 40, 9, 1, 95),
        "warn",
      ),
      {
        ...diagnostic(
          "label-value",
          "Unexpected `Foo, Bar: 100%` for `Classification`, expected one of `Code/Editor`",
          range(12, 3, 120, 12, 17, 134),
        ),
        fix: { range: [120, 134], text: "Code/Editor" },
      },
    ],
  },
];

// --- GitHub workflow commands ------------------------------------------------

interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** Reverse of @actions/core's escaping, one token at a time. */
function unescapeCommand(text: string, property: boolean): string {
  const tokens: Record<string, string> = { "%25": "%", "%0D": "\r", "%0A": "\n" };
  if (property) Object.assign(tokens, { "%3A": ":", "%2C": "," });
  return text.replace(/%(?:25|0D|0A|3A|2C)/g, (token) => tokens[token] ?? token);
}

/** Parse one line the way the Actions runner does: `::name k=v,k=v::data`, split at the first `::` after the name. */
function parseCommand(line: string): ParsedCommand {
  expect(line.startsWith("::")).toBe(true);
  const end = line.indexOf("::", 2);
  expect(end).toBeGreaterThan(2);
  const info = line.slice(2, end);
  const space = info.indexOf(" ");
  const command = space === -1 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of info.slice(space + 1).split(",")) {
      const eq = pair.indexOf("=");
      expect(eq).toBeGreaterThan(0);
      const key = pair.slice(0, eq);
      expect(properties).not.toHaveProperty(key);
      properties[key] = unescapeCommand(pair.slice(eq + 1), true);
    }
  }
  return { command, properties, data: unescapeCommand(line.slice(end + 2), false) };
}

/** Every line the runner would read (it splits on CR, LF and CRLF) must be one of our annotations. */
function commandLines(output: string): string[] {
  expect(output.endsWith("\n")).toBe(true);
  const lines = output.slice(0, -1).split(/\r\n|\r|\n/);
  for (const line of lines) expect(line).toMatch(/^::(error|warning) file=/);
  return lines;
}

/** Each annotation unescapes back to exactly its finding. */
function expectRoundTrip(output: string, results: readonly FileResult[]): void {
  const expected = results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.filePath, d })));
  const lines = commandLines(output);
  expect(lines).toHaveLength(expected.length);
  lines.forEach((line, i) => {
    const { file, d } = expected[i] ?? expect.unreachable();
    const { start, end } = d.range;
    const sameLine = start.line === end.line;
    expect(parseCommand(line)).toEqual({
      command: d.severity === "error" ? "error" : "warning",
      properties: {
        file,
        line: String(start.line),
        endLine: String(end.line),
        ...(sameLine ? { col: String(start.column), endColumn: String(end.column) } : {}),
        title: d.ruleId,
      },
      data: d.message,
    });
  });
}

describe("github reporter", () => {
  it("prints one workflow command per finding, in input order", () => {
    expect(github(FIXTURE, context)).toBe(
      [
        "::error file=datasets/my tools/50%25 off.md,line=14,endLine=14,col=3,endColumn=7,title=url::Unexpected `none` for `Repo`, expected an absolute `http(s)://` URL or `-` if there is none",
        "::error file=datasets/tools/alpha.md,line=1,endLine=1,col=1,endColumn=8,title=title::Unexpected title `Alpha`, expected `# Name - URL`",
        "::warning file=datasets/tools/alpha.md,line=5,endLine=9,title=section-order::Unexpected group `Rating` before `General Info`, expected the schema's order",
        "::error file=datasets/tools/alpha.md,line=12,endLine=12,col=3,endColumn=17,title=label-value::Unexpected `Foo, Bar: 100%25` for `Classification`, expected one of `Code/Editor`",
        "",
      ].join("\n"),
    );
    expectRoundTrip(github(FIXTURE, context), FIXTURE);
  });

  it("prints nothing when there are no findings", () => {
    expect(github([], context)).toBe("");
    expect(github([{ filePath: "clean.md", diagnostics: [] }], context)).toBe("");
  });

  it("escapes exactly as @actions/core does", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext%3A a%2C b");
    expect(escapeData("%0A")).toBe("%250A");
    expect(escapeProperty("::")).toBe("%3A%3A");
  });

  it("never lets file names or messages start a workflow command", () => {
    const hostile = [
      "\n::add-mask::secret",
      "%0A::error::x",
      "::stop-commands::token",
      "\r\n::set-output name=x::y",
      "a, b: c",
      "trailing\r",
      "lone\rreturn ::warning::z",
      "%25%0D%3A%2C%",
      "key=value,file=other.md::data",
      "",
    ];
    const files = [
      "datasets/evil,name:1.md",
      "dir/\n::add-mask::secret.md",
      "x%0A::error::y.md",
      "a::stop-commands::token.md",
      "b\r\n::set-output name=x::y.md",
      "c, d: e=f.md",
    ];
    const results: FileResult[] = files.map((filePath, f) => ({
      filePath,
      diagnostics: hostile.map((message, m) =>
        diagnostic(
          "url",
          message,
          m % 2 === 0 ? range(m + 1, 1, 0, m + 1, 5, 4) : range(m + 1, 2, 0, m + 3, 1, 9),
          (f + m) % 3 === 0 ? "warn" : "error",
        ),
      ),
    }));
    const output = github(results, context);
    expect(output).not.toContain("\r");
    expect(output.match(/\n/g)).toHaveLength(files.length * hostile.length);
    expectRoundTrip(output, results);
    // The hostile text survives only in escaped form.
    expect(output).toContain("::error file=datasets/evil%2Cname%3A1.md,line=");
    expect(output).toContain("file=dir/%0A%3A%3Aadd-mask%3A%3Asecret.md,");
    expect(output).toContain("::%0A::add-mask::secret\n");
    expect(output).toContain("::%250A::error::x\n");
    expect(output).toContain("::%0D%0A::set-output name=x::y\n");
  });
});

// --- SARIF -------------------------------------------------------------------

// The schema's `format`s, checked for real rather than ignored (RFC 3986 characters and percent-escapes).
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
// ajv-draft-04 is CommonJS: under NodeNext its class is the module's `default` (also set at runtime).
const ajv = new Ajv.default({
  allErrors: true,
  strict: false,
  formats: {
    "uri-reference": URI_REFERENCE,
    uri: (text: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) && URI_REFERENCE.test(text),
    "date-time": (text: string) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)),
  },
});
const sarifSchema = JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as { id: string };
// The schema names itself by draft-04 `id`; register it once and validate by that id.
ajv.addSchema(sarifSchema);
const validateSarif = ajv.getSchema(sarifSchema.id) ?? expect.unreachable("SARIF schema not registered");

// biome-ignore lint/suspicious/noExplicitAny: a parsed SARIF log, checked field by field below
type SarifLog = any;

/** Valid against the official schema, plus the spec rules a schema cannot express. */
function expectValidSarif(text: string, results: readonly FileResult[], cwd: string): SarifLog {
  expect(text.endsWith("}\n")).toBe(true);
  const log: SarifLog = JSON.parse(text);
  expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
  const valid = validateSarif(log);
  expect(valid ? "valid" : ajv.errorsText(validateSarif.errors, { separator: "\n" })).toBe("valid");

  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  const base: string = run.originalUriBaseIds["%SRCROOT%"].uri;
  expect(base).toMatch(/^file:\/\/\/(.*\/)?$/);
  expect(decodeURIComponent(new URL(base).pathname)).toBe(`${cwd.replace(/\/$/, "")}/`);
  expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));

  const expected = results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.filePath, d })));
  expect(run.results).toHaveLength(expected.length);
  run.results.forEach((result: SarifLog, i: number) => {
    const { file, d } = expected[i] ?? expect.unreachable();
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe(d.ruleId);
    expect(result.level).toBe(d.severity === "error" ? "error" : "warning");
    expect(result.message.text).toBe(d.message);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
    // A relative reference (no scheme, query or fragment) that resolves against the root back to the file.
    const resolved = new URL(artifactLocation.uri, base);
    expect([resolved.protocol, resolved.search, resolved.hash]).toEqual(["file:", "", ""]);
    expect(decodeURIComponent(resolved.pathname)).toBe(posix.join(cwd, file));
    expect(decodeURIComponent(artifactLocation.uri)).toBe(file);
    expect(region).toEqual({
      startLine: d.range.start.line,
      startColumn: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
    });
    expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });
  const fingerprints = run.results.map((r: SarifLog) => r.partialFingerprints[FINGERPRINT_KEY]);
  expect(new Set(fingerprints).size).toBe(fingerprints.length);
  return log;
}

const fingerprints = (results: FileResult[]): string[] =>
  JSON.parse(sarif(results, context)).runs[0].results.map(
    (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY],
  );

describe("sarif reporter", () => {
  it("writes a SARIF 2.1.0 log with one run", () => {
    const text = sarif(FIXTURE, context);
    const log = expectValidSarif(text, FIXTURE, context.cwd);
    // The whole document, exactly, with the rule catalogue checked separately below.
    const { rules: driverRules, ...driver } = log.runs[0].tool.driver;
    expect(driverRules).toHaveLength(rules.length);
    const withoutRules = { ...log, runs: [{ ...log.runs[0], tool: { driver } }] };
    expect(`${JSON.stringify(withoutRules, null, 2)}\n`).toBe(GOLDEN_SARIF);
  });

  it("lists every registered rule with its metadata", () => {
    const driver = JSON.parse(sarif([], context)).runs[0].tool.driver;
    expect(driver.rules).toHaveLength(rules.length);
    const byId = new Map(driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId.get("title")).toEqual({
      id: "title",
      name: "title",
      shortDescription: { text: "An entry should start with exactly one `# Name - URL` heading" },
      fullDescription: {
        text: "An entry should start with exactly one `# Name - URL` heading. Category: structure. Not automatically fixable.",
      },
      helpUri: `https://github.com/catalog-lint/catalog-lint/blob/v${pkg.version}/docs/rules/title.md`,
      defaultConfiguration: { level: "error" },
      properties: { tags: ["structure"] },
    });
    for (const rule of rules) {
      expect(byId.get(rule.id)).toEqual({
        id: rule.id,
        name: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: {
          text: `${rule.description}. Category: ${rule.category}. ${rule.fixable ? "Fixable with `--fix`." : "Not automatically fixable."}`,
        },
        helpUri: ruleDocUrl(rule.id),
        defaultConfiguration: { level: rule.defaultSeverity === "error" ? "error" : "warning" },
        properties: { tags: [rule.category] },
      });
    }
    // Both levels and both fixabilities are represented, so the mapping above is exercised.
    expect(new Set(rules.map((r) => r.defaultSeverity))).toEqual(new Set(["error", "warn"]));
    expect(new Set(rules.map((r) => r.fixable))).toEqual(new Set([true, false]));
  });

  it("is checked by a validator that rejects invalid logs", () => {
    const valid = JSON.parse(sarif(FIXTURE, context));
    expect(validateSarif(valid)).toBe(true);
    const broken = [
      (log: SarifLog) => {
        log.runs[0].results[0].level = "warn";
      },
      (log: SarifLog) => {
        log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "a b.md";
      },
      (log: SarifLog) => {
        log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      },
      (log: SarifLog) => {
        log.runs[0].tool.driver.rules[0].helpUri = "not a uri";
      },
      (log: SarifLog) => {
        delete log.version;
      },
    ];
    for (const breakIt of broken) {
      const log = structuredClone(valid);
      breakIt(log);
      expect(validateSarif(log)).toBe(false);
    }
  });

  it("is valid with no findings, and keeps an empty results array", () => {
    const log = expectValidSarif(sarif([], context), [], context.cwd);
    expect(log.runs[0].results).toEqual([]);
    expectValidSarif(sarif([{ filePath: "clean.md", diagnostics: [] }], { ...context, cwd: "/" }), [], "/");
  });

  it("percent-encodes paths into relative URI references, keeping `/`", () => {
    const paths = ["a dir/x#1?.md", "c:evil.md", "100%/ü ñ.md", "[brackets]/semi;colon@at.md", "../outside.md"];
    const results: FileResult[] = paths.map((filePath) => ({
      filePath,
      diagnostics: [diagnostic("title", "m", range(1, 1, 0, 1, 2, 1))],
    }));
    const log = expectValidSarif(sarif(results, context), results, context.cwd);
    expect(log.runs[0].results.map((r: SarifLog) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      "a%20dir/x%231%3F.md",
      "c%3Aevil.md",
      "100%25/%C3%BC%20%C3%B1.md",
      "%5Bbrackets%5D/semi%3Bcolon%40at.md",
      "../outside.md",
    ]);
  });

  it("fingerprints rule, file, message and occurrence, not line numbers", () => {
    const same = "Unexpected template comment `<!-- x -->`, expected no HTML comments in an entry";
    const file = (shift: number, extra: Diagnostic[] = []): FileResult[] => [
      {
        filePath: "a.md",
        diagnostics: [
          ...extra,
          diagnostic("template-leftover", same, range(3 + shift, 1, 0, 3 + shift, 11, 10)),
          diagnostic("template-leftover", same, range(8 + shift, 1, 0, 8 + shift, 11, 10)),
          diagnostic("url", "Unexpected `x` for `Repo`", range(9 + shift, 3, 0, 9 + shift, 4, 1)),
        ],
      },
    ];
    const base = fingerprints(file(0));
    expect(base[0]).toBe(
      createHash("sha256")
        .update(JSON.stringify(["template-leftover", "a.md", same, 1]))
        .digest("hex"),
    );
    expect(new Set(base).size).toBe(3);
    // Lines inserted above: same fingerprints.
    expect(fingerprints(file(4))).toEqual(base);
    // An unrelated new finding above: the others keep theirs.
    const withExtra = fingerprints(file(2, [diagnostic("title", "Unexpected title", range(1, 1, 0, 1, 5, 4))]));
    expect(withExtra.slice(1)).toEqual(base);
    // The same findings in another file get other fingerprints.
    const other = fingerprints([{ filePath: "b.md", diagnostics: file(0)[0]?.diagnostics ?? [] }]);
    expect(other.filter((f) => base.includes(f))).toEqual([]);
  });

  it("keeps hostile text intact (JSON escaping, not stripping)", () => {
    const message = '\n::add-mask::secret %0A \u2028 "quoted" \\ </script>';
    const results: FileResult[] = [
      { filePath: "x,y:z.md", diagnostics: [diagnostic("url", message, range(2, 1, 0, 2, 3, 2))] },
    ];
    const log = expectValidSarif(sarif(results, context), results, context.cwd);
    expect(log.runs[0].results[0].message.text).toBe(message);
  });
});

// --- Registration and a real run ---------------------------------------------

describe("registration", () => {
  it("exposes every format to --format and its help text", () => {
    expect(reporters["github"]).toBe(github);
    expect(reporters["sarif"]).toBe(sarif);
    expect(reporters["markdown"]).toBe(markdown);
    expect(parseCliArgs(["--format", "github"], {}).format).toBe("github");
    expect(parseCliArgs(["-f", "sarif"], {}).format).toBe("sarif");
    expect(HELP).toMatch(/--format <name> +Output format: stylish, json, github, sarif, markdown \(default: stylish\)/);
  });
});

describe("a real run on the example catalog (real awesome-comparisons entries)", () => {
  const files = [
    "datasets/ai-chat/data/lobehub.md", // many findings, one a warning
    "datasets/aie-model/data/deepseek-r1.md", // clean
    "datasets/code-editor/data/mux.md", // findings that span lines
    "datasets/code-orchestration/data/magic.md",
    "datasets/terminal/data/kiro-cli.md", // the same message many times in one file
  ];
  const { results } = lint(files, { cwd: CATALOG, config: { config: {}, dir: CATALOG }, now: "2026-11-28" });
  // And the templates of their datasets but aie-model's, whose criteria disagree with them (schema-conflict).
  const reported = [
    ...files,
    ...["ai-chat", "code-editor", "code-orchestration", "terminal"].map(
      (id) => `datasets/${id}/config/${id}-comparison-template.md`,
    ),
  ].sort();
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const realContext: ReportContext = { color: false, cwd: CATALOG, rulesMeta: rulesMeta() };

  it("covers the cases the reporters distinguish", () => {
    expect(results.map((r) => r.filePath)).toEqual(reported);
    expect(diagnostics.some((d) => d.severity === "warn")).toBe(true);
    expect(diagnostics.some((d) => d.range.start.line !== d.range.end.line)).toBe(true);
    expect(results.some((r) => r.diagnostics.length === 0)).toBe(true);
  });

  it("json: ESLint's format, printed exactly as JSON.stringify with a 2-space indent prints it", () => {
    const output = json(results, realContext);
    const parsed = JSON.parse(output) as Array<{ filePath: string; messages: Array<{ fix?: unknown }> }>;
    expect(output).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.map((f) => f.filePath)).toEqual(reported.map((f) => join(CATALOG, f)));
    expect(parsed.flatMap((f) => f.messages)).toHaveLength(diagnostics.length);
    expect(parsed.some((f) => f.messages.some((m) => m.fix))).toBe(true);
    // Hostile text, and the empty report.
    const hostile: FileResult = {
      filePath: 'a "quoted"\\ \u2028 file.md',
      diagnostics: [
        {
          ruleId: "title",
          severity: "warn",
          message: 'Line\nbreak, "quotes", \u0000 and \ud800',
          range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 3, offset: 9 } },
          fix: { range: [0, 9], text: "\t`x`\r\n" },
        },
      ],
    };
    const text = json([hostile], realContext);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text)[0].messages[0].message).toBe(hostile.diagnostics[0]?.message);
    expect(json([], realContext)).toBe("[]\n");
  });

  it("github: one annotation line per finding", () => {
    const output = github(results, realContext);
    expect(output.split("\n")).toHaveLength(diagnostics.length + 1);
    expectRoundTrip(output, results);
  });

  it("sarif: validates against the official schema", () => {
    const log = expectValidSarif(sarif(results, realContext), results, CATALOG);
    expect(log.runs[0].results.filter((r: SarifLog) => r.level === "warning").length).toBe(
      diagnostics.filter((d) => d.severity === "warn").length,
    );
  });
});

const GOLDEN_SARIF = `{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "catalog-lint",
          "version": "${pkg.version}",
          "informationUri": "https://github.com/catalog-lint/catalog-lint"
        }
      },
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "file:///home/ci/my%20catalog/"
        }
      },
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "url",
          "ruleIndex": 14,
          "level": "error",
          "message": {
            "text": "Unexpected \`none\` for \`Repo\`, expected an absolute \`http(s)://\` URL or \`-\` if there is none"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "datasets/my%20tools/50%25%20off.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 14,
                  "startColumn": 3,
                  "endLine": 14,
                  "endColumn": 7
                }
              }
            }
          ],
          "partialFingerprints": {
            "catalogLint/v1": "d6db60d48c7616a88f385239e141f7c36030f9a740e1765747ef81e8929ffce5"
          }
        },
        {
          "ruleId": "title",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "Unexpected title \`Alpha\`, expected \`# Name - URL\`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "datasets/tools/alpha.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 8
                }
              }
            }
          ],
          "partialFingerprints": {
            "catalogLint/v1": "0ea41b9fd2304252f34d0f30d6669f5ee58841a4272669f437b239cc1a9d1bfe"
          }
        },
        {
          "ruleId": "section-order",
          "ruleIndex": 4,
          "level": "warning",
          "message": {
            "text": "Unexpected group \`Rating\` before \`General Info\`, expected the schema's order"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "datasets/tools/alpha.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 1,
                  "endLine": 9,
                  "endColumn": 1
                }
              }
            }
          ],
          "partialFingerprints": {
            "catalogLint/v1": "8a7f9b175caea2eaf746fce4c2f3e94b38ecce660a2a7d47a7d033cb3d283817"
          }
        },
        {
          "ruleId": "label-value",
          "ruleIndex": 12,
          "level": "error",
          "message": {
            "text": "Unexpected \`Foo, Bar: 100%\` for \`Classification\`, expected one of \`Code/Editor\`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "datasets/tools/alpha.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 12,
                  "startColumn": 3,
                  "endLine": 12,
                  "endColumn": 17
                }
              }
            }
          ],
          "partialFingerprints": {
            "catalogLint/v1": "0e7ead38601f5554b62c6f1a3a34621d7245e9aad2c88edbdd3b560750992489"
          }
        }
      ]
    }
  ]
}
`;
