/**
 * Golden fixture tests: every `test/fixtures/rules/<rule-id>/<case>.md` is linted
 * with only that rule, and the findings (exact ranges, messages, fixes) must
 * equal `<case>.out`. A folder's optional `config.json` sets `options`, `schema`
 * (relative to the folder) and `now`; a `<case>.base.md` beside a case is that
 * file at the base revision (as with `--changed-since`). `schemaKeys` sets keys
 * (`paths`, `catalog`) on the schema, `folder` puts the cases in a folder of that
 * name, and `files` adds other files beside them (catalog-level rules); with
 * `discover`, the schema is found from those files (a dataset's template and
 * criteria) as a run finds it, and only the cases are linted. After a deliberate change, regenerate
 * with `UPDATE_GOLDEN=1 npx vitest run test/rules/rules.test.ts` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleOptionsSchema } from "../../src/config/schema.js";
import { applyFixes } from "../../src/diagnostics/fix.js";
import { rules } from "../../src/rules/index.js";
import { formatDiagnostics, lintFolder, lintText } from "../helpers/lint-text.js";

const root = join(import.meta.dirname, "..", "fixtures", "rules");
const update = process.env.UPDATE_GOLDEN === "1";

for (const rule of rules) {
  describe(rule.id, () => {
    const dir = join(root, rule.id);
    const cases = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md") && !f.endsWith(".base.md")) : [];
    it("has fixtures", () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    // A run without a config uses `defaults` and never builds the schema: the two must agree.
    it("has defaults its options schema gives for no options, and accepts", () => {
      const schema = ruleOptionsSchema(rule);
      expect(schema.parse(undefined)).toEqual(rule.defaults);
      expect(schema.parse(rule.defaults)).toEqual(rule.defaults);
    });
    const config = existsSync(join(dir, "config.json"))
      ? (JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as {
          options?: unknown;
          schema?: string;
          now?: string;
          schemaKeys?: Record<string, unknown>;
          folder?: string;
          files?: Record<string, string>;
          discover?: boolean;
        })
      : {};
    if (rule.checkCatalog) {
      // A catalog-level rule sees the folder's cases together; each case still has its golden.
      it("all cases together", () => {
        const at = (f: string) => (config.folder ? `${config.folder}/${f}` : f);
        const texts = Object.fromEntries(cases.map((f) => [at(f), readFileSync(join(dir, f), "utf8")]));
        for (const [name, text] of Object.entries(config.files ?? {})) texts[at(name)] = text;
        const byFile = lintFolder(texts, rule.id, {
          ...(config.now ? { now: config.now } : {}),
          ...(config.schemaKeys ? { schemaKeys: config.schemaKeys } : {}),
          // The schema found from the dataset's files (`files`), and only the cases linted.
          ...(config.discover ? { discover: true, only: cases.map(at) } : {}),
        });
        for (const file of cases) {
          const actual = `${formatDiagnostics(byFile[at(file)] ?? [])}\n`;
          const golden = join(dir, file.replace(/\.md$/, ".out"));
          if (update) writeFileSync(golden, actual);
          expect(actual, file).toBe(readFileSync(golden, "utf8"));
        }
      });
      return;
    }
    for (const file of cases) {
      it(file, () => {
        const text = readFileSync(join(dir, file), "utf8");
        const options = {
          rules: [rule.id],
          ...(config.options ? { options: { [rule.id]: config.options } } : {}),
          ...(config.schema ? { schema: config.schema, cwd: dir } : {}),
          ...(config.now ? { now: config.now } : {}),
          path: config.folder ? `${config.folder}/${file}` : file,
          ...(config.schemaKeys ? { schemaKeys: config.schemaKeys } : {}),
          ...(existsSync(join(dir, file.replace(/\.md$/, ".base.md")))
            ? { base: readFileSync(join(dir, file.replace(/\.md$/, ".base.md")), "utf8") }
            : {}),
        };
        const diagnostics = lintText(text, options);
        const actual = `${formatDiagnostics(diagnostics)}\n`;
        const golden = join(dir, file.replace(/\.md$/, ".out"));
        if (update) writeFileSync(golden, actual);
        expect(actual).toBe(readFileSync(golden, "utf8"));

        // Every fix must remove the finding it belongs to when the text is re-linted.
        const fixable = diagnostics.filter((d) => d.fix);
        if (fixable.length > 0) {
          // Fix offsets index the BOM-less text, as in the CLI.
          const fixed = applyFixes(text.replace(/^\uFEFF/, ""), fixable).text;
          const after = lintText(fixed, options);
          for (const d of fixable) {
            expect(after.some((a) => a.message === d.message)).toBe(false);
          }
        }
      });
    }
  });
}
