import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD } from "../../../test/accounts-helpers.js";
import { CARDS, depositByCard } from "../../../test/deposit-helpers.js";
import {
  auditOf,
  customerTicket,
  guestTicket,
  hardLockBySignIns,
  panelAction,
  panelOf,
  signIn,
} from "../../../test/support-helpers-panel.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../../test/wallet-helpers.js";
import { buildWithdrawer, readyDestination, withdraw } from "../../../test/withdrawal-helpers.js";

type Staff = Awaited<ReturnType<typeof buildStaff>>;

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe(`customer panel on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaff(ctx, "agent");
  });
  afterAll(() => ctx.close());

  it("shows a failed transaction with its reason code, and the deposit still under way", async () => {
    const ann = await buildCustomer(ctx, { USD: "80.00" }, "Ann Lee", { country: "US" });
    const declined = await depositByCard(ctx, ann, CARDS.declined, "25.00");
    expect(declined.status).toBe("failed");
    const waiting = await depositByCard(ctx, ann, CARDS.threeDSecure, "40.00");
    expect(waiting.status).toBe("pending");

    const res = await panelOf(ctx, agent, ann.userId);
    expect(res.statusCode, res.body).toBe(200);
    const panel = res.json();
    expect(panel.profile).toMatchObject({ id: ann.userId, email: ann.email, walletNumber: ann.walletNumber });
    expect(panel.wallets).toEqual([{ currency: "USD", balance: "80.00", held: "0.00", available: "80.00" }]);

    const failed = panel.transactions.find(
      (t: { origin: { id: string } | null }) => t.origin?.id === declined.id,
    );
    expect(failed).toMatchObject({
      status: "failed",
      failed: true,
      reasonCode: "card_declined",
      reasonTitle: expect.any(String),
    });
    const ok = panel.transactions.find((t: { type: string; status: string }) => t.status === "completed");
    expect(ok.failed).toBe(false);

    expect(panel.inFlight.deposits).toHaveLength(1);
    expect(panel.inFlight.deposits[0]).toMatchObject({
      id: waiting.id,
      status: "pending",
      providerStatus: "requires_action",
      amount: "40.00",
      waitingFor: "redirect",
      card: { last4: "3184" },
    });
    expect(panel.inFlight.withdrawals).toEqual([]);
  });

  it("never contains a secret: no password, TOTP secret, recovery codes or card numbers", async () => {
    const wendy = await buildWithdrawer(ctx, { USD: "500.00" });
    await depositByCard(ctx, wendy, CARDS.visa, "20.00");
    const destinationId = await readyDestination(ctx, wendy, {
      methodId: "card",
      details: { number: CARDS.mastercard, expMonth: 12, expYear: 2030 },
    });
    const withdrawal = await withdraw(ctx, wendy, { destinationId, amount: "100.00" });
    expect(withdrawal.statusCode, withdrawal.body).toBe(201);
    await ctx.platform.db
      .updateTable("users")
      .set({ phone: "+8613812345678" })
      .where("id", "=", wendy.userId)
      .execute();

    const res = await panelOf(ctx, agent, wendy.userId);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.body;
    const keys = keysOf(res.json()).map((k) => k.toLowerCase());
    for (const forbidden of ["password", "hash", "secret", "recovery", "code", "token", "antiphishing"])
      expect(keys.filter((k) => k.includes(forbidden) && k !== "reasoncode")).toEqual([]);
    expect(body).not.toContain(wendy.secret);
    for (const code of wendy.recoveryCodes) expect(body).not.toContain(code);
    expect(body).not.toContain("$argon2");
    // No card-number-like run of digits (the test's email address has a timestamp in it).
    expect(body.replaceAll(wendy.email, "")).not.toMatch(/\d{13,19}/);
    expect(res.json().payoutDestinations[0].display).toMatchObject({ last4: "4444" });
    // The withdrawal under way, and the money it holds.
    expect(res.json().inFlight.withdrawals).toMatchObject([
      { id: withdrawal.json().id, amount: "100.00", destination: { label: "Mastercard •••• 4444" } },
    ]);
    expect(res.json().wallets[0].held).toBe(withdrawal.json().total);
    expect(res.json().twoFactor).toEqual({ totp: true, sms: false });
    expect(res.json().profile.phone).toBe("+86•••••••5678");
  });

  it("answers 404 not_found for staff and unknown ids, and 403 to customers", async () => {
    const other = await buildStaff(ctx, "admin");
    expect((await panelOf(ctx, agent, other.userId)).json().code).toBe("not_found");
    expect((await panelOf(ctx, agent, "usr_nobody")).statusCode).toBe(404);
    const bo = await buildCustomer(ctx);
    expect((await panelOf(ctx, bo, bo.userId)).statusCode).toBe(403);
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/v1/agent/customers/${bo.userId}` })).statusCode,
    ).toBe(401);
  });

  it("lets compliance officers read it too, and audits every view with the ticket it came from", async () => {
    const cy = await buildCustomer(ctx);
    const ticket = await customerTicket(ctx, { userId: cy.userId, email: cy.email });
    const compliance = await buildStaff(ctx, "compliance");
    expect((await panelOf(ctx, compliance, cy.userId, ticket.id)).statusCode).toBe(200);
    expect((await panelOf(ctx, agent, cy.userId)).statusCode).toBe(200);
    const views = (await auditOf(ctx, "user", cy.userId)).filter((e) => e.action === "customer.viewed");
    expect(views.map((v) => v.actorId).sort()).toEqual([agent.userId, compliance.userId].sort());
    expect(views.find((v) => v.actorId === compliance.userId)?.detail).toEqual({ ticketId: ticket.id });
  });

  it("names in the audit only a ticket of that customer: theirs, or their verified guest ticket", async () => {
    const eve = await buildCustomer(ctx);
    const other = await buildCustomer(ctx);
    const own = await customerTicket(ctx, { userId: eve.userId, email: eve.email });
    const fromGuest = await guestTicket(ctx, { email: eve.email.toUpperCase() });
    const unverified = await guestTicket(ctx, { email: eve.email, verify: false });
    const theirs = await customerTicket(ctx, { userId: other.userId, email: other.email });
    for (const ticketId of [own.id, fromGuest.id, unverified.id, theirs.id, "tkt_made_up"])
      expect((await panelOf(ctx, agent, eve.userId, ticketId)).statusCode).toBe(200);
    const views = (await auditOf(ctx, "user", eve.userId)).filter((e) => e.action === "customer.viewed");
    expect(views.map((v) => v.detail).reverse()).toEqual([
      { ticketId: own.id },
      { ticketId: fromGuest.id },
      {},
      {},
      {},
    ]);
  });

  it("finds the customer behind an email address (any case); staff and unknown addresses are 404", async () => {
    const dee = await buildCustomer(ctx);
    const find = (email: string) =>
      ctx.app.inject({
        method: "GET",
        url: `/api/v1/agent/customers?email=${encodeURIComponent(email)}`,
        headers: agent.auth,
      });
    const found = await find(dee.email.toUpperCase());
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual({ userId: dee.userId });
    expect((await find("nobody-here@example.test")).statusCode).toBe(404);
    const admin = await ctx.services.users.create(
      ctx.platform.db,
      { email: "panel-admin@example.test", password: STRONG_PASSWORD, role: "admin" },
      { id: null, label: "test" },
    );
    expect((await find(admin.email)).statusCode).toBe(404);
  });

  it("says why an account is locked: a hard lock from sign-ins, or support's own reason", async () => {
    const eve = await buildCustomer(ctx);
    await signIn(ctx, eve.email, "wrong-password-123");
    let panel = (await panelOf(ctx, agent, eve.userId)).json();
    expect(panel.lock).toMatchObject({ locked: false, kind: null });
    expect(panel.logins[0]).toMatchObject({ outcome: "failure" });

    await hardLockBySignIns(ctx, eve.email);
    panel = (await panelOf(ctx, agent, eve.userId)).json();
    expect(panel.lock).toMatchObject({ locked: true, kind: "hard", cause: "failed_sign_ins", until: null });
    expect(panel.logins).toHaveLength(10);

    const fay = await buildCustomer(ctx);
    await panelAction(ctx, agent, fay.userId, "lock", { reason: "Takeover reported by phone" });
    panel = (await panelOf(ctx, agent, fay.userId)).json();
    expect(panel.lock).toMatchObject({
      kind: "hard",
      cause: "support",
      reason: "Takeover reported by phone",
    });
    expect(panel.sessions).toEqual([]);
  });

  it("lists earlier tickets, verified guest tickets from the same address, and the satisfaction", async () => {
    const gus = await buildCustomer(ctx);
    const own = await customerTicket(ctx, { userId: gus.userId, email: gus.email, subject: "Card declined" });
    const guest = await guestTicket(ctx, { email: gus.email.toUpperCase() });
    await ctx.platform.db
      .updateTable("support_tickets")
      .set({ status: "solved", satisfaction_score: 4, rated_at: ctx.clock.now() })
      .where("id", "=", own.id)
      .execute();
    const panel = (await panelOf(ctx, agent, gus.userId)).json();
    expect(panel.tickets.map((t: { id: string }) => t.id).sort()).toEqual([own.id, guest.id].sort());
    expect(panel.tickets.find((t: { id: string }) => t.id === own.id).satisfaction).toEqual({
      score: 4,
      comment: null,
    });
    expect(panel.satisfaction).toMatchObject({
      average: 4,
      count: 1,
      recent: [{ ticketId: own.id, score: 4 }],
    });
  });

  it("is in the API documentation, with the actions and their ticketId", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/v1/agent/customers/{userId}"].get.tags).toEqual(["Support console"]);
    expect(doc.paths["/api/v1/agent/customers"].get.summary).toContain("email");
    for (const action of ["unlock", "2fa-reset", "lock", "freeze", "unfreeze", "resend-verification"]) {
      const post = doc.paths[`/api/v1/agent/customers/{userId}/${action}`].post;
      expect(post.security).toEqual([{ bearerAuth: [] }]);
      const schema = post.requestBody.content["application/json"].schema;
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["reason", "ticketId"]));
    }
    expect(doc.paths["/api/v1/agent/tickets/{id}/escalate"].post.summary).toContain("compliance");
  });
});
