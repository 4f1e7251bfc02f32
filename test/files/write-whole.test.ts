import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWhole } from "../../src/files/write/replace.js";
import { tempDir } from "../helpers/temp.js";

describe("writeWhole", () => {
  it("writes through a temporary file, and removes it when the rename fails", () => {
    const folder = tempDir("write");
    writeWhole(join(folder, "sub", "a.bin"), "one");
    writeWhole(join(folder, "sub", "a.bin"), "two");
    expect(readFileSync(join(folder, "sub", "a.bin"), "utf8")).toBe("two");
    // A folder in the way (not empty, so no rename can replace it).
    mkdirSync(join(folder, "sub", "b.bin", "x"), { recursive: true });
    expect(() => writeWhole(join(folder, "sub", "b.bin"), "three")).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(join(folder, "sub")).sort()).toEqual(["a.bin", "b.bin"]);
  });
});
