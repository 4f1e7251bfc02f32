import { CatalogSchema } from "../types.js";

/**
 * The seed structure of the awesome-comparisons catalog: `## General Info` and
 * `## Licensing`, with the label values of the catalog's shared criteria
 * (`configuration/defaults/general-licensing.yml`). Used for files outside any
 * dataset, for datasets without a template, and with `--schema awesome-comparisons`.
 */
export const awesomeComparisons = CatalogSchema.parse({
  name: "awesome-comparisons",
  source: "preset:awesome-comparisons",
  groups: [
    {
      name: "General Info",
      fields: [
        {
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
        },
        { name: "Version", kind: "text" },
        { name: "Repo", kind: "url", aliases: ["Repository"] },
        { name: "Rating", kind: "rating" },
        { name: "Short Description", kind: "text", aliases: ["ShortDescription"] },
        { name: "Description", kind: "text" },
        {
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
        },
        { name: "Notes", kind: "text" },
        { name: "Last Update", kind: "date", multiple: false, aliases: ["LastUpdated"] },
      ],
    },
    {
      name: "Licensing",
      fields: [
        { name: "Opensource", kind: "yes-no", values: ["Yes", "No"], multiple: false },
        {
          name: "License",
          kind: "label",
          values: ["MIT", "Apache-2.0", "Proprietary", "FSL", "GPL-3.0", "AGPL-3.0", "BSD-3-Clause", "ISC", "MPL-2.0"],
        },
        { name: "Free Trial", kind: "yes-no", values: ["Yes", "No"], multiple: false, aliases: ["FreeTrial"] },
      ],
    },
  ],
});
