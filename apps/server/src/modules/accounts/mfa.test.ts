import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, registerAndLogin, STRONG_PASSWORD, totpNow } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("two-factor authentication", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  async function enable(auth: Record<string, string>) {
    const setup = await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/totp", headers: auth });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrCode } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/2fa/totp/confirm",
      headers: auth,
      payload: { code: "000000" },
    });
    expect(wrong.json().code).toBe("invalid_mfa_code");
    const confirm = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/2fa/totp/confirm",
      headers: auth,
      payload: { code: totpNow(secret, ctx.clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    return { secret, recoveryCodes: confirm.json().recoveryCodes as string[] };
  }

  const login = (email: string) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: email, password: STRONG_PASSWORD },
    });
  const mfa = (mfaToken: string, code: string) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/login/mfa", payload: { mfaToken, code } });

  it("turns on TOTP with a first code, then asks for a code at login, once per code", async () => {
    const { auth } = await registerAndLogin(ctx, "totp@example.test");
    const { secret, recoveryCodes } = await enable(auth);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await lastMessage(ctx, "totp@example.test")).subject).toBe("Two-factor authentication is on");

    ctx.clock.advance(30_000);
    const first = await login("totp@example.test");
    expect(first.json()).toMatchObject({ mfaRequired: true, methods: ["totp", "recovery_code"] });
    const code = totpNow(secret, ctx.clock.now());
    const ok = await mfa(first.json().mfaToken, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().token).toBeTruthy();

    // The same code cannot be used twice (replay).
    const second = await login("totp@example.test");
    expect((await mfa(second.json().mfaToken, code)).json().code).toBe("invalid_mfa_code");
    // One step of clock drift is accepted.
    const drift = totpNow(secret, new Date(ctx.clock.now().getTime() + 30_000));
    expect((await mfa(second.json().mfaToken, drift)).statusCode).toBe(200);
  });

  it("accepts each recovery code once", async () => {
    const { auth } = await registerAndLogin(ctx, "recovery@example.test");
    const { recoveryCodes } = await enable(auth);
    const code = recoveryCodes[0] ?? "";
    const a = await login("recovery@example.test");
    expect((await mfa(a.json().mfaToken, code.toUpperCase())).statusCode).toBe(200);
    const b = await login("recovery@example.test");
    expect((await mfa(b.json().mfaToken, code)).json().code).toBe("invalid_mfa_code");
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth });
    expect(me.json().user.twoFactor).toEqual({ totp: true, sms: false, recoveryCodesLeft: 9 });
  });

  it("counts wrong codes towards the lockout", async () => {
    const { auth } = await registerAndLogin(ctx, "mfalock@example.test");
    await enable(auth);
    const first = await login("mfalock@example.test");
    for (let i = 0; i < 5; i++) await mfa(first.json().mfaToken, "000000");
    const res = await login("mfalock@example.test");
    expect(res.statusCode).toBe(423);
  });

  it("needs a fresh proof (step-up) to turn 2FA off", async () => {
    const { auth } = await registerAndLogin(ctx, "stepup@example.test");
    const { secret } = await enable(auth);
    ctx.clock.advance(6 * 60_000);
    const refused = await ctx.app.inject({ method: "DELETE", url: "/api/v1/me/2fa/totp", headers: auth });
    expect(refused.json().code).toBe("step_up_required");
    const reauth = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/reauth",
      headers: auth,
      payload: { code: totpNow(secret, ctx.clock.now()) },
    });
    expect(reauth.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ method: "DELETE", url: "/api/v1/me/2fa/totp", headers: auth })).statusCode,
    ).toBe(204);
    expect((await login("stepup@example.test")).json().token).toBeTruthy();
  });

  it("lets support reset 2FA after identity checks, holding withdrawals", async () => {
    const { auth, userId } = await registerAndLogin(ctx, "lostphone@example.test");
    await enable(auth);
    const admin = await ctx.services.users.create(
      ctx.platform.db,
      { email: "admin2@example.test", password: STRONG_PASSWORD, role: "admin" },
      { id: null, label: "test" },
    );
    const adminToken = (
      await ctx.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { login: admin.email, password: STRONG_PASSWORD },
      })
    ).json().token;
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${userId}/2fa-reset`,
      headers: { authorization: `Bearer ${adminToken}` },
      payload: { reason: "Lost phone", checks: ["id_document", "date_of_birth"] },
    });
    expect(res.statusCode).toBe(204);
    expect((await login("lostphone@example.test")).json().token).toBeTruthy();
    expect((await lastMessage(ctx, "lostphone@example.test")).subject).toBe(
      "Support turned off two-factor authentication",
    );
  });

  it("grades the account in the security checkup", async () => {
    const { auth } = await registerAndLogin(ctx, "checkup@example.test");
    const before = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/me/security-checkup", headers: auth })
    ).json();
    expect(before.items.find((i: { key: string }) => i.key === "two_factor")).toMatchObject({
      ok: false,
      fixUrl: "/app/security#two-factor",
    });
    await enable(auth);
    await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: auth,
      payload: { antiPhishingCode: "blue-heron" },
    });
    const after = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/me/security-checkup", headers: auth })
    ).json();
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.items.find((i: { key: string }) => i.key === "anti_phishing_code").ok).toBe(true);
  });

  it("puts the anti-phishing code at the top of every email", async () => {
    const { auth } = await registerAndLogin(ctx, "phish@example.test");
    await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: auth,
      payload: { antiPhishingCode: "red-kite-7" },
    });
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/forgot",
      payload: { login: "phish@example.test" },
    });
    const mail = await lastMessage(ctx, "phish@example.test");
    expect(mail.text.split("\n")[0]).toBe("Your anti-phishing code: red-kite-7");
  });
});

describe("official channels", () => {
  it("recognizes the install's own domain and support address, and nothing that imitates them", async () => {
    const ctx = await buildTestApp();
    try {
      await ctx.services.accounts.seedOfficialChannels();
      const check = async (value: string) =>
        (
          await ctx.app.inject({
            method: "GET",
            url: `/api/v1/official-channels/check?value=${encodeURIComponent(value)}`,
          })
        ).json().official;
      expect(await check("http://127.0.0.1:8080/reset-password?token=x")).toBe(true);
      expect(await check("support@satchel.test")).toBe(true);
      expect(await check("SUPPORT@satchel.test")).toBe(true);
      expect(await check("support@satchel-help.test")).toBe(false);
      expect(await check("https://127.0.0.1.evil.io/")).toBe(false);
      expect(await check("@satchel_official")).toBe(false);
    } finally {
      await ctx.close();
    }
  });
});
