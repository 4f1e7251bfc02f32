import { defineRule } from "../rule-api/define-rule.js";
import { disputesIn } from "../rule-api/schema-disputes.js";
import type { SchemaConflict } from "../schema/types.js";
import { plain } from "../util/text.js";

const SETTLE = "expected the template and the criteria to agree first, not a change here: keep it until they do";

export default defineRule({
  id: "schema-conflict",
  description: "A dataset's template and criteria YAML should agree on the headings an entry has",
  category: "structure",
  // The maintainers settle a conflict once; entries that follow either source are no contributor's mistake.
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    missing:
      "Unexpected disagreement on `### {{name}}`: {{criteria}} {{define}} it, {{template}} does not; entries follow either. Expected the template and the criteria to agree: add it to the template, or remove it from the criteria",
    placement:
      "Unexpected disagreement on `## {{group}}`: {{criteria}} {{put}} its value directly under `## {{group}}`, {{template}} under `### {{name}}`; entries follow either. Expected the template and the criteria to agree: move the template's value up to `## {{group}}`, or make `{{name}}` a criterion without children",
    fieldFollowsCriteria:
      "Unexpected section `### {{name}}`: {{criteria}} {{define}} it but the template {{template}} does not (see schema-conflict); " +
      SETTLE,
    missingGroup:
      "Unexpected disagreement on `## {{name}}`: {{criteria}} {{define}} it, {{template}} has no `## {{name}}`; entries follow either. Expected the template and the criteria to agree: add `## {{name}}` to the template, or remove it from the criteria",
    spelling:
      "Unexpected disagreement on `## {{group}}`: {{criteria}} {{spell}} it `{{name}}`, {{template}} writes `## {{group}}`; entries follow either. Expected the template and the criteria to agree: rename one to the other",
    groupFollowsCriteria:
      "Unexpected section `## {{name}}`: {{criteria}} {{define}} it but the template {{template}} {{templateForm}} (see schema-conflict); " +
      SETTLE,
    valueFollowsCriteria:
      "Unexpected value directly under `## {{group}}`: {{criteria}} {{put}} it there but the template {{template}} {{templateForm}} (see schema-conflict); " +
      SETTLE,
  },
  check({ entry, schema, report }) {
    for (const dispute of disputesIn(entry, schema)) {
      const { conflict } = dispute;
      const files = [...new Set(conflict.criteria.map((c) => c.file))];
      const data = {
        name: plain(dispute.section.name),
        group: plain(conflict.group ?? dispute.section.name),
        criteria: listed(files),
        define: files.length > 1 ? "define" : "defines",
        put: files.length > 1 ? "put" : "puts",
        template: conflict.template,
        templateForm: templateForm(conflict),
      };
      report({
        messageId: messageOf[dispute.form],
        data,
        range: dispute.range,
      });
    }
  },
  checkCatalog({ entries, governed, schemaOf, report }) {
    // Once per template and heading, whatever number of entries share the schema. A template
    // named on the command line is read through the entries it governs: its schema is theirs.
    const seen = new Set<string>();
    for (const filePath of [...entries.map((e) => e.filePath), ...governed]) {
      for (const conflict of schemaOf(filePath).schema.conflicts ?? []) {
        const key = `${conflict.template}\0${conflict.kind}\0${conflict.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report(conflict.template, {
          messageId: conflict.kind,
          data: catalogData(conflict),
          range: conflict.range,
          // A run that changed or named a criteria file it names is asked about it too.
          related: [...new Set(conflict.criteria.map((c) => c.file))],
        });
      }
    }
  },
  // The template's finding needs no peer: the linted entries' schemas name it.
  peerFilter: () => () => false,
});

const messageOf = {
  field: "fieldFollowsCriteria",
  valueOnGroup: "valueFollowsCriteria",
  group: "groupFollowsCriteria",
} as const;

/** What the template does instead of what the criteria say, for an entry's finding. */
function templateForm(conflict: SchemaConflict): string {
  switch (conflict.kind) {
    case "placement":
      return `writes it under \`### ${plain(conflict.name)}\``;
    case "spelling":
      return `writes \`## ${plain(conflict.group ?? conflict.name)}\``;
    case "missingGroup":
      return "has no such `##`";
    default:
      return "has no value there";
  }
}

function catalogData(conflict: SchemaConflict): Record<string, string> {
  const places = conflict.criteria.map((c) => `${c.file} line ${c.line}`);
  const many = conflict.criteria.length > 1;
  return {
    name: plain(conflict.name),
    group: plain(conflict.group ?? conflict.name),
    criteria: listed(places),
    define: many ? "define" : "defines",
    put: many ? "put" : "puts",
    spell: many ? "spell" : "spells",
    template: conflict.template,
  };
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
