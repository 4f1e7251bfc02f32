/**
 * Every channel carries front-matter and path/catalog findings: a small catalog gives one
 * finding of each of front-matter-syntax, front-matter-keys, front-matter-value, body-length,
 * entry-path, folder-files, same-sections and citation, rendered by every reporter (and the
 * Action's job summary). SARIF is validated against the official 2.1.0 schema.
 */
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { renderSummary } from "../../src/action/summary.js";
import { lint } from "../../src/api/index.js";
import type { FileResult } from "../../src/diagnostics/diagnostic.js";
import { github } from "../../src/reporters/github.js";
import { json } from "../../src/reporters/json.js";
import { markdown } from "../../src/reporters/markdown.js";
import { sarif } from "../../src/reporters/sarif.js";
import { stylish } from "../../src/reporters/stylish.js";
import type { ReportContext } from "../../src/reporters/types.js";
import { ruleDocUrl, rulesMeta } from "../../src/rules/index.js";
import { SARIF_SCHEMA } from "../helpers/embedded.js";
import { tempDir } from "../helpers/temp.js";

const RULES = [
  "body-length",
  "citation",
  "entry-path",
  "folder-files",
  "front-matter-keys",
  "front-matter-syntax",
  "front-matter-value",
  "same-sections",
];

const SCHEMA = `name: topics
groups: []
title: { from: frontMatter, key: topic }
body: { open: true, maxLength: 100 }
bibliography: { source: refs.bib, keys: [smith2020] }
frontMatter:
  required: true
  closed: true
  keys:
    topic: { type: string, required: true }
    kind: { type: string, enum: [tool, language] }
paths:
  folder: { pattern: "^[a-z0-9-]+$" }
  onlyFiles: ["*.md"]
catalog: { sameSections: true }
`;

/** The odd folder's name holds what workflow-command properties must escape: `%`, `,` and `:`. */
const ODD = "topics/Odd 50%,a:b/index.md";

const FILES = {
  ".catalog-lintrc.yaml": 'schema: schema.yaml\ninclude: ["topics/**/*.md"]\n',
  "schema.yaml": SCHEMA,
  "topics/git/index.md": "---\ntopic: git\nkind: tool\ncolour: red\n---\nGit tracks history [@smith2020].\n",
  "topics/lang/go.md": '---\ntopic: go\nkind: "50%, t:ol"\n---\nGo is a language.\n\n## History\n\nSince 2009.\n',
  "topics/lang/rust.md": "---\ntopic: rust\nkind: language\n---\nRust is a language.\n",
  "topics/lang/zig.md": "---\ntopic: zig\nkind: language\n---\nZig, see [@smtih2020].\n\n## History\n\nSince 2016.\n",
  "topics/lang/notes.txt": "notes\n",
  [ODD]: "---\ntopic: odd\nkind: tool\n---\nOdd.\n",
  "topics/dup/index.md": `---\ntopic: dup\ntopic: dup\nkind: tool\n---\n${"A body far too long. ".repeat(6)}\n`,
};

const cwd = tempDir("channels", FILES);
const results = lint({ cwd, now: "2026-12-03" }).results as FileResult[];
const found = results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.filePath, ...d })));
const context: ReportContext = { color: false, cwd, rulesMeta: rulesMeta() };

describe("front-matter and path/catalog findings reach every channel", () => {
  it("the catalog gives exactly one finding of each rule", () => {
    expect(found.map((f) => f.ruleId).sort()).toEqual(RULES);
    expect(found.find((f) => f.ruleId === "entry-path")?.file).toBe(ODD);
  });

  it("stylish: every finding's rule and message", () => {
    const out = stylish(results, context);
    for (const f of found) {
      expect(out).toContain(f.file);
      expect(out).toContain(f.ruleId);
    }
    expect(out).toContain("8 problems");
  });

  it("json: every finding, with its message and position", () => {
    const parsed = JSON.parse(json(results, context)) as Array<{
      messages: Array<{ ruleId: string; message: string; line: number; column: number }>;
    }>;
    const messages = parsed.flatMap((f) => f.messages);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(RULES);
    for (const f of found) {
      expect(messages).toContainEqual(
        expect.objectContaining({ ruleId: f.ruleId, message: f.message, line: f.range.start.line }),
      );
    }
  });

  it("github: one workflow command per finding, `%`, `,`, `:`, CR and LF escaped", () => {
    const out = github(results, context);
    const lines = out.slice(0, -1).split("\n");
    expect(lines).toHaveLength(RULES.length);
    for (const line of lines) expect(line).toMatch(/^::(?:error|warning) file=[^:]*,line=\d+.*,title=[a-z-]+::/);
    // Properties escape `%`, `,` and `:`; data escapes `%` only.
    expect(out).toContain("::error file=topics/Odd 50%25%2Ca%3Ab/index.md,line=1,");
    expect(out).toContain("::Unexpected folder name `Odd 50%25,a:b`");
    expect(out).toContain("Unexpected `50%25, t:ol` for `kind`");
    // No finding's text holds CR or LF here; one that did must not break the line.
    const [first] = results.filter((r) => r.filePath === ODD);
    const broken = {
      ...first,
      filePath: "a\r\nb.md",
      diagnostics: first?.diagnostics.map((d) => ({ ...d, message: "x\r\ny" })),
    };
    expect(github([broken as FileResult], context)).toBe(
      "::error file=a%0D%0Ab.md,line=1,endLine=1,col=1,endColumn=1,title=entry-path::x%0D%0Ay\n",
    );
  });

  it("markdown and the Action's job summary: every finding, linked to its rule's doc", () => {
    const md = markdown(results, context);
    const summary = renderSummary(results, {
      repoUrl: "https://github.com/o/r",
      sha: "abc",
      filesLinted: results.length,
      mode: "all",
      notes: [],
      problems: [],
      limit: 1_000_000,
    });
    for (const out of [md, summary]) {
      for (const id of RULES) expect(out).toContain(ruleDocUrl(id));
    }
  });

  it("sarif: valid against the official 2.1.0 schema, every rule that appears in tool.driver.rules with its help URI", () => {
    const ajv = new Ajv.default({
      allErrors: true,
      strict: false,
      // The schema's formats: URIs checked loosely, as the reporters test does in detail.
      formats: { "uri-reference": true, uri: (t: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(t), "date-time": true },
    });
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as { id: string };
    ajv.addSchema(schema);
    const validate = ajv.getSchema(schema.id) ?? expect.unreachable("SARIF schema not registered");
    // biome-ignore lint/suspicious/noExplicitAny: a parsed SARIF log, checked field by field
    const log: any = JSON.parse(sarif(results, context));
    expect(validate(log) ? "valid" : ajv.errorsText(validate.errors)).toBe("valid");
    const run = log.runs[0];
    expect(run.results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(RULES);
    const listed = new Map(run.tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri]));
    for (const id of RULES) expect(listed.get(id)).toBe(ruleDocUrl(id));
    // Each result points at its rule's entry.
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });
});
