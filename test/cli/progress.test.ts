import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";
import { CLEAN, cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

describe("progress on stderr", () => {
  it("shows only on a terminal, never in CI or on TERM=dumb", () => {
    expect(Progress.wanted({}, true)).toBe(true);
    expect(Progress.wanted({}, false)).toBe(false);
    expect(Progress.wanted({}, undefined)).toBe(false);
    expect(Progress.wanted({ CI: "true" }, true)).toBe(false);
    expect(Progress.wanted({ CI: "" }, true)).toBe(false);
    expect(Progress.wanted({ TERM: "dumb" }, true)).toBe(false);
  });

  it("starts after a second, redraws one line at most every 200 ms, and erases it", () => {
    let now = 0;
    let written = "";
    const progress = new Progress(
      (t) => (written += t),
      true,
      () => now,
    );
    progress.tick();
    now = 999;
    progress.tick();
    expect(written).toBe("");
    now = 1_000;
    progress.tick();
    expect(written).toBe("\r\u001b[Kcatalog-lint: 3 files linted…");
    now = 1_100;
    progress.tick();
    expect(written).toBe("\r\u001b[Kcatalog-lint: 3 files linted…");
    now = 1_200;
    for (let i = 0; i < 999; i++) progress.tick();
    expect(written.endsWith("\r\u001b[Kcatalog-lint: 5 files linted…")).toBe(true);
    now = 1_400;
    progress.tick();
    expect(written.endsWith("\r\u001b[Kcatalog-lint: 1,004 files linted…")).toBe(true);
    progress.clear();
    expect(written.endsWith("\r\u001b[K")).toBe(true);
    const cleared = written;
    progress.clear();
    expect(written).toBe(cleared);
  });

  it("writes nothing when not enabled", () => {
    let written = "";
    const progress = new Progress(
      (t) => (written += t),
      false,
      () => 10_000,
    );
    progress.tick();
    progress.clear();
    expect(written).toBe("");
  });

  it("never reaches a run's stderr when it is not a terminal", () => {
    const dir = tempDir("progress", { "a.md": CLEAN });
    expect(cli(["a.md"], dir, {}, { stderrIsTTY: false }).stderr).toBe("");
    expect(cli(["a.md"], dir, { CI: "1" }, { stderrIsTTY: true }).stderr).toBe("");
  });
});

describe("colours and the summary with --output-file", () => {
  const dir = tempDir("colours", { "a.md": CLEAN.replace("- 2026-11-01", "- 2024-01-01") });

  it("colours a terminal, unless TERM=dumb, NO_COLOR says no, or FORCE_COLOR says otherwise", () => {
    const coloured = (env: Record<string, string>) =>
      cli(["a.md"], dir, env, { isTTY: true }).stdout.includes("\u001b[");
    expect(coloured({})).toBe(true);
    expect(coloured({ TERM: "dumb" })).toBe(false);
    expect(coloured({ TERM: "dumb", FORCE_COLOR: "1" })).toBe(true);
    expect(coloured({ NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    expect(coloured({ FORCE_COLOR: "0" })).toBe(false);
  });

  it("with -o, says the summary line on stderr too", () => {
    const run = cli(["a.md", "-o", "report.txt"], dir);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("✖ 1 problem (0 errors, 1 warning) in 1 file (report written to report.txt)\n");
  });
});

describe("unknown options", () => {
  it("get catalog-lint's own line, with a did-you-mean", () => {
    const dir = tempDir("options", {});
    expect(cli(["--formt", "json"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr: "catalog-lint: Unknown option '--formt' (did you mean '--format'?); run catalog-lint --help for usage\n",
    });
    expect(cli(["--stdin-file", "a.md"], dir).stderr).toBe(
      "catalog-lint: Unknown option '--stdin-file' (did you mean '--stdin-filename'?); run catalog-lint --help for usage\n",
    );
    expect(cli(["--zzz"], dir).stderr).toBe(
      "catalog-lint: Unknown option '--zzz'; run catalog-lint --help for usage\n",
    );
    expect(cli(["-Z"], dir).stderr).toBe("catalog-lint: Unknown option '-Z'; run catalog-lint --help for usage\n");
  });
});
