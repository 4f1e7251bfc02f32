/** referenced-file: a `fileExists` value names a regular file beside the entry, and never a path out of it. */
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/linter.js";
import { rules } from "../../src/rules/index.js";
import { formatDiagnostics, lintFolder } from "../helpers/lint-text.js";
import { tempDir } from "../helpers/temp.js";

const schemaKeys = { frontMatter: { keys: { logo: { type: "string", fileExists: true } } } };
const entry = (logo: string) => `---\nlogo: ${logo}\n---\n# React - https://example.com\n`;

function run(logo: string, files: Record<string, string> = {}): string {
  const found = lintFolder({ "topics/react/index.md": entry(logo), ...files }, "referenced-file", { schemaKeys });
  return formatDiagnostics(found["topics/react/index.md"] ?? []);
}

describe("referenced-file", () => {
  it("accepts a file beside the entry", () => {
    expect(run("react.png", { "topics/react/react.png": "png" })).toBe("");
  });

  it("reports a missing file at the value, naming the folder", () => {
    expect(run("react.png")).toBe(
      "2:7-2:16  referenced-file  Unexpected `logo: react.png`, expected a file of that name in `topics/react`",
    );
  });

  it("says when a file differs only in case, and suggests a close name", () => {
    expect(run("Logo.PNG", { "topics/react/logo.png": "png" })).toMatch(/`logo.png` differs only in case$/);
    expect(run("raect.png", { "topics/react/react.png": "png" })).toMatch(/\(did you mean `react.png`\?\)$/);
  });

  it.each([
    ["../vue/vue.png", "`..`"],
    ["/etc/passwd", "absolute path"],
    ["a\\\\b.png", "`\\`"],
    ["img/react.png", "path through a folder"],
  ])("refuses %s without looking it up", (value, why) => {
    expect(run(value, { "topics/vue/vue.png": "png", "topics/react/img/react.png": "png" })).toContain(why);
  });

  it("reports a folder of that name, and a link, as no regular file", () => {
    expect(run("react.png", { "topics/react/react.png/x": "" })).toMatch(/found a folder$/);
    const dir = tempDir("link", { "topics/react/index.md": entry("react.png"), "outside.png": "png" });
    symlinkSync(join(dir, "outside.png"), join(dir, "topics/react/react.png"));
    writeFileSync(
      join(dir, ".schema.json"),
      JSON.stringify({ name: "t", groups: [], title: { from: "none" }, ...schemaKeys }),
    );
    const config = {
      schema: ".schema.json",
      rules: Object.fromEntries(rules.map((r) => [r.id, r.id === "referenced-file" ? "error" : "off"])),
    };
    const run2 = lint(["topics/react/index.md"], {
      cwd: dir,
      config: { config: config as never, dir },
      now: "2026-11-28",
    });
    expect(formatDiagnostics(run2.results[0]?.diagnostics ?? [])).toMatch(/found a link or special file$/);
  });
});
