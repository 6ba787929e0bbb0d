import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin } from "../../../test/accounts-helpers.js";
import {
  auditOf,
  buildSupervisor,
  customerTicket,
  ensureGroup,
  guestTicket,
  panelAction,
} from "../../../test/support-helpers-panel.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";

type Staff = Awaited<ReturnType<typeof buildStaff>>;

const CHECKS = ["date_of_birth", "recent_transaction_amount"];

describe(`panel actions on a customer under compliance review, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let officer: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaff(ctx, "agent");
    officer = await buildStaff(ctx, "compliance");
    await ensureGroup(ctx, "compliance");
  });
  afterAll(() => ctx.close());

  const escalate = (id: string, who: Staff) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/tickets/${id}/escalate`,
      headers: who.auth,
      payload: { reason: "Possible mule account" },
    });
  const frozenAt = async (userId: string) =>
    (
      await ctx.platform.db
        .selectFrom("users")
        .select("frozen_at")
        .where("id", "=", userId)
        .executeTakeFirstOrThrow()
    ).frozen_at;
  const setStatus = (id: string, status: "open" | "solved") =>
    ctx.platform.db.updateTable("support_tickets").set({ status }).where("id", "=", id).execute();

  it("refuses an agent every account action while compliance reviews the customer, ticket named or not", async () => {
    const gus = await buildCustomer(ctx, { USD: "10.00" });
    const ticket = await customerTicket(ctx, { userId: gus.userId, email: gus.email });
    expect((await panelAction(ctx, agent, gus.userId, "freeze", { reason: "Fraud report" })).statusCode).toBe(
      204,
    );
    expect((await escalate(ticket.id, agent)).statusCode).toBe(200);
    const before = (await auditOf(ctx, "user", gus.userId)).length;

    for (const [action, body] of [
      ["unfreeze", { reason: "Customer asked", checks: CHECKS }],
      ["unlock", { reason: "Customer asked", checks: CHECKS }],
      ["2fa-reset", { reason: "Customer asked", checks: CHECKS }],
      ["lock", { reason: "Customer asked" }],
      ["freeze", { reason: "Customer asked" }],
    ] as const) {
      const res = await panelAction(ctx, agent, gus.userId, action, body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(403);
      expect(res.json().code).toBe("forbidden");
    }
    // Nothing happened: still frozen, nothing audited.
    expect(await frozenAt(gus.userId)).not.toBeNull();
    expect(await auditOf(ctx, "user", gus.userId)).toHaveLength(before);

    // A supervisor or the officer may; once compliance solved the ticket, agents may again.
    const supervisor = await buildSupervisor(ctx);
    expect((await panelAction(ctx, supervisor, gus.userId, "lock", { reason: "Takeover" })).statusCode).toBe(
      204,
    );
    await setStatus(ticket.id, "solved");
    const unfreeze = await panelAction(ctx, agent, gus.userId, "unfreeze", {
      reason: "Cleared by compliance",
      checks: CHECKS,
    });
    expect(unfreeze.statusCode, unfreeze.body).toBe(204);
    expect(await frozenAt(gus.userId)).toBeNull();
  });

  it("refuses an agent a new verification link for a customer under review; nothing is sent", async () => {
    const email = `unconfirmed-${Date.now()}@example.test`;
    const lou = await registerAndLogin(ctx, email);
    const ticket = await customerTicket(ctx, { userId: lou.userId, email });
    expect((await escalate(ticket.id, officer)).statusCode).toBe(200);
    const mails = async () => {
      await ctx.platform.outbox.drain();
      const res = await ctx.app.inject({ method: "GET", url: `/api/v1/dev/messages?to=${email}` });
      return (res.json().data as unknown[]).length;
    };
    const before = await mails();
    const res = await panelAction(ctx, agent, lou.userId, "resend-verification", { reason: "Never got it" });
    expect(res.statusCode, res.body).toBe(403);
    expect(await mails()).toBe(before);
    const byOfficer = await panelAction(ctx, officer, lou.userId, "resend-verification", {
      reason: "Never got it",
    });
    expect(byOfficer.json()).toEqual({ sent: true });
  });

  it("counts a verified guest ticket from the customer's address that compliance has", async () => {
    const ivy = await buildCustomer(ctx);
    const guest = await guestTicket(ctx, { email: ivy.email.toUpperCase() });
    expect((await escalate(guest.id, officer)).statusCode).toBe(200);
    const res = await panelAction(ctx, agent, ivy.userId, "freeze", { reason: "Fraud report" });
    expect(res.statusCode).toBe(403);
    expect(await frozenAt(ivy.userId)).toBeNull();
    // Another customer is not held up by it.
    const jon = await buildCustomer(ctx);
    expect((await panelAction(ctx, agent, jon.userId, "freeze", { reason: "Fraud report" })).statusCode).toBe(
      204,
    );
  });

  it("lets compliance officers take the panel's actions and escalate", async () => {
    const kim = await buildCustomer(ctx);
    const ticket = await customerTicket(ctx, { userId: kim.userId, email: kim.email });
    const freeze = await panelAction(ctx, officer, kim.userId, "freeze", {
      reason: "Sanctions screening hit",
      ticketId: ticket.id,
    });
    expect(freeze.statusCode, freeze.body).toBe(204);
    expect((await escalate(ticket.id, officer)).json()).toMatchObject({ groupKey: "compliance" });
    const unfreeze = await panelAction(ctx, officer, kim.userId, "unfreeze", {
      reason: "False positive",
      checks: CHECKS,
      ticketId: ticket.id,
    });
    expect(unfreeze.statusCode, unfreeze.body).toBe(204);
    const actions = (await auditOf(ctx, "user", kim.userId))
      .filter((e) => e.actorId === officer.userId)
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.frozen", "account.unfrozen"]));
    // Customers never.
    const other = await buildCustomer(ctx);
    expect((await panelAction(ctx, other, kim.userId, "freeze", { reason: "Mischief" })).statusCode).toBe(
      403,
    );
    expect((await escalate(ticket.id, other)).statusCode).toBe(403);
  });
});
