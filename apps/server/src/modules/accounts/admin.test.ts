import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin, STRONG_PASSWORD } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("admin: official channels and security logs", () => {
  let ctx: TestContext;
  let admin: Record<string, string>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    await ctx.services.users.create(
      ctx.platform.db,
      { email: "root@example.test", password: STRONG_PASSWORD, role: "admin" },
      { id: null, label: "test" },
    );
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { login: "root@example.test", password: STRONG_PASSWORD },
    });
    admin = { authorization: `Bearer ${login.json().token}` };
  });
  afterAll(() => ctx.close());

  const check = async (value: string) =>
    (
      await ctx.app.inject({
        method: "GET",
        url: `/api/v1/official-channels/check?value=${encodeURIComponent(value)}`,
      })
    ).json();

  it("lets an admin list, add and remove official channels, audited", async () => {
    expect((await check("@SatchelHelp")).official).toBe(false);
    const added = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/official-channels",
      headers: admin,
      payload: { kind: "social", value: "@SatchelHelp", label: "Satchel on X" },
    });
    expect(added.statusCode).toBe(201);
    expect(await check("@satchelhelp")).toMatchObject({
      official: true,
      channel: { kind: "social", label: "Satchel on X" },
    });
    const phone = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/official-channels",
      headers: admin,
      payload: { kind: "phone", value: "+86 400 800 8888", label: "Hotline" },
    });
    expect(phone.json().value).toBe("+864008008888");
    expect((await check("+86-400-800-8888")).official).toBe(true);
    // Dialled from abroad with 00 rather than +: still the same number, not a "handle".
    expect((await check("008640080088 88")).official).toBe(true);
    expect((await check("0086 400 800 8889")).official).toBe(false);

    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/official-channels",
      headers: admin,
    });
    expect(list.json().data.map((c: { label: string }) => c.label)).toEqual(
      expect.arrayContaining(["Satchel on X", "Hotline"]),
    );
    const removed = await ctx.app.inject({
      method: "DELETE",
      url: `/api/v1/admin/official-channels/${added.json().id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(204);
    expect((await check("@satchelhelp")).official).toBe(false);
    const audit = await ctx.services.audit.list({ targetType: "official_channel" });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["official_channel.added", "official_channel.removed"]),
    );
  });

  it("keeps customers and agents out of admin routes", async () => {
    const { auth } = await registerAndLogin(ctx, "nosy@example.test");
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/v1/admin/official-channels", headers: auth }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/admin/official-channels" })).statusCode).toBe(
      401,
    );
  });

  it("shows an admin any account's security log, and a user only their own", async () => {
    const { auth, userId } = await registerAndLogin(ctx, "logged@example.test");
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/users/${userId}/security-events`,
      headers: admin,
    });
    expect(res.json().data.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["registered", "login_succeeded"]),
    );
    const own = await ctx.app.inject({ method: "GET", url: "/api/v1/me/security-events", headers: auth });
    expect(own.json().data.every((e: { type: string }) => typeof e.type === "string")).toBe(true);
    const other = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/users/${userId}/security-events`,
      headers: auth,
    });
    expect(other.statusCode).toBe(403);
  });
});
