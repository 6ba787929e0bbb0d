import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  csrfHeader,
  getCsrfToken,
  needsCsrf,
  parseRetryAfter,
  request,
  setCsrfToken,
} from "./client";

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

describe("CSRF", () => {
  afterEach(() => {
    setCsrfToken(null);
  });

  it("needs the header only for state-changing methods", () => {
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].every(needsCsrf)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS"].some(needsCsrf)).toBe(false);
    expect(csrfHeader("POST", "tok")).toEqual({ "X-CSRF-Token": "tok" });
    expect(csrfHeader("GET", "tok")).toEqual({});
    expect(csrfHeader("DELETE", null)).toEqual({});
  });

  it("sends the remembered token on POST, PUT, PATCH and DELETE but not on GET", async () => {
    const fetchMock = vi.fn(async () => respond(200, {}));
    vi.stubGlobal("fetch", fetchMock);
    setCsrfToken("csrf-123");
    expect(getCsrfToken()).toBe("csrf-123");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      await request("/api/v1/x", { method });
    }
    const sent = fetchMock.mock.calls.map((call) => {
      const [, init] = call as unknown as [string, RequestInit];
      return [init.method, (init.headers as Record<string, string>)["X-CSRF-Token"]];
    });
    expect(sent).toEqual([
      ["GET", undefined],
      ["POST", "csrf-123"],
      ["PUT", "csrf-123"],
      ["PATCH", "csrf-123"],
      ["DELETE", "csrf-123"],
    ]);
  });

  it("sends nothing once the token is forgotten", async () => {
    const fetchMock = vi.fn(async () => respond(200, {}));
    vi.stubGlobal("fetch", fetchMock);
    setCsrfToken("csrf-123");
    setCsrfToken(null);
    await request("/api/v1/x", { method: "POST", body: {} });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();
    setCsrfToken("");
    expect(getCsrfToken()).toBeNull();
  });

  it("after csrf_failed fetches the current token from /me and retries once", async () => {
    const calls: { url: string; method: string; token: string | undefined }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      const token = (init.headers as Record<string, string>)["X-CSRF-Token"];
      calls.push({ url, method: String(init.method), token });
      if (url === "/api/v1/me")
        return respond(200, { user: { id: "usr_1", email: "a@b.c" }, csrfToken: "fresh" });
      if (token !== "fresh") {
        return respond(403, { code: "csrf_failed", title: "CSRF", status: 403 }, "application/problem+json");
      }
      return respond(200, { ok: true });
    });
    setCsrfToken("stale");
    await expect(request("/api/v1/me/2fa/sms", { method: "POST" })).resolves.toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.token ?? "-"}`)).toEqual([
      "POST /api/v1/me/2fa/sms stale",
      "GET /api/v1/me -",
      "POST /api/v1/me/2fa/sms fresh",
    ]);
    expect(getCsrfToken()).toBe("fresh");
  });

  it("does not loop when the token cannot be refreshed", async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === "/api/v1/me"
        ? respond(401, { code: "authentication_required" }, "application/problem+json")
        : respond(403, { code: "csrf_failed" }, "application/problem+json"),
    );
    vi.stubGlobal("fetch", fetchMock);
    setCsrfToken("stale");
    const error = (await request("/api/v1/x", { method: "DELETE" }).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe("csrf_failed");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe("problem extensions", () => {
  it("keeps lockedUntil, field error codes and Retry-After", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(
          JSON.stringify({
            code: "account_locked",
            title: "Locked",
            lockedUntil: "2026-01-01T10:00:00Z",
            errors: [{ path: "/password", code: "too_short", message: "Too short" }],
          }),
          { status: 423, headers: { "content-type": "application/problem+json", "retry-after": "90" } },
        ),
    );
    const error = (await request("/api/v1/auth/login", { method: "POST", body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.extensions.lockedUntil).toBe("2026-01-01T10:00:00Z");
    expect(error.errors).toEqual([{ path: "/password", code: "too_short", message: "Too short" }]);
    expect(error.retryAfter).toBe(90);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("120")).toBe(120);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60);
  });
});
