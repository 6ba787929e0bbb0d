import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../../test/accounts-helpers.js";
import {
  bankStage,
  depositByBankTransfer,
  listCases,
  openBankDeposit,
  postLine,
  type Staff,
  trace,
} from "../../../test/bank-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import type { Customer } from "../../../test/wallet-helpers.js";

describe(`the deposit tracer on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Staff;
  let agent: Staff;
  let erin: Customer;
  beforeAll(async () => {
    let customers: Record<"erin", Customer>;
    ({ ctx, admin, agent, customers } = await bankStage({ erin: "Erin Moss" }));
    erin = customers.erin;
  });
  afterAll(() => ctx.close());

  it("finds a credited deposit and says when and where it went", async () => {
    const deposit = await openBankDeposit(ctx, erin, { amount: "150.00" });
    await postLine(ctx, admin, { amount: "150.00", reference: deposit.bankReference });
    const res = await trace(ctx, { amount: "150.00", currency: "USD" }, erin.auth);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      finding: "credited",
      deposit: {
        id: deposit.id,
        status: "succeeded",
        amount: "150.00",
        netAmount: "150.00",
        kind: "bank_transfer",
      },
    });
    expect(body.deposit.reference).toMatch(/^T/);
    expect(body.explanation).toContain("credited on");
    expect(body.explanation).toContain("USD wallet");
    expect(body.explanation).toContain(body.deposit.reference);
    expect(body.caseId).toBeUndefined();
  });

  it("says it is waiting for the bank, with the reference to quote and how long transfers take", async () => {
    const deposit = await depositByBankTransfer(ctx, erin, "61.00");
    const res = await trace(ctx, { amount: "61.00", currency: "USD", methodId: "bank_us_ach" }, erin.auth);
    expect(res.json()).toMatchObject({
      finding: "awaiting_transfer",
      deposit: { id: deposit.id, status: "pending" },
    });
    expect(res.json().explanation).toContain(deposit.bankReference);
    expect(res.json().nextStep).toContain("1 to 3 business days");

    const zh = await trace(
      ctx,
      { amount: "61.00", currency: "USD" },
      { ...erin.auth, "accept-language": "zh-CN" },
    );
    expect(zh.json().finding).toBe("awaiting_transfer");
    expect(zh.json().explanation).toContain("参考号");
    expect(zh.json().nextStep).toContain("1 至 3 个工作日");

    // By the reference, however it is typed.
    const byReference = await trace(
      ctx,
      {
        amount: "1.00",
        currency: "USD",
        providerReference: deposit.bankReference.replace("-", " ").toLowerCase(),
      },
      erin.auth,
    );
    expect(byReference.json()).toMatchObject({ finding: "awaiting_transfer", deposit: { id: deposit.id } });
  });

  it("explains a failed deposit with the reason and what to do", async () => {
    await openBankDeposit(ctx, erin, {
      methodId: "card",
      amount: "25.00",
      status: "failed",
      reasonCode: "card_insufficient_funds",
    });
    const res = await trace(ctx, { amount: "25.00", currency: "USD" }, erin.auth);
    expect(res.json()).toMatchObject({
      finding: "failed",
      deposit: { status: "failed", reason: { code: "card_insufficient_funds" } },
    });
    expect(res.json().explanation).toContain("Not enough money on the card");
    expect(res.json().nextStep).toContain("another card");
  });

  it("finds money that arrived without a reference, opens one case for support, and says so", async () => {
    const line = (
      await postLine(ctx, admin, { amount: "77.70", reference: "from E MOSS", valueDate: "2026-11-25" })
    ).json();
    const res = await trace(
      ctx,
      { amount: "77.70", currency: "USD", approxTime: "2026-11-25T08:00:00Z" },
      erin.auth,
    );
    const body = res.json();
    expect(body.finding).toBe("unmatched_received");
    expect(body.caseId).toMatch(/^pcs_/);
    expect(body.explanation).toContain("77.70 USD");
    expect(body.explanation).toContain(body.caseId);

    const again = await trace(ctx, { amount: "77.70", currency: "USD" }, erin.auth);
    expect(again.json().caseId).toBe(body.caseId);

    const cases = await listCases(ctx, agent, "?kind=deposit_trace&status=open");
    const opened = cases.filter((c) => c.statementLineId === line.id);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      id: body.caseId,
      customer: { walletNumber: erin.walletNumber, email: erin.email },
      evidence: {
        told: { amount: "77.70", currency: "USD", approxTime: "2026-11-25T08:00:00.000Z" },
        line: { id: line.id, amount: "77.70", reference: "from E MOSS", valueDate: "2026-11-25" },
      },
    });

    // Matching the line closes the customer's case too.
    const matched = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/bank/statement-lines/${line.id}/match`,
      headers: agent.auth,
      payload: { customer: erin.walletNumber },
    });
    expect(matched.statusCode).toBe(200);
    const after = await listCases(ctx, agent, "?kind=deposit_trace&status=resolved");
    expect(after.find((c) => c.id === body.caseId)?.status).toBe("resolved");
    const now = await trace(ctx, { amount: "77.70", currency: "USD" }, erin.auth);
    expect(now.json().finding).toBe("credited");
  });

  it("links an open bank deposit with unreferenced money of its amount", async () => {
    const deposit = await openBankDeposit(ctx, erin, { amount: "88.00" });
    await postLine(ctx, admin, { amount: "88.00", reference: "SAT-TYPO" });
    const res = await trace(ctx, { amount: "88.00", currency: "USD" }, erin.auth);
    expect(res.json()).toMatchObject({ finding: "unmatched_received", deposit: { id: deposit.id } });
    const cases = await listCases(ctx, agent, "?kind=deposit_trace");
    expect(cases.find((c) => c.id === res.json().caseId)?.depositId).toBe(deposit.id);
  });

  it("says what to check when nothing is found, and opens a case when asked", async () => {
    const res = await trace(ctx, { amount: "12.34", currency: "USD" }, erin.auth);
    expect(res.json()).toMatchObject({ finding: "not_found" });
    expect(res.json().caseId).toBeUndefined();
    expect(res.json().nextStep).toContain("Check the amount");
    const asked = await trace(ctx, { amount: "12.34", currency: "USD", openCase: true }, erin.auth);
    expect(asked.json().finding).toBe("not_found");
    expect(asked.json().caseId).toMatch(/^pcs_/);
    expect(asked.json().nextStep).toContain(asked.json().caseId);
    const twice = await trace(ctx, { amount: "12.34", currency: "USD", openCase: true }, erin.auth);
    expect(twice.json().caseId).toBe(asked.json().caseId);
  });

  it("refuses bad input in plain terms", async () => {
    expect((await trace(ctx, { amount: "abc", currency: "USD" }, erin.auth)).json().code).toBe(
      "invalid_amount",
    );
    const method = await trace(ctx, { amount: "1.00", currency: "USD", methodId: "nope" }, erin.auth);
    expect(method.json().errors[0].path).toBe("/methodId");
    const stale = await trace(
      ctx,
      { amount: "1.00", currency: "USD" },
      { authorization: "Bearer not-a-token" },
    );
    expect(stale.statusCode).toBe(401);
    // With an address, an expired session is simply a guest.
    const staleGuest = await trace(
      ctx,
      { amount: "1.00", currency: "USD", email: erin.email },
      { authorization: "Bearer not-a-token" },
    );
    expect(staleGuest.json().finding).toBe("emailed");
    const guest = await trace(ctx, { amount: "1.00", currency: "USD" });
    expect(guest.statusCode).toBe(400);
    expect(guest.json().errors[0].path).toBe("/email");
  });

  it("answers guests the same whether or not the address has an account, and emails only a real one", async () => {
    const deposit = await openBankDeposit(ctx, erin, { amount: "45.00" });
    const known = await trace(ctx, { amount: "45.00", currency: "USD", email: erin.email });
    const unknown = await trace(ctx, { amount: "45.00", currency: "USD", email: "nobody-here@example.test" });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(known.json()).toEqual(unknown.json());
    expect(known.json()).toMatchObject({ finding: "emailed" });
    expect(known.json().deposit).toBeUndefined();
    expect(known.json().explanation).toContain("If an account exists");

    const message = await lastMessage(ctx, erin.email);
    expect(message.subject).toBe("About your deposit of 45.00 USD");
    expect(message.text).toContain(deposit.bankReference);
    expect(message.text).toContain(`/deposits/${deposit.id}`);
    const none = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/dev/messages?to=${encodeURIComponent("nobody-here@example.test")}`,
    });
    expect(none.json().data).toEqual([]);
  });
});

describe(`guest traces are rate limited on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("refuses an address after ten guest traces in an hour, made-up tokens or not", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const fake: Record<string, string> = i % 2 === 0 ? { authorization: `Bearer made-up-${i}` } : {};
      const body = { amount: "1.00", currency: "USD", email: `g${i}@example.test` };
      statuses.push((await trace(ctx, body, fake)).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
