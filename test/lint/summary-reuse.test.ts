/**
 * A linted file's summary comes from the entry its lint built when the summary
 * would parse the same whole text again (src/model/summary.ts `summaryOfLinted`):
 * it must equal `summaryOf` on the file's text in every case, also when it may
 * not take the shortcut (a `## Repo` cut, a body the parser refuses, NUL bytes).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/lint/linter.js";
import { summaryOf } from "../../src/model/summary.js";
import { EXAMPLE_ENTRIES } from "../helpers/mutations.js";
import { tempDir } from "../helpers/temp.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/github-explore/catalog-lint");
const TOPIC_SCHEMA = readFileSync(join(EXAMPLE, "topic.schema.yaml"), "utf8");

const TOPIC = [
  "---",
  "aliases: three-d, 3d-graphics, three-d",
  "display_name: 3D",
  "short_description: Three dimensions.",
  "related: graphics, 3d",
  "topic: 3d",
  "---",
  "3D is a body without headings.",
  "",
].join("\n");
/** Deeper than the parser's nesting limit (MAX_MARKERS_PER_LINE): readable-file refuses it. */
const NESTED_BODY = `${TOPIC}\n${"> ".repeat(40)}deep\n`;
const TOPICS: Record<string, string> = {
  "topics/3d/index.md": TOPIC,
  "topics/nested/index.md": NESTED_BODY.replace("topic: 3d", "topic: nested"),
  "topics/nul/index.md": TOPIC.replace("topic: 3d", "topic: nul\0"),
  "topics/empty/index.md": "",
  "topics/no-front-matter/index.md": "# Just a heading\n\nText.\n",
  "topics/bad-yaml/index.md": "---\ndisplay_name: [unclosed\ntopic: bad-yaml\n---\nBody.\n",
  "topics/repo-heading/index.md": `${TOPIC.replace("topic: 3d", "topic: repo-heading")}\n## Repo\n\nhttps://github.com/a/b\n\n## After\n\nText.\n`,
};

/** The summary of every file through lintFile, next to `summaryOf` of its text. */
function summariesOf(dir: string, files: string[], text: (file: string) => string) {
  const linter = new Linter({ cwd: dir, config: { config: {}, dir }, now: "2026-12-03" });
  return files.map((file) => {
    const { summary } = linter.lintFile(file);
    const { index } = linter.lintOnly(file);
    return { file, linted: summary, parsedAgain: summaryOf(text(file), file, index, true) };
  });
}

describe("a linted file's summary reuses its lint's entry (issue 13 item 8)", () => {
  it("github/explore topics: the same summary as parsing the text again", () => {
    const dir = tempDir("summary-reuse", {
      ...TOPICS,
      "topic.schema.yaml": TOPIC_SCHEMA,
    });
    const files = Object.keys(TOPICS);
    const config = { config: { overrides: [{ files: ["topics/*/index.md"], schema: "topic.schema.yaml" }] }, dir };
    const linter = new Linter({ cwd: dir, config, now: "2026-12-03" });
    for (const file of files) {
      const { summary } = linter.lintFile(file);
      const { index } = linter.lintOnly(file);
      expect(summary, file).toEqual(summaryOf(TOPICS[file] as string, file, index, true));
    }
    // The cases differ: the shortcut's summary carries values, the refused file's none.
    const values = (file: string) => linter.lintFile(file).summary.values?.length ?? -1;
    expect(values("topics/3d/index.md")).toBeGreaterThan(0);
    expect(values("topics/repo-heading/index.md")).toBeGreaterThan(0);
    expect(linter.lintFile("topics/nested/index.md").summary).toEqual({
      filePath: "topics/nested/index.md",
      folder: "topics/nested",
      repos: [],
      linted: true,
    });
  });

  it("awesome-comparisons entries (cut after `## Repo`) and the same with a refused body", () => {
    const files: Record<string, string> = {};
    EXAMPLE_ENTRIES.forEach((text, i) => {
      files[`data/e${i}.md`] = text;
      files[`data/deep${i}.md`] = `${text}\n${"> ".repeat(40)}deep\n`;
      // A second repository after the cut: the whole text's summary would list it.
      files[`data/second-repo${i}.md`] = `${text}\n### Repo\n- https://github.com/second/repo${i}\n`;
    });
    const dir = tempDir("summary-reuse", files);
    const found = summariesOf(dir, Object.keys(files), (file) => files[file] as string);
    expect(found.length).toBeGreaterThan(20);
    for (const { file, linted, parsedAgain } of found) expect(linted, file).toEqual(parsedAgain);
    expect(found.filter((f) => f.linted.repos.length > 0).length).toBeGreaterThan(10);
    // Entries with a Repo field are cut before the second one: the shortcut must not be taken there.
    const cut = found.filter(
      (f) => f.file.includes("second-repo") && !f.linted.repos.some((r) => r.url.includes("second")),
    );
    expect(cut.length).toBeGreaterThan(10);
  });

  it("a summary pass lints the files whose summary takes their whole text, and only when it may", () => {
    // What a threaded run's summary pass does (src/lint/parallel.ts): lint a github/explore topic
    // from the one parse, give an awesome-comparisons entry (cut after `## Repo`) its summary only.
    const entry = EXAMPLE_ENTRIES[0] as string;
    const dir = tempDir("summary-reuse", {
      "topics/3d/index.md": TOPIC,
      "topics/nested/index.md": NESTED_BODY.replace("topic: 3d", "topic: nested"),
      "data/entry.md": entry,
      "topic.schema.yaml": TOPIC_SCHEMA,
    });
    const config = { config: { overrides: [{ files: ["topics/*/index.md"], schema: "topic.schema.yaml" }] }, dir };
    const linter = new Linter({ cwd: dir, config, now: "2026-12-03" });
    for (const file of ["topics/3d/index.md", "topics/nested/index.md"]) {
      let asked = 0;
      const claimed = linter.summarizeOrLint(file, () => ++asked > 0, true);
      expect(asked, file).toBe(1);
      const { summary, ...linted } = linter.lintFile(file);
      expect(claimed.summary, file).toEqual(summary);
      expect(claimed.linted?.diagnostics, file).toEqual(linted.diagnostics);
      expect(claimed.content, file).toMatch(/^[0-9a-f]{64}$/);
      // Another thread claimed it first: the summary alone.
      const refused = linter.summarizeOrLint(file, () => false, false);
      expect(refused).toEqual({ summary });
    }
    const cut = linter.summarizeOrLint("data/entry.md", () => expect.unreachable("asked to lint a cut summary"), false);
    expect(cut).toEqual({ summary: linter.lintFile("data/entry.md").summary });
  });
});
