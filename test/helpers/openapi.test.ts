import { describe, expect, it } from "vitest";
import type { RecordedRequest } from "./fake-github.js";
import { checkAgainstOpenApi } from "./openapi.js";

function request(method: string, path: string, body?: unknown, query = ""): RecordedRequest {
  return { method, path, query: new URLSearchParams(query), body, bytes: 0 };
}

const output = { title: "t", summary: "s" };

describe("checking a request against GitHub's REST API description", () => {
  it("names the operation of a request that fits", () => {
    const create = request("POST", "/repos/o/r/check-runs", { name: "catalog-lint", head_sha: "a".repeat(40), output });
    expect(checkAgainstOpenApi(create)).toEqual({ operationId: "checks/create", problems: [] });
    const list = request("GET", "/repos/o/r/pulls", undefined, "state=open&head=me%3Abranch&per_page=100");
    expect(checkAgainstOpenApi(list)).toEqual({ operationId: "pulls/list", problems: [] });
  });

  it("finds what does not fit: no such path, a bad body, an unknown or mistyped query parameter", () => {
    expect(checkAgainstOpenApi(request("GET", "/repos/o/r/nonsense")).problems).toHaveLength(1);
    const badLevel = request("POST", "/repos/o/r/check-runs", {
      name: "x",
      head_sha: "a",
      output: {
        ...output,
        annotations: [{ path: "a", start_line: 1, end_line: 1, annotation_level: "bogus", message: "m" }],
      },
    });
    expect(checkAgainstOpenApi(badLevel).problems).toEqual([expect.stringContaining("body does not match")]);
    expect(checkAgainstOpenApi(request("GET", "/repos/o/r/pulls", undefined, "head_sha=x")).problems).toEqual([
      expect.stringContaining("unknown query parameter head_sha"),
    ]);
    expect(checkAgainstOpenApi(request("GET", "/repos/o/r/pulls", undefined, "per_page=many")).problems).toEqual([
      expect.stringContaining("query parameter per_page"),
    ]);
    expect(
      checkAgainstOpenApi(request("PATCH", "/repos/o/r/check-runs/abc", { status: "in_progress" })).problems,
    ).toEqual([expect.stringContaining("path parameter check_run_id")]);
  });
});
