/**
 * `catalog-lint new` finds a dataset as a lint finds it (the one manifest
 * reader, src/files/manifest.ts, and the template a lint would check the
 * entry against), and reads and writes only inside the repository, as every
 * other read and write of the repository's paths does (SECURITY.md).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkoutBeside, manifestOf } from "../helpers/checkout.js";
import { cli } from "../helpers/hostile.js";

const posix = process.platform !== "win32";

const TEMPLATE = "# Tools\n\n## General Info\n\n### Last Update\n- \n";

/** A checkout holding `files`, beside a folder holding a template (`secret.md`) and an empty `folder/`. */
function repository(files: Record<string, string> = {}): { repo: string; outside: string } {
  const checkout = checkoutBeside(files, { "secret.md": "# Secret\n\n## Secret Group\n" });
  mkdirSync(join(checkout.outside, "folder"));
  return checkout;
}

describe("catalog-lint new", () => {
  it("uses the template beside the manifest's criteria file, as a lint of the entry does", () => {
    const { repo } = repository({
      "configuration/datasets.manifest.json": manifestOf("tools", {
        dataDir: "entries/tools",
        config: "criteria/tools/comparison.yml",
      }),
      "criteria/tools/comparison.yml": "criteria: []\n",
      "criteria/tools/tools-comparison-template.md": TEMPLATE,
      "entries/tools/.keep": "",
    });
    const run = cli(["new", "Acme", "--dataset", "tools"], repo);
    expect(run).toMatchObject({ code: 0, stdout: "entries/tools/acme.md\n" });
    expect(run.stderr).toContain("from criteria/tools/tools-comparison-template.md;");
    expect(readFileSync(join(repo, "entries/tools/acme.md"), "utf8")).toContain("### Last Update\n- 2026-11-28\n");
  });
});

describe.skipIf(!posix)("catalog-lint new, with links the repository holds", () => {
  it("refuses a dataset template that is a link out of the repository, and writes nothing", () => {
    const { repo, outside } = repository();
    mkdirSync(join(repo, "datasets/tools/config"), { recursive: true });
    mkdirSync(join(repo, "datasets/tools/data"), { recursive: true });
    symlinkSync(join(outside, "secret.md"), join(repo, "datasets/tools/config/tools-comparison-template.md"));
    const run = cli(["new", "Acme", "--dataset", "tools"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^catalog-lint: datasets\/tools\/config\/tools-comparison-template\.md: found a symbolic link leading outside the repository .*pass --template\n$/,
    );
    expect(readdirSync(join(repo, "datasets/tools/data"))).toEqual([]);
  });

  it("refuses a data folder that is a link out of the repository, and writes nothing there", () => {
    const { repo, outside } = repository({ "datasets/tools/config/tools-comparison-template.md": TEMPLATE });
    symlinkSync(join(outside, "folder"), join(repo, "datasets/tools/data"));
    const run = cli(["new", "Acme", "--dataset", "tools"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^catalog-lint: new: \S+data is a link to \S+folder, outside the repository/);
    expect(readdirSync(join(outside, "folder"))).toEqual([]);
    expect(existsSync(join(repo, "acme.md"))).toBe(false);
  });
});
