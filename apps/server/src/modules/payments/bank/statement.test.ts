import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  bankStage,
  depositByBankTransfer,
  depositStatus,
  listCases,
  openBankDeposit,
  platformBalance,
  postLine,
  type Staff,
} from "../../../test/bank-helpers.js";
import type { TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, buildCustomer, type Customer, trialBalance } from "../../../test/wallet-helpers.js";

describe(`bank statement lines and suspense on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Staff;
  let agent: Staff;
  let alice: Customer;
  beforeAll(async () => {
    let customers: Record<"alice", Customer>;
    ({ ctx, admin, agent, customers } = await bankStage({ alice: "Alice Walker" }));
    alice = customers.alice;
  });
  afterAll(() => ctx.close());

  async function expectBooksBalance() {
    for (const total of Object.values(await trialBalance(ctx))) expect(total).toBe(0n);
  }

  it("credits the deposit whose reference the line quotes, once however often the line is posted", async () => {
    const deposit = await openBankDeposit(ctx, alice, { amount: "100.00" });
    // Customers type references their own way: lower case, spaces, other words around it.
    const typed = `invoice ${deposit.bankReference.toLowerCase().replace("-", " ")} thank you`;
    const first = await postLine(ctx, admin, { amount: "100.00", reference: typed, externalId: "ACH-0001" });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      externalId: "ACH-0001",
      status: "matched",
      depositId: deposit.id,
      customer: { walletNumber: alice.walletNumber, email: alice.email },
      caseId: null,
      unmatchedReason: null,
    });
    expect(await depositStatus(ctx, deposit.id)).toBe("succeeded");
    expect((await balances(ctx, alice)).USD).toBe("100.00");
    expect((await lastMessage(ctx, alice.email)).subject).toContain("has arrived");

    const again = await postLine(ctx, admin, { amount: "100.00", reference: typed, externalId: "ACH-0001" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "statement_line_duplicate", lineId: first.json().id });
    expect((await balances(ctx, alice)).USD).toBe("100.00");
    expect(await platformBalance(ctx, "provider:bank_sim", "USD")).toBe("-100.00");
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("0.00");
    await expectBooksBalance();

    const audit = await ctx.services.audit.list({
      targetType: "bank_statement_line",
      targetId: first.json().id,
    });
    expect(audit.map((a) => a.action)).toEqual(["bank.statement_line_posted"]);
  });

  it("credits a deposit made through the deposit API when its reference arrives on the statement", async () => {
    const frank = await buildCustomer(ctx, {}, "Frank Ode", { country: "US" });
    const deposit = await depositByBankTransfer(ctx, frank, "20.00");
    expect(deposit.view).toMatchObject({ status: "pending", providerStatus: "awaiting_transfer" });
    const line = await postLine(ctx, admin, { amount: "20.00", reference: deposit.bankReference });
    expect(line.json()).toMatchObject({ status: "matched", depositId: deposit.id });
    const view = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/deposits/${deposit.id}`,
      headers: frank.auth,
    });
    expect(view.json()).toMatchObject({ status: "succeeded", providerStatus: null });
    expect((await balances(ctx, frank)).USD).toBe("20.00");
    await ctx.platform.outbox.drain();
  });

  it("puts money with a wrong or missing reference into suspense and opens a case with the evidence", async () => {
    const waiting = await openBankDeposit(ctx, alice, { amount: "42.00" });
    const before = await platformBalance(ctx, "bank_suspense", "USD");
    expect(before).toBe("0.00");
    const wrong = await postLine(ctx, admin, {
      amount: "42.00",
      reference: "SAT-NOTAREAL1",
      payerName: "A WALKER",
      valueDate: "2026-11-25",
    });
    expect(wrong.statusCode).toBe(201);
    const line = wrong.json();
    expect(line).toMatchObject({
      status: "unmatched",
      depositId: null,
      customer: null,
      valueDate: "2026-11-25",
      unmatchedReason: { code: "reference_not_found" },
    });
    expect(line.caseId).toMatch(/^pcs_/);
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("42.00");
    expect(await depositStatus(ctx, waiting.id)).toBe("pending");

    const missing = await postLine(ctx, admin, { amount: "5.00", reference: "" });
    expect(missing.json()).toMatchObject({
      status: "unmatched",
      unmatchedReason: { code: "reference_missing" },
    });
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("47.00");
    await expectBooksBalance();

    const cases = await listCases(ctx, agent, "?status=open&kind=unmatched_line");
    const found = cases.find((c) => c.id === line.caseId);
    expect(found).toMatchObject({
      kind: "unmatched_line",
      status: "open",
      statementLineId: line.id,
      evidence: {
        reason: "reference_not_found",
        referenceText: "SAT-NOTAREAL1",
        payerName: "A WALKER",
        amount: "42.00",
        currency: "USD",
        valueDate: "2026-11-25",
      },
    });
    // The open deposit of the same amount is offered as the likely owner.
    expect(found?.evidence.candidates).toEqual([
      expect.objectContaining({
        why: "amount",
        depositId: waiting.id,
        customer: expect.objectContaining({ walletNumber: alice.walletNumber }),
      }),
    ]);
  });

  it("does not credit a deposit whose amount, currency or state does not fit", async () => {
    const deposit = await openBankDeposit(ctx, alice, { amount: "30.00" });
    const short = await postLine(ctx, admin, { amount: "29.00", reference: deposit.bankReference });
    expect(short.json()).toMatchObject({ status: "unmatched", unmatchedReason: { code: "amount_mismatch" } });
    const euros = await postLine(ctx, admin, {
      amount: "30.00",
      currency: "EUR",
      reference: deposit.bankReference,
    });
    expect(euros.json()).toMatchObject({
      status: "unmatched",
      unmatchedReason: { code: "currency_mismatch" },
    });
    const elsewhere = await postLine(ctx, admin, {
      methodId: "bank_swift",
      amount: "30.00",
      reference: deposit.bankReference,
    });
    expect(elsewhere.json()).toMatchObject({
      status: "unmatched",
      unmatchedReason: { code: "method_mismatch" },
    });
    expect(await depositStatus(ctx, deposit.id)).toBe("pending");

    const paid = await postLine(ctx, admin, { amount: "30.00", reference: deposit.bankReference });
    expect(paid.json().status).toBe("matched");
    // Sent twice by the customer: the second transfer is money nobody is waiting for.
    const twice = await postLine(ctx, admin, { amount: "30.00", reference: deposit.bankReference });
    expect(twice.json()).toMatchObject({ status: "unmatched", unmatchedReason: { code: "deposit_closed" } });
    await expectBooksBalance();
  });

  it("treats a retried post without the bank's id but with the same Idempotency-Key as a duplicate", async () => {
    const body = { amount: "12.34", reference: "NO REFERENCE AT ALL", externalId: undefined };
    const first = await postLine(ctx, admin, body, { "idempotency-key": "retry-me" });
    expect(first.statusCode).toBe(201);
    const again = await postLine(ctx, admin, body, { "idempotency-key": "retry-me" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "statement_line_duplicate", lineId: first.json().id });
  });

  it("credits a deposit once when two lines quoting it arrive at the same moment", async () => {
    const deposit = await openBankDeposit(ctx, alice, { amount: "64.00" });
    const before = (await balances(ctx, alice)).USD;
    const results = await Promise.all(
      [1, 2, 3].map(() => postLine(ctx, admin, { amount: "64.00", reference: deposit.bankReference })),
    );
    const statuses = results.map((r) => r.json().status).sort();
    expect(statuses).toEqual(["matched", "unmatched", "unmatched"]);
    expect(Number((await balances(ctx, alice)).USD) - Number(before)).toBeCloseTo(64, 2);
    await expectBooksBalance();
  });

  it("refuses statement lines of a method that is not a bank transfer, and bad input", async () => {
    const card = await postLine(ctx, admin, { methodId: "card", amount: "10.00", reference: "x" });
    expect(card.statusCode).toBe(422);
    expect(card.json().code).toBe("bank_method_required");
    const date = await postLine(ctx, admin, { amount: "10.00", reference: "x", valueDate: "2026-02-30" });
    expect(date.statusCode).toBe(400);
    expect(date.json().errors[0].path).toBe("/valueDate");
    const amount = await postLine(ctx, admin, { amount: "10.001", reference: "x" });
    expect(amount.json().code).toBe("amount_too_precise");
    const nul = await postLine(ctx, admin, { amount: "10.00", reference: "a\u0000b" });
    expect(nul.statusCode).toBe(400);
    const unknown = await postLine(ctx, admin, { methodId: "nope", amount: "10.00", reference: "x" });
    expect(unknown.statusCode).toBe(404);
  });

  it("keeps customers (and agents, for posting) out of the admin endpoints", async () => {
    const line = await postLine(ctx, admin, { amount: "3.00", reference: "nothing" });
    const lineId = line.json().id as string;
    const caseId = line.json().caseId as string;
    const calls = [
      {
        method: "POST" as const,
        url: "/api/v1/admin/bank/statement-lines",
        payload: { methodId: "bank_us_ach", amount: "1.00", currency: "USD", reference: "x" },
      },
      {
        method: "POST" as const,
        url: "/api/v1/admin/bank/statement-imports?methodId=bank_us_ach",
        payload: "date,amount,currency,reference\n",
        headers: { "content-type": "text/csv" },
      },
      { method: "GET" as const, url: "/api/v1/admin/bank/statement-lines?status=unmatched" },
      { method: "GET" as const, url: `/api/v1/admin/bank/statement-lines/${lineId}` },
      {
        method: "POST" as const,
        url: `/api/v1/admin/bank/statement-lines/${lineId}/match`,
        payload: { customer: alice.walletNumber },
      },
      { method: "GET" as const, url: "/api/v1/admin/payment-cases?status=open" },
      {
        method: "POST" as const,
        url: `/api/v1/admin/payment-cases/${caseId}/resolve`,
        payload: { resolution: "mine now" },
      },
    ];
    for (const call of calls) {
      const res = await ctx.app.inject({ ...call, headers: { ...alice.auth, ...(call.headers ?? {}) } });
      expect(res.statusCode, call.url).toBe(403);
      const anonymous = await ctx.app.inject({ ...call, headers: call.headers ?? {} });
      expect(anonymous.statusCode, call.url).toBe(401);
    }
    for (const call of calls.slice(0, 2)) {
      const res = await ctx.app.inject({ ...call, headers: { ...agent.auth, ...(call.headers ?? {}) } });
      expect(res.statusCode, call.url).toBe(403);
    }
    expect((await balances(ctx, alice)).USD).not.toBe(undefined);
    const still = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/bank/statement-lines/${lineId}`,
      headers: agent.auth,
    });
    expect(still.json().status).toBe("unmatched");
  });

  it("lists lines by status, newest first, a page at a time", async () => {
    const first = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/bank/statement-lines?status=unmatched&limit=2",
      headers: agent.auth,
    });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.data).toHaveLength(2);
    expect(page1.data.every((l: { status: string }) => l.status === "unmatched")).toBe(true);
    expect(page1.nextCursor).toBe(page1.data[1].id);
    const second = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/bank/statement-lines?status=unmatched&limit=2&cursor=${page1.nextCursor}`,
      headers: agent.auth,
    });
    expect(second.json().data[0].id < page1.data[1].id).toBe(true);
  });
});
