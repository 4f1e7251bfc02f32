/**
 * The workflows the README (and any doc) shows work as copied: each is a whole workflow that
 * parses, uses the current major version of every action, asks for every permission its steps
 * need and no other write, fetches the history wherever an entry is compared with its base, and
 * runs in a merge queue wherever it is meant to be a required check.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const actionInputs = Object.keys(
  (parseDocument(readFileSync(join(ROOT, "action.yml"), "utf8")).toJS() as { inputs: Record<string, unknown> }).inputs,
);

/**
 * The major version each example uses, and the only actions they use. GitHub's current majors,
 * as of 2026-12: actions/checkout v7 (v7.0.0, 2026-06), github/codeql-action v4 (node24),
 * actions/upload-artifact v7, actions/download-artifact v8.
 */
const MAJORS: Record<string, string> = {
  "actions/checkout": "v7",
  "github/codeql-action/upload-sarif": "v4",
  "actions/upload-artifact": "v7",
  "actions/download-artifact": "v8",
  "catalog-lint/catalog-lint": `v${pkg.version.split(".")[0]}`,
};
/** The name of the check run the Action creates (src/action/check-run.ts). */
const ACTION_CHECK_RUN = "catalog-lint";
/** Events on which the Action compares changed entries with a base commit (src/action/changed-files.ts). */
const COMPARED = ["pull_request", "push", "merge_group"];

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  name?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** Every ```yaml block of the README and of any markdown file in docs/ and examples/ that holds `uses:`. */
function examples(): Array<{ where: string; text: string }> {
  const files = [join(ROOT, "README.md")];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  walk(join(ROOT, "docs"));
  walk(join(ROOT, "examples"));
  const found: Array<{ where: string; text: string }> = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
      if (!/^\s*-? ?uses:/m.test(m[1] as string)) continue;
      const line = source.slice(0, m.index).split("\n").length;
      found.push({ where: `${relative(ROOT, file)}:${line}`, text: m[1] as string });
    }
  }
  return found;
}

function parseWorkflow(where: string, text: string): Workflow {
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(
    doc.errors.map((e) => e.message),
    `${where} parses`,
  ).toEqual([]);
  const workflow = doc.toJS() as Workflow;
  for (const key of ["name", "on", "jobs"] as const) {
    expect(workflow[key], `${where} is a whole workflow (it has \`${key}:\`), so it works as copied`).toBeDefined();
  }
  return workflow;
}

function events(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on as Record<string, unknown>);
}

const actionOf = (step: Step) => step.uses?.split("@")[0] ?? "";
const option = (step: Step, key: string, fallback: string) => String(step.with?.[key] ?? fallback);

/** The permissions a job's steps need, from what each step does with the token. */
function needed(job: Job, on: string[]): Record<string, "read" | "write"> {
  const need: Record<string, "read" | "write"> = { contents: "read" };
  for (const step of job.steps) {
    if (actionOf(step) === "catalog-lint/catalog-lint") {
      if (!["none", "commands"].includes(option(step, "annotations", "auto"))) need.checks = "write";
      if (option(step, "comment", "false") === "true" || option(step, "suggestions", "false") === "true") {
        need["pull-requests"] = "write";
      } else if (step.with?.publish !== undefined) {
        need["pull-requests"] = "read"; // find the pull request, list its files
      } else if (on.includes("pull_request") && option(step, "only-changed", "true") === "true") {
        need["pull-requests"] = "read"; // the pull request's files
      }
    }
    if (actionOf(step) === "actions/download-artifact" && step.with?.["run-id"] !== undefined) {
      need.actions = "read"; // another run's artifact
    }
    if (actionOf(step) === "github/codeql-action/upload-sarif") {
      need["security-events"] = "write";
      need.actions = "read"; // in private repositories
    }
  }
  return need;
}

const all = examples();

describe("README workflows", () => {
  it("are there: a pull request check, a scheduled scan and code scanning", () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  for (const { where, text } of all) {
    describe(where, () => {
      // Parsed in each test, so that a block that is not a workflow fails there, not at collection.
      let workflow: Workflow;
      let on: string[];
      beforeEach(() => {
        workflow = parseWorkflow(where, text);
        on = events(workflow.on);
      });

      it("uses the current major version of each action, and catalog-lint inputs that exist", () => {
        for (const job of Object.values(workflow.jobs)) {
          for (const step of job.steps.filter((s) => s.uses)) {
            const [action, ref] = (step.uses as string).split("@");
            expect(MAJORS[action as string], `${where}: ${step.uses} is an action this test knows`).toBeDefined();
            expect(ref, `${where}: ${action}`).toBe(MAJORS[action as string]);
            if (action === "catalog-lint/catalog-lint") {
              for (const key of Object.keys(step.with ?? {}))
                expect(actionInputs, `${where}: input ${key}`).toContain(key);
            }
          }
        }
      });

      it("asks for every permission its steps need, and no other write", () => {
        for (const [id, job] of Object.entries(workflow.jobs)) {
          const granted = job.permissions ?? workflow.permissions;
          expect(
            granted,
            `${where}: job ${id} states its permissions (the default token may have more, or less)`,
          ).toBeDefined();
          const need = needed(job, on);
          for (const [scope, level] of Object.entries(need)) {
            expect(
              level === "read" ? ["read", "write"] : ["write"],
              `${where}: job ${id} needs \`${scope}: ${level}\``,
            ).toContain(granted?.[scope]);
          }
          for (const [scope, level] of Object.entries(granted ?? {})) {
            if (level === "write")
              expect(need[scope], `${where}: job ${id} grants \`${scope}: write\` that no step needs`).toBe("write");
          }
        }
      });

      it("checks out the whole history wherever the Action compares entries with their base", () => {
        for (const [id, job] of Object.entries(workflow.jobs)) {
          const lint = job.steps.findIndex((s) => actionOf(s) === "catalog-lint/catalog-lint");
          if (lint < 0 || option(job.steps[lint] as Step, "only-changed", "true") !== "true") continue;
          if (!on.some((event) => COMPARED.includes(event))) continue;
          const checkout = job.steps.slice(0, lint).find((s) => actionOf(s) === "actions/checkout");
          expect(checkout, `${where}: job ${id} checks out before linting`).toBeDefined();
          expect(
            option(checkout as Step, "fetch-depth", "1"),
            `${where}: job ${id} needs \`fetch-depth: 0\` for last-update-not-bumped`,
          ).toBe("0");
        }
      });

      it("as a pull request check, also runs in a merge queue, in a job not named like the Action's check run", () => {
        if (!on.includes("pull_request")) return;
        expect(on, `${where}: a required check must run on merge_group too, or the queue waits for it`).toContain(
          "merge_group",
        );
        for (const [id, job] of Object.entries(workflow.jobs)) {
          expect([id, job.name], `${where}: the job's check is the one to require`).not.toContain(ACTION_CHECK_RUN);
        }
      });

      it("on workflow_run, checks nothing out and publishes only what the pull request's run uploaded", () => {
        if (!on.includes("workflow_run")) return;
        const triggers = (workflow.on as { workflow_run: { workflows: string[]; types: string[] } }).workflow_run;
        expect(triggers.types, `${where}: publishes a completed run`).toEqual(["completed"]);
        for (const [id, job] of Object.entries(workflow.jobs)) {
          expect(
            job.steps.some((s) => actionOf(s) === "actions/checkout"),
            `${where}: job ${id} never checks out (or runs) the pull request's code`,
          ).toBe(false);
          const publish = job.steps.find((s) => s.with?.publish !== undefined);
          const download = job.steps.find((s) => actionOf(s) === "actions/download-artifact");
          expect(publish, `${where}: job ${id} publishes`).toBeDefined();
          expect(download?.with?.["run-id"], `${where}: downloads the triggering run's artifact`).toBe(
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template.
            "${{ github.event.workflow_run.id }}",
          );
          // The run that triggered it uploads that artifact, with the file its lint step writes.
          const source = all
            .map((e) => parseWorkflow(e.where, e.text))
            .filter((w) => triggers.workflows.includes(w.name))
            // The pull request check exists without the artifact too, under the same name.
            .find((w) =>
              Object.values(w.jobs).some((j) => j.steps.some((s) => actionOf(s) === "actions/upload-artifact")),
            );
          expect(source, `${where}: \`workflows:\` names a workflow shown here`).toBeDefined();
          const steps = Object.values(source?.jobs ?? {}).flatMap((j) => j.steps);
          const upload = steps.find((s) => actionOf(s) === "actions/upload-artifact");
          const lint = steps.find((s) => s.with?.["results-file"] !== undefined);
          expect(upload?.with?.name, `${where}: downloads the artifact ${source?.name} uploads`).toBe(
            download?.with?.name,
          );
          expect(upload?.with?.path).toBe(lint?.with?.["results-file"]);
          expect(upload?.if ?? "", `${where}: the upload runs after a failed lint step`).toMatch(/always\(\)/);
          expect(String(publish?.with?.publish)).toBe(`${download?.with?.path}/${lint?.with?.["results-file"]}`);
        }
      });

      it("uploads the SARIF file it writes, of every file, even when the lint step fails", () => {
        for (const job of Object.values(workflow.jobs)) {
          const upload = job.steps.find((s) => actionOf(s) === "github/codeql-action/upload-sarif");
          if (!upload) continue;
          const lint = job.steps.find((s) => actionOf(s) === "catalog-lint/catalog-lint") as Step;
          expect(upload.with?.sarif_file, `${where}: uploads catalog-lint's sarif-file`).toBe(
            lint.with?.["sarif-file"],
          );
          // Code scanning closes the alerts an analysis does not report: it must report every file.
          expect(option(lint, "only-changed", "true"), `${where}: code scanning needs only-changed: false`).toBe(
            "false",
          );
          expect(upload.if ?? "", `${where}: the upload runs after a failed lint step`).toMatch(/always\(\)/);
        }
      });
    });
  }
});
