import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeskStaff, type DeskStaff, onDuty } from "../../../test/support-helpers-sla.js";
import { customerTicket, guestTicket, openLink, replyOn } from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import type { SupportEvent } from "../live/index.js";
import { findTicket } from "./repository.js";

describe(`where new tickets go, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let kim: Customer;
  let payments: DeskStaff;
  let security: DeskStaff;
  const heard: SupportEvent[] = [];
  beforeAll(async () => {
    ctx = await buildTestApp();
    kim = await buildCustomer(ctx, { USD: "15.00" }, "Kim Kong");
    const supervisor = await buildDeskStaff(ctx, "supervisor");
    payments = await buildDeskStaff(ctx, "agent", "Pat Payments");
    security = await buildDeskStaff(ctx, "agent", "Sid Security");
    await onDuty(ctx, supervisor, payments, ["payments"]);
    await onDuty(ctx, supervisor, security, ["security"]);
    ctx.services.support.deps.live.listen((event) => heard.push(event));
  });
  afterAll(() => ctx.close());

  const trail = (ticketId: string) =>
    ctx.platform.db
      .selectFrom("support_ticket_events")
      .select(["kind", "detail"])
      .where("ticket_id", "=", ticketId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();

  it("gives a signed-in customer's ticket to its group's online agent and tells the console", async () => {
    heard.length = 0;
    const t = await customerTicket(ctx, kim, { category: "deposit" });
    const stored = await findTicket(ctx.platform.db, t.id);
    expect(stored).toMatchObject({ group_key: "payments", assignee_id: payments.userId, priority: "normal" });
    expect((await trail(t.id)).map((e) => e.kind)).toEqual(["created", "assigned"]);
    expect(heard).toEqual([
      { type: "ticket.created", ticketId: t.id, number: t.number, groupKey: "payments" },
    ]);

    heard.length = 0;
    const reply = await replyOn(ctx, t.id, kim.auth, { body: "Any news?" });
    expect(heard).toEqual([
      {
        type: "message.created",
        ticketId: t.id,
        messageId: reply.json().id,
        internal: false,
        authorType: "customer",
      },
    ]);
  });

  it("keeps a guest's ticket unassigned and unannounced until verified", async () => {
    heard.length = 0;
    const guest = await guestTicket(ctx, { category: "security" });
    expect(await findTicket(ctx.platform.db, guest.ticket.id)).toMatchObject({
      group_key: "security",
      priority: "urgent",
      assignee_id: null,
      first_response_due_at: null,
    });
    expect(heard).toEqual([]);

    // Within the agent's presence window (heartbeats every minute).
    ctx.clock.advance(60_000);
    await openLink(ctx, guest.email);
    const verified = await findTicket(ctx.platform.db, guest.ticket.id);
    expect(verified?.assignee_id).toBe(security.userId);
    // Urgent: one hour around the clock, from the moment the ticket reached the desk.
    expect(verified?.first_response_due_at).toEqual(new Date(ctx.clock.now().getTime() + 60 * 60_000));
    expect(heard).toEqual([
      {
        type: "ticket.created",
        ticketId: guest.ticket.id,
        number: guest.ticket.number,
        groupKey: "security",
      },
    ]);
    expect((await trail(guest.ticket.id)).map((e) => e.kind)).toEqual([
      "created",
      "guest_verified",
      "assigned",
    ]);
  });

  it("marks the contact page's attempt as contacted", async () => {
    const deflection = await ctx.services.help.insights.deflections.start({
      query: "money not arrived",
      locale: "en",
      userId: kim.userId,
    });
    const t = await customerTicket(ctx, kim, { deflectionId: deflection.id });
    const row = await ctx.platform.db
      .selectFrom("help_deflections")
      .select("outcome")
      .where("id", "=", deflection.id)
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe("contacted");
    expect((await findTicket(ctx.platform.db, t.id))?.deflection_id).toBe(deflection.id);
    // Someone else's deflection id is ignored, the ticket still goes through.
    const lee = await buildCustomer(ctx, {}, "Lee Lu");
    const other = await customerTicket(ctx, lee, { deflectionId: deflection.id });
    expect((await findTicket(ctx.platform.db, other.id))?.deflection_id).toBeNull();
  });
});
