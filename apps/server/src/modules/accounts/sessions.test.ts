import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin, STRONG_PASSWORD } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("sessions", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const login = (email: string, ua: string, client: "api" | "web" = "api") =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "user-agent": ua },
      payload: { login: email, password: STRONG_PASSWORD, client },
    });

  it("lists devices, ends one at once, and signs out everywhere else", async () => {
    const first = await registerAndLogin(ctx, "multi@example.test");
    const phone = await login(
      "multi@example.test",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    );
    const phoneAuth = { authorization: `Bearer ${phone.json().token}` };
    const list = await ctx.app.inject({ method: "GET", url: "/api/v1/me/sessions", headers: first.auth });
    const sessions = list.json().data;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = sessions.find((s: { os: string }) => s.os.startsWith("iOS"));
    expect(phoneSession).toBeDefined();

    const end = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/me/sessions/${phoneSession.id}`,
      headers: first.auth,
    });
    expect(end.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: phoneAuth })).statusCode).toBe(
      401,
    );

    await login("multi@example.test", "curl/8.5.0");
    await login("multi@example.test", "curl/8.5.0");
    const others = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/me/sessions/revoke-others",
      headers: first.auth,
    });
    expect(others.json().revoked).toBe(2);
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/v1/me/sessions", headers: first.auth })).json().data,
    ).toHaveLength(1);
  });

  it("does not let one user see or end another user's sessions", async () => {
    const alice = await registerAndLogin(ctx, "alice-s@example.test");
    const bob = await registerAndLogin(ctx, "bob-s@example.test");
    const bobSessions = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/me/sessions", headers: bob.auth })
    ).json().data;
    const res = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/me/sessions/${bobSessions[0].id}`,
      headers: alice.auth,
    });
    expect(res.statusCode).toBe(404);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: bob.auth })).statusCode).toBe(
      200,
    );
    const aliceList = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/me/sessions", headers: alice.auth })
    ).json().data;
    expect(aliceList.map((s: { id: string }) => s.id)).not.toContain(bobSessions[0].id);
  });

  it("ends web sessions after 30 idle minutes and API tokens by their own clock", async () => {
    const { auth } = await registerAndLogin(ctx, "idle@example.test");
    const web = await login("idle@example.test", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "web");
    const cookie = String(web.headers["set-cookie"]).split(";")[0] ?? "";
    expect(cookie).toMatch(/^satchel_session=/);
    expect(String(web.headers["set-cookie"])).toContain("HttpOnly");
    expect(String(web.headers["set-cookie"])).toContain("SameSite=Lax");
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      200,
    );
    ctx.clock.advance(31 * 60_000);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth })).statusCode).toBe(200);
  });

  it("requires the CSRF token for cookie-authenticated writes", async () => {
    await registerAndLogin(ctx, "csrf@example.test");
    const web = await login("csrf@example.test", "Mozilla/5.0 Chrome/131.0", "web");
    const cookie = String(web.headers["set-cookie"]).split(";")[0] ?? "";
    const { csrfToken } = web.json();
    expect(web.json().token).toBeUndefined();
    const without = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie },
      payload: { name: "X" },
    });
    expect(without.json().code).toBe("csrf_failed");
    const forged = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie, "x-csrf-token": "forged" },
      payload: { name: "X" },
    });
    expect(forged.statusCode).toBe(403);
    const ok = await ctx.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie, "x-csrf-token": csrfToken },
      payload: { name: "Xu" },
    });
    expect(ok.json().user.name).toBe("Xu");
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(me.json().csrfToken).toBe(csrfToken);
    const out = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toContain("Max-Age=0");
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("records login history and emails about a new device", async () => {
    const { auth } = await registerAndLogin(ctx, "history@example.test");
    await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: "history@example.test", password: "wrong-password-zz" },
    });
    await login(
      "history@example.test",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    );
    const history = (
      await ctx.app.inject({ method: "GET", url: "/api/v1/me/login-history", headers: auth })
    ).json().data;
    expect(history.map((h: { outcome: string }) => h.outcome)).toEqual(["success", "failure", "success"]);
    await ctx.platform.outbox.drain();
    const mail = await ctx.app.inject({ method: "GET", url: "/api/v1/dev/messages?to=history@example.test" });
    expect(
      mail.json().data.some((m: { subject: string }) => m.subject === "New sign-in to your Satchel account"),
    ).toBe(true);
  });
});
