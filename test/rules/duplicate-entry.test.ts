/**
 * duplicate-entry's repository keys and peer filter, as properties: the fast
 * path agrees with the URL parser on every spelling it takes, and the filter
 * that spares a one-file run from reading every peer changes none of its
 * findings (fast-check, fixed seeds; over all 200 real entries when the full
 * catalog is there).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntrySummary } from "../../src/model/summary.js";
import { summaryOf, summaryPrefix } from "../../src/model/summary.js";
import type { Report } from "../../src/rule-api/define-rule.js";
import duplicateEntry, { parsedRepoKey, repoKey } from "../../src/rules/duplicate-entry.js";
import { awesomeComparisons } from "../../src/schema/presets/awesome-comparisons.js";
import { indexSchema } from "../../src/schema/types.js";
import { EXAMPLE_ENTRIES, REAL_ENTRIES } from "../helpers/mutations.js";
import { describeRealData } from "../helpers/real-data.js";

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
  // Shaped as a Repo value is (scheme, host, path, end), each part mostly as written in catalogs, at
  // times odd: many take the fast path, which the pieces above, joined at random, nearly never do.
  const part = (usual: string[], odd: string[]) =>
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
  const shaped = fc
    .tuple(
      part(["https://", "http://"], ["HTTPS://", "ftp://", "https:/", ""]),
      fc
        .array(part(["github", "GitHub", "a-b", "www", "gitlab"], ["xn--bcher-kva", "0x7f", "127", "é", ""]), {
          minLength: 1,
          maxLength: 3,
        })
        .map((labels) => labels.join(".")),
      part([".com", ".COM", ".dev"], ["", ".", ":8080", ":443", "9"]),
      fc
        .array(part(["org", "Org", "Repo.git", "a_b", "~u", "x.y", ""], [".", "..", "%41", "é", "a b"]), {
          maxLength: 4,
        })
        .map((segments) => segments.map((segment) => `/${segment}`).join("")),
      part(["", "/", ".git", "/.git"], ["//", "?q=1", "#top", " "]),
    )
    .map((parts) => parts.join(""));

  it("are the URL parser's for every spelling the fast path takes", () => {
    const spellings = ["https://GitHub.com/Org/Repo.git/", "https://XN--ZZ.com/x", "https://xn--zz", "http://0x7f.1/a"];
    for (const url of [...spellings, "https://a.dev/./x", "https://a.dev/a/../b", "https://a.dev:443/x"]) {
      expect(repoKey(url)).toBe(parsedRepoKey(url));
    }
    // The fast path is the one that skips the URL parser: count the URLs repoKey builds.
    const RealURL = globalThis.URL;
    let built = 0;
    class CountedURL extends RealURL {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        built++;
      }
    }
    const runs = 20_000;
    let fast = 0;
    let parsed = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join("")),
          shaped,
        ),
        (url) => {
          built = 0;
          globalThis.URL = CountedURL;
          let key: string | undefined;
          try {
            key = repoKey(url);
          } finally {
            globalThis.URL = RealURL;
          }
          if (built > 0) parsed++;
          else if (key !== undefined) fast++;
          expect(key).toBe(parsedRepoKey(url));
        },
      ),
      { seed: 20261128, numRuns: runs },
    );
    // Not vacuous: both paths were taken, each by thousands of spellings (3,220 and 7,072 on 2026-12-02).
    expect(fast).toBeGreaterThan(runs / 10);
    expect(parsed).toBeGreaterThan(runs / 10);
  });
});

describe("duplicate-entry's peer filter", () => {
  const schema = indexSchema(awesomeComparisons);
  const summary = (text: string, path: string, linted: boolean) => summaryOf(text, path, schema, linted);
  /** duplicate-entry's findings on the linted entries of `entries`. */
  const findings = (entries: EntrySummary[]): Array<[string, Report]> => {
    const found: Array<[string, Report]> = [];
    duplicateEntry.checkCatalog?.({
      entries,
      governed: [],
      options: {},
      schemaOf: () => schema,
      folderFiles: () => undefined,
      regularFiles: () => undefined,
      report: (file, report) => found.push([file, report]),
    });
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

  it("changes no finding of a one-file run, for every entry of the example catalog among all 31 as one folder", () => {
    expect(EXAMPLE_ENTRIES).toHaveLength(31);
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
