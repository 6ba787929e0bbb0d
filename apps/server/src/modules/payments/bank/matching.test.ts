import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  bankStage,
  depositStatus,
  listCases,
  openBankDeposit,
  platformBalance,
  postLine,
  type Staff,
} from "../../../test/bank-helpers.js";
import type { TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, type Customer, trialBalance } from "../../../test/wallet-helpers.js";

describe(`staff matching money in suspense on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Staff;
  let agent: Staff;
  let agentEmail: string;
  let bob: Customer;
  let carol: Customer;
  beforeAll(async () => {
    let customers: Record<"bob" | "carol", Customer>;
    ({ ctx, admin, agent, customers } = await bankStage({ bob: "Bob Stone", carol: "Carol Hu" }));
    ({ bob, carol } = customers);
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: agent.auth });
    agentEmail = me.json().user.email;
  });
  afterAll(() => ctx.close());

  const match = (lineId: string, body: Record<string, unknown>, who: Staff = agent) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/bank/statement-lines/${lineId}/match`,
      headers: who.auth,
      payload: body,
    });

  async function unmatched(amount: string, extra: Record<string, unknown> = {}) {
    const res = await postLine(ctx, admin, { amount, reference: "transfer from my bank", ...extra });
    expect(res.json().status).toBe("unmatched");
    return res.json() as { id: string; caseId: string };
  }

  it("an agent matches a line to the customer: wallet credited, suspense back to zero, case resolved, audited, emailed", async () => {
    const line = await unmatched("250.00", { payerName: "BOB STONE" });
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("250.00");

    const res = await match(line.id, { customer: bob.walletNumber });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({
      status: "manually_matched",
      customer: { walletNumber: bob.walletNumber, email: bob.email },
      matchedBy: agentEmail,
      caseId: line.caseId,
    });
    expect(view.depositId).toMatch(/^dep_/);
    expect(await depositStatus(ctx, view.depositId)).toBe("succeeded");
    expect((await balances(ctx, bob)).USD).toBe("250.00");
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("0.00");
    for (const total of Object.values(await trialBalance(ctx))) expect(total).toBe(0n);

    const message = await lastMessage(ctx, bob.email);
    expect(message.subject).toContain("has arrived");

    const [resolved] = (await listCases(ctx, agent, "?status=resolved")).filter((c) => c.id === line.caseId);
    expect(resolved).toMatchObject({
      status: "resolved",
      depositId: view.depositId,
      customer: { walletNumber: bob.walletNumber },
    });
    expect(resolved?.resolution).toContain(bob.walletNumber);

    const audit = await ctx.services.audit.list({ targetType: "bank_statement_line", targetId: line.id });
    expect(audit[0]).toMatchObject({
      action: "bank.statement_line_matched",
      actorId: agent.userId,
      actorLabel: agentEmail,
    });
    expect(audit[0]?.detail).toMatchObject({
      customer: { walletNumber: bob.walletNumber },
      depositId: view.depositId,
      depositCreated: true,
      amount: "250.00",
      casesResolved: [line.caseId],
    });

    // The deposit shows in Bob's history as a completed deposit.
    const history = await ctx.app.inject({ method: "GET", url: "/api/v1/transactions", headers: bob.auth });
    expect(history.json().data[0]).toMatchObject({ type: "deposit", status: "completed", amount: "250.00" });

    const again = await match(line.id, { customer: carol.walletNumber });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("statement_line_not_unmatched");
    expect((await balances(ctx, carol)).USD).toBeUndefined();
  });

  it("takes the method's fee on a deposit made for the line", async () => {
    const line = await unmatched("200.00", { methodId: "bank_swift" });
    const res = await match(line.id, { customer: carol.email });
    expect(res.statusCode).toBe(200);
    // SWIFT: 15.00 USD fixed fee.
    expect((await balances(ctx, carol)).USD).toBe("185.00");
    expect(await platformBalance(ctx, "fees", "USD")).toBe("15.00");
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("0.00");
  });

  it("settles the customer's own open deposit when the agent names it, and checks that it fits", async () => {
    const deposit = await openBankDeposit(ctx, carol, { amount: "80.00" });
    const wrongAmount = await unmatched("79.00");
    const refused = await match(wrongAmount.id, { customer: carol.walletNumber, depositId: deposit.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "statement_line_amount_mismatch" });

    const line = await unmatched("80.00");
    // Someone else's deposit reads as missing.
    const notHers = await match(line.id, { customer: bob.walletNumber, depositId: deposit.id });
    expect(notHers.statusCode).toBe(404);
    const before = (await balances(ctx, carol)).USD;
    const ok = await match(line.id, { customer: carol.walletNumber, depositId: deposit.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "manually_matched", depositId: deposit.id });
    expect(await depositStatus(ctx, deposit.id)).toBe("succeeded");
    expect(Number((await balances(ctx, carol)).USD) - Number(before)).toBeCloseTo(80, 2);

    const closed = await unmatched("80.00");
    const twice = await match(closed.id, { customer: carol.walletNumber, depositId: deposit.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("deposit_not_open");
    // The refused attempts left the money where it was.
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("159.00");
  });

  it("will not complete a card deposit with bank money (the card provider settles it)", async () => {
    const card = await openBankDeposit(ctx, carol, { methodId: "card", amount: "50.00" });
    const line = await unmatched("50.00");
    const refused = await match(line.id, { customer: carol.walletNumber, depositId: card.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("statement_line_method_mismatch");
    expect(await depositStatus(ctx, card.id)).toBe("pending");
  });

  it("says so when the customer cannot be found", async () => {
    const line = await unmatched("12.00");
    const res = await match(line.id, { customer: "nobody@example.test" });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("customer_not_found");
    const missing = await match("bsl_nope", { customer: bob.walletNumber });
    expect(missing.statusCode).toBe(404);
  });

  it("resolves a case with staff's words, once, audited", async () => {
    const line = await unmatched("9.00");
    const resolve = (who: Staff) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/v1/admin/payment-cases/${line.caseId}/resolve`,
        headers: who.auth,
        payload: { resolution: "Payer's bank recalled the transfer" },
      });
    const res = await resolve(agent);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "resolved",
      resolution: "Payer's bank recalled the transfer",
      resolvedBy: agentEmail,
    });
    const again = await resolve(admin);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("payment_case_resolved");
    const audit = await ctx.services.audit.list({ targetType: "payment_case", targetId: line.caseId });
    expect(audit.map((a) => a.action)).toEqual(["payment_case.resolved"]);
  });
});
