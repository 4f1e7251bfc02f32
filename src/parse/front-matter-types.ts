/**
 * What a parsed front matter block is, whichever language it is written in:
 * YAML between `---` lines (src/parse/front-matter.ts) or TOML between `+++`
 * lines, as Hugo writes it (src/parse/toml-front-matter.ts). Rules read only
 * this, so every front-matter rule works the same on both.
 */
import type { Range } from "./source.js";

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** `yaml` for a `---` block, `toml` for a `+++` one: how a fix writes a value, and which fence messages name. */
  syntax: "yaml" | "toml";
  /** The whole block, fences included. */
  range: Range;
  /** The parsed top-level mapping (or table); undefined when the block is invalid or not a mapping. */
  data?: Record<string, unknown>;
  /** Problems (syntax, duplicate key, unclosed fence, too many aliases), each at its range. */
  problems: FrontMatterProblem[];
  /** Range of the value (or the key) at a path of keys / list indexes; undefined when absent. */
  rangeOf(path: readonly (string | number)[], part?: "key" | "value"): Range | undefined;
}

/** The fence line of a block in `syntax` (`---`, `+++`), as messages name it. */
export function fenceOf(syntax: FrontMatter["syntax"]): string {
  return syntax === "toml" ? "+++" : "---";
}
