import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean, listAnd, quoteList } from "../../src/util/text.js";

describe("message lists", () => {
  it("join items as Intl.ListFormat does in English", () => {
    const and = new Intl.ListFormat("en");
    const or = new Intl.ListFormat("en", { type: "disjunction" });
    const values = ["a", "b", "c", "d", "e"];
    for (let n = 0; n <= values.length; n++) {
      const some = values.slice(0, n);
      const quoted = some.slice(0, 3).map((v) => `\`${v}\``);
      expect(listAnd(some)).toBe(and.format(some));
      expect(quoteList(some, 3)).toBe(or.format(n > 3 ? [...quoted, `${n - 3} more`] : quoted));
    }
  });
});

describe("did-you-mean", () => {
  it("suggests for a slip of the keyboard, a plural and a cut-off word", () => {
    expect(didYouMean("Pyhton", ["Python", "Go"])).toBe("Python");
    expect(didYouMean("Tools", ["Tool", "Prompt"])).toBe("Tool");
    expect(didYouMean("Pytho", ["Python", "Go"])).toBe("Python");
  });

  it("does not take a longer, different word for the value it starts with or contains", () => {
    // latexmk is a build tool of its own, not a misspelt latex.
    expect(didYouMean("latexmk", ["latex", "pdf"])).toBeUndefined();
    expect(didYouMean("xelatex", ["latex", "pdf"])).toBeUndefined();
    expect(closestMatch("GitLab CI", ["GitLab", "GitHub"])).toBeUndefined();
  });
});
