import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleMaintenance } from "../../test/status-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildStaff } from "../../test/wallet-helpers.js";

const HOUR = 3_600_000;

/**
 * One source of truth: the staff method editor's window is a status-page maintenance naming
 * the method (created, moved, ended or canceled there, audited), and a window over a whole
 * component shows on every method of it. The methods keep no maintenance columns.
 */
describe(`payment methods' windows on the status page, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const at = (ms: number) => new Date(ctx.clock.now().getTime() + ms).toISOString();
  const patch = (id: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/admin/payment-methods/${id}`,
      headers: admin.auth,
      payload,
    });
  const windowsOf = (methodId: string) =>
    ctx.platform.db
      .selectFrom("status_maintenances")
      .selectAll()
      .where(sql<boolean>`${methodId} = any(method_ids)`)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  const auditOf = (id: string) =>
    ctx.platform.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("target_type", "=", "status_maintenance")
      .where("target_id", "=", id)
      // Ids sort in creation order within a millisecond too (the test clock stands still).
      .orderBy("id")
      .execute();
  const check = (methodId: string) =>
    ctx.services.payments.methods.check({
      methodId,
      direction: "deposit",
      profile: { country: "US", verificationLevel: 0 },
      amount: 1_000n,
      currency: "USD",
    });

  it("the payment methods table has no maintenance columns of its own any more", async () => {
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'payment_methods'`.execute(
      ctx.platform.db,
    );
    const names = columns.rows.map((c) => c.column_name);
    expect(names).toContain("state");
    expect(names.filter((n) => n.startsWith("maintenance"))).toEqual([]);
  });

  it("the editor's window becomes a maintenance naming the method, moved in place, ended or canceled, each audited", async () => {
    const startsAt = at(HOUR);
    const endsAt = at(3 * HOUR);
    const set = await patch("card", { maintenance: { startsAt, endsAt } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ currentState: "active", maintenance: { startsAt, endsAt } });
    const [created, ...others] = await windowsOf("card");
    expect(others).toEqual([]);
    expect(created).toMatchObject({
      method_ids: ["card"],
      components: ["card_deposits", "withdrawals"],
      starts_at: new Date(startsAt),
      ends_at: new Date(endsAt),
      canceled_at: null,
      created_by: admin.userId,
    });
    expect(created?.title).toMatchObject({ en: expect.stringContaining("maintenance") });
    const id = created?.id ?? "";
    expect(await auditOf(id)).toEqual([{ action: "status.maintenance_scheduled", actor_id: admin.userId }]);

    // Moved: the same window, new times; sent again unchanged: nothing to record.
    const laterEnd = at(4 * HOUR);
    expect((await patch("card", { maintenance: { startsAt, endsAt: laterEnd } })).statusCode).toBe(200);
    expect((await patch("card", { maintenance: { startsAt, endsAt: laterEnd } })).statusCode).toBe(200);
    expect(await windowsOf("card")).toMatchObject([{ id, ends_at: new Date(laterEnd) }]);

    // Going on: the method is in maintenance; taken away, it ended now (it did happen) and works at once.
    ctx.clock.advance(2 * HOUR);
    await expect(check("card")).rejects.toMatchObject({
      code: "maintenance",
      extensions: { maintenanceId: id },
    });
    const cleared = await patch("card", { maintenance: null });
    expect(cleared.json()).toMatchObject({ currentState: "active", maintenance: null, currentWindow: null });
    await expect(check("card")).resolves.toMatchObject({ method: { id: "card" } });
    expect(await windowsOf("card")).toMatchObject([{ id, ends_at: ctx.clock.now(), canceled_at: null }]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      "status.maintenance_scheduled",
      "status.maintenance_changed",
      "status.maintenance_ended",
    ]);

    // One not started yet is canceled instead.
    await patch("card", { maintenance: { startsAt: at(HOUR), endsAt: at(2 * HOUR) } });
    await patch("card", { maintenance: null });
    const last = (await windowsOf("card")).at(-1);
    expect(last?.canceled_at).toEqual(ctx.clock.now());
    expect((await auditOf(last?.id ?? "")).map((a) => a.action)).toEqual([
      "status.maintenance_scheduled",
      "status.maintenance_canceled",
    ]);
  });

  it("refuses a window already over, and moves a window to the method's new components", async () => {
    const over = await patch("ewallet_paypal", {
      maintenance: { startsAt: at(-2 * HOUR), endsAt: at(-HOUR) },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe("maintenance_window_invalid");
    expect(await windowsOf("ewallet_paypal")).toEqual([]);

    await patch("ewallet_paypal", { maintenance: { startsAt: at(HOUR), endsAt: at(2 * HOUR) } });
    expect((await windowsOf("ewallet_paypal"))[0]?.components).toEqual(["ewallet_deposits", "withdrawals"]);
    const moved = await patch("ewallet_paypal", { direction: "deposit" });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await windowsOf("ewallet_paypal"))[0]?.components).toEqual(["ewallet_deposits"]);
    await patch("ewallet_paypal", { direction: "both", maintenance: null });
  });

  it("a window over a whole component shows on each of its methods, in the admin list and the policies", async () => {
    const window = await scheduleMaintenance(ctx, admin.auth, {
      components: ["bank_deposits"],
      startsAt: 0,
      endsAt: HOUR,
    });
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/payment-methods",
      headers: admin.auth,
    });
    const ach = (list.json().data as { id: string }[]).find((m) => m.id === "bank_us_ach");
    expect(ach).toMatchObject({
      currentState: "maintenance",
      maintenance: null,
      currentWindow: { startsAt: window.startsAt, endsAt: window.endsAt },
    });
    const policies = await ctx.app.inject({ method: "GET", url: "/api/v1/policies" });
    const inPolicies = (policies.json().methods as { id: string }[]).find((m) => m.id === "bank_us_ach");
    expect(inPolicies).toMatchObject({ state: "maintenance", maintenance: { endsAt: window.endsAt } });
    // The card is not a bank transfer: untouched.
    const cardRow = (list.json().data as { id: string }[]).find((m) => m.id === "card");
    expect(cardRow).toMatchObject({ currentState: "active", currentWindow: null });
  });
});
