import pkg from "../../package.json" with { type: "json" };
import type { Rule, RuleMeta } from "../rule-api/define-rule.js";
import bodyLength from "./body-length.js";
import citation from "./citation.js";
import dateFormat from "./date-format.js";
import duplicateEntry from "./duplicate-entry.js";
import duplicateSection from "./duplicate-section.js";
import emptySection from "./empty-section.js";
import entryPath from "./entry-path.js";
import filename from "./filename.js";
import folderFiles from "./folder-files.js";
import frontMatterKeys from "./front-matter-keys.js";
import frontMatterSyntax from "./front-matter-syntax.js";
import frontMatterValue from "./front-matter-value.js";
import futureDate from "./future-date.js";
import inlineConfig from "./inline-config.js";
import labelValue from "./label-value.js";
import lastUpdateNotBumped from "./last-update-not-bumped.js";
import licenseConsistency from "./license-consistency.js";
import ratingFormat from "./rating-format.js";
import ratingMismatch from "./rating-mismatch.js";
import readableFile from "./readable-file.js";
import reference from "./reference.js";
import referencedFile from "./referenced-file.js";
import repoUrl from "./repo-url.js";
import requiredSection from "./required-section.js";
import sameSections from "./same-sections.js";
import schemaConflict from "./schema-conflict.js";
import schemaMismatch from "./schema-mismatch.js";
import sectionOrder from "./section-order.js";
import sectionPlacement from "./section-placement.js";
import singleValue from "./single-value.js";
import staleDate from "./stale-date.js";
import templateLeftover from "./template-leftover.js";
import title from "./title.js";
import uniqueValue from "./unique-value.js";
import unknownMarker from "./unknown-marker.js";
import unknownSection from "./unknown-section.js";
import url from "./url.js";
import versionFormat from "./version-format.js";

/** Every rule, in the order they run and appear in docs. */
export const rules: readonly Rule[] = [
  title,
  requiredSection,
  unknownSection,
  duplicateSection,
  sectionOrder,
  sectionPlacement,
  emptySection,
  templateLeftover,
  dateFormat,
  staleDate,
  futureDate,
  ratingFormat,
  labelValue,
  singleValue,
  url,
  inlineConfig,
  lastUpdateNotBumped,
  versionFormat,
  unknownMarker,
  filename,
  entryPath,
  folderFiles,
  repoUrl,
  licenseConsistency,
  duplicateEntry,
  sameSections,
  ratingMismatch,
  readableFile,
  // Added after the first rules, so SARIF rule indexes of existing rules stay the same.
  frontMatterSyntax,
  frontMatterKeys,
  frontMatterValue,
  bodyLength,
  citation,
  schemaMismatch,
  schemaConflict,
  referencedFile,
  uniqueValue,
  reference,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));

/**
 * The git tag that the release of this version creates (RELEASING.md). Rule docs link to the tree
 * at that tag, so a report links to the docs of the version that wrote it; test/release.test.ts
 * holds RELEASING.md and CHANGELOG.md to the same name.
 */
export const RELEASE_TAG = `v${pkg.version}`;

/** The rule's documentation, at the tag of this version (derived, never hand-written). */
export function ruleDocUrl(id: string): string {
  return docUrls.get(id) ?? docUrl(id);
}

const docUrl = (id: string) => `${pkg.homepage}/blob/${RELEASE_TAG}/docs/rules/${id}.md`;
// Every diagnostic carries its rule's link: built once per rule, not per finding.
const docUrls: ReadonlyMap<string, string> = new Map(rules.map((r) => [r.id, docUrl(r.id)]));

/**
 * Every rule's metadata, in registry order: what the callers of reporters hand
 * them (SARIF lists the rules), so that reporters and shells never import rules.
 */
export function rulesMeta(): readonly RuleMeta[] {
  return META;
}

// Frozen: one list for every caller, which no reporter can change for the next.
const META: readonly RuleMeta[] = Object.freeze(
  rules.map((rule) =>
    Object.freeze({
      id: rule.id,
      description: rule.description,
      category: rule.category,
      defaultSeverity: rule.defaultSeverity,
      fixable: rule.fixable,
      docsUrl: ruleDocUrl(rule.id),
    }),
  ),
);
