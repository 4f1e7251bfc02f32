import type { Comment } from "../model/entry.js";
import type { Range } from "../parse/source.js";
import type { Diagnostic } from "./diagnostic.js";

/**
 * Inline control, markdownlint-style, in HTML comments:
 *
 *   <!-- catalog-lint-disable rule-a rule-b -->   off from here (all rules when none named)
 *   <!-- catalog-lint-enable rule-a -->           back on from here
 *   <!-- catalog-lint-disable-next-line rule-a --> off for the line after the comment
 *   <!-- catalog-lint-disable-file rule-a -->     off for the whole file
 */
export const DIRECTIVE_KINDS = ["disable", "enable", "disable-next-line", "disable-file"] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  range: Range;
}

export interface MalformedDirective {
  /** The word after `catalog-lint-` that is not a directive (`disabel`). */
  keyword: string;
  range: Range;
}

const PREFIX = /^catalog-lint-([\w-]*)(?:\s+([\s\S]*))?$/;

export function parseDirectives(comments: readonly Comment[]): {
  directives: Directive[];
  malformed: MalformedDirective[];
} {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  for (const comment of comments) {
    const match = PREFIX.exec(comment.text);
    if (!match) continue;
    const keyword = match[1] ?? "";
    const rules = (match[2] ?? "")
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    if ((DIRECTIVE_KINDS as readonly string[]).includes(keyword)) {
      directives.push({ kind: keyword as DirectiveKind, rules, range: comment.range });
    } else malformed.push({ keyword, range: comment.range });
  }
  return { directives, malformed };
}

/** Drop the diagnostics the directives switch off, by rule and line. */
export function applyDirectives(diagnostics: Diagnostic[], directives: readonly Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const ordered = [...directives].sort((a, b) => a.range.start.offset - b.range.start.offset);
  return diagnostics.filter((d) => !isDisabled(d, ordered));
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function isDisabled(diagnostic: Diagnostic, directives: readonly Directive[]): boolean {
  const line = diagnostic.range.start.line;
  let disabled = false;
  for (const directive of directives) {
    if (!names(directive, diagnostic.ruleId)) continue;
    switch (directive.kind) {
      case "disable-file":
        return true;
      case "disable-next-line":
        if (line === directive.range.end.line + 1) return true;
        break;
      case "disable":
        if (directive.range.start.line <= line) disabled = true;
        break;
      case "enable":
        if (directive.range.start.line <= line) disabled = false;
        break;
    }
  }
  return disabled;
}
