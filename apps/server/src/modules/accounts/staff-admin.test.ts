import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, tokenFrom } from "../../test/accounts-helpers.js";
import { buildStaffMember, type StaffMember, signIn } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { buildCustomer } from "../../test/wallet-helpers.js";

const NEW_PASSWORD = "harbor-violet-quill-73";

describe("staff administration", () => {
  let ctx: TestContext;
  let admin: StaffMember;
  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStaffMember(ctx, "admin", "Ada Admin");
    await ctx.platform.db
      .insertInto("support_groups")
      .values({
        key: "payments",
        name: JSON.stringify({ en: "Payments", "zh-CN": "支付" }),
        categories: "[]",
        position: 1,
        created_at: ctx.clock.now(),
      })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
  });
  afterAll(() => ctx.close());

  const call = (method: "GET" | "POST" | "PATCH", url: string, who: StaffMember, payload?: object) =>
    ctx.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });
  const auditOf = async (userId: string) =>
    (await ctx.services.audit.list({ targetType: "user", targetId: userId })).map((e) => e.action);

  it("is for admins only", async () => {
    const agent = await buildStaffMember(ctx, "agent");
    const supervisor = await buildStaffMember(ctx, "supervisor");
    for (const who of [agent, supervisor]) {
      expect((await call("GET", "/api/v1/admin/staff", who)).statusCode).toBe(403);
      const invite = await call("POST", "/api/v1/admin/staff", who, {
        email: "x@staff.test",
        name: "X",
        role: "admin",
      });
      expect(invite.json().code).toBe("forbidden");
    }
  });

  it("invites a staff member who sets a password from the email and signs in", async () => {
    const invite = await call("POST", "/api/v1/admin/staff", admin, {
      email: "nina.agent@staff.example.test",
      name: "Nina Agent",
      role: "agent",
      groups: ["general", "payments"],
    });
    expect(invite.statusCode).toBe(201);
    const member = invite.json();
    expect(member).toMatchObject({
      email: "nina.agent@staff.example.test",
      name: "Nina Agent",
      role: "agent",
      groups: ["general", "payments"],
      twoFactor: false,
      lastSignInAt: null,
      deactivatedAt: null,
      openTickets: 0,
    });

    const mail = await lastMessage(ctx, "nina.agent@staff.example.test");
    expect(mail.subject).toBe("You are invited to work on Satchel");
    expect(mail.text).toContain("support agent");
    expect(mail.text).toMatch(/http:\/\/127\.0\.0\.1:8080\/reset-password\?token=[^&\s]+&invite=1/);
    // Nobody knows the starting password.
    expect((await signIn(ctx, "nina.agent@staff.example.test")).json().code).toBe("invalid_credentials");

    const set = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/reset",
      payload: { token: tokenFrom(mail.text), password: NEW_PASSWORD },
    });
    expect(set.statusCode).toBe(204);
    const login = await signIn(ctx, "nina.agent@staff.example.test", { password: NEW_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.role).toBe("agent");

    // The link works once; the list shows the sign-in.
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/reset",
      payload: { token: tokenFrom(mail.text), password: NEW_PASSWORD },
    });
    expect(again.json().code).toBe("token_invalid");
    const list = (await call("GET", "/api/v1/admin/staff", admin)).json().data as {
      id: string;
      lastSignInAt: string | null;
    }[];
    expect(list.find((s) => s.id === member.id)?.lastSignInAt).toBe(ctx.clock.now().toISOString());
    expect(list.every((s) => s.id !== undefined)).toBe(true);
    expect(await auditOf(member.id)).toEqual(expect.arrayContaining(["user.created", "staff.invited"]));
  });

  it("keeps the set-password link for 72 hours, not longer", async () => {
    await call("POST", "/api/v1/admin/staff", admin, {
      email: "late@staff.example.test",
      name: "Late",
      role: "supervisor",
    });
    const token = tokenFrom((await lastMessage(ctx, "late@staff.example.test")).text);
    ctx.clock.advance(72 * 3_600_000 + 1000);
    const set = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/reset",
      payload: { token, password: NEW_PASSWORD },
    });
    expect(set.json().code).toBe("token_invalid");
  });

  it("refuses unknown groups, taken addresses and roles that are not staff", async () => {
    const unknown = await call("POST", "/api/v1/admin/staff", admin, {
      email: "g@staff.example.test",
      name: "G",
      role: "agent",
      groups: ["general", "nope"],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "support_group_not_found" });
    expect(unknown.json().detail).toContain("nope");
    // Nothing was created by the refused invitation.
    const emails = ((await call("GET", "/api/v1/admin/staff", admin)).json().data as { email: string }[]).map(
      (s) => s.email,
    );
    expect(emails).not.toContain("g@staff.example.test");

    const taken = await call("POST", "/api/v1/admin/staff", admin, {
      email: admin.email,
      name: "Again",
      role: "agent",
    });
    expect(taken.json().code).toBe("email_already_registered");
    const customerRole = await call("POST", "/api/v1/admin/staff", admin, {
      email: "c@staff.example.test",
      name: "C",
      role: "customer",
    });
    expect(customerRole.statusCode).toBe(400);
  });

  it("changes roles of others, never the admin's own, and never of customers", async () => {
    const agent = await buildStaffMember(ctx, "agent");
    const promoted = await call("PATCH", `/api/v1/admin/staff/${agent.userId}`, admin, {
      role: "supervisor",
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().role).toBe("supervisor");
    // Their very next request runs with the new role.
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: agent.auth });
    expect(me.json().user.role).toBe("supervisor");
    expect(await auditOf(agent.userId)).toContain("staff.role_changed");

    const self = await call("PATCH", `/api/v1/admin/staff/${admin.userId}`, admin, { role: "agent" });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe("staff_self_change");
    expect((await call("POST", `/api/v1/admin/staff/${admin.userId}/deactivate`, admin)).json().code).toBe(
      "staff_self_change",
    );

    const customer = await buildCustomer(ctx);
    for (const res of [
      await call("PATCH", `/api/v1/admin/staff/${customer.userId}`, admin, { role: "agent" }),
      await call("POST", `/api/v1/admin/staff/${customer.userId}/deactivate`, admin),
      await call("POST", "/api/v1/admin/staff/usr_nobody/reactivate", admin),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("staff_not_found");
    }
  });

  it("deactivation ends the sessions at once and blocks sign-in without revealing anything new", async () => {
    const agent = await buildStaffMember(ctx, "agent");
    const other = await buildStaffMember(ctx, "agent");
    const second = await signIn(ctx, agent.email);
    expect(second.statusCode).toBe(200);

    const off = await call("POST", `/api/v1/admin/staff/${agent.userId}/deactivate`, admin);
    expect(off.statusCode).toBe(200);
    expect(off.json().deactivatedAt).toBe(ctx.clock.now().toISOString());
    for (const auth of [agent.auth, { authorization: `Bearer ${second.json().token as string}` }]) {
      const res = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth });
      expect(res.statusCode).toBe(401);
    }

    const right = await signIn(ctx, agent.email);
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe("account_deactivated");
    // A wrong password answers exactly as for an active account (or none at all).
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    const wrongDeactivated = await signIn(ctx, agent.email, { password: "not-the-password-1" });
    const wrongActive = await signIn(ctx, other.email, { password: "not-the-password-1" });
    const wrongNobody = await signIn(ctx, "nobody@staff.example.test", { password: "not-the-password-1" });
    expect(wrongDeactivated.statusCode).toBe(401);
    expect(strip(wrongDeactivated.json())).toEqual(strip(wrongActive.json()));
    expect(strip(wrongDeactivated.json())).toEqual(strip(wrongNobody.json()));

    // Deactivating again changes nothing; reactivation lets them back in with their password.
    expect((await call("POST", `/api/v1/admin/staff/${agent.userId}/deactivate`, admin)).statusCode).toBe(
      200,
    );
    const on = await call("POST", `/api/v1/admin/staff/${agent.userId}/reactivate`, admin);
    expect(on.json().deactivatedAt).toBeNull();
    expect((await signIn(ctx, agent.email)).statusCode).toBe(200);
    expect(await auditOf(agent.userId)).toEqual(
      expect.arrayContaining(["staff.deactivated", "staff.reactivated"]),
    );
    const audits = await ctx.services.audit.list({ targetType: "user", targetId: agent.userId });
    expect(audits.filter((a) => a.action === "staff.deactivated")).toHaveLength(1);
  });

  it("is in the API documentation under Support admin, with bearer auth", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const operations = [
      doc.paths["/api/v1/admin/staff"].get,
      doc.paths["/api/v1/admin/staff"].post,
      doc.paths["/api/v1/admin/staff/{id}"].patch,
      doc.paths["/api/v1/admin/staff/{id}/deactivate"].post,
      doc.paths["/api/v1/admin/staff/{id}/reactivate"].post,
    ];
    for (const operation of operations) {
      expect(operation.tags).toEqual(["Support admin"]);
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
      expect(operation.summary).toBeTruthy();
    }
  });
});
