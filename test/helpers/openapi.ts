/**
 * GitHub's published REST API description (`@octokit/openapi`, api.github.com),
 * for checking what the fake API receives: each request must match an
 * operation (method and path template), its path and query parameters must be
 * ones the operation declares, of their schema, with every required one, and
 * its JSON body must match the operation's request body schema.
 */
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import type { RecordedRequest } from "./fake-github.js";

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Record<string, unknown>;
  $ref?: string;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> } & Record<string, unknown>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
}

let loaded: { routes: Route[]; ajv: Ajv; doc: Description } | undefined;

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const doc = require("@octokit/openapi/generated/api.github.com.json") as Description;
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const names: string[] = [];
    const source = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{(\w+)\\\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== "object" || !("operationId" in operation)) continue;
      routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, operation });
    }
  }
  // A literal path (`/repos/{owner}/{repo}/pulls/comments`) wins over a template that also matches it.
  routes.sort((a, b) => a.names.length - b.names.length);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: "gh", components: doc.components });
  loaded = { routes, ajv, doc };
  return loaded;
}

const validators = new Map<string, ValidateFunction>();

function validator(key: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    const { ajv } = load();
    validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"gh#/components/')));
    validators.set(key, validate);
  }
  return validate;
}

function parameter(p: Parameter): Parameter {
  if (!p.$ref) return p;
  const name = p.$ref.replace("#/components/parameters/", "");
  const found = load().doc.components.parameters[name];
  if (!found) throw new Error(`unknown parameter ${p.$ref}`);
  return found;
}

/** A parameter's text as the schema's type: `"100"` → 100 for an integer. */
function typed(value: string, schema: Record<string, unknown> | undefined): unknown {
  if (schema?.type === "integer" || schema?.type === "number")
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema?.type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** The operation a request is, and what in it does not fit the description (empty when it all does). */
export function checkAgainstOpenApi(request: RecordedRequest): { operationId?: string; problems: string[] } {
  const { routes } = load();
  const route = routes.find((r) => r.method === request.method && r.pattern.test(request.path));
  if (!route) return { problems: [`${request.method} ${request.path}: no such operation in GitHub's REST API`] };
  const { operation } = route;
  const where = `${request.method} ${route.template} (${operation.operationId})`;
  const problems: string[] = [];
  const params = (operation.parameters ?? []).map(parameter);
  const values = route.pattern.exec(request.path)?.slice(1) ?? [];
  route.names.forEach((name, i) => {
    const p = params.find((q) => q.in === "path" && q.name === name);
    const value = typed(decodeURIComponent(values[i] ?? ""), p?.schema);
    if (p?.schema && !validator(`${where} path ${name}`, p.schema)(value)) {
      problems.push(`${where}: path parameter ${name} = ${JSON.stringify(value)} does not match its schema`);
    }
  });
  const query = params.filter((p) => p.in === "query");
  for (const [name, raw] of request.query) {
    const p = query.find((q) => q.name === name);
    if (!p) {
      problems.push(`${where}: unknown query parameter ${name}`);
      continue;
    }
    if (p.schema && !validator(`${where} query ${name}`, p.schema)(typed(raw, p.schema))) {
      problems.push(`${where}: query parameter ${name} = ${JSON.stringify(raw)} does not match its schema`);
    }
  }
  for (const p of query) {
    if (p.required && !request.query.has(p.name)) problems.push(`${where}: required query parameter ${p.name} missing`);
  }
  const body = operation.requestBody?.content["application/json"]?.schema;
  if (request.body === undefined) {
    if (operation.requestBody?.required) problems.push(`${where}: request body missing`);
  } else if (!body) {
    problems.push(`${where}: takes no JSON body`);
  } else {
    const validate = validator(`${where} body`, body);
    if (!validate(request.body)) {
      problems.push(`${where}: body does not match: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  }
  return { operationId: operation.operationId, problems };
}

/** Every problem of every request, each line naming its request. */
export function openApiProblems(requests: readonly RecordedRequest[]): string[] {
  return requests.flatMap((r) => checkAgainstOpenApi(r).problems);
}
