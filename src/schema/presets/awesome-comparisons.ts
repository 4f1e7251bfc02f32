import type { CatalogSchema, FieldSpec } from "../types.js";

/**
 * The seed structure of the awesome-comparisons catalog: `## General Info` and
 * `## Licensing`, with the label values of the catalog's shared criteria
 * (`configuration/defaults/general-licensing.yml`). Used for files outside any
 * dataset, for datasets without a template, and with `--schema awesome-comparisons`.
 */
export const awesomeComparisons: CatalogSchema = {
  name: "awesome-comparisons",
  source: "preset:awesome-comparisons",
  // The catalog's templates explain each field in an HTML comment, and FORMATTING.md forbids comments in entries.
  templateComments: true,
  groups: [
    {
      name: "General Info",
      required: true,
      fields: [
        field({
          name: "Classification",
          kind: "label",
          values: [
            "AIE/Model",
            "Code/Autonomous agent",
            "Code/Editor",
            "Code/Orchestration",
            "Code/Other",
            "Code/Terminal",
            "Product/Prototyping",
          ],
        }),
        field({ name: "Version", kind: "text" }),
        field({ name: "Repo", kind: "url", aliases: ["Repository"] }),
        field({ name: "Rating", kind: "rating" }),
        field({ name: "Short Description", kind: "text", aliases: ["ShortDescription"] }),
        field({ name: "Description", kind: "text" }),
        field({
          name: "Languages",
          kind: "label",
          values: [
            "Any",
            "Java",
            "Bash",
            "XML",
            "Python",
            "Ruby",
            "Groovy",
            "JavaScript",
            "SQL",
            "Go",
            "Rust",
            "PHP",
            "TypeScript",
            "C#",
            "HTML/CSS",
            "Shell",
            "Swift",
            "Kotlin",
            "C/C++",
            "Scala",
            "GraphQL",
          ],
        }),
        field({ name: "Notes", kind: "text" }),
        field({ name: "Last Update", kind: "date", multiple: false, aliases: ["LastUpdated"] }),
      ],
    },
    {
      name: "Licensing",
      required: true,
      fields: [
        field({ name: "Opensource", kind: "yes-no", values: ["Yes", "No"], multiple: false }),
        field({
          name: "License",
          kind: "label",
          values: ["MIT", "Apache-2.0", "Proprietary", "FSL", "GPL-3.0", "AGPL-3.0", "BSD-3-Clause", "ISC", "MPL-2.0"],
        }),
        field({
          name: "Free Trial",
          kind: "yes-no",
          values: ["Yes", "No"],
          multiple: false,
          aliases: ["FreeTrial"],
          // The templates' own words (`datasets/*/config/*-comparison-template.md`).
          description: "Free access (like opensource), or free (potentially limited) trial available",
        }),
      ],
    },
  ],
};

/** A field as the schema's defaults complete it, keys in the schema's order (a test checks the preset against it). */
function field(spec: Pick<FieldSpec, "name" | "kind"> & Partial<FieldSpec>): FieldSpec {
  const { name, kind, values, multiple = true, required = true, aliases = [], description } = spec;
  // The catalog's templates say "Keep only the label values that apply" of every label field.
  const keep = kind === "label" ? { keepOnlyApplicable: true } : {};
  return {
    name,
    kind,
    ...(values ? { values } : {}),
    multiple,
    required,
    aliases,
    ...(description ? { description } : {}),
    ...keep,
  };
}
