import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD } from "../../test/accounts-helpers.js";
import { buildStatusAdmin, scheduleMaintenance, setComponentState } from "../../test/status-helpers.js";
import { buildStaffMember, type StaffMember, signIn } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../test/wallet-helpers.js";
import {
  buildWithdrawer,
  readWithdrawal,
  readyDestination,
  review,
  runPayouts,
  walletOf,
  withdraw,
} from "../../test/withdrawal-helpers.js";
import { OUTAGE_HOLD_MS } from "../payments/withdrawals/payouts.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The gate beyond money coming in: customers' sign-in (staff always get in), new live chats,
 * and payouts of withdrawals requested before a window, which are held and go out after it.
 */
describe(`the status gate on sign-in, live chat and payouts, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: StaffMember;

  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStatusAdmin(ctx);
  });
  afterAll(() => ctx.close());

  it("under login maintenance a customer with the right password is refused (not counted as a failure); staff get in; sessions go on", async () => {
    const carl = await buildCustomer(ctx, {}, "Carl Wu", { country: "US" });
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["login"],
      startsAt: 0,
      endsAt: HOUR,
    });

    // More refusals than the lock allows failures: none of them counts.
    const { lockoutThreshold } = ctx.platform.config.security;
    for (let i = 0; i <= lockoutThreshold; i++) {
      const refused = await signIn(ctx, carl.email);
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({
        code: "maintenance",
        component: "login",
        endsAt: window.endsAt,
      });
      expect(refused.json().token).toBeUndefined();
    }
    const locks = await ctx.platform.db
      .selectFrom("login_locks")
      .select("failed_count")
      .where("key", "=", `user:${carl.userId}`)
      .executeTakeFirst();
    expect(locks?.failed_count ?? 0).toBe(0);
    const failures = await ctx.platform.db
      .selectFrom("security_events")
      .select("type")
      .where("user_id", "=", carl.userId)
      .where("type", "in", ["login_failed", "account_locked"])
      .execute();
    expect(failures).toEqual([]);

    // A wrong password answers as it always did: nothing about the maintenance.
    const wrong = await signIn(ctx, carl.email, { password: `${STRONG_PASSWORD}-not` });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe("invalid_credentials");

    // Already signed in: the session goes on.
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: carl.auth })).statusCode).toBe(
      200,
    );
    // Staff sign in to put things right.
    const agent = await buildStaffMember(ctx, "agent");
    expect(agent.auth.authorization).toMatch(/^Bearer /);

    ctx.clock.advance(HOUR);
    const after = await signIn(ctx, carl.email);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().token).toEqual(expect.any(String));
  });

  it("a customer's sign-in in major outage is refused with provider_unavailable, after the password", async () => {
    const dana = await buildCustomer(ctx, {}, "Dana Li", { country: "US" });
    await setComponentState(ctx, admin, "login", "major_outage");
    const refused = await signIn(ctx, dana.email);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "provider_unavailable",
      component: "login",
      incidentId: null,
    });
    const wrong = await signIn(ctx, dana.email, { password: `${STRONG_PASSWORD}-not` });
    expect(wrong.json().code).toBe("invalid_credentials");
    await setComponentState(ctx, admin, "login", "operational");
    expect((await signIn(ctx, dana.email)).statusCode).toBe(200);
  });

  it("no new live chat starts under live chat maintenance, and nothing is opened; afterwards it starts", async () => {
    const erin = await buildCustomer(ctx, {}, "Erin Fox", { country: "US" });
    const start = (headers: Record<string, string>, payload: Record<string, unknown>, address: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/chat/sessions",
        headers,
        payload,
        remoteAddress: address,
      });
    const chats = async () =>
      (
        await ctx.platform.db
          .selectFrom("support_tickets")
          .select("id")
          .where("channel", "=", "chat")
          .execute()
      ).length;
    const availability = async () =>
      (await ctx.app.inject({ method: "GET", url: "/api/v1/chat/availability" })).json().unavailable;
    expect(await availability()).toBeNull();
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["live_chat"],
      startsAt: 0,
      endsAt: HOUR,
    });
    // The widget knows before anyone types: closed for maintenance, until when, and where to read more.
    expect(await availability()).toEqual({
      reason: "maintenance",
      until: window.endsAt,
      statusUrl: "http://127.0.0.1:8080/status",
    });
    const before = await chats();

    const signedIn = await start(erin.auth, { message: "Where is my deposit?" }, "10.9.0.1");
    expect(signedIn.statusCode).toBe(503);
    expect(signedIn.json()).toMatchObject({
      code: "maintenance",
      component: "live_chat",
      endsAt: window.endsAt,
    });
    const guest = await start(
      {},
      { name: "Gus Guest", email: "gus@example.test", message: "Hello" },
      "10.9.0.2",
    );
    expect(guest.json().code).toBe("maintenance");
    expect(await chats()).toBe(before);

    ctx.clock.advance(HOUR);
    expect(await availability()).toBeNull();
    const later = await start(erin.auth, { message: "Where is my deposit?" }, "10.9.0.1");
    expect(later.statusCode, later.body).toBe(201);

    // A major outage closes it too, with no known end.
    await setComponentState(ctx, admin, "live_chat", "major_outage");
    expect(await availability()).toEqual({
      reason: "major_outage",
      until: null,
      statusUrl: "http://127.0.0.1:8080/status",
    });
    await setComponentState(ctx, admin, "live_chat", "operational");
    expect(await availability()).toBeNull();
  });

  it("a payout of a withdrawal approved before a withdrawals window is held, money still held, and goes out after it; new requests are refused", async () => {
    const compliance = await buildStaff(ctx, "compliance");
    const wendy = await buildWithdrawer(ctx, { USD: "300.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const requested = await withdraw(ctx, wendy, { destinationId, amount: "50.00" });
    expect(requested.statusCode, requested.body).toBe(201);
    const id = requested.json().id as string;
    expect((await review(ctx, compliance, id, "approve")).statusCode).toBe(200);
    const held = await walletOf(ctx, wendy);

    // The window starts before the worker gets to the payout.
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["withdrawals"],
      startsAt: 0,
      endsAt: 2 * HOUR,
    });
    await runPayouts(ctx);
    const waiting = await readWithdrawal(ctx, wendy, id);
    expect(waiting.status).not.toBe("paid");
    expect(await walletOf(ctx, wendy)).toEqual(held);
    const row = await ctx.platform.db
      .selectFrom("withdrawals")
      .select(["next_check_at", "provider_reference"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ next_check_at: new Date(window.endsAt), provider_reference: null });

    const refused = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "maintenance",
      component: "withdrawals",
      endsAt: window.endsAt,
    });
    expect(await walletOf(ctx, wendy)).toEqual(held);
    // Refused before the second factor is looked at: a refusal never uses up a code.
    const unchecked = await withdraw(ctx, wendy, { destinationId, amount: "20.00", code: "000000" });
    expect(unchecked.json()).toMatchObject({ code: "maintenance" });

    // After the window the reconciler sends it, and the provider pays.
    ctx.clock.advance(2 * HOUR + MINUTE);
    const [, reconcile] = ctx.services.payments.withdrawals.chores[0] ?? [];
    await reconcile?.();
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, id)).status).toBe("paid");
  });

  it("in a withdrawals major outage a requested payout waits and is asked about again later, then paid", async () => {
    const compliance = await buildStaff(ctx, "compliance");
    const wendy = await buildWithdrawer(ctx, { USD: "300.00" });
    const destinationId = await readyDestination(ctx, wendy);
    const first = await withdraw(ctx, wendy, { destinationId, amount: "20.00" });
    await review(ctx, compliance, first.json().id, "approve");
    await runPayouts(ctx);
    // Paid to before: the next one goes to the worker at once.
    const second = await withdraw(ctx, wendy, { destinationId, amount: "30.00" });
    expect(second.json().status).toBe("requested");
    const id = second.json().id as string;

    await setComponentState(ctx, admin, "withdrawals", "major_outage");
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, id)).status).toBe("requested");
    const row = await ctx.platform.db
      .selectFrom("withdrawals")
      .select("next_check_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.next_check_at?.getTime()).toBe(ctx.clock.now().getTime() + OUTAGE_HOLD_MS);

    await setComponentState(ctx, admin, "withdrawals", "operational");
    ctx.clock.advance(OUTAGE_HOLD_MS);
    const [, reconcile] = ctx.services.payments.withdrawals.chores[0] ?? [];
    await reconcile?.();
    await runPayouts(ctx);
    expect((await readWithdrawal(ctx, wendy, id)).status).toBe("paid");
  });
});
