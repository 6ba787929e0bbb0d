import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, request } from "./client";

function respond(status: number, body: unknown, type = "application/json"): Response {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": type },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("request", () => {
  it("sends JSON with the current language and same-origin credentials", async () => {
    const fetchMock = vi.fn(async () => respond(200, { ok: true }));
    vi.stubGlobal("fetch", fetchMock);
    const result = await request<{ ok: boolean }>("/api/v1/things", {
      method: "POST",
      body: { a: 1 },
      query: { to: "a@b.c", empty: "" },
    });
    expect(result).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/things?to=a%40b.c");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"a":1}');
    const headers = init.headers as Record<string, string>;
    expect(headers["Accept-Language"]).toBe("en");
    expect(headers["Content-Type"]).toBe("application/json");
  });

  it("turns problem+json into an ApiError", async () => {
    const problem = {
      type: "https://satchel.dev/problems/validation_failed",
      title: "Validation failed",
      status: 422,
      detail: "Two fields are invalid.",
      code: "validation_failed",
      errors: [{ path: "amount", message: "Must be positive" }],
    };
    vi.stubGlobal("fetch", async () => respond(422, problem, "application/problem+json"));
    const error = await request("/api/v1/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe("validation_failed");
    expect(apiError.title).toBe("Validation failed");
    expect(apiError.detail).toBe("Two fields are invalid.");
    expect(apiError.errors).toEqual([{ path: "amount", message: "Must be positive" }]);
  });

  it("still gives an ApiError when the error body is not a problem", async () => {
    vi.stubGlobal("fetch", async () => respond(502, "<html>Bad gateway</html>", "text/html"));
    const error = (await request("/api/v1/x").catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe("http_502");
    expect(error.title).not.toBe("");
  });

  it("reports an unreachable server as status 0", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    const error = (await request("/readyz").catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe("network_error");
  });

  it("returns the body of an accepted non-2xx status", async () => {
    vi.stubGlobal("fetch", async () => respond(503, { status: "unavailable" }));
    await expect(request("/readyz", { acceptStatus: [503] })).resolves.toEqual({ status: "unavailable" });
  });
});
