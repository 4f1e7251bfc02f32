/**
 * One name everywhere: each registered rule has its source file, its doc, its
 * fixture folder and a README row under the same id, and nothing exists for a
 * rule that is not registered.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleDocUrl, rules } from "../../src/rules/index.js";

const root = join(import.meta.dirname, "..", "..");
const ids = rules.map((r) => r.id).sort();

describe("rule parity", () => {
  it("registers every rule module and nothing else", () => {
    const modules = readdirSync(join(root, "src", "rules"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .filter((f) => f !== "index")
      .sort();
    expect(modules).toEqual(ids);
  });

  it("has a doc per rule and no orphan docs", () => {
    const docs = readdirSync(join(root, "docs", "rules"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.replace(/\.md$/, ""))
      .sort();
    expect(docs).toEqual(ids);
  });

  it("has a fixture folder per rule and no orphan folders", () => {
    const folders = readdirSync(join(root, "test", "fixtures", "rules")).sort();
    expect(folders).toEqual(ids);
  });

  it("lists every rule in the README with a link to its doc", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const id of ids) expect(readme).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
  });

  it("says in each doc, and in README's table of fixes, whether the rule fixes, as its metadata does", () => {
    for (const rule of rules) {
      const doc = readFileSync(join(root, "docs", "rules", `${rule.id}.md`), "utf8");
      expect(doc, `${rule.id}.md`).toContain(`\n- Fixable: ${rule.fixable ? "yes (`--fix`)" : "no"}\n`);
    }
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const fixes = readme.slice(readme.indexOf("| Rule | Fix |"));
    const listed = [...fixes.slice(0, fixes.indexOf("\n\n")).matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      rules
        .filter((r) => r.fixable)
        .map((r) => r.id)
        .sort(),
    );
  });

  it("writes docs with the sections a reader looks for", () => {
    for (const id of ids) {
      const doc = readFileSync(join(root, "docs", "rules", `${id}.md`), "utf8");
      for (const heading of ["## Options", "## What it checks", "## Why", "## Examples"]) {
        expect(doc, `${id}.md lacks ${heading}`).toContain(`\n${heading}\n`);
      }
    }
  });

  it("derives each rule's doc URL from its id and the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const id of ids) {
      expect(ruleDocUrl(id)).toMatch(new RegExp(`/blob/v${version.replace(/\./g, "\\.")}/docs/rules/${id}\\.md$`));
      expect(existsSync(join(root, "docs", "rules", `${id}.md`))).toBe(true);
    }
  });

  it("gives every rule a one-sentence description and message templates", () => {
    for (const rule of rules) {
      expect(rule.description).not.toMatch(/\.$/);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.messages)) expect(message).not.toMatch(/\.$/);
    }
  });
});
