import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  lastMessage,
  registerAndLogin,
  STRONG_PASSWORD,
  tokenFrom,
  totpNow,
} from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

/** Attacks found in review, each kept out by a test. */
describe("account hardening", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const login = (email: string, password = STRONG_PASSWORD) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: email, password } });
  const mfa = (mfaToken: string, code: string) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/login/mfa", payload: { mfaToken, code } });

  async function withTotp(email: string) {
    const session = await registerAndLogin(ctx, email);
    const setup = (
      await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/totp", headers: session.auth })
    ).json();
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/2fa/totp/confirm",
      headers: session.auth,
      payload: { code: totpNow(setup.secret, ctx.clock.now()) },
    });
    ctx.clock.advance(30_000);
    return { ...session, secret: setup.secret as string };
  }

  it("locks an account whose codes are guessed between correct passwords", async () => {
    await withTotp("guess@example.test");
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++) {
      const first = await login("guess@example.test");
      if (first.statusCode !== 200) {
        statuses.push(first.statusCode);
        break;
      }
      for (let i = 0; i < 3; i++) statuses.push((await mfa(first.json().mfaToken, "000000")).statusCode);
    }
    expect(statuses).toContain(423);
    expect((await login("guess@example.test")).statusCode).toBe(423);
  });

  it("asks for the code, not the password, to step up when an authenticator is on, and counts failures", async () => {
    const { auth } = await withTotp("reauth@example.test");
    ctx.clock.advance(6 * 60_000);
    const byPassword = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/reauth",
      headers: auth,
      payload: { password: STRONG_PASSWORD },
    });
    expect(byPassword.json().code).toBe("mfa_required");
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (
          await ctx.app.inject({
            method: "POST",
            url: "/api/v1/me/reauth",
            headers: auth,
            payload: { code: "000000" },
          })
        ).statusCode,
      );
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[5]).toBe(423);
  });

  it("voids a half-finished 2FA login when the password is reset", async () => {
    const { secret } = await withTotp("halfway@example.test");
    const pending = (await login("halfway@example.test")).json().mfaToken;
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/forgot",
      payload: { login: "halfway@example.test" },
    });
    const token = tokenFrom((await lastMessage(ctx, "halfway@example.test")).text);
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/reset",
      payload: { token, password: "cobalt-prairie-lantern-27", code: totpNow(secret, ctx.clock.now()) },
    });
    ctx.clock.advance(30_000);
    expect((await mfa(pending, totpNow(secret, ctx.clock.now()))).json().code).toBe("mfa_token_invalid");
  });

  it("does not let an agent act on staff accounts or their own", async () => {
    const users = ctx.services.users;
    const agent = await users.create(
      ctx.platform.db,
      { email: "agent-h@example.test", password: STRONG_PASSWORD, role: "agent" },
      { id: null, label: "test" },
    );
    const admin = await users.create(
      ctx.platform.db,
      { email: "admin-h@example.test", password: STRONG_PASSWORD, role: "admin" },
      { id: null, label: "test" },
    );
    const staff = { authorization: `Bearer ${(await login(agent.email)).json().token}` };
    const body = { reason: "test", checks: ["date_of_birth", "id_document"] };
    for (const target of [admin.id, agent.id]) {
      const res = await ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/customers/${target}/2fa-reset`,
        headers: staff,
        payload: body,
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it("keeps one address from locking many accounts with parallel guesses", async () => {
    const limited = await buildTestApp({
      config: { security: { ...ctx.platform.config.security, ipFailureLimit: 5 } },
    });
    try {
      for (let i = 0; i < 6; i++) {
        await limited.services.users.create(
          limited.platform.db,
          { email: `p${i}@example.test`, password: STRONG_PASSWORD, role: "customer" },
          { id: null, label: "test" },
        );
      }
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          limited.app.inject({
            method: "POST",
            url: "/api/v1/auth/login",
            payload: { login: `p${i % 6}@example.test`, password: "wrong-password-x" },
          }),
        ),
      );
      expect(results.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(5);
      // Every account still opens with its password from elsewhere: none was locked.
      const locked = [];
      for (let i = 0; i < 6; i++) {
        locked.push(
          await limited.app.inject({
            method: "POST",
            url: "/api/v1/auth/login",
            payload: { login: `p${i}@example.test`, password: STRONG_PASSWORD },
            remoteAddress: "127.0.0.9",
          }),
        );
      }
      expect(locked.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    } finally {
      await limited.close();
    }
  });

  it("answers NUL bytes and other unstorable input with 4xx, never 500", async () => {
    const { auth } = await registerAndLogin(ctx, "nul@example.test");
    const requests = [
      {
        method: "POST" as const,
        url: "/api/v1/auth/login",
        payload: { login: "a\u0000b@example.test", password: "x\u0000-password" },
      },
      {
        method: "POST" as const,
        url: "/api/v1/auth/password/forgot",
        payload: { login: "n\u0000@example.test" },
      },
      {
        method: "POST" as const,
        url: "/api/v1/auth/password/reset",
        payload: { token: "\u0000", password: STRONG_PASSWORD, login: "\u0000" },
      },
      {
        method: "POST" as const,
        url: "/api/v1/auth/register",
        payload: { email: "z@example.test", password: STRONG_PASSWORD, country: "CN", name: "a\u0000" },
      },
      {
        method: "PATCH" as const,
        url: "/api/v1/me",
        headers: auth,
        payload: { antiPhishingCode: "x\u0000" },
      },
      { method: "DELETE" as const, url: "/api/v1/me/sessions/%00", headers: auth },
      { method: "GET" as const, url: "/api/v1/me/login-history?cursor=%00", headers: auth },
    ];
    for (const r of requests) {
      const res = await ctx.app.inject(r);
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(500);
    }
  });

  it("keeps SMS second factors in force for resets and step-up", async () => {
    const { auth } = await registerAndLogin(ctx, "smsonly@example.test", { phone: "+8613600005555" });
    const verifyCode = /(\d{6})/.exec((await lastMessage(ctx, "+8613600005555")).text)?.[1] ?? "";
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code: verifyCode },
    });
    expect(
      (await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/sms", headers: auth })).statusCode,
    ).toBe(204);

    ctx.clock.advance(6 * 60_000);
    const byPassword = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/reauth",
      headers: auth,
      payload: { password: STRONG_PASSWORD },
    });
    expect(byPassword.json().code).toBe("mfa_required");
    expect(
      (await ctx.app.inject({ method: "POST", url: "/api/v1/me/reauth/sms", headers: auth })).statusCode,
    ).toBe(202);
    const stepCode = /(\d{6})/.exec((await lastMessage(ctx, "+8613600005555")).text)?.[1] ?? "";
    expect(
      (
        await ctx.app.inject({
          method: "POST",
          url: "/api/v1/me/reauth",
          headers: auth,
          payload: { code: stepCode },
        })
      ).statusCode,
    ).toBe(204);

    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/forgot",
      payload: { login: "smsonly@example.test" },
    });
    const token = tokenFrom((await lastMessage(ctx, "smsonly@example.test")).text);
    const smsCode = /(\d{6})/.exec((await lastMessage(ctx, "+8613600005555")).text)?.[1] ?? "";
    const reset = (code?: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/auth/password/reset",
        payload: { token, password: "cobalt-prairie-lantern-27", ...(code ? { code } : {}) },
      });
    expect((await reset()).json().code).toBe("mfa_required");
    expect((await reset(smsCode)).statusCode).toBe(204);
  });

  it("lets support hard-lock a customer on suspected takeover, ending every session", async () => {
    const { auth, userId } = await registerAndLogin(ctx, "stolen@example.test");
    const agent = await ctx.services.users.create(
      ctx.platform.db,
      { email: "agent-lock@example.test", password: STRONG_PASSWORD, role: "agent" },
      { id: null, label: "test" },
    );
    const staff = { authorization: `Bearer ${(await login(agent.email)).json().token}` };
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${userId}/lock`,
      headers: staff,
      payload: { reason: "Customer reports phone stolen" },
    });
    expect(res.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth })).statusCode).toBe(401);
    const locked = await login("stolen@example.test");
    expect(locked.statusCode).toBe(423);
    expect(locked.json().lockedUntil).toBeNull();
    const audit = await ctx.services.audit.list({ targetType: "user", targetId: userId });
    expect(audit.some((e) => e.action === "account.hard_locked")).toBe(true);
  });
});
