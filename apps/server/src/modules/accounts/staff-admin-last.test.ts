import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, type StaffMember, signIn } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { changeStaffRole, deactivateStaff } from "./staff-admin.js";

const CTX = { ip: "127.0.0.1", userAgent: "test", locale: "en" } as const;

describe(`the last active admin stays, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ada: StaffMember;
  let ben: StaffMember;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ada = await buildStaffMember(ctx, "admin", "Ada Admin");
    ben = await buildStaffMember(ctx, "admin", "Ben Admin");
  });
  afterAll(() => ctx.close());

  const patch = (who: StaffMember, id: string, role: string) =>
    ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/admin/staff/${id}`,
      headers: who.auth,
      payload: { role },
    });
  const deactivate = (who: StaffMember, id: string) =>
    ctx.app.inject({ method: "POST", url: `/api/v1/admin/staff/${id}/deactivate`, headers: who.auth });
  const activeAdmins = async () =>
    (
      await ctx.platform.db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "admin")
        .where("deactivated_at", "is", null)
        .execute()
    ).map((r) => r.id);
  /** Puts both back as active admins with fresh sessions. */
  const reset = async () => {
    await ctx.platform.db
      .updateTable("users")
      .set({ role: "admin", deactivated_at: null })
      .where("id", "in", [ada.userId, ben.userId])
      .execute();
    const session = async (member: StaffMember) => {
      const login = await signIn(ctx, member.email);
      expect(login.statusCode, login.body).toBe(200);
      return { ...member, auth: { authorization: `Bearer ${login.json().token as string}` } };
    };
    ada = await session(ada);
    ben = await session(ben);
  };

  it("refuses to demote or deactivate the only active admin left, whoever asks", async () => {
    expect((await patch(ada, ben.userId, "supervisor")).statusCode).toBe(200);
    expect(await activeAdmins()).toEqual([ada.userId]);
    // Ben's own request, had it passed the admin guard a moment before his demotion committed.
    const { deps } = ctx.services.accounts;
    const benActor = { id: ben.userId, label: ben.email };
    await expect(changeStaffRole(deps, benActor, ada.userId, "agent")).rejects.toMatchObject({
      code: "last_admin",
    });
    await expect(deactivateStaff(deps, benActor, ada.userId, CTX)).rejects.toMatchObject({
      code: "last_admin",
    });
    expect(await activeAdmins()).toEqual([ada.userId]);
    expect(
      (await ctx.services.audit.list({ targetType: "user", targetId: ada.userId })).map((e) => e.action),
    ).not.toContain("staff.deactivated");
    // Still the same admin; another admin may be named again and then demoted.
    expect((await changeStaffRole(deps, benActor, ada.userId, "admin")).role).toBe("admin");
    expect((await patch(ada, ben.userId, "admin")).statusCode).toBe(200);
    expect((await patch(ada, ben.userId, "agent")).statusCode).toBe(200);
  });

  it("two admins demoting or deactivating each other at once: one admin is always left", async () => {
    for (const crosswise of [
      () => Promise.all([patch(ada, ben.userId, "agent"), patch(ben, ada.userId, "agent")]),
      () => Promise.all([deactivate(ada, ben.userId), deactivate(ben, ada.userId)]),
    ]) {
      await reset();
      const answers = await crosswise();
      expect(answers.map((r) => r.statusCode).filter((s) => s === 200)).toHaveLength(1);
      const refused = answers.find((r) => r.statusCode !== 200);
      // Refused by the guard (already demoted or signed out) or by this rule.
      expect([401, 403, 409]).toContain(refused?.statusCode);
      if (refused?.statusCode === 409) expect(refused.json()).toMatchObject({ code: "last_admin" });
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});
