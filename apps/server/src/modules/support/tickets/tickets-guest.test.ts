import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, tokenFrom } from "../../../test/accounts-helpers.js";
import {
  ACCESS_HEADER,
  guestTicket,
  newGuest,
  openLink,
  replyOn,
  ticketBody,
  ticketDetail,
  verifiedGuestTicket,
} from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";
import { dropUnverifiedGuestTickets } from "./chores.js";
import { findTicket } from "./repository.js";

const HOUR = 3_600_000;

describe(`guest tickets, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const verify = (token: string) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/tickets/guest/verify", payload: { token } });

  it("keeps a guest's ticket from everyone until the emailed link is opened, once", async () => {
    const guest = await guestTicket(ctx);
    const stored = await findTicket(ctx.platform.db, guest.ticket.id);
    expect(stored).toMatchObject({ user_id: null, guest_verified_at: null, requester_name: "Gwen Guest" });
    // Invisible: no due dates running, nobody assigned, no account data.
    expect(stored?.first_response_due_at).toBeNull();
    expect((await ticketDetail(ctx, guest.ticket.id, {})).statusCode).toBe(401);
    expect((await ticketDetail(ctx, guest.ticket.id, { [ACCESS_HEADER]: "made-up" })).statusCode).toBe(404);

    const mail = await lastMessage(ctx, guest.email);
    expect(mail.subject).toBe(`Confirm your email to send request #${guest.ticket.number}`);
    expect(mail.text).not.toContain("my friend");
    const token = tokenFrom(mail.text);
    // Stored hashed: the token itself is nowhere in the database.
    const rows = await ctx.platform.db.selectFrom("support_guest_tokens").selectAll().execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);

    const opened = await verify(token);
    expect(opened.statusCode).toBe(200);
    const { ticket, accessToken } = opened.json();
    expect(ticket).toMatchObject({ id: guest.ticket.id, status: "new", context: null, awaiting: "agent" });
    expect(ticket.expectedResponseBy === null || typeof ticket.expectedResponseBy === "string").toBe(true);
    expect(accessToken).toEqual(expect.any(String));
    expect((await findTicket(ctx.platform.db, guest.ticket.id))?.guest_verified_at).toEqual(ctx.clock.now());

    const again = await verify(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe("guest_link_invalid");

    // The receipt follows, with a link that opens the ticket again (an access link, reusable).
    const receipt = await lastMessage(ctx, guest.email);
    expect(receipt.subject).toBe(`We received your request #${guest.ticket.number}`);
    const link = tokenFrom(receipt.text);
    for (let i = 0; i < 2; i++) {
      const back = await verify(link);
      expect(back.statusCode).toBe(200);
      expect(back.json()).toMatchObject({ ticket: { id: guest.ticket.id }, accessToken: link });
    }
  });

  it("lets the verification link expire after 24 hours", async () => {
    const guest = await guestTicket(ctx);
    const token = tokenFrom((await lastMessage(ctx, guest.email)).text);
    ctx.clock.advance(24 * HOUR + 60_000);
    const late = await verify(token);
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe("guest_link_invalid");
    expect((await findTicket(ctx.platform.db, guest.ticket.id))?.guest_verified_at).toBeNull();
    expect((await verify("x".repeat(500))).statusCode).toBe(400);
  });

  it("opens the ticket to its access token for reading, replying and rating, for 30 days", async () => {
    const guest = await verifiedGuestTicket(ctx);
    const detail = await ticketDetail(ctx, guest.ticket.id, guest.access);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id: guest.ticket.id, context: null, transactions: [] });

    const reply = await replyOn(ctx, guest.ticket.id, guest.access, {
      body: "One more detail: it was Tuesday.",
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ authorType: "customer", authorName: "Gwen Guest" });

    const close = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/tickets/${guest.ticket.id}/close`,
      headers: guest.access,
    });
    expect(close.json().status).toBe("solved");
    const rating = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/tickets/${guest.ticket.id}/rating`,
      headers: guest.access,
      payload: { score: 5, comment: "Quick, thanks" },
    });
    expect(rating.json()).toEqual({ score: 5, comment: "Quick, thanks" });

    // The token opens that ticket only.
    const other = await verifiedGuestTicket(ctx);
    expect((await ticketDetail(ctx, other.ticket.id, guest.access)).statusCode).toBe(404);
    expect((await replyOn(ctx, other.ticket.id, guest.access, { body: "hi" })).statusCode).toBe(404);

    ctx.clock.advance(30 * 24 * HOUR + 60_000);
    expect((await ticketDetail(ctx, guest.ticket.id, guest.access)).statusCode).toBe(404);
  });

  it("asks guests for an address, and takes no transactions or uploads from them", async () => {
    const { ip } = newGuest();
    const post = (payload: Record<string, unknown>) =>
      ctx.app.inject({ method: "POST", url: "/api/v1/tickets", remoteAddress: ip, payload });
    const noEmail = await post(ticketBody());
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().errors[0].path).toBe("/email");
    const txns = await post(ticketBody({ email: "g@example.test", transactionIds: ["txn_x"] }));
    expect(txns.statusCode).toBe(422);
    expect(txns.json().code).toBe("ticket_transaction_not_found");
  });

  it("gives the agent the account of a customer who wrote as a guest, never the guest", async () => {
    const dana = await buildCustomer(ctx, {}, "Dana Dee");
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/tickets",
      remoteAddress: newGuest().ip,
      payload: ticketBody({ email: dana.email, category: "login_access" }),
    });
    const id = res.json().id as string;
    const { res: opened } = await openLink(ctx, dana.email);
    expect(opened.json().ticket.context).toBeNull();
    const stored = await findTicket(ctx.platform.db, id);
    expect(stored?.context).toMatchObject({ walletNumber: dana.walletNumber, emailVerified: true });
    expect(stored?.priority).toBe("high");
    expect(stored?.first_response_due_at === null || stored?.first_response_due_at instanceof Date).toBe(
      true,
    );
  });

  it("limits new guest tickets per address", async () => {
    const { ip } = newGuest();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/api/v1/tickets",
        remoteAddress: ip,
        payload: ticketBody({ email: `limit${i}@example.test` }),
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it("drops guest tickets never verified after a week, keeping verified ones", async () => {
    const stale = await guestTicket(ctx);
    const kept = await verifiedGuestTicket(ctx);
    ctx.clock.advance(7 * 24 * HOUR + 60_000);
    expect(await dropUnverifiedGuestTickets(ctx.services.support.deps)).toBeGreaterThanOrEqual(1);
    expect(await findTicket(ctx.platform.db, stale.ticket.id)).toBeUndefined();
    expect(await findTicket(ctx.platform.db, kept.ticket.id)).toBeDefined();
  });
});
