/**
 * examples/github-explore/: the config and schemas that make `npx catalog-lint`, in the root of a
 * github/explore checkout, check what explore's own test suite checks. They lint a vendored subset
 * of explore (test/fixtures/github-explore/, CC-BY-4.0, see its SOURCE.md) with no finding, and each
 * check they express is proved by seeding one violation of it into a copy: the finding must come on
 * the line of the violation, from the rule that expresses the check. The README's table lists the
 * checks; the whole snapshot (when ../shared has it) must give no error.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/api/index.js";
import type { LintFileResult } from "../../src/api/types.js";
import { describeRealExplore, REAL_EXPLORE } from "../helpers/real-data.js";
import { copyInto, tempDir } from "../helpers/temp.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "github-explore");
const SUBSET = join(ROOT, "test", "fixtures", "github-explore");
const NOW = "2026-11-28";

/** A copy of the subset with the example's config and schemas in its root, as the README says to install them. */
function explore(): string {
  const dir = copyInto(SUBSET, tempDir("explore"));
  writeFileSync(join(dir, ".catalog-lintrc.yaml"), readFileSync(join(EXAMPLE, ".catalog-lintrc.yaml")));
  copyInto(join(EXAMPLE, "catalog-lint"), join(dir, "catalog-lint"));
  return dir;
}

function findings(results: LintFileResult[]): string[] {
  return results.flatMap((r) =>
    r.diagnostics.map((d) => `${r.filePath}:${d.range.start.line} ${d.ruleId} ${d.message}`),
  );
}

/** Replaces `from` (which must be there, once) by `to` in the file at `path` of `dir`. */
function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = join(dir, path);
  const text = readFileSync(file, "utf8");
  const matches = typeof from === "string" ? text.split(from).length - 1 : (text.match(from)?.length ?? 0);
  if (matches !== 1) throw new Error(`${path}: expected ${String(from)} once, found it ${matches} times`);
  writeFileSync(file, text.replace(from, to));
}

interface Seeded {
  /** The check of explore's suite (its `it` text) the violation breaks. */
  check: string;
  /** What is done to the copy. */
  seed: (dir: string) => void;
  /** Where the finding must be: a file of the copy, a 1-based line, the rule that expresses the check. */
  file: string;
  line: number;
  ruleId: string;
}

const REACT = "topics/react/index.md";
const CLIPBOARD = "collections/clipboard-managers/index.md";

/*
 * react/index.md: 1 `---`, 2 aliases, 3 created_by, 4 display_name, 5 github_url, 6 logo, 7 related,
 * 8 released, 9-10 short_description, 11 topic, 12 url, 13 wikipedia_url, 14 `---`, 15 the body.
 * clipboard-managers/index.md: 1 `---`, 2 items, 3-7 the items, 8 display_name, 9 created_by,
 * 10 image, 11 `---`, 12 the body.
 */
const SEEDED: Seeded[] = [
  // topics
  {
    check: "topics: has valid YAML frontmatter (an unclosed quote)",
    seed: (dir) => edit(dir, REACT, "display_name: React", 'display_name: "React'),
    file: REACT,
    line: 4,
    ruleId: "front-matter-syntax",
  },
  {
    check: "topics: has valid YAML frontmatter (a key written twice)",
    seed: (dir) => edit(dir, REACT, "topic: react\n", "topic: react\nlogo: react.png\n"),
    file: REACT,
    line: 12,
    ruleId: "front-matter-syntax",
  },
  {
    check: "topics: has Jekyll front matter in index.md (none)",
    seed: (dir) => edit(dir, REACT, /^---\n[\s\S]*?\n---\n/, ""),
    file: REACT,
    line: 1,
    ruleId: "front-matter-keys",
  },
  {
    check: "topics: has Jekyll front matter in index.md (never closed)",
    seed: (dir) => edit(dir, REACT, "JavaScript_library)\n---\n", "JavaScript_library)\n"),
    file: REACT,
    line: 1,
    ruleId: "front-matter-syntax",
  },
  {
    check: "topics: has expected metadata in Jekyll front matter (topic missing)",
    seed: (dir) => edit(dir, REACT, "topic: react\n", ""),
    file: REACT,
    line: 1,
    ruleId: "front-matter-keys",
  },
  {
    check: "topics: has expected metadata in Jekyll front matter (short_description empty)",
    seed: (dir) =>
      edit(
        dir,
        REACT,
        "short_description: React is an open source JavaScript library used for designing user\n  interfaces.",
        'short_description: " "',
      ),
    file: REACT,
    line: 9,
    ruleId: "front-matter-keys",
  },
  {
    check: "topics: has expected metadata in Jekyll front matter (an unknown key)",
    seed: (dir) => edit(dir, REACT, "topic: react\n", "topic: react\ntags: frontend\n"),
    file: REACT,
    line: 12,
    ruleId: "front-matter-keys",
  },
  {
    check: "topics: docs/API.md's display_name (required)",
    seed: (dir) => edit(dir, REACT, "display_name: React\n", ""),
    file: REACT,
    line: 1,
    ruleId: "front-matter-keys",
  },
  {
    check: "topics: has a matching topic key (topic = the folder name)",
    seed: (dir) => edit(dir, REACT, "topic: react\n", "topic: reactjs\n"),
    file: REACT,
    line: 11,
    ruleId: "entry-path",
  },
  {
    check: "topics: has a valid name (folder longer than 35 characters)",
    seed: (dir) => {
      const long = "a-topic-name-that-is-far-too-long-for-explore";
      renameSync(join(dir, "topics/graphic-design"), join(dir, `topics/${long}`));
    },
    file: "topics/a-topic-name-that-is-far-too-long-for-explore/index.md",
    line: 1,
    ruleId: "entry-path",
  },
  {
    check: "topics: has matching logo, when logo key exists",
    seed: (dir) => edit(dir, REACT, "logo: react.png\n", "logo: React.png\n"),
    file: REACT,
    line: 6,
    ruleId: "referenced-file",
  },
  {
    check: "topics: has no unexpected files or directories",
    seed: (dir) => writeFileSync(join(dir, "topics/react/notes.txt"), "stray\n"),
    file: REACT,
    line: 1,
    ruleId: "folder-files",
  },
  {
    check: "topics: does not add an alias that's already in use",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, react-js, vuejs\n"),
    file: REACT,
    line: 2,
    ruleId: "unique-value",
  },
  {
    check: "topics: does not have an alias for a topic that has its own curated content",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, react-js, mocha\n"),
    file: REACT,
    line: 2,
    ruleId: "reference",
  },
  {
    check: "topics: has valid aliases (no duplicates)",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, react-js, reactjs\n"),
    file: REACT,
    line: 2,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid aliases (each a valid slug)",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, React-JS\n"),
    file: REACT,
    line: 2,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid aliases (at most 120)",
    seed: (dir) =>
      edit(
        dir,
        REACT,
        "aliases: reactjs, react-js\n",
        `aliases: ${Array.from({ length: 121 }, (_, i) => `react-${i}`).join(", ")}\n`,
      ),
    file: REACT,
    line: 2,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid related topics (at most 10)",
    seed: (dir) =>
      edit(
        dir,
        REACT,
        "related: vue, angular, react-native, nextjs\n",
        `related: ${Array.from({ length: 11 }, (_, i) => `topic-${i}`).join(", ")}\n`,
      ),
    file: REACT,
    line: 7,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid related topics (no duplicates)",
    seed: (dir) => edit(dir, REACT, "related: vue, angular, react-native, nextjs\n", "related: vue, angular, vue\n"),
    file: REACT,
    line: 7,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid aliases (not the topic itself)",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, react\n"),
    file: REACT,
    line: 2,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has valid related topics (not the topic itself)",
    seed: (dir) => edit(dir, REACT, "related: vue, angular, react-native, nextjs\n", "related: vue, angular, react\n"),
    file: REACT,
    line: 7,
    ruleId: "front-matter-value",
  },
  {
    check: "topics: has unique related topics and aliases",
    seed: (dir) => edit(dir, REACT, "aliases: reactjs, react-js\n", "aliases: reactjs, react-js, nextjs\n"),
    file: REACT,
    line: 2,
    ruleId: "front-matter-value",
  },
  // collections
  {
    check: "collections: has valid YAML frontmatter (a tab as indentation)",
    seed: (dir) => edit(dir, CLIPBOARD, " - hluk/CopyQ", "\t- hluk/CopyQ"),
    file: CLIPBOARD,
    line: 5,
    ruleId: "front-matter-syntax",
  },
  {
    check: "collections: has expected metadata in Jekyll front matter (items missing)",
    seed: (dir) => edit(dir, CLIPBOARD, /items:\n(?: - .*\n)+/, ""),
    file: CLIPBOARD,
    line: 1,
    ruleId: "front-matter-keys",
  },
  {
    check: "collections: has expected metadata in Jekyll front matter (no items)",
    seed: (dir) => edit(dir, CLIPBOARD, /items:\n(?: - .*\n)+/, "items: []\n"),
    file: CLIPBOARD,
    line: 2,
    ruleId: "front-matter-keys",
  },
  {
    check: "collections: has a valid display name (missing)",
    seed: (dir) => edit(dir, CLIPBOARD, "display_name: Clipboard Managers\n", ""),
    file: CLIPBOARD,
    line: 1,
    ruleId: "front-matter-keys",
  },
  {
    check: "collections: has expected metadata in Jekyll front matter (an unknown key)",
    seed: (dir) =>
      edit(dir, CLIPBOARD, "image: clipboard-managers.png\n", "image: clipboard-managers.png\nimages: x\n"),
    file: CLIPBOARD,
    line: 11,
    ruleId: "front-matter-keys",
  },
  {
    check: "collections: uses the right file name for specified image",
    seed: (dir) => edit(dir, CLIPBOARD, "image: clipboard-managers.png\n", "image: clipboard.png\n"),
    file: CLIPBOARD,
    line: 10,
    ruleId: "referenced-file",
  },
  {
    check: "collections: has no unexpected files or directories",
    seed: (dir) => writeFileSync(join(dir, "collections/clipboard-managers/draft.md"), "# draft\n"),
    file: CLIPBOARD,
    line: 1,
    ruleId: "folder-files",
  },
];

describe("examples/github-explore", () => {
  it("is what `npx catalog-lint` finds in the root of a checkout: its config, and the schemas it names", () => {
    const dir = explore();
    const report = lint({ cwd: dir, now: NOW });
    expect(report.results.map((r) => r.filePath)).toEqual([
      "collections/ai-agents/index.md",
      "collections/algorithms-and-data-structures/index.md",
      "collections/clipboard-managers/index.md",
      "topics/abap/index.md",
      "topics/angular/index.md",
      "topics/graphic-design/index.md",
      "topics/mocha/index.md",
      "topics/react/index.md",
      "topics/vue/index.md",
    ]);
  });

  it("finds nothing in the vendored subset as it is (explore passes its own suite)", () => {
    const report = lint({ cwd: explore(), now: NOW });
    expect(findings(report.results)).toEqual([]);
  });

  it("lints nothing but topics/*/index.md and collections/*/index.md", () => {
    const dir = explore();
    writeFileSync(join(dir, "README.md"), "# explore\n");
    writeFileSync(join(dir, "topics", "react", "notes.md"), "# notes\n");
    writeFileSync(join(dir, "topics", "README.md"), "# topics\n");
    const report = lint({ cwd: dir, now: NOW });
    expect(report.results.map((r) => r.filePath)).not.toContain("README.md");
    expect(report.results.map((r) => r.filePath)).not.toContain("topics/react/notes.md");
    expect(report.results.map((r) => r.filePath)).not.toContain("topics/README.md");
    expect(report.results).toHaveLength(9);
  });

  describe("finds a seeded violation of each check it expresses, on its line", () => {
    const at = (results: LintFileResult[], seeded: Seeded) =>
      results
        .find((r) => r.filePath === seeded.file)
        ?.diagnostics.filter((d) => d.ruleId === seeded.ruleId && d.range.start.line === seeded.line) ?? [];
    let unseeded: LintFileResult[] = [];
    beforeAll(() => {
      unseeded = lint({ cwd: explore(), now: NOW }).results;
    });
    it.each(SEEDED.map((s) => [s.check, s] as const))("%s", (_check, seeded) => {
      // The finding is the seed's: the copy as vendored has none there.
      expect(at(unseeded, seeded)).toEqual([]);
      const dir = explore();
      seeded.seed(dir);
      const report = lint({ cwd: dir, now: NOW });
      expect(at(report.results, seeded).length, findings(report.results).join("\n")).toBeGreaterThan(0);
    });
  });
});

describeRealExplore("examples/github-explore on the whole snapshot", () => {
  it("vendors the subset byte for byte", () => {
    // SOURCE.md says so: a test of the subset is a test of real entries.
    for (const path of ["topics/react/index.md", "topics/mocha/index.md", CLIPBOARD]) {
      expect(readFileSync(join(SUBSET, path), "utf8")).toBe(readFileSync(join(REAL_EXPLORE, path), "utf8"));
    }
  });
});
