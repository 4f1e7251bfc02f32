import { rulesMeta } from "../rules/index.js";
import { CatalogLintError } from "../util/errors.js";
import { didYouMean } from "../util/text.js";

/**
 * The options that name rules or a suppressions file: `--fix-rule`, and the
 * bulk suppressions after ESLint's (`--suppress-all`, `--suppress-rule`,
 * `--prune-suppressions`, `--suppressions-location`). Kept out of args.ts,
 * which they would double.
 */
export const RULE_OPTIONS = {
  "fix-rule": { type: "string", multiple: true },
  "suppress-all": { type: "boolean" },
  "suppress-rule": { type: "string", multiple: true },
  "prune-suppressions": { type: "boolean" },
  "suppressions-location": { type: "string" },
} as const;

export const RULE_OPTIONS_HELP = `      --fix-rule <id>      With --fix or --fix-dry-run: fix only this rule's findings (repeatable)
      --suppress-all       Record every error found in the suppressions file, so later runs
                           report only errors beyond it (see README: old findings)
      --suppress-rule <id> The same for one rule's errors (repeatable)
      --prune-suppressions Drop from the suppressions file what was fixed since
      --suppressions-location <path> The suppressions file (default: catalog-lint-suppressions.json)
`;

export interface RuleArgs {
  /** `--fix-rule`: apply only these rules' fixes. */
  fixRules?: string[];
  /** `--suppress-all` (every rule) or `--suppress-rule` (these): rewrite the suppressions file from this run. */
  suppress?: { rules?: string[] };
  /** `--prune-suppressions`: lower the file's counts to what this run found. */
  prune: boolean;
  suppressionsLocation?: string;
}

interface RuleValues {
  fix?: boolean;
  "fix-dry-run"?: boolean;
  "fix-rule"?: string[];
  "suppress-all"?: boolean;
  "suppress-rule"?: string[];
  "prune-suppressions"?: boolean;
  "suppressions-location"?: string;
}

/** The options of RULE_OPTIONS, checked: known rule ids, and no two options that contradict each other. */
export function ruleArgs(values: RuleValues): RuleArgs {
  const args: RuleArgs = { prune: values["prune-suppressions"] ?? false };
  const fixRules = values["fix-rule"];
  if (fixRules) {
    if (!values.fix && !values["fix-dry-run"]) {
      throw new CatalogLintError("--fix-rule chooses what --fix or --fix-dry-run fixes: add one of them");
    }
    args.fixRules = checkedRules("--fix-rule", fixRules, true);
  }
  const suppressRules = values["suppress-rule"];
  const suppressing = values["suppress-all"] || suppressRules !== undefined;
  if (values["suppress-all"] && suppressRules) {
    throw new CatalogLintError("Use either --suppress-all or --suppress-rule, not both");
  }
  if (suppressing && args.prune) {
    throw new CatalogLintError(
      "Use either --suppress-all/--suppress-rule or --prune-suppressions, not both: suppressing rewrites the counts of every file linted",
    );
  }
  if ((suppressing || args.prune) && values["fix-dry-run"]) {
    // The counts would be those of fixed files that were never written.
    throw new CatalogLintError(
      `--fix-dry-run writes nothing, so ${args.prune ? "--prune-suppressions" : "--suppress-all/--suppress-rule"} cannot record what it would leave: use --fix`,
    );
  }
  if (suppressing)
    args.suppress = suppressRules ? { rules: checkedRules("--suppress-rule", suppressRules, false) } : {};
  if (values["suppressions-location"] !== undefined) args.suppressionsLocation = values["suppressions-location"];
  return args;
}

/** Rule ids as an option names them, each a known rule (a fixable one for `--fix-rule`), sorted, once each. */
function checkedRules(option: string, ids: readonly string[], fixable: boolean): string[] {
  const all = rulesMeta();
  const allowed = all.filter((rule) => !fixable || rule.fixable).map((rule) => rule.id);
  for (const id of ids) {
    if (allowed.includes(id)) continue;
    const expected = fixable ? `one of the fixable rules ${allowed.map((r) => `\`${r}\``).join(", ")}` : "a rule id";
    if (all.some((rule) => rule.id === id)) {
      throw new CatalogLintError(`${option} \`${id}\`: that rule has no fixes, expected ${expected}`);
    }
    const suggestion = didYouMean(id, allowed);
    throw new CatalogLintError(
      `${option} \`${id}\`: unknown rule${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}, expected ${expected} (see docs/rules)`,
    );
  }
  return [...new Set(ids)].sort();
}
