import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The request body's size on the wire. */
  bytes: number;
  authorization?: string;
}

export interface User {
  login: string;
  type: "Bot" | "User";
}

export interface Comment {
  id: number;
  body: string;
  user: User;
}

/** A pull request review comment (a suggestion), on `line` (and from `start_line`) of the right side. */
export interface ReviewComment extends Comment {
  path: string;
  line: number;
  start_line?: number;
  commit_id: string;
}

/** A scripted answer, played (once) instead of the real one to the first request whose `METHOD /path` matches. */
export interface Hiccup {
  match: RegExp;
  /** The status to answer with (500 when absent). */
  status?: number;
  headers?: Record<string, string>;
  /** Never answer: the connection stays open until the client gives up (or the fake stops). */
  hang?: boolean;
  /** The answer's `message` (`scripted failure` when absent): GitHub tells a secondary rate limit by it. */
  message?: string;
}

export interface CheckRun {
  id: number;
  head_sha: string;
  status: string;
  conclusion?: string;
  title?: string;
  summary?: string;
  annotations: Array<{ path: string; annotation_level: string; message: string; start_line: number }>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The PR's files as the REST API lists them. */
  prFiles: Array<{ filename: string; status: string; patch?: string }>;
  /** Answer the PR's file list with this body instead (a malformed answer). */
  prFilesBody?: unknown;
  /** Answer check-run and comment writes with 403, as GitHub does for fork PR tokens. */
  readOnly?: boolean;
  /** Answers to play, in order, before the real answer of the first matching request. */
  hiccups?: Hiccup[];
  comments?: Comment[];
  /** The pull request's review comments to start with. */
  reviewComments?: ReviewComment[];
  /** Who the token is: a user (`GET /user` answers) or, by default, the github-actions app (`GET /user` is a 403). */
  user?: User;
  /** The repository's pull requests, for `GET /pulls`, `GET /pulls/{n}` and `GET /commits/{sha}/pulls` (a workflow_run's stage 2). */
  pulls?: PullRequest[];
  /** Called with each request as it arrives, before it is answered. */
  onRequest?: (request: RecordedRequest) => void;
}

export interface PullRequest {
  number: number;
  state: "open" | "closed";
  /** `label` is `owner:branch`, as `GET /pulls?head=` filters by it. */
  head: { sha: string; ref: string; label: string; repo: { full_name: string } };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

/** The identity of the default GITHUB_TOKEN. */
export const ACTIONS_BOT: User = { login: "github-actions[bot]", type: "Bot" };

const ANNOTATION_LEVELS = new Set(["notice", "warning", "failure"]);
const CONCLUSIONS = new Set(["action_required", "cancelled", "failure", "neutral", "success", "skipped", "timed_out"]);

/**
 * A stand-in for api.github.com on 127.0.0.1: the endpoints the Action uses,
 * Link-header pagination, fork-token 403s, scripted failures (rate limits,
 * 5xx, 4xx, a request that never answers) and the state of each check run
 * and comment. Check-run writes are checked as GitHub checks them (at most 50
 * annotations, required fields, a conclusion with `completed`) and refused
 * with a 422 otherwise. Every request is recorded for assertions.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns = new Map<number, CheckRun>();
  /** Why check-run writes were refused with a 422 (the Action sent what GitHub would refuse). */
  readonly violations: string[] = [];
  private server?: Server;
  private nextId = 1000;
  private readonly hiccups: Hiccup[];
  readonly comments: Comment[];
  readonly reviewComments: ReviewComment[];
  /** The reviews created, each with the ids of its comments. */
  readonly reviews: Array<{ id: number; commit_id: string; event: string; body: string; comments: number[] }> = [];

  constructor(private readonly options: FakeGitHubOptions) {
    this.hiccups = [...(options.hiccups ?? [])];
    this.comments = structuredClone(options.comments ?? []);
    this.reviewComments = structuredClone(options.reviewComments ?? []);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    // Hung requests hold their connections open: end them, or close() waits forever.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /**
   * The same API without a socket, as Octokit's `request.fetch`: each request is answered in
   * memory, and a hung one never, until its signal aborts it (as `fetch` does). A run on fake
   * timers then waits for nothing real, so the clock moves only when the client waits.
   */
  readonly fetch = (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const authorization = new Headers(init.headers).get("authorization");
    const req = {
      method: init.method ?? "GET",
      url: `${url.pathname}${url.search}`,
      headers: { host: url.host, ...(authorization ? { authorization } : {}) },
    } as unknown as IncomingMessage;
    const body = typeof init.body === "string" ? Buffer.from(init.body) : Buffer.alloc(0);
    return new Promise((resolve, reject) => {
      const { signal } = init;
      const abort = () => reject(signal?.reason);
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      let status = 200;
      let headers: Record<string, string> = {};
      const res = {
        writeHead(code: number, head: Record<string, string>) {
          status = code;
          headers = head;
          return res;
        },
        end(text: string) {
          signal?.removeEventListener("abort", abort);
          resolve(new Response(text, { status, headers }));
        },
      } as unknown as ServerResponse;
      this.handle(req, res, body);
    });
  };

  /** The recorded requests whose `METHOD /path` matches. */
  count(match: RegExp): number {
    return this.requests.filter((r) => match.test(`${r.method} ${r.path}`)).length;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined,
      bytes: raw.length,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.requests.push(request);
    this.options.onRequest?.(request);
    const key = `${request.method} ${request.path}`;
    const hiccup = this.hiccups.findIndex((h) => h.match.test(key));
    if (hiccup >= 0) {
      const [h] = this.hiccups.splice(hiccup, 1);
      if (h?.hang) return;
      this.send(res, h?.status ?? 500, { message: h?.message ?? "scripted failure" }, h?.headers);
      return;
    }
    const { owner, repo, pullNumber } = this.options;
    const base = `/repos/${owner}/${repo}`;
    if (request.method === "GET" && request.path === `${base}/pulls/${pullNumber}/files`) {
      if (this.options.prFilesBody !== undefined) {
        this.send(res, 200, this.options.prFilesBody);
        return;
      }
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const files = this.options.prFiles;
      const last = Math.max(1, Math.ceil(files.length / perPage));
      const link = (p: number, rel: string) => {
        const u = new URL(url.toString());
        u.host = req.headers.host ?? u.host;
        u.searchParams.set("page", String(p));
        u.searchParams.set("per_page", String(perPage));
        return `<${u.toString()}>; rel="${rel}"`;
      };
      const links = [page < last ? link(page + 1, "next") : "", link(last, "last")].filter(Boolean);
      const body = files.slice((page - 1) * perPage, page * perPage).map((f) => ({ ...f, sha: "0", additions: 1 }));
      this.send(res, 200, body, { link: links.join(", ") });
      return;
    }
    const pulls = this.options.pulls ?? [];
    if (request.method === "GET" && request.path === `${base}/pulls`) {
      const state = url.searchParams.get("state") ?? "open";
      const head = url.searchParams.get("head");
      this.send(
        res,
        200,
        pulls.filter((p) => (state === "all" || p.state === state) && (head === null || p.head.label === head)),
      );
      return;
    }
    const one = /^\/pulls\/(\d+)$/.exec(request.path.slice(base.length));
    if (request.method === "GET" && request.path.startsWith(base) && one) {
      const found = pulls.find((p) => p.number === Number(one[1]));
      if (found) this.send(res, 200, found);
      else this.send(res, 404, { message: "Not Found" });
      return;
    }
    const ofCommit = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(request.path.slice(base.length));
    if (request.method === "GET" && request.path.startsWith(base) && ofCommit) {
      this.send(
        res,
        200,
        pulls.filter((p) => p.head.sha === ofCommit[1]),
      );
      return;
    }
    if (request.method === "POST" && request.path === `${base}/check-runs`) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const problem = checkRunProblem(request.body, true);
      if (problem) {
        this.unprocessable(res, problem);
        return;
      }
      const body = request.body as CheckRunBody;
      const run: CheckRun = { id: this.nextId++, head_sha: String(body.head_sha), status: "queued", annotations: [] };
      this.checkRuns.set(run.id, run);
      applyCheckRunBody(run, body);
      this.send(res, 201, {
        id: run.id,
        html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
        status: run.status,
        app: { slug: "github-actions", name: "GitHub Actions" },
      });
      return;
    }
    if (request.method === "PATCH" && request.path.startsWith(`${base}/check-runs/`)) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const run = this.checkRuns.get(Number(request.path.split("/").pop()));
      if (!run) {
        this.send(res, 404, { message: "Not Found" });
        return;
      }
      const problem = checkRunProblem(request.body, false);
      if (problem) {
        this.unprocessable(res, problem);
        return;
      }
      applyCheckRunBody(run, request.body as CheckRunBody);
      this.send(res, 200, { id: run.id, status: run.status });
      return;
    }
    if (request.method === "GET" && request.path === "/user") {
      if (!this.options.user) {
        this.forbidden(res);
        return;
      }
      this.send(res, 200, { login: this.options.user.login, type: this.options.user.type, id: 1 });
      return;
    }
    if (request.method === "GET" && request.path === `${base}/issues/${pullNumber}/comments`) {
      this.send(res, 200, this.comments);
      return;
    }
    if (request.method === "POST" && request.path === `${base}/issues/${pullNumber}/comments`) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const comment = {
        id: this.nextId++,
        body: (request.body as { body: string }).body,
        user: this.options.user ?? ACTIONS_BOT,
      };
      this.comments.push(comment);
      this.send(res, 201, comment);
      return;
    }
    if (request.method === "PATCH" && request.path.startsWith(`${base}/issues/comments/`)) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const comment = this.comments.find((c) => c.id === Number(request.path.split("/").pop()));
      if (!comment) {
        this.send(res, 404, { message: "Not Found" });
        return;
      }
      comment.body = (request.body as { body: string }).body;
      this.send(res, 200, comment);
      return;
    }
    if (request.method === "GET" && request.path === `${base}/pulls/${pullNumber}/comments`) {
      this.send(res, 200, this.reviewComments);
      return;
    }
    if (request.method === "POST" && request.path === `${base}/pulls/${pullNumber}/reviews`) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const body = request.body as {
        commit_id: string;
        event: string;
        body: string;
        comments?: Array<{ path: string; line: number; start_line?: number; body: string }>;
      };
      // GitHub refuses a comment on a line outside the file's diff: "Line could not be resolved".
      const unresolved = (body.comments ?? []).find((c) => !this.inDiff(c.path, c.start_line ?? c.line, c.line));
      if (unresolved) {
        this.unprocessable(res, `Line could not be resolved: ${unresolved.path}:${unresolved.line}`);
        return;
      }
      const ids: number[] = [];
      for (const c of body.comments ?? []) {
        const comment: ReviewComment = {
          id: this.nextId++,
          body: c.body,
          path: c.path,
          line: c.line,
          ...(c.start_line !== undefined ? { start_line: c.start_line } : {}),
          commit_id: body.commit_id,
          user: this.options.user ?? ACTIONS_BOT,
        };
        this.reviewComments.push(comment);
        ids.push(comment.id);
      }
      const review = {
        id: this.nextId++,
        commit_id: body.commit_id,
        event: body.event,
        body: body.body,
        comments: ids,
      };
      this.reviews.push(review);
      this.send(res, 200, { id: review.id, state: "COMMENTED", commit_id: review.commit_id });
      return;
    }
    const reviewComment = /^\/pulls\/comments\/(\d+)$/.exec(request.path.slice(base.length));
    if (request.method === "DELETE" && request.path.startsWith(base) && reviewComment) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const at = this.reviewComments.findIndex((c) => c.id === Number(reviewComment[1]));
      if (at < 0) {
        this.send(res, 404, { message: "Not Found" });
        return;
      }
      this.reviewComments.splice(at, 1);
      res.writeHead(204, {});
      res.end();
      return;
    }
    this.send(res, 404, { message: "Not Found" });
  }

  /** Whether lines from..to of `path` are all right-side lines of one hunk of its patch. */
  private inDiff(path: string, from: number, to: number): boolean {
    const patch = this.options.prFiles.find((f) => f.filename === path)?.patch;
    if (patch === undefined || to < from) return false;
    let line = 0;
    let hunk = -1;
    const hunkOf = new Map<number, number>();
    for (const row of patch.split("\n")) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(row);
      if (header) {
        hunk++;
        line = Number(header[1]);
      } else if (row.startsWith("+") || row.startsWith(" ")) hunkOf.set(line++, hunk);
    }
    const first = hunkOf.get(from);
    for (let l = from; l <= to; l++) if (first === undefined || hunkOf.get(l) !== first) return false;
    return true;
  }

  private forbidden(res: ServerResponse): void {
    this.send(res, 403, {
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest",
    });
  }

  private unprocessable(res: ServerResponse, problem: string): void {
    this.violations.push(problem);
    this.send(res, 422, { message: `Invalid request: ${problem}` });
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  }
}

interface CheckRunBody {
  name?: unknown;
  head_sha?: unknown;
  status?: unknown;
  conclusion?: unknown;
  output?: { title?: unknown; summary?: unknown; annotations?: unknown };
}

/**
 * What GitHub's Checks API refuses (its REST description's required fields,
 * enums and limits): a create without name or head_sha, `completed` without a
 * conclusion, an output without title and summary or over 65,535 characters,
 * more than 50 annotations, an annotation without path, lines, level or message.
 */
function checkRunProblem(raw: unknown, create: boolean): string | undefined {
  const body = raw as CheckRunBody;
  if (create && (typeof body.name !== "string" || typeof body.head_sha !== "string")) return "name and head_sha";
  if (body.status === "completed" && !CONCLUSIONS.has(String(body.conclusion))) return "completed needs a conclusion";
  if (body.conclusion !== undefined && !CONCLUSIONS.has(String(body.conclusion))) return "unknown conclusion";
  const { output } = body;
  if (output === undefined) return undefined;
  if (typeof output.title !== "string" || typeof output.summary !== "string") return "output needs title and summary";
  if (output.summary.length > 65_535) return "summary over 65535 characters";
  const annotations = (output.annotations ?? []) as unknown[];
  if (!Array.isArray(annotations) || annotations.length > 50) return "at most 50 annotations";
  for (const a of annotations as Array<Record<string, unknown>>) {
    if (
      typeof a.path !== "string" ||
      typeof a.start_line !== "number" ||
      typeof a.end_line !== "number" ||
      !ANNOTATION_LEVELS.has(String(a.annotation_level)) ||
      typeof a.message !== "string"
    ) {
      return "annotation fields";
    }
  }
  return undefined;
}

function applyCheckRunBody(run: CheckRun, body: CheckRunBody): void {
  if (typeof body.status === "string") run.status = body.status;
  if (typeof body.conclusion === "string") {
    run.conclusion = body.conclusion;
    run.status = "completed";
  }
  if (body.output) {
    run.title = String(body.output.title);
    run.summary = String(body.output.summary);
    run.annotations.push(...((body.output.annotations ?? []) as CheckRun["annotations"]));
  }
}
