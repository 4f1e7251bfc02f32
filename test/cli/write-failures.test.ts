/**
 * A write the file system refuses is said in one line naming the setting and
 * the file (src/files/write/errors.ts), at any step of the write: the
 * report is streamed to `--output-file` as results come, so a full disk can
 * refuse the middle of it, not only its opening or its rename.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLEAN, cli } from "../helpers/hostile.js";
import { tempDir } from "../helpers/temp.js";

// Linux's /dev/full: every write to it fails with ENOSPC, as a full disk's would.
describe.skipIf(!existsSync("/dev/full"))("a report the disk refuses", () => {
  it("is a one-line error naming --output-file and the file, with exit code 2", () => {
    const repo = tempDir("write-failure", { "a.md": CLEAN });
    const run = cli(["--format", "json", "--output-file", "/dev/full", "a.md"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "catalog-lint: --output-file: cannot write /dev/full (ENOSPC: no space left on device, write)\n",
    );
  });
});
