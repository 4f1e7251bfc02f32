import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { slug } from "../../src/cli/new-entry.js";
import { cli as runInProcess } from "../helpers/cli.js";
import { EXAMPLE_CATALOG } from "../helpers/embedded.js";
import { describeRealData, REAL_CATALOG } from "../helpers/real-data.js";
import { copyCatalog } from "../helpers/temp.js";

// Every dataset with a template and entries of its own ("all" only aggregates the others).
const datasetsOf = (root: string) =>
  readdirSync(join(root, "datasets")).filter(
    (id) => existsSync(join(root, "datasets", id, "config", `${id}-comparison-template.md`)) && id !== "all",
  );

/** `catalog-lint new` for dataset `id` in the catalog at `root`: only what is left to fill is reported. */
function expectNewEntryFrom(root: string, id: string): void {
  const cli = (argv: string[]) => runInProcess(argv, root);
  const created = cli(["new", `Acme ${id}`, "--dataset", id]);
  expect(created.code).toBe(0);
  const path = `datasets/${id}/data/acme-${id}.md`;
  expect(created.stdout).toBe(`${path}\n`);
  const text = readFileSync(join(root, path), "utf8");
  expect(text.startsWith(`# Acme ${id} - -\n`)).toBe(true);
  expect(text).not.toContain("<!--");
  expect(text).toMatch(/### Last Update\n- 2026-11-28\n/);
  const linted = cli(["--format", "json", path]);
  // The entry's own result (the template may have one too: schema-conflict reports on it).
  const messages = (
    JSON.parse(linted.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>
  ).find((r) => r.filePath === join(root, path))?.messages;
  expect(messages?.length).toBeGreaterThan(0);
  // Structure, dates and values are right; only the choices and the description remain.
  expect([...new Set(messages?.map((m) => m.ruleId))]).toEqual(["template-leftover"]);
  expect(messages?.some((m) => m.message.includes(`[Describe Acme ${id} in one or two paragraphs]`))).toBe(true);
}

const root = copyCatalog(EXAMPLE_CATALOG, "new");
const cli = (argv: string[]) => runInProcess(argv, root);
const datasets = datasetsOf(root);

describe("catalog-lint new", () => {
  it("finds the example catalog's six dataset templates", () => {
    expect(datasets).toEqual(["ai-chat", "aie-model", "code-editor", "code-orchestration", "other", "terminal"]);
  });
  for (const id of datasets) {
    it(`writes an entry from the ${id} template whose only findings are what is left to fill`, () => {
      expectNewEntryFrom(root, id);
    });
  }

  it("refuses to overwrite an entry", () => {
    const { code, stderr } = cli(["new", "DeepSeek R1", "--dataset", "aie-model"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "catalog-lint: datasets/aie-model/data/deepseek-r1.md already exists; catalog-lint new never overwrites an entry\n",
    );
  });

  it("takes a template file, a URL and an output path", () => {
    const template = join("datasets", "business-competition", "data", "TEMPLATE.md");
    const { code } = cli([
      "new",
      "Initech",
      "--template",
      template,
      "--url",
      "https://initech.example",
      "-o",
      "out/initech.md",
    ]);
    expect(code).toBe(0);
    expect(readFileSync(join(root, "out", "initech.md"), "utf8").split("\n")[0]).toBe(
      "# Initech - https://initech.example",
    );
  });

  it("explains what is missing", () => {
    expect(cli(["new", "--dataset", "aie-model"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Missing the tool name/),
    });
    expect(cli(["new", "X"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one of --dataset/) });
    expect(cli(["new", "X", "--dataset", "nope"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Dataset `nope` has no template/),
    });
    expect(cli(["new", "X", "--dataset", "all"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /Dataset `all` has no data folder of its own \(it aggregates others\); pick one of code-editor/,
      ),
    });
  });

  it("names files the catalog's way", () => {
    expect(slug("Claude Code (CLI)")).toBe("claude-code-cli");
    expect(slug("Zoë's  Tool_2")).toBe("zoe-s-tool-2");
    expect(slug("!!!")).toBe("entry");
  });
});

describeRealData("catalog-lint new on every dataset template of awesome-comparisons", () => {
  let real: string;
  beforeAll(() => {
    real = copyCatalog(REAL_CATALOG, "new");
  });
  it("writes an entry from each real template whose only findings are what is left to fill", () => {
    const ids = datasetsOf(real);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) expectNewEntryFrom(real, id);
  });
});
