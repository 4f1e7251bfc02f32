/**
 * The source layout reads as one straight line (files → parse → model → schema →
 * rules → diagnostics → reporters, with the engine in lint/ and cache/, and the
 * shells in cli/ and action/): these tests keep it so as modules come and go.
 * Imports are read with TypeScript's own pre-processor, type imports and
 * dynamic `import()` included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

/** Every source module, as a path relative to src/ (`lint/linter.ts`). */
function modules(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return modules(path);
    return e.name.endsWith(".ts") ? [relative(SRC, path).split("\\").join("/")] : [];
  });
}

/** The src/ modules `module` imports, in any way (static, type-only, dynamic, re-export). */
function importsOf(module: string): string[] {
  const text = readFileSync(join(SRC, module), "utf8");
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) =>
      relative(SRC, resolve(SRC, dirname(module), name))
        .split("\\")
        .join("/"),
    )
    .map((path) => path.replace(/\.js$/, ".ts"))
    .filter((path) => !path.startsWith(".."));
}

const ALL = modules();
const GRAPH = new Map(ALL.map((m) => [m, importsOf(m).filter((i) => ALL.includes(i))]));
const folderOf = (module: string) => (module.includes("/") ? module.slice(0, module.indexOf("/")) : ".");

/** Strongly connected components with more than one module, or a module importing itself. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("source layout", () => {
  it("reads every module's imports (the check below is not vacuous)", () => {
    expect(ALL.length).toBeGreaterThan(50);
    expect(GRAPH.get("lint/linter.ts")).toContain("rules/index.ts");
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b"]]);
  });

  it("has no import cycle, type imports included", () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it("keeps at most 3 files at src/ root", () => {
    expect(ALL.filter((m) => !m.includes("/")).length).toBeLessThanOrEqual(3);
  });

  it("keeps only rules and their registry in rules/, and no rule imports another", () => {
    for (const module of ALL.filter((m) => folderOf(m) === "rules" && m !== "rules/index.ts")) {
      const imported = GRAPH.get(module) ?? [];
      expect(
        imported.filter((i) => folderOf(i) === "rules"),
        module,
      ).toEqual([]);
      expect(readFileSync(join(SRC, module), "utf8"), module).toMatch(/export default defineRule\(/);
    }
  });

  it("imports the engine and the shells only from above them", () => {
    const rank: Record<string, number> = { lint: 1, cli: 2, action: 2, api: 2 };
    for (const [module, imported] of GRAPH) {
      const own = rank[folderOf(module)] ?? 0;
      for (const target of imported) {
        const theirs = rank[folderOf(target)] ?? 0;
        if (folderOf(target) === folderOf(module)) continue;
        expect(theirs, `${module} imports ${target}`).toBeLessThan(Math.max(own, 1));
      }
    }
  });

  it("hands reporters the rules' metadata: reporters and the cache import nothing of rules/, the shells only its registry", () => {
    const ofRules = (module: string) => (GRAPH.get(module) ?? []).filter((i) => folderOf(i) === "rules");
    const reporters = ALL.filter((m) => folderOf(m) === "reporters");
    expect(reporters).toContain("reporters/sarif.ts");
    for (const module of [...reporters, ...ALL.filter((m) => folderOf(m) === "cache")]) {
      expect(ofRules(module), module).toEqual([]);
    }
    for (const module of ALL.filter((m) => ["cli", "action", "api"].includes(folderOf(m)))) {
      expect(
        ofRules(module).filter((i) => i !== "rules/index.ts"),
        module,
      ).toEqual([]);
    }
  });

  it("keeps util/ a leaf: it imports nothing of src/", () => {
    for (const module of ALL.filter((m) => folderOf(m) === "util")) {
      expect(
        (GRAPH.get(module) ?? []).filter((i) => folderOf(i) !== "util"),
        module,
      ).toEqual([]);
    }
  });
});
