import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeRoute } from "../../test/probe-route.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { errorCatalog } from "../errors/catalog.js";
import { DomainError } from "../errors/domain-error.js";

describe("errors are RFC 9457 problem documents", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ plugins: [probeRoute] });
  });
  afterAll(() => ctx.close());

  const valid = { amount: "12.50", currency: "USD", recipient: { email: "bob@example.test" } };

  it("answers an unknown route with a 404 problem and a request id", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/does-not-exist" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.headers["x-request-id"]).toMatch(/^req_/);
    const body = res.json();
    expect(body).toMatchObject({
      status: 404,
      code: "not_found",
      title: "Not found",
      type: "/api/v1/errors/not_found",
    });
    expect(body.requestId).toBe(res.headers["x-request-id"]);
  });

  it("speaks Chinese when asked", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/nope",
      headers: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    expect(res.json()).toMatchObject({ code: "not_found", title: "未找到" });
  });

  it("keeps a caller's request id", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "trace-abc-12345" },
    });
    expect(res.headers["x-request-id"]).toBe("trace-abc-12345");
  });

  it("lists every invalid field with its path, localized", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/test/probe",
      headers: { "accept-language": "zh-CN" },
      payload: { amount: 12.5, currency: "US", recipient: { email: "nope" }, extra: true },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("validation_failed");
    expect(body.title).toBe("部分字段无效");
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/amount", "/currency", "/recipient/email"]));
    for (const e of body.errors) {
      expect(e.in).toBe("body");
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("words the common field errors plainly in both languages", async () => {
    const ask = async (lang: string, payload: Record<string, unknown>) =>
      (
        await ctx.app.inject({
          method: "POST",
          url: "/api/v1/test/probe",
          headers: { "accept-language": lang },
          payload,
        })
      ).json().errors as { path: string; message: string }[];
    const long = { ...valid, note: "x".repeat(141) };
    expect(await ask("en", long)).toContainEqual(
      expect.objectContaining({ path: "/note", message: "Use at most 140 characters" }),
    );
    expect(await ask("zh-CN", long)).toContainEqual(
      expect.objectContaining({ path: "/note", message: "最多 140 个字符" }),
    );
    const { amount: _amount, ...missing } = valid;
    expect(await ask("en", missing)).toContainEqual(
      expect.objectContaining({ path: "/amount", message: "This is required" }),
    );
    expect(await ask("zh-CN", missing)).toContainEqual(
      expect.objectContaining({ path: "/amount", message: "此项必填" }),
    );
  });

  it("turns domain errors into their catalogued status and text", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/test/probe",
      payload: { ...valid, amount: "1.001" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: "amount_too_precise",
      detail: "USD amounts have at most 2 decimal places.",
    });
    const ok = await ctx.app.inject({ method: "POST", url: "/api/v1/test/probe", payload: valid });
    expect(ok.json()).toEqual({ minor: "1250" });
  });

  it("rejects malformed JSON, empty bodies, wrong content types and oversized bodies with 4xx", async () => {
    const cases = [
      { payload: '{"amount": "1.00",', type: "application/json", code: "malformed_json", status: 400 },
      { payload: '{"__proto__": {"x": 1}}', type: "application/json", code: "malformed_json", status: 400 },
      { payload: "", type: "application/json", code: "empty_body", status: 400 },
      {
        payload: "amount=1",
        type: "application/x-www-form-urlencoded",
        code: "unsupported_media_type",
        status: 415,
      },
      {
        payload: `{"note":"${"x".repeat(1_100_000)}"}`,
        type: "application/json",
        code: "payload_too_large",
        status: 413,
      },
    ];
    for (const c of cases) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/test/probe",
        headers: { "content-type": c.type },
        payload: c.payload,
      });
      expect(res.statusCode, c.code).toBe(c.status);
      expect(res.json().code).toBe(c.code);
    }
  });

  it("hides the details of a real bug behind internal_error", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/test/probe",
      payload: { ...valid, note: "explode" },
    });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.code).toBe("internal_error");
    expect(JSON.stringify(body)).not.toMatch(/a bug|stack|at /);
    expect(body.detail).toContain(body.requestId);
  });

  it("answers a unique-index race with 409 conflict, not 500", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/test/probe",
      payload: { ...valid, note: "race" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("conflict");
    expect(res.body).not.toContain("users_phone_key");
  });

  it("publishes the catalogue, with both languages for every code", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/errors" });
    const { data } = res.json();
    expect(data.length).toBe(Object.keys(errorCatalog).length);
    for (const entry of data) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(entry.title.en && entry.title["zh-CN"] && entry.detail.en && entry.detail["zh-CN"]).toBeTruthy();
      expect(entry.status).toBeGreaterThanOrEqual(400);
    }
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/errors/not_found" })).json().status).toBe(
      404,
    );
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/errors/no_such_code" })).statusCode).toBe(
      404,
    );
  });

  it("is a DomainError for code thrown on purpose", () => {
    expect(new DomainError("forbidden").code).toBe("forbidden");
  });
});
