import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import { newestTransactionId, ticketDetail } from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer, send } from "../../../test/wallet-helpers.js";

describe(`reporting an unrecognized transaction, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let hana: Customer;
  let ivan: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    hana = await buildCustomer(ctx, { USD: "80.00" }, "Hana Hill");
    ivan = await buildCustomer(ctx, { USD: "10.00" }, "Ivan Ito");
  });
  afterAll(() => ctx.close());

  const report = (customer: Customer, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/v1/security/unrecognized-transaction",
      headers: customer.auth,
      payload,
    });

  it("refuses someone else's transaction and does not freeze", async () => {
    const ivans = await newestTransactionId(ctx, ivan);
    const res = await report(hana, { transactionId: ivans, freeze: true });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("ticket_transaction_not_found");
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: hana.auth });
    expect(me.statusCode).toBe(200);
    expect(
      (await send(ctx, hana, { to: ivan.walletNumber, amount: "1.00", currency: "USD" })).statusCode,
    ).toBe(201);
  });

  it("opens an urgent security ticket without freezing when not asked to", async () => {
    const txn = await newestTransactionId(ctx, ivan);
    const res = await report(ivan, { transactionId: txn, freeze: false });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ frozen: false, ticket: { status: "new" } });
    expect(
      (await send(ctx, ivan, { to: hana.walletNumber, amount: "1.00", currency: "USD" })).statusCode,
    ).toBe(201);
  });

  it("opens an urgent security ticket and freezes payments out; only support can lift it", async () => {
    const txn = await newestTransactionId(ctx, hana);
    const res = await report(hana, { transactionId: txn, freeze: true, note: "I was asleep at the time." });
    expect(res.statusCode).toBe(201);
    const { ticket, frozen } = res.json();
    expect(frozen).toBe(true);

    const detail = (await ticketDetail(ctx, ticket.id, hana.auth)).json();
    expect(detail).toMatchObject({ category: "security", priority: "urgent", context: { frozen: true } });
    expect(detail.transactions).toEqual([expect.objectContaining({ id: txn })]);
    expect(detail.description).toContain("I was asleep at the time.");
    // The system note about the freeze is for agents only.
    expect(detail.messages.map((m: { authorType: string }) => m.authorType)).toEqual(["customer"]);

    const refused = await send(ctx, hana, { to: ivan.walletNumber, amount: "1.00", currency: "USD" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("account_frozen");

    const mail = await lastMessage(ctx, hana.email);
    expect(mail.subject).toBe("You froze payments out of your Satchel account");
    const events = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/me/security-events",
      headers: hana.auth,
    });
    expect(JSON.stringify(events.json())).toContain("account_frozen");

    // The customer has no way to lift it: the unfreeze is a staff action.
    const unfreeze = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${hana.userId}/unfreeze`,
      headers: hana.auth,
      payload: { reason: "It was me after all", checks: ["date_of_birth", "id_document"] },
    });
    expect(unfreeze.statusCode).toBe(403);
    expect(
      (await send(ctx, hana, { to: ivan.walletNumber, amount: "1.00", currency: "USD" })).statusCode,
    ).toBe(403);

    // A second report while frozen: still frozen, no second freeze recorded.
    const again = await report(hana, { transactionId: txn, freeze: true });
    expect(again.json().frozen).toBe(true);
    const freezes = await ctx.platform.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "account.frozen")
      .where("target_id", "=", hana.userId)
      .execute();
    expect(freezes).toHaveLength(1);
  });

  it("needs a signed-in customer", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/security/unrecognized-transaction",
      payload: { transactionId: "txn_x", freeze: true },
    });
    expect(res.statusCode).toBe(401);
  });
});
