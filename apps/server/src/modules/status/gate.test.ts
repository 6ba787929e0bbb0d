import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARDS, card, depositByCard, postDeposit } from "../../test/deposit-helpers.js";
import {
  buildStatusAdmin,
  openIncident,
  scheduleMaintenance,
  setComponentState,
  updateIncident,
} from "../../test/status-helpers.js";
import type { StaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { balances, buildCustomer, type Customer, send } from "../../test/wallet-helpers.js";
import { SYSTEM_ACTOR } from "../audit/index.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The gate from the customer's side: maintenance windows and major outages of the status page
 * refuse deposits, transfers and exchanges at once, with the end time or the incident, and
 * leave nothing behind; the windows open and close with the clock, no restart.
 */
describe(`the status gate on money operations, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: StaffMember;
  let ann: Customer;
  let bob: Customer;
  let statusUrl: string;

  beforeAll(async () => {
    ctx = await buildTestApp();
    admin = await buildStatusAdmin(ctx);
    ann = await buildCustomer(ctx, { USD: "800.00" }, "Ann Lee", { country: "US" });
    bob = await buildCustomer(ctx, {}, "Bob Ray", { country: "US" });
    // Level 1, so the SWIFT method (same component as ACH) is open to her too.
    await ctx.services.payments.deps.customers.setVerificationLevel(
      ctx.platform.db,
      ann.userId,
      1,
      SYSTEM_ACTOR,
    );
    statusUrl = `${ctx.platform.config.publicUrl}/status`;
  });
  afterAll(() => ctx.close());

  const rows = async (table: string) =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(ctx.platform.db))
        .rows[0]?.n,
    );

  /** Everything a half-done operation would leave: rows, journals, messages, the wallet. */
  const footprint = async () => ({
    deposits: await rows("deposits"),
    transactions: await rows("transactions"),
    journals: await rows("ledger_journals"),
    quotes: await rows("fx_quotes"),
    outbox: await ctx.platform.outbox.pendingCount(),
    wallets: await balances(ctx, ann),
  });

  const methods = async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/payment-methods?direction=deposit&currency=USD",
      headers: ann.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().data as { id: string; state: string; maintenance: { endsAt: string } | null }[];
    return new Map(list.map((m) => [m.id, m]));
  };

  const bankDeposit = (methodId = "bank_us_ach") =>
    postDeposit(ctx, ann, { methodId, amount: "60.00", currency: "USD" });
  const transfer = () => send(ctx, ann, { to: bob.walletNumber, amount: "5.00", currency: "USD" });
  const cancel = async (id: string) => {
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/maintenances/${id}/cancel`,
      headers: admin.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it("a window on card deposits refuses a card deposit with `maintenance` and its end, writes nothing, lets transfers through, and ends on time without a restart", async () => {
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 0,
      endsAt: 2 * HOUR,
      title: "Card processor upgrade",
    });
    const before = await footprint();

    const refused = await postDeposit(ctx, ann, {
      methodId: "card",
      amount: "20.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "maintenance",
      endsAt: window.endsAt,
      component: "card_deposits",
      maintenanceId: window.id,
      statusUrl,
      helpArticle: "service-status",
    });
    // The sentence names the end in words, not as a raw timestamp.
    expect(refused.json().detail).toContain("UTC");
    expect(await footprint()).toEqual(before);

    // The customer sees it before trying: the method is in maintenance until the window's end.
    const shown = await methods();
    expect(shown.get("card")).toMatchObject({ state: "maintenance", maintenance: { endsAt: window.endsAt } });
    expect(shown.get("bank_us_ach")).toMatchObject({ state: "active", maintenance: null });

    const sent = await transfer();
    expect(sent.statusCode, sent.body).toBe(201);

    ctx.clock.advance(2 * HOUR + MINUTE);
    const accepted = await depositByCard(ctx, ann, CARDS.visa, "20.00");
    expect(accepted.status).toBe("pending");
    expect((await methods()).get("card")).toMatchObject({ state: "active", maintenance: null });
    await ctx.platform.outbox.drain();
  });

  it("a bank-transfer window starts on time, leaves card deposits alone, and a canceled one stops refusing at once", async () => {
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["bank_deposits"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    // Announced, not started: the method shows the window to come and still works.
    expect((await methods()).get("bank_us_ach")).toMatchObject({
      state: "active",
      maintenance: { endsAt: window.endsAt },
    });
    expect((await bankDeposit()).statusCode).toBe(201);

    ctx.clock.advance(HOUR);
    const refused = await bankDeposit();
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "maintenance",
      component: "bank_deposits",
      endsAt: window.endsAt,
    });
    expect((await depositByCard(ctx, ann, CARDS.visa, "15.00")).status).toBe("pending");

    await cancel(window.id);
    expect((await bankDeposit()).statusCode).toBe(201);
    await ctx.platform.outbox.drain();
  });

  it("a window naming one payment method refuses only that method; its component stays operational", async () => {
    const window = await scheduleMaintenance(ctx, admin, {
      components: ["bank_deposits"],
      methodIds: ["bank_us_ach"],
      startsAt: 0,
      endsAt: HOUR,
    });
    const before = await footprint();
    const refused = await bankDeposit("bank_us_ach");
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "maintenance",
      maintenanceId: window.id,
      endsAt: window.endsAt,
    });
    expect(await footprint()).toEqual(before);

    expect((await bankDeposit("bank_swift")).statusCode).toBe(201);
    const shown = await methods();
    expect(shown.get("bank_us_ach")?.state).toBe("maintenance");
    expect(shown.get("bank_swift")).toMatchObject({ state: "active", maintenance: null });
    await expect(ctx.services.status.gate.availability("bank_deposits")).resolves.toEqual({
      available: true,
    });
    await cancel(window.id);
    await ctx.platform.outbox.drain();
  });

  it("a major outage refuses with provider_unavailable and the incident's link; once resolved, deposits work again", async () => {
    const incident = await openIncident(ctx, admin, {
      components: ["card_deposits"],
      impact: "critical",
      componentState: "major_outage",
      title: "Card payments are failing",
    });
    const before = await footprint();
    const refused = await postDeposit(ctx, ann, {
      methodId: "card",
      amount: "20.00",
      currency: "USD",
      card: card(CARDS.visa),
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "provider_unavailable",
      component: "card_deposits",
      incidentId: incident.id,
      statusUrl: `${statusUrl}/incidents/${incident.id}`,
    });
    expect(await footprint()).toEqual(before);
    expect((await transfer()).statusCode).toBe(201);

    // A partial outage does not stop anyone.
    await updateIncident(ctx, admin, incident.id, { status: "identified", componentState: "partial_outage" });
    expect((await depositByCard(ctx, ann, CARDS.visa, "15.00")).status).toBe("pending");
    await updateIncident(ctx, admin, incident.id, { status: "resolved" });
    expect((await depositByCard(ctx, ann, CARDS.visa, "15.00")).status).toBe("pending");
    await ctx.platform.outbox.drain();
  });

  it("transfers set to major outage by staff are refused with the status page's link, and nothing moves", async () => {
    await setComponentState(ctx, admin, "transfers", "major_outage");
    const before = await footprint();
    const refused = await transfer();
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: "provider_unavailable",
      component: "transfers",
      incidentId: null,
      statusUrl,
    });
    const preview = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/transfers/preview",
      headers: ann.auth,
      payload: { to: bob.walletNumber, amount: "5.00", currency: "USD" },
    });
    expect(preview.json().code).toBe("provider_unavailable");
    expect(await footprint()).toEqual(before);

    await setComponentState(ctx, admin, "transfers", "operational");
    expect((await transfer()).statusCode).toBe(201);
  });

  it("exchange under maintenance refuses quotes and the exchange of a quote taken before; a retry of one made before replays", async () => {
    const quote = (amount = "10.00") =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/exchanges/quotes",
        headers: ann.auth,
        payload: { from: "USD", to: "EUR", amount },
      });
    const exchange = (quoteId: string, key: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/v1/exchanges",
        headers: { ...ann.auth, "idempotency-key": key },
        payload: { quoteId },
      });
    const firstQuote = (await quote()).json().id as string;
    const done = await exchange(firstQuote, "fx-before");
    expect(done.statusCode, done.body).toBe(201);
    const taken = (await quote()).json().id as string;

    const window = await scheduleMaintenance(ctx, admin, {
      components: ["exchange"],
      startsAt: 0,
      endsAt: HOUR,
    });
    const before = await footprint();
    const refusedQuote = await quote();
    expect(refusedQuote.statusCode).toBe(503);
    expect(refusedQuote.json()).toMatchObject({
      code: "maintenance",
      component: "exchange",
      endsAt: window.endsAt,
    });
    const refused = await exchange(taken, "fx-during");
    expect(refused.json()).toMatchObject({ code: "maintenance", component: "exchange" });
    expect(await footprint()).toEqual(before);
    // The exchange made before the window answers its retry as before: nothing new happens.
    const replay = await exchange(firstQuote, "fx-before");
    expect(replay.statusCode).toBe(201);
    expect(replay.json().id).toBe(done.json().id);

    ctx.clock.advance(HOUR);
    const after = await exchange((await quote()).json().id, "fx-after");
    expect(after.statusCode, after.body).toBe(201);
  });
});
