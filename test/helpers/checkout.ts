/** Temporary checkouts for the tests of what links and names a repository holds can do. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./temp.js";

/**
 * `<tmp>/repo`, a git checkout (it has `.git`) holding `files`, beside
 * `<tmp>/outside/` holding `outside`: where a link the repository commits may lead.
 */
export function checkoutBeside(
  files: Record<string, string>,
  outside: Record<string, string> = {},
): { repo: string; outside: string } {
  const under = (folder: string, named: Record<string, string>) =>
    Object.fromEntries(Object.entries(named).map(([name, text]) => [`${folder}/${name}`, text]));
  const root = tempDir("checkout", { ...under("outside", outside), ...under("repo", files) });
  mkdirSync(join(root, "outside"), { recursive: true });
  mkdirSync(join(root, "repo", ".git"), { recursive: true });
  return { repo: join(root, "repo"), outside: join(root, "outside") };
}

/** `configuration/datasets.manifest.json`'s text for one dataset and its `sources`. */
export function manifestOf(id: string, sources: Record<string, string>): string {
  return JSON.stringify({ datasets: [{ id, sources }] });
}
