/**
 * The programmatic API as a user gets it: `npm pack`, `npm install <tarball>` (offline: the
 * package has no runtime dependencies) into a new project, then `import` from an ES module,
 * `require` from CommonJS, and a TypeScript consumer type-checked by `tsc` against the
 * declarations the package ships (generated from src/ by scripts/build.mjs).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let project = "";

beforeAll(() => {
  const packs = tempDir("api-pack");
  execFileSync("npm", ["pack", "--pack-destination", packs, "--ignore-scripts", "--offline", "--silent"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const [tarball] = readdirSync(packs).filter((f) => f.endsWith(".tgz"));
  project = tempDir("api-consumer", {
    "package.json": JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  });
  execFileSync(
    "npm",
    ["install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", "--silent", join(packs, tarball as string)],
    { cwd: project, stdio: ["ignore", "ignore", "pipe"] },
  );
}, 120_000);

const node = (file: string) =>
  execFileSync(process.execPath, [file], {
    cwd: project,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", CATALOG_LINT_NOW: "2026-11-28" },
  });

const USE = (catalog: string) => `
const report = lint({ cwd: ${JSON.stringify(catalog)} });
const text = lintText("#Tool\\n", { cwd: ${JSON.stringify(catalog)}, filePath: "x.md" });
let refused = "";
try {
  loadConfig({ cwd: ${JSON.stringify(catalog)}, configFile: "missing.json" });
} catch (error) {
  refused = error instanceof CatalogLintError ? "CatalogLintError" : String(error);
}
console.log(JSON.stringify({
  files: report.results.length,
  errors: report.errorCount,
  title: text.results[0].diagnostics.some((d) => d.ruleId === "title"),
  config: loadConfig({ cwd: ${JSON.stringify(catalog)} }).config,
  refused,
}));
`;

describe("the API from a packed install", () => {
  it("installs alone: nothing but catalog-lint in node_modules", () => {
    expect(readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["catalog-lint"]);
  });

  it("is imported from an ES module and required from CommonJS, with the same results", () => {
    writeFileSync(
      join(project, "use.mjs"),
      `import { lint, lintText, loadConfig, CatalogLintError } from "catalog-lint";\n${USE(EXAMPLE_CATALOG)}`,
    );
    writeFileSync(
      join(project, "use.cjs"),
      `const { lint, lintText, loadConfig, CatalogLintError } = require("catalog-lint");\n${USE(EXAMPLE_CATALOG)}`,
    );
    const fromEsm = JSON.parse(node("use.mjs"));
    expect(fromEsm).toEqual({
      // 31 files in data folders, one of them business-competition's template; and the 5 dataset
      // templates whose criteria disagree with them (schema-conflict reports on them).
      files: 35,
      errors: expect.any(Number),
      title: true,
      config: {},
      refused: "CatalogLintError",
    });
    expect(fromEsm.errors).toBeGreaterThan(100);
    expect(JSON.parse(node("use.cjs"))).toEqual(fromEsm);
  });

  it("type-checks a TypeScript consumer, ES module and CommonJS, and rejects a misuse", () => {
    const consumer = `import { lint, lintText, loadConfig, type CatalogLintConfig, type LintReport } from "catalog-lint";
const report: LintReport = lint({ paths: ["a.md"], now: "2026-11-28" });
const severity: "error" | "warn" | undefined = report.results[0]?.diagnostics[0]?.severity;
const config: CatalogLintConfig = loadConfig().config;
const output: string | undefined = lintText("# A - https://a.dev\\n", { filePath: "a.md", fix: true }).output;
console.log(severity, config.include, output);
`;
    writeFileSync(join(project, "esm.mts"), consumer);
    writeFileSync(join(project, "cjs.cts"), consumer);
    writeFileSync(join(project, "wrong.mts"), `import { lint } from "catalog-lint";\nlint({ paths: "a.md" });\n`);
    // No @types/node, no skipLibCheck: the declarations must stand alone.
    const tsc = (...files: string[]) => {
      const options = { strict: true, module: "nodenext", target: "es2022", noEmit: true, types: [] };
      writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files }));
      return execFileSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    };
    expect(tsc("esm.mts", "cjs.cts")).toBe("");
    let error = "";
    try {
      tsc("wrong.mts");
    } catch (e) {
      error = (e as { stdout: string }).stdout;
    }
    expect(error).toMatch(
      /wrong\.mts\(2,\d+\): error TS2322: Type 'string' is not assignable to type 'readonly string\[\]'/,
    );
  });
});
