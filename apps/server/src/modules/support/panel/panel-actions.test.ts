import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, registerAndLogin, tokenFrom } from "../../../test/accounts-helpers.js";
import {
  auditOf,
  buildSupervisor,
  customerTicket,
  ensureGroup,
  eventsOf,
  guestTicket,
  panelAction,
  threadOf,
} from "../../../test/support-helpers-panel.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";
import type { SupportEvent } from "../live/index.js";

type Staff = Awaited<ReturnType<typeof buildStaff>>;

const CHECKS = ["date_of_birth", "recent_transaction_amount"];

describe(`customer panel actions on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  const live: SupportEvent[] = [];
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaff(ctx, "agent");
    await ensureGroup(ctx, "compliance");
    ctx.services.support.deps.live.listen((event) => live.push(event));
  });
  afterAll(() => ctx.close());

  it("refuses agents the compliance and admin actions: KYC review, ledger adjustments, staff admin", async () => {
    const ann = await buildCustomer(ctx, { USD: "10.00" });
    const wallet = await ctx.services.ledger.customerWallet(ctx.platform.db, ann.userId, "USD");
    const calls = [
      { method: "GET", url: "/api/v1/admin/kyc?status=pending" },
      { method: "POST", url: `/api/v1/admin/kyc/${ann.userId}/approve` },
      {
        method: "POST",
        url: `/api/v1/admin/kyc/${ann.userId}/reject`,
        payload: { reason: "no", documents: [] },
      },
      {
        method: "POST",
        url: `/api/v1/admin/wallets/${wallet.id}/adjustments`,
        payload: { amount: "100.00", currency: "USD", reason: "goodwill" },
      },
      { method: "GET", url: "/api/v1/admin/ledger/trial-balance" },
      { method: "POST", url: "/api/v1/admin/withdrawals/wdr_whatever/approve" },
      { method: "GET", url: "/api/v1/admin/staff" },
      {
        method: "POST",
        url: "/api/v1/admin/staff",
        payload: { email: "mole@example.test", name: "Mole", role: "admin", groups: [] },
      },
      {
        method: "POST",
        url: "/api/v1/admin/official-channels",
        payload: { kind: "domain", value: "x.test" },
      },
    ] as const;
    for (const call of calls) {
      const res = await ctx.app.inject({ ...call, headers: agent.auth });
      expect(res.statusCode, `${call.method} ${call.url}: ${res.body}`).toBe(403);
    }
    expect((await ctx.services.ledger.customerWallet(ctx.platform.db, ann.userId, "USD")).posted).toBe(1000n);
  });

  it("leaves an audit entry, a team note, a message to the customer and an event for every action", async () => {
    const bo = await buildCustomer(ctx, { USD: "50.00" });
    const ticket = await customerTicket(ctx, { userId: bo.userId, email: bo.email });
    const steps = [
      { action: "freeze", body: { reason: "Stolen phone reported" }, audit: "account.frozen" },
      { action: "unfreeze", body: { reason: "Phone found", checks: CHECKS }, audit: "account.unfrozen" },
      { action: "lock", body: { reason: "Takeover suspected" }, audit: "account.hard_locked" },
      { action: "unlock", body: { reason: "Verified by phone", checks: CHECKS }, audit: "account.unlocked" },
      {
        action: "2fa-reset",
        body: { reason: "Lost phone", checks: CHECKS },
        audit: "account.two_factor_reset",
      },
    ];
    for (const [i, step] of steps.entries()) {
      live.length = 0;
      const res = await panelAction(ctx, agent, bo.userId, step.action, {
        ...step.body,
        ticketId: ticket.id,
      });
      expect(res.statusCode, `${step.action}: ${res.body}`).toBe(204);
      const audit = (await auditOf(ctx, "user", bo.userId)).find((e) => e.action === step.audit);
      expect(audit?.detail, step.action).toMatchObject({ ...step.body, ticketId: ticket.id });
      expect(audit?.actorId).toBe(agent.userId);
      const thread = await threadOf(ctx, ticket.id);
      // The customer's first message, then a note and a message per action.
      expect(thread).toHaveLength(1 + 2 * (i + 1));
      const [note, told] = thread.slice(-2);
      expect(note).toMatchObject({ internal: true, author_type: "system", author_id: agent.userId });
      expect(note?.body).toContain(step.body.reason);
      expect(told).toMatchObject({ internal: false, author_type: "system" });
      expect(told?.body).not.toContain(step.body.reason);
      const events = await eventsOf(ctx, ticket.id);
      expect(events.at(-1)).toMatchObject({ kind: `account.${step.action}`, actor_id: agent.userId });
      expect(live).toContainEqual({ type: "ticket.updated", ticketId: ticket.id });
    }
    const notes = (await threadOf(ctx, ticket.id)).filter((m) => m.internal).map((m) => m.body);
    expect(notes[3]).toMatch(
      /^Account unlocked by .+\. Identity checks: date of birth, a recent transaction's amount\. Reason: Verified by phone$/,
    );
    // The existing emails still go out (the last one: two-factor authentication turned off).
    expect((await lastMessage(ctx, bo.email)).subject).toContain("two-factor");
  });

  it("resends the email verification link to an unconfirmed address, and only then", async () => {
    const email = `unconfirmed-${Date.now()}@example.test`;
    const fresh = await registerAndLogin(ctx, email);
    const ticket = await customerTicket(ctx, { userId: fresh.userId, email, language: "zh-CN" });
    const res = await panelAction(ctx, agent, fresh.userId, "resend-verification", {
      reason: "Never got the email",
      ticketId: ticket.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sent: true });
    const verify = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/auth/verify-email",
      payload: { token: tokenFrom((await lastMessage(ctx, email)).text) },
    });
    expect(verify.statusCode, verify.body).toBe(200);
    const thread = await threadOf(ctx, ticket.id);
    expect(thread.at(-1)?.body).toContain("邮箱验证链接");
    expect(thread.at(-2)?.body).toContain("New email verification link sent by");
    expect((await auditOf(ctx, "user", fresh.userId)).map((e) => e.action)).toContain(
      "account.verification_email_resent",
    );

    const again = await panelAction(ctx, agent, fresh.userId, "resend-verification", { reason: "Once more" });
    expect(again.json()).toEqual({ sent: false });
    expect(
      (await auditOf(ctx, "user", fresh.userId)).filter((e) => e.action.includes("resent")),
    ).toHaveLength(1);
  });

  it("does nothing when the ticket is not the customer's, is closed, or is an unverified guest's", async () => {
    const dee = await buildCustomer(ctx);
    const other = await buildCustomer(ctx);
    const theirs = await customerTicket(ctx, { userId: other.userId, email: other.email });
    const closed = await customerTicket(ctx, { userId: dee.userId, email: dee.email });
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "closed" })
      .where("id", "=", closed.id)
      .execute();
    const unverified = await guestTicket(ctx, { email: dee.email, verify: false });

    const freeze = (ticketId: string) =>
      panelAction(ctx, agent, dee.userId, "freeze", { reason: "Fraud", ticketId });
    expect((await freeze(theirs.id)).json().code).toBe("ticket_not_found");
    expect((await freeze("tkt_nothing")).json().code).toBe("ticket_not_found");
    expect((await freeze(unverified.id)).json().code).toBe("ticket_not_found");
    const refused = await freeze(closed.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("ticket_closed");
    // The action and its notes commit together or not at all.
    const row = await ctx.platform.db
      .selectFrom("users")
      .select("frozen_at")
      .where("id", "=", dee.userId)
      .executeTakeFirstOrThrow();
    expect(row.frozen_at).toBeNull();
    expect((await auditOf(ctx, "user", dee.userId)).map((e) => e.action)).not.toContain("account.frozen");
    expect(await threadOf(ctx, theirs.id)).toHaveLength(1);
  });

  it("requires a reason of 3 to 500 characters and two different identity checks", async () => {
    const eve = await buildCustomer(ctx);
    const tries = [
      { action: "freeze", body: {} },
      { action: "freeze", body: { reason: "no" } },
      { action: "lock", body: { reason: "x".repeat(501) } },
      { action: "unlock", body: { reason: "Called in" } },
    ];
    for (const t of tries) {
      const res = await panelAction(ctx, agent, eve.userId, t.action, t.body);
      expect(res.statusCode, `${t.action} ${res.body}`).toBe(400);
    }
    const once = await panelAction(ctx, agent, eve.userId, "unlock", {
      reason: "Called in",
      checks: ["date_of_birth", "date_of_birth"],
    });
    expect(once.json().code).toBe("identity_checks_insufficient");
  });

  it("escalates a ticket to compliance: priority at least high, a team note, audited, told live", async () => {
    const fay = await buildCustomer(ctx);
    const normal = await customerTicket(ctx, { userId: fay.userId, email: fay.email, priority: "normal" });
    const urgent = await customerTicket(ctx, { userId: fay.userId, email: fay.email, priority: "urgent" });
    const escalate = (
      id: string,
      who: { auth: Record<string, string> } = agent,
      reason = "Possible mule account",
    ) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/agent/tickets/${id}/escalate`,
        headers: who.auth,
        payload: { reason },
      });
    live.length = 0;
    const res = await escalate(normal.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: normal.id, groupKey: "compliance", priority: "high" });
    expect((await escalate(urgent.id)).json().priority).toBe("urgent");

    const thread = await threadOf(ctx, normal.id);
    expect(thread.at(-1)).toMatchObject({
      internal: true,
      body: expect.stringContaining("Possible mule account"),
    });
    expect(thread.filter((m) => !m.internal)).toHaveLength(1);
    expect((await eventsOf(ctx, normal.id)).at(-1)).toMatchObject({ kind: "escalated" });
    const audit = await auditOf(ctx, "ticket", normal.id);
    expect(audit[0]).toMatchObject({ action: "ticket.escalated", actorId: agent.userId });
    expect(audit[0]?.detail).toMatchObject({
      fromGroup: "general",
      toGroup: "compliance",
      toPriority: "high",
    });
    expect(live).toContainEqual({ type: "ticket.updated", ticketId: normal.id });

    // Escalated: front-line agents leave it to compliance (the console's rule); a supervisor may act from it.
    const hold = { reason: "Hold while compliance looks", ticketId: normal.id };
    const blocked = await panelAction(ctx, agent, fay.userId, "freeze", hold);
    expect(blocked.statusCode, blocked.body).toBe(403);
    expect((await escalate(normal.id)).statusCode).toBe(403);
    const supervisor = await buildSupervisor(ctx);
    expect((await panelAction(ctx, supervisor, fay.userId, "freeze", hold)).statusCode).toBe(204);
    expect((await threadOf(ctx, normal.id)).at(-2)?.body).toContain("Hold while compliance looks");

    expect((await escalate(normal.id, fay)).statusCode).toBe(403);
    expect((await escalate(normal.id, agent, "no")).statusCode).toBe(400);
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "closed" })
      .where("id", "=", urgent.id)
      .execute();
    expect((await escalate(urgent.id)).json().code).toBe("ticket_closed");
  });
});
