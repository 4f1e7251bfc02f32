/**
 * The catalog-level rules each ask for every entry's schema (`CatalogContext.schemaOf`); a run
 * looks each entry's up once (bench/README.md's ledger: 1,366 lookups instead of one per rule and
 * entry on github/explore), and the rules still see each entry's own schema.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { Linter, lint } from "../../src/lint/linter.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "github-explore");
const SUBSET = join(ROOT, "test", "fixtures", "github-explore");

describe("catalog rules and the entries' schemas", () => {
  it("look each entry's schema up once per run, whatever the number of catalog rules", () => {
    const dir = copyInto(SUBSET, tempDir("catalog-schema-lookups"));
    copyInto(join(EXAMPLE, "catalog-lint"), join(dir, "catalog-lint"));
    const config = {
      config: {
        overrides: [
          { files: ["topics/*/index.md"], schema: "catalog-lint/topic.schema.yaml" },
          { files: ["collections/*/index.md"], schema: "catalog-lint/collection.schema.yaml" },
        ],
      },
      dir,
    };
    // React also claims one of Vue's aliases: unique-value must still compare the two by their schema.
    const vue = readFileSync(join(dir, "topics", "vue", "index.md"), "utf8");
    const alias = /^aliases: *([^,\n]+)/m.exec(vue)?.[1]?.trim() as string;
    expect(alias).toBeTruthy();
    const react = join(dir, "topics", "react", "index.md");
    writeFileSync(react, readFileSync(react, "utf8").replace(/^aliases: */m, `aliases: ${alias}, `));
    const files = [
      "collections/ai-agents/index.md",
      "topics/abap/index.md",
      "topics/react/index.md",
      "topics/vue/index.md",
    ];
    const lookups = vi.spyOn(
      Linter.prototype as unknown as { schemaOfShown: (filePath: string) => unknown },
      "schemaOfShown",
    );
    const { results } = lint(files, { cwd: dir, config, now: "2026-11-28" });
    expect(lookups.mock.calls.map(([path]) => path).sort()).toEqual(files);
    lookups.mockRestore();
    const reactFindings = results.find((r) => r.filePath === "topics/react/index.md")?.diagnostics ?? [];
    expect(reactFindings.map((d) => d.ruleId)).toContain("unique-value");
  });
});
