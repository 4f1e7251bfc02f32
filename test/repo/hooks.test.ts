/**
 * The hook definitions users copy: `.pre-commit-hooks.yaml` for the pre-commit framework and
 * README's lint-staged example. Each command must be one the CLI takes, and must skip files
 * that are not catalog entries (a hook passes every staged .md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import pkg from "../../package.json" with { type: "json" };
import { parseCliArgs } from "../../src/cli/args.js";

const ROOT = join(import.meta.dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** `catalog-lint --a --b` as the arguments the CLI gets (hooks append the file names). */
function argsOf(command: string): string[] {
  const [bin, ...args] = command.trim().split(/\s+/);
  expect(bin).toBe(Object.keys(pkg.bin)[0]);
  return args;
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;

  it("defines the catalog-lint hook: node, every .md, file names passed", () => {
    expect(hooks.map((h) => h.id)).toEqual(["catalog-lint"]);
    const [hook] = hooks as [Record<string, unknown>];
    expect(hook).toMatchObject({ name: "catalog-lint", language: "node", pass_filenames: true });
    const files = new RegExp(String(hook.files));
    expect(["a.md", "datasets/x/data/y.md"].every((f) => files.test(f))).toBe(true);
    expect(["a.mdx", "a.md.txt", "README"].some((f) => files.test(f))).toBe(false);
  });

  it("runs a command the CLI takes, skipping files that are no entry", () => {
    const args = parseCliArgs([...argsOf(String(hooks[0]?.entry)), "a.md", "README.md"], {});
    expect(args.catalogFilesOnly).toBe(true);
    expect(args.paths).toEqual(["a.md", "README.md"]);
  });

  it("is the hook README shows", () => {
    expect(README).toContain("    hooks:\n      - id: catalog-lint\n");
  });
});

describe("README's lint-staged example", () => {
  it("runs commands the CLI takes, skipping files that are no entry", () => {
    const block = /"lint-staged": \{\n\s+"\*\.md": "([^"]+)"/.exec(README);
    expect(block, "the lint-staged block in README").not.toBeNull();
    const commands = [
      block?.[1] as string,
      ...[...README.matchAll(/`"(catalog-lint --catalog-files-only[^"`]*)"`/g)].map((m) => m[1] as string),
    ];
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      expect(parseCliArgs([...argsOf(command), "x.md"], {}).catalogFilesOnly, command).toBe(true);
    }
  });
});
