/**
 * Properties over real entries mutated at random (fast-check, fixed seeds,
 * bounded runs): lines deleted, duplicated, or inserted (headings, list
 * markers, comments, directives, unicode), CRLF line endings, a BOM. Linting
 * never throws, every finding lies inside the file, fixing converges (no
 * fixable finding is left once the passes stop) and a fix pass changes
 * nothing outside the ranges it fixes. And parsing a file one stretch between
 * headings at a time gives exactly the tree of one parse of the whole file.
 * The entries are the example catalog's (real ones the repository embeds);
 * the real-data tests repeat the whole-entry checks on all 200 of the full catalog.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { applyFixes } from "../../src/diagnostics/fix.js";
import type { EntrySummary } from "../../src/model/summary.js";
import { summaryOf, summaryPrefix } from "../../src/model/summary.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { createSourceFile } from "../../src/parse/source.js";
import type { Report } from "../../src/rule-api/define-rule.js";
import duplicateEntry, { parsedRepoKey, repoKey } from "../../src/rules/duplicate-entry.js";
import { awesomeComparisons } from "../../src/schema/presets/awesome-comparisons.js";
import { indexSchema } from "../../src/schema/types.js";
import { lintText } from "../helpers/lint-text.js";
import { EXAMPLE_ENTRIES, mutated, REAL_ENTRIES, SNIPPETS } from "../helpers/mutations.js";
import { describeRealData } from "../helpers/real-data.js";

/** Findings outside the file (as linted: without its BOM), described. */
function outside(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const source = createSourceFile("entry.md", text);
  const lines = source.lineStarts.length;
  const lineLength = (line: number) => {
    const start = source.lineStarts[line - 1] ?? 0;
    const next = source.lineStarts[line];
    let end = next ?? source.text.length;
    if (next !== undefined && source.text[end - 1] === "\n") end--;
    if (next !== undefined && source.text[end - 1] === "\r") end--;
    return end - start;
  };
  const bad: string[] = [];
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const ok =
      start.line >= 1 &&
      end.line <= lines &&
      start.column >= 1 &&
      start.column <= lineLength(start.line) + 1 &&
      end.column >= 1 &&
      end.column <= lineLength(end.line) + 1 &&
      start.offset <= end.offset &&
      end.offset <= source.text.length &&
      (start.line < end.line || start.column <= end.column);
    if (!ok) bad.push(`${d.ruleId} ${start.line}:${start.column}-${end.line}:${end.column}`);
    if (d.fix && (d.fix.range[0] < 0 || d.fix.range[0] > d.fix.range[1] || d.fix.range[1] > source.text.length)) {
      bad.push(`${d.ruleId} fix ${d.fix.range.join("-")}`);
    }
  }
  return bad;
}

const settings = { seed: 20261128, numRuns: 120, endOnFailure: true } as const;

describe("mutated real entries", () => {
  it("never make linting throw, and every finding lies inside the file", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const diagnostics = lintText(text);
        expect(outside(text, diagnostics)).toEqual([]);
      }),
      settings,
    );
  }, 60_000);

  it("fix passes (as --fix runs them) converge, and leave no fixable finding", () => {
    fc.assert(
      fc.property(mutated, (raw) => {
        let text = raw.replace(/^\uFEFF/, "");
        let diagnostics = lintText(text);
        for (let pass = 0; pass < 10; pass++) {
          const { text: next, applied } = applyFixes(text, diagnostics);
          if (applied.length === 0 || next === text) break;
          text = next;
          diagnostics = lintText(text);
          expect(outside(text, diagnostics)).toEqual([]);
        }
        expect(diagnostics.filter((d) => d.fix).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      { ...settings, numRuns: 60 },
    );
  }, 60_000);

  it("a fix pass keeps every character outside the ranges it fixes, in order", () => {
    fc.assert(
      fc.property(mutated, (raw) => {
        const text = raw.replace(/^\uFEFF/, "");
        const { text: out, applied } = applyFixes(text, lintText(text));
        // Walk the applied fixes: between them the output must be the input, verbatim.
        let inAt = 0;
        let outAt = 0;
        for (const fix of applied) {
          const kept = text.slice(inAt, fix.range[0]);
          expect(out.slice(outAt, outAt + kept.length)).toBe(kept);
          outAt += kept.length;
          expect(out.slice(outAt, outAt + fix.text.length)).toBe(fix.text);
          outAt += fix.text.length;
          inAt = fix.range[1];
        }
        expect(out.slice(outAt)).toBe(text.slice(inAt));
      }),
      settings,
    );
  }, 60_000);
});

describe("parsing in segments", () => {
  const same = (text: string) => {
    const source = createSourceFile("entry.md", text);
    // batch 0: every stretch between headings parsed alone; Infinity: the whole text at once.
    expect(parseMarkdown(source, { scan: false, batch: 0 })).toEqual(
      parseMarkdown(source, { scan: false, batch: Number.POSITIVE_INFINITY }),
    );
  };

  it("gives the tree of one whole parse, on every entry of the example catalog", () => {
    expect(EXAMPLE_ENTRIES).toHaveLength(30);
    for (const text of EXAMPLE_ENTRIES) same(text);
  });

  describeRealData("parsing all 200 entries of awesome-comparisons in segments", () => {
    it("gives the tree of one whole parse, on every real entry", () => {
      expect(REAL_ENTRIES).toHaveLength(200);
      for (const text of REAL_ENTRIES) same(text);
    });
  });

  it("gives the tree of one whole parse, on random mixes of block syntax", () => {
    const lines = fc.array(fc.constantFrom(...SNIPPETS, "Abc", "text", "<!-- c -->", "</div>", "<pre>", "</pre>"), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(lines, fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), (ls, eol, trailing) => {
        same(ls.join(eol) + (trailing ? eol : ""));
      }),
      { seed: 7, numRuns: 1500 },
    );
  }, 60_000);

  it("gives the tree of one whole parse, on mutated real entries", () => {
    fc.assert(
      fc.property(mutated, (text) => same(text)),
      settings,
    );
  }, 60_000);
});

describe("repository keys (duplicate-entry)", () => {
  // Pieces a Repo value is made of, odd ones included: the fast path must agree with the URL parser.
  const piece = fc.constantFrom(
    "https://",
    "http://",
    "HTTPS://",
    "ftp://",
    "github.com",
    "GitHub.COM",
    "www.",
    "xn--bcher-kva.ch",
    "0x7f.1",
    "127.0.0.1",
    "a-b.dev",
    "/",
    "//",
    "/org",
    "/Repo.git",
    "/.",
    "/..",
    "/./x",
    "/a/../b",
    ":8080",
    "user@",
    "%2e",
    "%41",
    "?q=1",
    "#top",
    " ",
    "\t",
    "~",
    "_",
    "-",
    ".",
    "é",
    "a",
    "Z",
    "9",
  );
  it("are the URL parser's for every spelling the fast path takes", () => {
    const spellings = ["https://GitHub.com/Org/Repo.git/", "https://XN--ZZ.com/x", "https://xn--zz", "http://0x7f.1/a"];
    for (const url of [...spellings, "https://a.dev/./x", "https://a.dev/a/../b", "https://a.dev:443/x"]) {
      expect(repoKey(url)).toBe(parsedRepoKey(url));
    }
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const url = pieces.join("");
        expect(repoKey(url)).toBe(parsedRepoKey(url));
      }),
      { seed: 20261128, numRuns: 20_000 },
    );
  });
});

describe("duplicate-entry's peer filter", () => {
  const schema = indexSchema(awesomeComparisons);
  const summary = (text: string, path: string, linted: boolean) => summaryOf(text, path, schema, linted);
  /** duplicate-entry's findings on the linted entries of `entries`. */
  const findings = (entries: EntrySummary[]): Array<[string, Report]> => {
    const found: Array<[string, Report]> = [];
    duplicateEntry.checkCatalog?.({ entries, options: {}, report: (file, report) => found.push([file, report]) });
    return found;
  };
  /** The peers the filter keeps for `linted`, as `Linter` asks: by folder and summary text. */
  const kept = (linted: EntrySummary[], peers: Array<{ summary: EntrySummary; text: string }>) => {
    const filter = duplicateEntry.peerFilter?.(linted);
    if (!filter) throw new Error("duplicate-entry has no peer filter");
    return peers.filter((p) => filter(p.summary.folder, summaryPrefix(p.text))).map((p) => p.summary);
  };

  /** For every entry of `texts`, all of them one folder: the filter changes no finding of a one-file run. */
  const filterKeepsFindings = (texts: readonly string[]) => {
    const peers = texts.map((text, i) => ({ summary: summary(text, `d/${i}.md`, false), text }));
    let left = 0;
    let duplicates = 0;
    texts.forEach((text, i) => {
      const linted = [summary(text, `d/${i}.md`, true)];
      const others = peers.filter((_, j) => j !== i);
      const keep = kept(linted, others);
      left += others.length - keep.length;
      const all = findings([...linted, ...others.map((p) => p.summary)]);
      duplicates += all.length;
      expect(findings([...linted, ...keep])).toEqual(all);
    });
    // Neither side is empty: the filter leaves peers out, and the catalog has duplicates to find.
    expect(left).toBeGreaterThan(texts.length * (texts.length - 1) * 0.8);
    expect(duplicates).toBeGreaterThan(0);
  };

  it("changes no finding of a one-file run, for every entry of the example catalog among all 30 as one folder", () => {
    expect(EXAMPLE_ENTRIES).toHaveLength(30);
    filterKeepsFindings(EXAMPLE_ENTRIES);
  });

  describeRealData("the peer filter on all 200 entries of awesome-comparisons", () => {
    it("changes no finding of a one-file run, for every real entry among all 200 as one folder", () => {
      expect(REAL_ENTRIES).toHaveLength(200);
      filterKeepsFindings(REAL_ENTRIES);
    });
  });

  it("keeps every peer sharing a name or a repository with the linted entry, however either is spelled", () => {
    const entry = (name: string, repo: string) =>
      `# ${name} - https://example.com/\n\nLead.\n\n## General Info\n\n### Repo\n- ${repo}\n\n### Rating\n- 4\n`;
    // Spellings that lowercase, collapse or parse to the same key (and some that only look alike).
    const namePiece = fc.constantFrom(
      ..."Deep deep DEEP Seek seek Kimi kimi KIMI \u212Aimi \u0130 i\u0307 i I \u03a3 \u03c3 \u03c2 é É 1 - # \\ &amp; &".split(
        " ",
      ),
      " ",
      "  ",
      "\t",
      "\u00a0",
      " - ",
      "<!-- c -->",
    );
    const repoPiece = fc.constantFrom(
      ..."https:// http:// HTTPS:// github.com GitHub.COM www. git%68ub.com / // \\ /org /Org /repo /Repo /Repo.git .git /. /.. %2e %2E %72 re po ?q #x é - _ ~ < > [r]( ) :443 user@".split(
        " ",
      ),
      " ",
      "\t",
      "<!-- x -->",
    );
    const name = fc.array(namePiece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
    const repo = fc.array(repoPiece, { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
    // The peer's spelling: its own, or the linted one's changed the ways keys forgive.
    const respelled = (text: string, how: number) =>
      [text, text.toUpperCase(), text.toLowerCase(), text.replace(/ /g, "  "), text.replace(/ /g, "\t")][how] ?? text;
    // By hand: a Kelvin sign lowercases to `k`; comments, tabs, `\`, `%2e` and `%68` vanish from keys.
    const alike = [
      ["Kimi", "https://github.com/org/repo", "\u212Aimi", "-"],
      ["Kimi", "https://github.com/org/repo", "Other", "<!-- x -->https://github.com/org/repo<!-- y -->"],
      ["Kimi", "https://github.com/org/repo", "Other", "https://github.com/org/Re\tpo.git/"],
      ["Kimi", "https://github.com/org/repo", "Other", "https://git%68ub.com/org\\x\\..\\repo/%2e"],
    ];
    for (const [nameL = "", repoL = "", nameP = "", repoP = ""] of alike) {
      const linted = [summary(entry(nameL, repoL), "d/l.md", true)];
      const text = entry(nameP, repoP);
      const peer = { summary: summary(text, "d/p.md", false), text };
      expect(findings([...linted, peer.summary])).toHaveLength(1);
      expect(kept(linted, [peer])).toHaveLength(1);
    }
    // A comment inside a name or a URL: names keep it and values blank it out, so neither is the
    // linted entry's key today. Were comments ever dropped instead (joining `re` and `po`), these
    // would become duplicates, and the filter, which reads the text as written, would miss them.
    const split = [
      ["Kimi", "-", "Ki<!-- x -->mi", "-"],
      ["Kimi", "https://github.com/org/repo", "Other", "https://github.com/org/re<!-- x -->po"],
    ];
    for (const [nameL = "", repoL = "", nameP = "", repoP = ""] of split) {
      const linted = [summary(entry(nameL, repoL), "d/l.md", true)];
      const text = entry(nameP, repoP);
      expect(findings([linted[0] as EntrySummary, summary(text, "d/p.md", false)])).toEqual([]);
    }
    let left = 0;
    let shared = 0;
    fc.assert(
      fc.property(name, repo, name, repo, fc.nat(5), fc.nat(5), (nameL, repoL, ownName, ownRepo, howName, howRepo) => {
        const linted = [summary(entry(nameL, repoL), "d/l.md", true)];
        const nameP = howName === 5 ? ownName : respelled(nameL, howName);
        const repoP = howRepo === 5 ? ownRepo : respelled(repoL, howRepo);
        const text = entry(nameP, repoP);
        const peer = { summary: summary(text, "d/p.md", false), text };
        const all = findings([...linted, peer.summary]);
        if (all.length > 0) shared++;
        const keep = kept(linted, [peer]);
        if (keep.length === 0) left++;
        expect(findings([...linted, ...keep])).toEqual(all);
      }),
      { seed: 20261129, numRuns: 5_000 },
    );
    // Both sides are tried: peers left out, and peers sharing a key.
    expect(left).toBeGreaterThan(300);
    expect(shared).toBeGreaterThan(200);
  });
});
