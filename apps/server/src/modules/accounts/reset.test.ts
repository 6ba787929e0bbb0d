import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeFrom, lastMessage, registerAndLogin, tokenFrom, totpNow } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

const NEW_PASSWORD = "saffron-glacier-tundra-83";

describe("password reset", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const forgot = (login: string, via?: "email" | "sms") =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/forgot",
      payload: { login, ...(via ? { via } : {}) },
    });
  const reset = (payload: Record<string, unknown>) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/password/reset", payload });

  it("answers the same, in about the same time, for known and unknown accounts", async () => {
    await registerAndLogin(ctx, "same@example.test");
    const t0 = performance.now();
    const known = await forgot("same@example.test");
    const t1 = performance.now();
    const unknown = await forgot("nobody-here@example.test");
    const t2 = performance.now();
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(Math.abs(t1 - t0 - (t2 - t1))).toBeLessThan(150);
  });

  it("resets once with the link, signs out every session, emails, and does not sign in", async () => {
    const { auth } = await registerAndLogin(ctx, "reset@example.test");
    await forgot("reset@example.test");
    const first = tokenFrom((await lastMessage(ctx, "reset@example.test")).text);
    ctx.clock.advance(1000);
    await forgot("reset@example.test");
    const second = tokenFrom((await lastMessage(ctx, "reset@example.test")).text);
    // A newer request voids the older link.
    expect((await reset({ token: first, password: NEW_PASSWORD })).json().code).toBe("token_invalid");
    expect((await reset({ token: second, password: "password" })).json().code).toBe("weak_password");
    const ok = await reset({ token: second, password: NEW_PASSWORD });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers["set-cookie"]).toBeUndefined();
    expect((await reset({ token: second, password: NEW_PASSWORD })).json().code).toBe("token_invalid");
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth })).statusCode).toBe(401);
    expect((await lastMessage(ctx, "reset@example.test")).subject).toBe("Your Satchel password was changed");
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: "reset@example.test", password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it("expires links after 30 minutes", async () => {
    await registerAndLogin(ctx, "expire@example.test");
    await forgot("expire@example.test");
    const token = tokenFrom((await lastMessage(ctx, "expire@example.test")).text);
    ctx.clock.advance(31 * 60_000);
    expect((await reset({ token, password: NEW_PASSWORD })).json().code).toBe("token_invalid");
  });

  it("resets by SMS code, with at most 5 tries", async () => {
    const { auth } = await registerAndLogin(ctx, "smsreset@example.test", { phone: "+8613900002222" });
    const code = codeFrom((await lastMessage(ctx, "+8613900002222")).text);
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code },
    });
    await forgot("smsreset@example.test", "sms");
    const resetCode = codeFrom((await lastMessage(ctx, "+8613900002222")).text);
    const wrong = resetCode === "123456" ? "654321" : "123456";
    for (let i = 0; i < 5; i++) {
      expect(
        (await reset({ token: wrong, login: "smsreset@example.test", password: NEW_PASSWORD })).json().code,
      ).toBe("token_invalid");
    }
    // Five wrong tries void the code: the right one no longer works.
    expect(
      (await reset({ token: resetCode, login: "smsreset@example.test", password: NEW_PASSWORD })).json().code,
    ).toBe("token_invalid");
    await forgot("smsreset@example.test", "sms");
    const fresh = codeFrom((await lastMessage(ctx, "+8613900002222")).text);
    expect(
      (await reset({ token: fresh, login: "smsreset@example.test", password: NEW_PASSWORD })).statusCode,
    ).toBe(204);
  });

  it("asks for the second factor when 2FA is on", async () => {
    const { auth } = await registerAndLogin(ctx, "mfa-reset@example.test");
    const setup = (
      await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/totp", headers: auth })
    ).json();
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/2fa/totp/confirm",
      headers: auth,
      payload: { code: totpNow(setup.secret, ctx.clock.now()) },
    });
    ctx.clock.advance(60_000);
    await forgot("mfa-reset@example.test");
    const token = tokenFrom((await lastMessage(ctx, "mfa-reset@example.test")).text);
    expect((await reset({ token, password: NEW_PASSWORD })).json().code).toBe("mfa_required");
    expect((await reset({ token, password: NEW_PASSWORD, code: "000000" })).json().code).toBe(
      "invalid_mfa_code",
    );
    const ok = await reset({ token, password: NEW_PASSWORD, code: totpNow(setup.secret, ctx.clock.now()) });
    expect(ok.statusCode).toBe(204);
  });
});
