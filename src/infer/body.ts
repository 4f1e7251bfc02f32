/**
 * The body inferred from the entries' headings: the title's shape, the `##`
 * groups and `###` fields with their order, which are always there, and what
 * their values look like (closed label sets, yes/no, ISO dates, URLs).
 */
import type { Entry, Section } from "../model/entry.js";
import type { FieldKind, FieldSpec, GroupSpec, TitleSpec } from "../schema/types.js";
import { plural } from "../util/text.js";
import { nearlyAll, outliersAllowed, share, tally } from "./agreement.js";
import type { Notes } from "./notes.js";
import { splitMisspellings } from "./spelling.js";
import { closedSetOf, dateFormatOf, urlShapeOf } from "./values.js";

export interface InferredBody {
  title: TitleSpec;
  groups: GroupSpec[];
  /** Set when the entries share no heading structure: any heading is allowed. */
  open: boolean;
  /** Whether (nearly) every entry has its headings in the inferred order. */
  ordered: boolean;
  /** Headings seen once or twice, written like one the others use. */
  misspelt: Map<string, string>;
  /** Whether the files look like entries of one catalog (a title or groups shared by most). */
  coherent: boolean;
}

const TITLE_KEYS = ["title", "display_name", "displayName", "name"];

export function inferTitle(
  entries: readonly Entry[],
  notes: Notes,
  frontMatterKeys: readonly string[] = [],
): TitleSpec {
  const total = entries.length;
  const titled = entries.filter((e) => e.title !== undefined);
  if (titled.length > 0 && titled.length * 2 >= total) {
    const withUrl = titled.filter((e) => e.title?.url !== undefined).length;
    const url = nearlyAll(withUrl, titled.length) ? "required" : withUrl === 0 ? "none" : "optional";
    notes.add(
      ["title"],
      `a \`# Name\` heading ${share(titled.length, total)}; ${withUrl === titled.length ? "each" : `${withUrl}`} with \` - URL\``,
    );
    return { from: "heading", url };
  }
  const key = TITLE_KEYS.find((k) => frontMatterKeys.includes(k));
  if (key) {
    notes.add(
      ["title"],
      `no \`#\` title heading (${share(titled.length, total)}); the front-matter key \`${key}\` names each entry`,
    );
    return { from: "frontMatter", key };
  }
  notes.add(["title"], `no \`#\` title heading (${share(titled.length, total)})`);
  return { from: "none" };
}

export function inferBody(entries: readonly Entry[], notes: Notes): Omit<InferredBody, "title"> {
  const total = entries.length;
  const groupCounts = tally(entries.flatMap((e) => unique(e.groups.map((g) => g.name))));
  const withGroups = entries.filter((e) => e.groups.length > 0).length;
  const top = Math.max(0, ...groupCounts.values());
  if (withGroups === 0 || top * 2 < total) {
    if (withGroups > 0) {
      notes.add(
        ["body"],
        `\`##\` headings ${share(withGroups, total)}, but no heading name shared by half of them: any heading is allowed`,
      );
    }
    return { groups: [], open: withGroups > 0, ordered: true, misspelt: new Map(), coherent: false };
  }
  const { kept, misspelt } = splitMisspellings(groupCounts);
  const order = orderOf(
    entries.map((e) => e.groups.map((g) => g.name)),
    kept,
  );
  let ordered = inOrder(
    entries.map((e) => e.groups.map((g) => g.name)),
    order,
  );

  // Each field belongs to the group most entries put it in.
  const fieldHome = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    for (const group of entry.groups) {
      for (const name of unique(group.fields.map((f) => f.name))) {
        const homes = fieldHome.get(name) ?? new Map<string, number>();
        homes.set(group.name, (homes.get(group.name) ?? 0) + 1);
        fieldHome.set(name, homes);
      }
    }
  }
  const fieldCounts = new Map([...fieldHome].map(([name, homes]) => [name, sum(homes.values())]));
  const fieldsSplit = splitMisspellings(fieldCounts);
  for (const [name, to] of fieldsSplit.misspelt) misspelt.set(name, to);

  const groups: GroupSpec[] = order.map((name, i) => {
    const count = groupCounts.get(name) ?? 0;
    const sections = entries.flatMap((e) => e.groups.filter((g) => g.name === name));
    const required = nearlyAll(count, total) && total >= 2;
    notes.add(["groups", i], `\`## ${name}\` ${share(count, total)}`);
    const fieldNames = fieldsSplit.kept.filter((f) => homeOf(fieldHome.get(f)) === name);
    const fieldOrder = orderOf(
      sections.map((s) => s.fields.map((f) => f.name)),
      fieldNames,
    );
    if (
      !inOrder(
        sections.map((s) => s.fields.map((f) => f.name)),
        fieldOrder,
      )
    )
      ordered = false;
    const fields = fieldOrder.map((fieldName, j) => {
      const fieldSections = sections.flatMap((s) => s.fields.filter((f) => f.name === fieldName));
      const present = fieldCounts.get(fieldName) ?? 0;
      return fieldFrom(fieldName, fieldSections, present, total, notes, ["groups", i, "fields", j]);
    });
    const withValues = sections.filter((s) => s.values.length > 0);
    const group: GroupSpec = { name, required, fields };
    // A value directly under the `##` heading (one `##` per criterion, as ultimate-comparisons writes them).
    if (fields.length === 0 && withValues.length > 0) {
      group.value = fieldFrom(name, sections, count, total, notes, ["groups", i, "value"]);
    } else if (withValues.length > outliersAllowed(sections.length)) {
      // Text under the `##` heading before its `###` fields, in more entries than a few: the catalog's way.
      group.value = { name, kind: "text", multiple: true, required: false, aliases: [] };
      notes.add(
        ["groups", i, "value"],
        `text before the \`###\` fields ${share(withValues.length, sections.length)} that have the group`,
      );
    }
    return group;
  });
  if (misspelt.size > 0) {
    notes.add(
      ["groups"],
      `left out as misspellings: ${[...misspelt].map(([h, to]) => `\`${h}\` (\`${to}\`)`).join(", ")}`,
    );
  }
  return { groups, open: false, ordered, misspelt, coherent: true };
}

function fieldFrom(
  name: string,
  sections: readonly Section[],
  present: number,
  total: number,
  notes: Notes,
  path: (string | number)[],
): FieldSpec {
  const required = nearlyAll(present, total) && total >= 2;
  const perEntry = sections.map((s) =>
    s.values.filter((v) => v.kind === "item" || v.kind === "line").map((v) => v.text),
  );
  const values = perEntry.flat().filter((v) => v !== "" && v !== "-");
  const several = perEntry.filter((v) => v.length > 1).length;
  let multiple = several > outliersAllowed(sections.length) || sections.length < 3;
  const parts = [share(present, total)];
  let kind: FieldKind = "text";
  let allowed: string[] | undefined;
  if (values.length >= 3) {
    const yesNo = values.filter((v) => v === "Yes" || v === "No").length;
    const date = dateFormatOf(values);
    const urls = urlShapeOf(values);
    const closed = closedSetOf(values);
    if (nearlyAll(yesNo, values.length)) {
      kind = "yes-no";
      allowed = ["Yes", "No"];
      multiple = false;
      parts.push(`\`Yes\` or \`No\` (${yesNo} of ${values.length})`);
    } else if (date?.format === "YYYY-MM-DD") {
      kind = "date";
      multiple = false;
      parts.push(`ISO dates (${date.count} of ${values.length})`);
    } else if (/rating/i.test(name) && nearlyAll(values.filter((v) => /^\[\d\]/.test(v)).length, values.length)) {
      kind = "rating";
      parts.push("ratings `[N] …`");
    } else if (urls) {
      kind = "url";
      parts.push(`URLs (${urls.count} of ${values.length})`);
    } else if (closed && holdsAll(perEntry, closed.values)) {
      // template-leftover reads an entry holding every value of a label list as a list left whole.
      parts.push(`an entry holds all ${closed.values.length} of its values: free text, not a label list`);
    } else if (closed) {
      kind = "label";
      allowed = closed.values;
      parts.push(`${plural(closed.values.length, "label")} used again and again`);
      if (closed.misspelt.size > 0) {
        parts.push(
          `left out as misspellings: ${[...closed.misspelt].map(([v, to]) => `\`${v}\` (\`${to}\`)`).join(", ")}`,
        );
      }
    }
  }
  // A single value is a rule for labels, dates and the like: free text may run to two lines.
  if (kind === "text" || kind === "url") multiple = true;
  notes.add(path, parts.join("; "));
  return { name, kind, ...(allowed ? { values: allowed } : {}), multiple, required, aliases: [] };
}

function holdsAll(perEntry: readonly string[][], values: readonly string[]): boolean {
  return values.length >= 2 && perEntry.some((texts) => values.every((v) => texts.includes(v)));
}

/** The names in the order entries write them: by mean relative position, ties by first appearance. */
function orderOf(sequences: readonly string[][], names: readonly string[]): string[] {
  const known = new Set(names);
  const positions = new Map<string, number[]>();
  for (const sequence of sequences) {
    const seen = unique(sequence.filter((n) => known.has(n)));
    seen.forEach((name, i) => {
      const list = positions.get(name) ?? [];
      list.push(seen.length > 1 ? i / (seen.length - 1) : 0);
      positions.set(name, list);
    });
  }
  const mean = (name: string) => {
    const list = positions.get(name) ?? [0];
    return sum(list) / list.length;
  };
  return names
    .map((name, i) => ({ name, i, at: mean(name) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.name);
}

/** Whether (nearly) every sequence follows `order` (names it does not know are skipped). */
function inOrder(sequences: readonly string[][], order: readonly string[]): boolean {
  const rank = new Map(order.map((name, i) => [name, i]));
  const outOfOrder = sequences.filter((sequence) => {
    let last = -1;
    for (const name of sequence) {
      const r = rank.get(name);
      if (r === undefined) continue;
      if (r < last) return true;
      last = r;
    }
    return false;
  }).length;
  return outOfOrder <= outliersAllowed(sequences.length);
}

function homeOf(homes: Map<string, number> | undefined): string | undefined {
  return homes ? [...homes].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
