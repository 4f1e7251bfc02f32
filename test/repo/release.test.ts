/**
 * Release basics: the license, the changelog's format, and one name for the tag a release
 * creates, which every rule-doc link points at (RELEASE_TAG in src/rules/index.ts, the tag
 * RELEASING.md tells the releaser to create, the links at the foot of CHANGELOG.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RELEASE_TAG, ruleDocUrl, rules } from "../../src/rules/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; homepage: string; license: string; files: string[] };
const major = pkg.version.split(".")[0];

describe("LICENSE", () => {
  it("is the MIT license of catalog-lint's contributors, as package.json says", () => {
    const license = read("LICENSE");
    expect(pkg.license).toBe("MIT");
    expect(license.split("\n")[0]).toBe("MIT License");
    expect(license).toMatch(/^Copyright \(c\) \d{4} catalog-lint contributors$/m);
    expect(license).toContain("Permission is hereby granted, free of charge, to any person obtaining a copy");
  });
});

describe("CHANGELOG.md", () => {
  const changelog = read("CHANGELOG.md");
  const versions = [...changelog.matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => ({
    name: m[1] as string,
    rest: m[2] as string,
  }));

  it("follows Keep a Changelog 1.1.0: Unreleased first, then releases newest first, each with its date", () => {
    expect(changelog.split("\n")[0]).toBe("# Changelog");
    expect(changelog).toContain("[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/)");
    expect(versions[0]).toEqual({ name: "Unreleased", rest: "" });
    const released = versions.slice(1);
    for (const { name, rest } of released) {
      expect(name, "a release heading names a version X.Y.Z").toMatch(/^\d+\.\d+\.\d+$/);
      expect(rest, `## [${name}] is followed by its date`).toMatch(/^ - \d{4}-\d{2}-\d{2}$/);
    }
    const order = released.map((v) => v.name.split(".").map(Number));
    const newestFirst = [...order].sort(
      (a, b) => (b[0] ?? 0) - (a[0] ?? 0) || (b[1] ?? 0) - (a[1] ?? 0) || (b[2] ?? 0) - (a[2] ?? 0),
    );
    expect(order).toEqual(newestFirst);
  });

  it("groups changes under the six kinds of change only", () => {
    const kinds = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds)
      expect(["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]).toContain(kind);
  });

  it("links each version heading to its tag, named as a release names it", () => {
    const links = new Map(
      [...changelog.matchAll(/^\[([^\]]+)\]: (\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]),
    );
    const repo = pkg.homepage;
    const latest = versions[1]?.name;
    expect(links.get("Unreleased")).toBe(latest ? `${repo}/compare/v${latest}...HEAD` : `${repo}/commits/main`);
    versions.slice(1).forEach(({ name }, i) => {
      const previous = versions[i + 2]?.name;
      expect(links.get(name), `the link of [${name}]`).toBe(
        previous ? `${repo}/compare/v${previous}...v${name}` : `${repo}/releases/tag/v${name}`,
      );
    });
    // The package's version is either released (its heading exists) or the next release's.
    if (versions.some((v) => v.name === pkg.version)) expect(latest).toBe(pkg.version);
  });

  it("ships in the npm package", () => {
    expect(pkg.files).toContain("CHANGELOG.md");
  });
});

describe("the tag a release creates", () => {
  const releasing = read("RELEASING.md");

  it("is `v` and the package version, and every rule-doc link points at a page in that tree", () => {
    expect(RELEASE_TAG).toBe(`v${pkg.version}`);
    for (const rule of rules) {
      const url = ruleDocUrl(rule.id);
      expect(url).toBe(`${pkg.homepage}/blob/${RELEASE_TAG}/docs/rules/${rule.id}.md`);
      // The path after the tag is a file of this tree, which is what the release commit tags.
      const path = url.slice(`${pkg.homepage}/blob/${RELEASE_TAG}/`.length);
      expect(existsSync(join(ROOT, path)), `${path} exists`).toBe(true);
    }
    expect(pkg.files).toContain("docs");
  });

  it("is the tag RELEASING.md creates, and the major tag it moves is the one the README's workflows use", () => {
    const tagged = /git tag -a (\S+) -m/.exec(releasing)?.[1];
    expect(tagged, "RELEASING.md creates an annotated tag").toBe("vX.Y.Z");
    expect(tagged?.replace("X.Y.Z", pkg.version)).toBe(RELEASE_TAG);
    const moved = /git tag -fa (\S+) -m/.exec(releasing)?.[1];
    expect(moved, "RELEASING.md moves the major tag").toBe("vX");
    const uses = [...read("README.md").matchAll(/uses: catalog-lint\/catalog-lint@(\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set([moved?.replace("X", major ?? "")]));
  });
});
