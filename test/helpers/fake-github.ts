import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization?: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The PR's files as the REST API lists them. */
  prFiles: Array<{ filename: string; status: string }>;
  /** Answer check-run and comment writes with 403, as GitHub does for fork PR tokens. */
  readOnly?: boolean;
  /** Answers to play, in order, before the real answer of the first matching request. */
  hiccups?: Array<{ match: RegExp; status: number; headers?: Record<string, string> }>;
  comments?: Array<{ id: number; body: string; user: { type: string } }>;
}

/**
 * A stand-in for api.github.com on 127.0.0.1: the endpoints the Action uses,
 * Link-header pagination, fork-token 403s and scripted failures (rate limits,
 * 5xx). Every request is recorded for assertions.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private nextId = 1000;
  private readonly hiccups: NonNullable<FakeGitHubOptions["hiccups"]>;
  private readonly comments: NonNullable<FakeGitHubOptions["comments"]>;

  constructor(private readonly options: FakeGitHubOptions) {
    this.hiccups = [...(options.hiccups ?? [])];
    this.comments = [...(options.comments ?? [])];
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      req.on("end", () => this.handle(req, res, raw));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.requests.push(request);
    const key = `${request.method} ${request.path}`;
    const hiccup = this.hiccups.findIndex((h) => h.match.test(key));
    if (hiccup >= 0) {
      const [h] = this.hiccups.splice(hiccup, 1);
      this.send(res, h?.status ?? 500, { message: "scripted failure" }, h?.headers);
      return;
    }
    const { owner, repo, pullNumber } = this.options;
    const base = `/repos/${owner}/${repo}`;
    if (request.method === "GET" && request.path === `${base}/pulls/${pullNumber}/files`) {
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
    if (request.method === "POST" && request.path === `${base}/check-runs`) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      const id = this.nextId++;
      this.send(res, 201, { id, html_url: `https://github.com/${owner}/${repo}/runs/${id}` });
      return;
    }
    if (request.method === "PATCH" && request.path.startsWith(`${base}/check-runs/`)) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      this.send(res, 200, { id: Number(request.path.split("/").pop()) });
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
      const comment = { id: this.nextId++, body: (request.body as { body: string }).body, user: { type: "Bot" } };
      this.comments.push(comment);
      this.send(res, 201, comment);
      return;
    }
    if (request.method === "PATCH" && request.path.startsWith(`${base}/issues/comments/`)) {
      if (this.options.readOnly) {
        this.forbidden(res);
        return;
      }
      this.send(res, 200, { id: Number(request.path.split("/").pop()) });
      return;
    }
    this.send(res, 404, { message: "Not Found" });
  }

  private forbidden(res: ServerResponse): void {
    this.send(res, 403, {
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest",
    });
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  }
}
