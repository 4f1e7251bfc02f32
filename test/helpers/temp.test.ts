/**
 * The temporary-folder helper every test writes through: a copy of real data is
 * a copy, whatever links the source holds or is, and a read-only source gives a
 * copy the test can write to.
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyCatalog, tempDir } from "./temp.js";

const posix = process.platform !== "win32";

describe("tempDir", () => {
  it("makes a new folder below the system's temporary folder, holding the files given", () => {
    const dir = tempDir("helper", { "a.md": "a\n", "deep/er/b.md": "b\n" });
    expect(dirname(dir)).toBe(realpathSync(tmpdir()));
    expect(basename(dir)).toMatch(/^catalog-lint-helper-/);
    expect(readFileSync(join(dir, "deep/er/b.md"), "utf8")).toBe("b\n");
    expect(tempDir("helper")).not.toBe(dir);
  });
});

describe.skipIf(!posix)("copyCatalog", () => {
  /** `<tmp>/source` (an entry, a link to it, a link to a folder, a link out of it) beside `<tmp>/outside`. */
  function linkedCatalog() {
    const root = tempDir("helper", {
      "source/datasets/x/data/a.md": "# A\n",
      "source/datasets/x/config/t.md": "# T\n",
      "outside/secret.md": "# Secret\n",
    });
    const source = join(root, "source");
    symlinkSync("a.md", join(source, "datasets/x/data/same.md"));
    symlinkSync("../config", join(source, "datasets/x/data/config-link"));
    symlinkSync(join(root, "outside", "secret.md"), join(source, "datasets/x/data/out.md"));
    return { root, source };
  }

  it("copies each link as what it leads to, so a write to the copy never reaches the source or past it", () => {
    const { root, source } = linkedCatalog();
    const copy = copyCatalog(source);
    const data = join(copy, "datasets/x/data");
    for (const name of ["same.md", "out.md"]) expect(lstatSync(join(data, name)).isFile(), name).toBe(true);
    expect(lstatSync(join(data, "config-link")).isDirectory()).toBe(true);
    expect(readFileSync(join(data, "out.md"), "utf8")).toBe("# Secret\n");
    writeFileSync(join(data, "same.md"), "changed\n");
    writeFileSync(join(data, "out.md"), "changed\n");
    writeFileSync(join(data, "config-link", "t.md"), "changed\n");
    expect(readFileSync(join(source, "datasets/x/data/a.md"), "utf8")).toBe("# A\n");
    expect(readFileSync(join(source, "datasets/x/config/t.md"), "utf8")).toBe("# T\n");
    expect(readFileSync(join(root, "outside", "secret.md"), "utf8")).toBe("# Secret\n");
  });

  it("copies a source that is itself a link (a catalog linked into the checkout) as the folder it leads to", () => {
    const { root, source } = linkedCatalog();
    const linked = join(root, "linked-catalog");
    symlinkSync(source, linked);
    const copy = copyCatalog(linked);
    expect(lstatSync(copy).isDirectory()).toBe(true);
    writeFileSync(join(copy, "datasets/x/data/a.md"), "changed\n");
    mkdirSync(join(copy, "datasets/y"));
    expect(readFileSync(join(source, "datasets/x/data/a.md"), "utf8")).toBe("# A\n");
    expect(lstatSync(join(source, "datasets/y"), { throwIfNoEntry: false })).toBeUndefined();
  });

  it("gives a read-only catalog (as ../shared is) a copy its owner may write", () => {
    const { source } = linkedCatalog();
    for (const path of ["datasets/x/data/a.md", "datasets/x/config/t.md"]) chmodSync(join(source, path), 0o444);
    for (const path of ["datasets/x/data", "datasets/x/config", "datasets/x", "datasets", "."]) {
      chmodSync(join(source, path), 0o555);
    }
    try {
      const copy = copyCatalog(source);
      // Modes, not a write: a test run as root may write anything.
      for (const path of [".", "datasets/x/data", "datasets/x/data/a.md", "datasets/x/data/same.md"]) {
        expect(statSync(join(copy, path)).mode & 0o200, path).toBe(0o200);
      }
      // Other bits are kept.
      expect(statSync(join(copy, "datasets/x/data/a.md")).mode & 0o777).toBe(0o644);
    } finally {
      for (const path of [".", "datasets", "datasets/x", "datasets/x/data", "datasets/x/config"]) {
        chmodSync(join(source, path), 0o755);
      }
    }
  });
});
