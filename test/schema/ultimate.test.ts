import { existsSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api/index.js";
import { buildEntry } from "../../src/model/build-entry.js";
import { createSourceFile } from "../../src/parse/source.js";
import { citationKeys, isBracketedCitation } from "../../src/util/citations.js";
import { SHARED } from "../helpers/real-data.js";
import { copyCatalog, writeFiles } from "../helpers/temp.js";

/** A small catalog of the ultimate-comparisons shape, written for these tests (see its README). */
const FIXTURE = resolve(import.meta.dirname, "..", "fixtures", "ultimate-catalog");
const NOW = "2026-12-01";

function findings(cwd: string, paths: string[] = []) {
  const report = lint({ cwd, now: NOW, paths });
  return report.results.flatMap((r) => r.diagnostics.map((m) => ({ file: r.filePath, ...m })));
}

describe("the ultimate-comparisons shape", () => {
  it("lints data/*.md against data/template.md and configuration/comparison.yml, not the template nor the README", () => {
    const dir = copyCatalog(FIXTURE);
    const report = lint({ cwd: dir, now: NOW });
    expect(report.results.map((r) => r.filePath)).toEqual(["data/alpha.md", "data/betaTool.md", "data/gamma.md"]);
    // The catalog's own schema (named after its folder), not the built-in preset.
    expect(new Set(report.results.map((r) => r.schema))).toEqual(new Set([basename(dir)]));
    const all = findings(dir);
    // The criteria's LABEL values decide: `medium` is no Performance.
    expect(all.filter((f) => f.ruleId === "label-value").map((f) => [f.file, f.message])).toEqual([
      ["data/betaTool.md", "Unexpected `medium` for `Performance`, expected one of `slow` or `fast`"],
    ]);
    // Titles joined by a hyphen with or without spaces, criteria left out, citations, an empty
    // `##` of the template (Notes) holding free text: none of them is a finding.
    for (const rule of ["title", "required-section", "section-placement", "unknown-section", "template-leftover"]) {
      expect(all.filter((f) => f.ruleId === rule)).toEqual([]);
    }
  });

  it("checks each pandoc citation key against the catalog's .bib file, with did-you-mean", () => {
    const dir = copyCatalog(FIXTURE);
    expect(
      findings(dir)
        .filter((f) => f.ruleId === "citation")
        .map((f) => [f.file, f.range.start.line, f.range.start.column, f.message]),
    ).toEqual([
      [
        "data/betaTool.md",
        12,
        23,
        "Unexpected citation key `smtih2020`, expected a key of `data/literature.bib` (did you mean `smith2020`?)",
      ],
    ]);
  });

  it("finds the template in any case and still skips it", () => {
    const dir = copyCatalog(FIXTURE);
    writeFiles(dir, { "data/TEMPLATE.md": "# Template - http://www.example.com\n\n## Performance\n- fast\n" });
    rmSync(join(dir, "data", "template.md"));
    const report = lint({ cwd: dir, now: NOW });
    const entries = report.results.filter((r) => r.filePath !== "data/TEMPLATE.md");
    expect(entries.map((r) => r.filePath)).toEqual(["data/alpha.md", "data/betaTool.md", "data/gamma.md"]);
    expect(new Set(entries.map((r) => r.schema))).toEqual(new Set([basename(dir)]));
    // Not linted as an entry: the template only carries where it and comparison.yml now disagree.
    const template = report.results.find((r) => r.filePath === "data/TEMPLATE.md");
    expect(template?.diagnostics.map((d) => d.ruleId)).toContain("schema-conflict");
    expect(template?.diagnostics.every((d) => d.ruleId === "schema-conflict")).toBe(true);
    // Platforms is no longer in the template but still a criterion: a conflict, not an entry's error.
    // Notes is in neither: unknown, as the template (not a preset) says.
    const unknown = findings(dir).filter((f) => f.ruleId === "unknown-section");
    expect(unknown.map((f) => f.message).filter((m) => m.includes("## Platforms"))).toEqual([]);
    expect(unknown.some((f) => f.message.includes("## Notes"))).toBe(true);
  });

  it("accepts `Name-URL` only where the schema reads titles as the framework does", () => {
    const dir = copyCatalog(FIXTURE);
    writeFiles(dir, { "other/entry.md": "# Beta Tool-https://beta.example.com\n\n## General Info\n" });
    const title = findings(dir, ["other/entry.md"]).filter((f) => f.ruleId === "title");
    expect(title.map((f) => f.message)).toEqual([
      "Unexpected title `Beta Tool-https://beta.example.com`, expected ` - ` (space, hyphen, space) between the name and the URL",
    ]);
  });

  it("splits loose titles as the framework's splitNameUrl does", () => {
    for (const [text, name, url] of [
      ["# Beta Tool-https://beta.example.com", "Beta Tool", "https://beta.example.com"],
      ["# Gamma -https://g.example.com", "Gamma", "https://g.example.com"],
      ["# Multi-Word - https://m.example.com", "Multi-Word", "https://m.example.com"],
      ["# Old-www.example.com", "Old", "www.example.com"],
    ] as const) {
      const { title } = buildEntry(createSourceFile("x.md", `${text}\n`));
      expect([title?.name, title?.url]).toEqual([name, url]);
    }
    expect(buildEntry(createSourceFile("x.md", "# Name-ftp-less\n")).title?.url).toBeUndefined();
  });

  it("reports a full list kept only where the template or the config asks for it", () => {
    const dir = copyCatalog(FIXTURE);
    expect(findings(dir, ["data/alpha.md"]).filter((f) => f.ruleId === "template-leftover")).toEqual([]);
    writeFiles(dir, {
      ".catalog-lintrc.json": JSON.stringify({
        rules: { "template-leftover": ["error", { fullListFields: ["Platforms"] }] },
      }),
    });
    expect(
      findings(dir, ["data/alpha.md"])
        .filter((f) => f.ruleId === "template-leftover")
        .map((f) => f.message),
    ).toEqual(["Unexpected full template list in `Platforms` (3 values), expected only the values that apply"]);
  });
  it("follows the framework: any file name, any order of the `##` criteria, unless the config asks", () => {
    const dir = copyCatalog(FIXTURE);
    // The framework's own sample names its entries `Default1.md`, `Default4(0.0.1alpha).md`, and
    // shows the criteria in the configuration's order, whatever the file's.
    writeFiles(dir, {
      "data/Default4(0.0.1alpha).md":
        "# Delta - https://delta.example.com\nA tool.\n\n## Repository\nhttps://github.com/example/delta\n\n## Performance\n- fast\n",
    });
    const rules = (found: ReturnType<typeof findings>) =>
      found.filter((f) => f.ruleId === "filename" || f.ruleId === "section-order").map((f) => [f.ruleId, f.message]);
    expect(rules(findings(dir, ["data/Default4(0.0.1alpha).md"]))).toEqual([]);
    writeFiles(dir, {
      ".catalog-lintrc.json": JSON.stringify({
        rules: {
          filename: ["warn", { pattern: "^[A-Za-z0-9]+\\.md$" }],
          "section-order": ["warn", { ultimateLayout: true }],
        },
      }),
    });
    expect(rules(findings(dir, ["data/Default4(0.0.1alpha).md"]))).toEqual([
      ["filename", "Unexpected file name `Default4(0.0.1alpha).md`, expected a name matching `^[A-Za-z0-9]+\\.md$`"],
      [
        "section-order",
        expect.stringMatching(/^Unexpected `## Repository` before `## Performance`, expected it after/),
      ],
    ]);
  });

  it("takes any number in a LABEL the framework searches by range (rangeSearch), and closes the others", () => {
    const dir = copyCatalog(FIXTURE);
    const criteria = (rangeSearch: boolean) =>
      `criteria:\n  - Stars:\n      type: LABEL\n      rangeSearch: ${rangeSearch}\n      values:\n        '100': {}\n        '200': {}\n`;
    writeFiles(dir, {
      "data/template.md": "# Template - http://www.example.com\nA tool.\n\n## Stars\n- 100\n",
      "data/alpha.md": "# Alpha - https://alpha.example.com\nA tool.\n\n## Stars\n- 233\n",
      "configuration/comparison.yml": criteria(true),
    });
    const labels = () => findings(dir, ["data/alpha.md"]).filter((f) => f.ruleId === "label-value");
    expect(labels()).toEqual([]);
    writeFiles(dir, { "configuration/comparison.yml": criteria(false) });
    expect(labels().map((f) => f.message)).toEqual(["Unexpected `233` for `Stars`, expected one of `100` or `200`"]);
  });
});

describe("pandoc citations", () => {
  it("reads the keys of bracketed citations", () => {
    expect(citationKeys("[@smith2020]")).toEqual(["smith2020"]);
    expect(citationKeys("[@a; @b]")).toEqual(["a", "b"]);
    expect(citationKeys("[see @key, p. 3]")).toEqual(["key"]);
    expect(citationKeys("[-@key]")).toEqual(["key"]);
    expect(citationKeys("[@Adi:2004:ASM:988145.988150]")).toEqual(["Adi:2004:ASM:988145.988150"]);
  });

  it("tells placeholders and prose mentioning a handle from citations", () => {
    expect(isBracketedCitation("[Provide a short description here]")).toBe(false);
    expect(isBracketedCitation("[Supports inline directives (examples reported: @Agent, #Context) and more]")).toBe(
      false,
    );
    expect(isBracketedCitation("[email me at a@b.c]")).toBe(false);
  });
});

const ULTIMATE_CORPUS = join(SHARED, "corpus", "ultimate-comparison-framework");
const HAS_ULTIMATE = existsSync(join(ULTIMATE_CORPUS, "configuration", "comparison.yml"));
if (!HAS_ULTIMATE) {
  console.warn(
    `catalog-lint tests: skipping "real data: the ultimate-comparison-framework sample": ${ULTIMATE_CORPUS} is absent`,
  );
}

describe.skipIf(!HAS_ULTIMATE)("real data: the ultimate-comparison-framework sample", () => {
  it("lints its five entries against its own template and criteria, citations included", () => {
    const dir = copyCatalog(ULTIMATE_CORPUS);
    const report = lint({ cwd: dir, now: NOW });
    expect(report.results.map((r) => r.filePath)).toEqual([
      "data/Default1.md",
      "data/Default2.md",
      "data/Default3.md",
      "data/Default4(0.0.1alpha).md",
      "data/Default5.md",
    ]);
    const all = findings(dir);
    for (const rule of ["title", "required-section", "section-placement", "unknown-section", "template-leftover"]) {
      expect(all.filter((f) => f.ruleId === rule)).toEqual([]);
    }
    // The framework's own names (`Default1.md`) and its order-free criteria are no findings.
    expect(all.filter((f) => f.ruleId === "filename" || f.ruleId === "section-order")).toEqual([]);
  });
});
