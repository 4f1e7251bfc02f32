/** catalog-lint run in-process, as the tests drive it, and an entry with no findings. */
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/main.js";

/** A clean entry for the built-in preset (no findings). */
export const CLEAN = `# Tool - https://tool.dev

Tool does one thing well.

## General Info

### Classification
- Code/Editor

### Version
- 1.2.0

### Repo
- https://github.com/acme/tool

### Rating
- [4] Solid and fast

### Short Description
- Does one thing.

### Description
Tool does one thing well.

### Languages
- Any

### Notes
- Nothing else.

### Last Update
- 2026-11-01

## Licensing

### Opensource
- Yes

### License
- MIT

### Free Trial
- Yes
`;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `catalog-lint …argv` in `cwd`, in-process, with a pinned date (and `more`: stdin, terminals). */
export function cli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  more: Partial<Pick<CliIo, "readStdin" | "isTTY" | "stderrIsTTY">> = {},
): CliRun {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd,
    env: { CATALOG_LINT_NOW: "2026-11-28", ...env },
    stdout: (t) => {
      stdout += typeof t === "string" ? t : Buffer.from(t).toString("utf8");
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    ...more,
  };
  return { code: runCli(argv, io), stdout, stderr };
}
