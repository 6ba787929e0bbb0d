import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  customerTicket,
  guestTicket,
  newestTransactionId,
  openTicket,
  replyOn,
  ticketDetail,
  verifiedGuestTicket,
} from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";
import { updateTicket } from "./repository.js";

describe(`customers' own tickets, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let alice: Customer;
  let bob: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    alice = await buildCustomer(ctx, { USD: "50.00" }, "Alice Able");
    bob = await buildCustomer(ctx, { USD: "20.00" }, "Bob Baker");
  });
  afterAll(() => ctx.close());

  it("opens a ticket with the account's context and the customer's own transactions, and emails the number", async () => {
    const txn = await newestTransactionId(ctx, alice);
    const created = await customerTicket(ctx, alice, { category: "transaction", transactionIds: [txn] });
    expect(created).toMatchObject({ number: expect.stringMatching(/^\d{6,}$/), status: "new" });

    const res = await ticketDetail(ctx, created.id, alice.auth);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      id: created.id,
      category: "transaction",
      priority: "normal",
      status: "new",
      awaiting: "agent",
      description: "I sent money yesterday and my friend has not received it yet.",
      context: { walletNumber: alice.walletNumber, locked: false, frozen: false, emailVerified: true },
      satisfaction: null,
      canRate: false,
      // Thursday 18:00 in Shanghai, after hours: one working day is Friday 09:00 to 18:00.
      expectedResponseBy: "2026-11-27T10:00:00.000Z",
      sla: { expectedResponseBy: "2026-11-27T10:00:00.000Z" },
    });
    expect(detail.transactions).toEqual([
      expect.objectContaining({
        id: txn,
        type: "deposit",
        amount: "50.00",
        currency: "USD",
        direction: "in",
      }),
    ]);
    expect(detail.messages).toHaveLength(1);
    expect(detail.messages[0]).not.toHaveProperty("internal");

    const mail = await lastMessage(ctx, alice.email);
    expect(mail.subject).toBe(`We received your request #${created.number}`);
    // What the customer typed is never in the email.
    expect(mail.text).not.toContain("my friend");
    expect(mail.text).toContain(`/support/tickets/${created.id}`);
    expect(mail.text).toContain("we aim to answer within 1 working day");
  });

  it("sets the priority from the category", async () => {
    const security = await customerTicket(ctx, bob, { category: "security" });
    const login = await customerTicket(ctx, bob, { category: "login_access" });
    expect((await ticketDetail(ctx, security.id, bob.auth)).json().priority).toBe("urgent");
    expect((await ticketDetail(ctx, login.id, bob.auth)).json().priority).toBe("high");
  });

  it("refuses transactions that are not the customer's own (422), and creates nothing", async () => {
    const bobs = await newestTransactionId(ctx, bob);
    const before = await ctx.platform.db.selectFrom("support_tickets").select("id").execute();
    const res = await openTicket(ctx, alice, { transactionIds: [bobs] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("ticket_transaction_not_found");
    const unknown = await openTicket(ctx, alice, { transactionIds: ["txn_01JZZZZZZZZZZZZZZZZZZZZZZZ"] });
    expect(unknown.json().code).toBe("ticket_transaction_not_found");
    const after = await ctx.platform.db.selectFrom("support_tickets").select("id").execute();
    expect(after).toHaveLength(before.length);
  });

  it("shows a ticket only to its owner: another customer, a guest's token and nobody get nothing", async () => {
    const mine = await customerTicket(ctx, alice);
    const other = await ticketDetail(ctx, mine.id, bob.auth);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe("ticket_not_found");
    const guest = await verifiedGuestTicket(ctx);
    const byGuest = await ticketDetail(ctx, mine.id, guest.access);
    expect(byGuest.statusCode).toBe(404);
    expect(byGuest.json().code).toBe("ticket_not_found");
    expect((await ticketDetail(ctx, mine.id, {})).statusCode).toBe(401);
    // Writing on it is refused the same way.
    expect((await replyOn(ctx, mine.id, bob.auth, { body: "Let me in" })).statusCode).toBe(404);
    const close = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/tickets/${mine.id}/close`,
      headers: bob.auth,
    });
    expect(close.statusCode).toBe(404);
    // A guest ticket is not the signed-in customer's either.
    expect((await ticketDetail(ctx, guest.ticket.id, alice.auth)).statusCode).toBe(404);
    // The list holds only the caller's own.
    const list = await ctx.app.inject({ method: "GET", url: "/api/v1/tickets?limit=100", headers: bob.auth });
    expect(list.json().data.map((t: { id: string }) => t.id)).not.toContain(mine.id);
  });

  it("lists open and closed tickets page by page", async () => {
    const carol = await buildCustomer(ctx, {}, "Carol Cole");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await customerTicket(ctx, carol)).id);
    await updateTicket(ctx.platform.db, ids[0] as string, { status: "closed", closed_at: ctx.clock.now() });
    const first = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/tickets?limit=1&status=open",
      headers: carol.auth,
    });
    expect(first.json().data.map((t: { id: string }) => t.id)).toEqual([ids[2]]);
    const next = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/tickets?limit=5&status=open&cursor=${first.json().nextCursor}`,
      headers: carol.auth,
    });
    expect(next.json()).toEqual({ data: [expect.objectContaining({ id: ids[1] })], nextCursor: null });
    const closed = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/tickets?status=closed",
      headers: carol.auth,
    });
    expect(closed.json().data.map((t: { id: string }) => t.id)).toEqual([ids[0]]);
  });

  it("reopens a ticket waiting on the customer, or solved, when they reply; a closed one takes nothing", async () => {
    const t = await customerTicket(ctx, alice);
    await updateTicket(ctx.platform.db, t.id, { status: "pending", sla_paused_since: ctx.clock.now() });
    const reply = await replyOn(ctx, t.id, alice.auth, { body: "Here is the screenshot you asked for." });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ authorType: "customer", authorName: "Alice Able", attachments: [] });
    expect((await ticketDetail(ctx, t.id, alice.auth)).json()).toMatchObject({
      status: "open",
      awaiting: "agent",
    });

    const close = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/tickets/${t.id}/close`,
      headers: alice.auth,
    });
    expect(close.statusCode).toBe(200);
    expect(close.json()).toMatchObject({ status: "solved", canRate: true, awaiting: null });
    await replyOn(ctx, t.id, alice.auth, { body: "Actually it happened again." });
    expect((await ticketDetail(ctx, t.id, alice.auth)).json().status).toBe("open");
    const trail = await ctx.platform.db
      .selectFrom("support_ticket_events")
      .select("kind")
      .where("ticket_id", "=", t.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    expect(trail.map((e) => e.kind)).toEqual([
      "created",
      "status_changed",
      "status_changed",
      "status_changed",
    ]);

    await updateTicket(ctx.platform.db, t.id, { status: "closed", closed_at: ctx.clock.now() });
    const refused = await replyOn(ctx, t.id, alice.auth, { body: "Hello?" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("ticket_closed");
  });

  it("takes a rating only once solved, changeable until closed", async () => {
    const t = await customerTicket(ctx, bob);
    const rate = (score: number, comment?: string) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/tickets/${t.id}/rating`,
        headers: bob.auth,
        payload: { score, ...(comment ? { comment } : {}) },
      });
    const early = await rate(5);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("ticket_not_solved");
    await ctx.app.inject({ method: "POST", url: `/api/v1/tickets/${t.id}/close`, headers: bob.auth });
    expect((await rate(3, "Slow but fine")).json()).toEqual({ score: 3, comment: "Slow but fine" });
    expect((await rate(4)).json()).toEqual({ score: 4, comment: null });
    expect((await rate(0)).statusCode).toBe(400);
    expect((await ticketDetail(ctx, t.id, bob.auth)).json().satisfaction).toEqual({
      score: 4,
      comment: null,
    });
    await updateTicket(ctx.platform.db, t.id, { status: "closed", closed_at: ctx.clock.now() });
    const late = await rate(1);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("ticket_closed");
  });

  it("tells guests how to reach support and when", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/v1/support/contact-options" });
    expect(res.statusCode).toBe(200);
    const { channels } = res.json();
    expect(channels.map((c: { key: string }) => c.key)).toEqual(["web_form", "email", "security"]);
    expect(channels[1].address).toBe("support@satchel.test");
    expect(channels[2].hours).toBeNull();
    expect(channels[0].hours.days.length).toBeGreaterThan(0);
    expect(channels[0].hours).toEqual({
      timeZone: "Asia/Shanghai",
      days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: "09:00", close: "18:00" })),
    });
    expect(channels[0].firstResponse).toEqual({ minutes: 540, businessHours: true });
    expect(channels[2].firstResponse).toEqual({ minutes: 60, businessHours: false });
    const zh = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/support/contact-options",
      headers: { "accept-language": "zh-CN" },
    });
    expect(zh.json().holidaysAhead[0]).toMatchObject({ day: "2027-01-01", name: "元旦" });
  });

  it("keeps a guest's ticket to the guest: unverified it opens for nobody", async () => {
    const guest = await guestTicket(ctx);
    expect((await ticketDetail(ctx, guest.ticket.id, alice.auth)).statusCode).toBe(404);
  });

  it("documents every customer route in the OpenAPI document", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const { paths } = res.json();
    const routes: [string, string][] = [
      ["/api/v1/support/contact-options", "get"],
      ["/api/v1/tickets", "post"],
      ["/api/v1/tickets", "get"],
      ["/api/v1/tickets/{id}", "get"],
      ["/api/v1/tickets/{id}/messages", "post"],
      ["/api/v1/tickets/{id}/close", "post"],
      ["/api/v1/tickets/{id}/rating", "post"],
      ["/api/v1/tickets/attachments", "post"],
      ["/api/v1/tickets/attachments/{id}", "get"],
      ["/api/v1/tickets/guest/verify", "post"],
      ["/api/v1/security/unrecognized-transaction", "post"],
    ];
    for (const [path, method] of routes) {
      const operation = paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation.tags).toEqual(["Support"]);
      expect(operation.summary.length).toBeGreaterThan(10);
    }
    const headers = paths["/api/v1/tickets/{id}"].get.parameters.map((p: { name: string }) => p.name);
    expect(headers).toContain("x-ticket-access");
  });
});
