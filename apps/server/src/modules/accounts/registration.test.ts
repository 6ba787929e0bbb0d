import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, registerAndLogin, STRONG_PASSWORD, tokenFrom } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { isValidWalletNumber } from "./security/wallet-number.js";

describe("registration and verification", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("creates a customer with a wallet number and emails a verification link built from PUBLIC_URL", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/register",
      headers: { host: "evil.example" },
      payload: {
        email: "Mei@Example.test",
        password: STRONG_PASSWORD,
        country: "cn",
        language: "zh-CN",
        name: "Mei",
      },
    });
    expect(res.statusCode).toBe(201);
    const { user } = res.json();
    expect(user).toMatchObject({
      email: "Mei@Example.test",
      emailVerified: false,
      country: "CN",
      language: "zh-CN",
      role: "customer",
    });
    expect(isValidWalletNumber(user.walletNumber)).toBe(true);
    expect(user).not.toHaveProperty("passwordHash");

    const mail = await lastMessage(ctx, "Mei@Example.test");
    expect(mail.subject).toBe("请确认您的邮箱地址");
    expect(mail.text).toContain("http://127.0.0.1:8080/verify-email?token=");
    expect(mail.text).not.toContain("evil.example");

    const token = tokenFrom(mail.text);
    const verified = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token },
    });
    expect(verified.json().user.emailVerified).toBe(true);
    // Single use.
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token },
    });
    expect(again.json().code).toBe("token_invalid");
  });

  it("refuses weak passwords and says why", async () => {
    for (const [password, reason] of [
      ["password1", "common_password"],
      ["short", "too_short"],
      ["lin-chen-lin-chen-1990", "contains_personal_info"],
    ] as const) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/auth/register",
        payload: { email: `weak-${reason}@example.test`, password, country: "CN", name: "Lin Chen" },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().code).toBe("weak_password");
      expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(reason);
    }
    const check = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/check",
      payload: { password: "password" },
    });
    expect(check.json()).toMatchObject({ ok: false });
  });

  it("says a taken email is taken, and validates the rest", async () => {
    const payload = { email: "taken@example.test", password: STRONG_PASSWORD, country: "US" };
    expect((await ctx.app.inject({ method: "POST", url: "/api/v1/auth/register", payload })).statusCode).toBe(
      201,
    );
    const dup = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/register",
      payload: { ...payload, email: "TAKEN@example.test" },
    });
    expect(dup.json().code).toBe("email_already_registered");
    const bad = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/register",
      payload: { ...payload, email: "x@y.test", country: "XX", phone: "12" },
    });
    expect(bad.json().code).toBe("validation_failed");
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["/country", "/phone"]);
  });

  it("verifies a phone number with the SMS code", async () => {
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/register",
      payload: {
        email: "phone@example.test",
        password: STRONG_PASSWORD,
        country: "CN",
        phone: "+86 138 0000 1111",
      },
    });
    const sms = await lastMessage(ctx, "+8613800001111");
    const code = /(\d{6})/.exec(sms.text)?.[1] ?? "";
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: "+86 138-0000-1111", password: STRONG_PASSWORD },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code: code === "000000" ? "111111" : "000000" },
    });
    expect(wrong.json().code).toBe("token_invalid");
    const ok = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code },
    });
    expect(ok.json().user.phoneVerified).toBe(true);
  });

  it("changes the email only after the new address confirms, telling the old one", async () => {
    const { auth } = await registerAndLogin(ctx, "old-address@example.test");
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/email",
      headers: auth,
      payload: { email: "new-address@example.test" },
    });
    expect(res.statusCode).toBe(202);
    expect((await lastMessage(ctx, "old-address@example.test")).subject).toBe(
      "Your Satchel email address is being changed",
    );
    const token = tokenFrom((await lastMessage(ctx, "new-address@example.test")).text);
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth })).json().user.email,
    ).toBe("old-address@example.test");
    const done = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token },
    });
    expect(done.json().user).toMatchObject({ email: "new-address@example.test", emailVerified: true });
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: "new-address@example.test", password: STRONG_PASSWORD },
    });
    expect(login.statusCode).toBe(200);

    ctx.clock.advance(6 * 60_000);
    const stale = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/email",
      headers: auth,
      payload: { email: "third@example.test" },
    });
    expect(stale.json().code).toBe("step_up_required");
  });

  it("changes a verified phone only once the new number confirms, and tells the old one", async () => {
    const { auth } = await registerAndLogin(ctx, "phones@example.test", { phone: "+8613700003333" });
    const code = /(\d{6})/.exec((await lastMessage(ctx, "+8613700003333")).text)?.[1] ?? "";
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code },
    });
    const res = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: auth,
      payload: { phone: "+8613700004444" },
    });
    // Until the new number proves itself, the verified old one stays.
    expect(res.json().user).toMatchObject({ phone: "+8613700003333", phoneVerified: true });
    // "Send again" goes to the number waiting to be confirmed.
    ctx.clock.advance(1000);
    expect(
      (await ctx.app.inject({ method: "POST", url: "/api/v1/me/phone/verification", headers: auth }))
        .statusCode,
    ).toBe(202);
    const newCode = /(\d{6})/.exec((await lastMessage(ctx, "+8613700004444")).text)?.[1] ?? "";
    const done = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/phone/verify",
      headers: auth,
      payload: { code: newCode },
    });
    expect(done.json().user).toMatchObject({ phone: "+8613700004444", phoneVerified: true });
    expect((await lastMessage(ctx, "+8613700003333")).text).toContain("removed from your Satchel account");
  });
});
