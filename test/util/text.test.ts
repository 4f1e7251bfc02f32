import { describe, expect, it } from "vitest";
import { listAnd, quoteList } from "../../src/util/text.js";

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
