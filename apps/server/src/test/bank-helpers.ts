import { insertDeposit } from "../modules/payments/deposits/deposits-repository.js";
import type { DepositStatus } from "../platform/db/schema-payments.js";
import { currency as currencyOf, formatAmount, parseAmount } from "../platform/money/money.js";
import { postDeposit } from "./deposit-helpers.js";
import { buildTestApp, type TestContext } from "./test-app.js";
import { buildCustomer, buildStaff, type Customer } from "./wallet-helpers.js";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
let references = 0;

/** A fresh bank reference in the shape customers are given ("SAT-7K3M9QPA"). */
export function newBankReference(): string {
  references += 1;
  let n = Date.now() * 1000 + references;
  let code = "";
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[n % 32] + code;
    n = Math.floor(n / 32);
  }
  return `SAT-${code}`;
}

/**
 * A bank-transfer deposit waiting for money, as the deposit flow leaves it: the row with its
 * bank reference, and its pending row in the customer's history. Written directly (not via
 * POST /api/v1/deposits) so the bank tests do not depend on the provider simulator.
 */
export async function openBankDeposit(
  ctx: TestContext,
  customer: Customer,
  input: {
    methodId?: string;
    amount: string;
    currency?: string;
    fee?: string;
    status?: DepositStatus;
    reasonCode?: string;
    provider?: string;
    providerStatus?: string | null;
  },
) {
  const { platform, services } = ctx;
  const currency = input.currency ?? "USD";
  const methodId = input.methodId ?? "bank_us_ach";
  const method = await services.payments.methods.get(methodId);
  const amount = parseAmount(input.amount, currency);
  const fee = input.fee ? parseAmount(input.fee, currency, { allowZero: true }) : 0n;
  const id = platform.ids.next("deposit");
  const transactionId = platform.ids.next("transaction");
  const bankReference = method.kind === "bank_transfer" ? newBankReference() : null;
  const now = platform.clock.now();
  const status = input.status ?? "pending";
  const final = status === "succeeded" || status === "failed" || status === "expired";
  await platform.db.transaction().execute(async (trx) => {
    await insertDeposit(trx, {
      id,
      user_id: customer.userId,
      method_id: methodId,
      provider: input.provider ?? method.provider,
      status,
      provider_status:
        input.providerStatus !== undefined ? input.providerStatus : final ? null : "awaiting_transfer",
      amount,
      fee,
      currency,
      exponent: currencyOf(currency).exponent,
      provider_reference: null,
      bank_reference: bankReference,
      card: null,
      next_action: null,
      reason_code: input.reasonCode ?? null,
      journal_id: null,
      transaction_id: transactionId,
      attempts: 0,
      next_check_at: null,
      expires_at: new Date(now.getTime() + 14 * 86_400_000),
      created_at: now,
      updated_at: now,
      completed_at: final ? now : null,
    });
    await services.payments.deps.wallets.movements.record(trx, {
      id: transactionId,
      ownerId: id,
      userId: customer.userId,
      type: "deposit",
      direction: "in",
      amount: amount - fee,
      fee,
      currency,
      counterpartyName: method.name.en,
      status: final ? (status === "succeeded" ? "completed" : "failed") : "pending",
      step: status,
      reasonCode: input.reasonCode ?? null,
      at: now,
    });
  });
  return { id, bankReference: bankReference ?? "", amount: formatAmount(amount, currency), currency };
}

export async function depositStatus(ctx: TestContext, id: string) {
  const row = await ctx.platform.db
    .selectFrom("deposits")
    .select(["status", "journal_id"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.status;
}

let lines = 0;

/** Posts a statement line as an admin (a fresh externalId unless given). */
export function postLine(
  ctx: TestContext,
  admin: { auth: Record<string, string> },
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  lines += 1;
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/admin/bank/statement-lines",
    headers: { ...admin.auth, ...headers },
    payload: { methodId: "bank_us_ach", currency: "USD", externalId: `line-${Date.now()}-${lines}`, ...body },
  });
}

export function importCsv(
  ctx: TestContext,
  admin: { auth: Record<string, string> },
  csv: string,
  methodId = "bank_us_ach",
) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/admin/bank/statement-imports?methodId=${methodId}`,
    headers: { ...admin.auth, "content-type": "text/csv; charset=utf-8" },
    payload: csv,
  });
}

/** A platform account's balance summed over its shards, as a decimal string ("0.00" when never used). */
export async function platformBalance(ctx: TestContext, code: string, currency: string): Promise<string> {
  const totals = await ctx.services.ledger.platformTotals(ctx.platform.db);
  const found = totals.find((a) => a.code === code && a.currency === currency);
  return formatAmount(found?.posted ?? 0n, currency);
}

export function trace(ctx: TestContext, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: "POST", url: "/api/v1/deposits/trace", headers, payload: body });
}

/** The cases staff see, optionally filtered. */
export async function listCases(ctx: TestContext, staff: { auth: Record<string, string> }, query = "") {
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/admin/payment-cases${query}`,
    headers: staff.auth,
  });
  return res.json().data as {
    id: string;
    kind: string;
    status: string;
    statementLineId: string | null;
    depositId: string | null;
    customer: { walletNumber: string; email: string } | null;
    evidence: Record<string, unknown>;
    resolution: string | null;
  }[];
}

/**
 * A bank-transfer deposit made as a customer makes it (POST /api/v1/deposits): returns the
 * deposit id and the reference its instructions tell the customer to quote.
 */
export async function depositByBankTransfer(
  ctx: TestContext,
  who: Customer,
  amount: string,
  methodId = "bank_us_ach",
  currency = "USD",
) {
  const res = await postDeposit(ctx, who, { methodId, amount, currency });
  if (res.statusCode !== 201) throw new Error(`deposit refused: ${res.body}`);
  const view = res.json() as {
    id: string;
    status: string;
    providerStatus: string | null;
    nextAction: { type: string; reference?: string } | null;
  };
  if (view.nextAction?.type !== "bank_transfer" || !view.nextAction.reference)
    throw new Error(`no bank instructions: ${res.body}`);
  return { id: view.id, bankReference: view.nextAction.reference, view };
}

export type Staff = Awaited<ReturnType<typeof buildStaff>>;

/** The cast of a bank test: an app, an admin, an agent and customers in the US (where ACH is offered). */
export async function bankStage<Name extends string>(names: Record<Name, string>) {
  const ctx = await buildTestApp();
  const admin = await buildStaff(ctx, "admin");
  const agent = await buildStaff(ctx, "agent");
  const customers = {} as Record<Name, Customer>;
  for (const [key, name] of Object.entries(names) as [Name, string][])
    customers[key] = await buildCustomer(ctx, {}, name, { country: "US" });
  return { ctx, admin, agent, customers };
}
