import { SYSTEM_ACTOR } from "../modules/audit/index.js";
import { totpNow } from "./accounts-helpers.js";
import type { TestContext } from "./test-app.js";
import { buildCustomer, type Customer } from "./wallet-helpers.js";

/** A customer who can withdraw: money, verification level, and an authenticator app (TOTP) turned on. */
export type Withdrawer = Customer & { secret: string; recoveryCodes: string[] };

const STEP_MS = 30_000;

/** Turns on TOTP as the customer would: set up, then confirm with a first code. */
export async function enableTotp(ctx: TestContext, customer: Customer) {
  const setup = await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/totp", headers: customer.auth });
  if (setup.statusCode !== 200) throw new Error(`totp setup failed: ${setup.body}`);
  const secret = setup.json().secret as string;
  ctx.clock.advance(STEP_MS);
  const confirm = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/me/2fa/totp/confirm",
    headers: customer.auth,
    payload: { code: totpNow(secret, ctx.clock.now()) },
  });
  if (confirm.statusCode !== 200) throw new Error(`totp confirm failed: ${confirm.body}`);
  return { secret, recoveryCodes: confirm.json().recoveryCodes as string[] };
}

/** A fresh code: each TOTP code works once per 30-second step, so the clock moves on one step first. */
export function nextCode(ctx: TestContext, who: { secret: string }): string {
  ctx.clock.advance(STEP_MS);
  return totpNow(who.secret, ctx.clock.now());
}

export async function buildWithdrawer(
  ctx: TestContext,
  funds: Record<string, string> = { USD: "1000.00" },
  options: { country?: string; level?: number; totp?: boolean } = {},
): Promise<Withdrawer> {
  const customer = await buildCustomer(ctx, funds, "Wendy Withdraw", { country: options.country ?? "US" });
  const level = options.level ?? 1;
  await ctx.services.payments.deps.customers.setVerificationLevel(
    ctx.platform.db,
    customer.userId,
    level,
    SYSTEM_ACTOR,
  );
  if (options.totp === false) return { ...customer, secret: "", recoveryCodes: [] };
  return { ...customer, ...(await enableTotp(ctx, customer)) };
}

/** Bank details the bank simulator pays (an account number ending 0002 fails, 0003 is returned). */
export const ACH = (accountNumber = "000123450001") => ({
  methodId: "bank_us_ach",
  details: {
    accountHolder: "Wendy Withdraw",
    accountNumber,
    bankName: "Harbor Bank",
    routingNumber: "110000000",
  },
});

/** Saves a payout destination with a fresh code (`code: null` sends none). */
export function addDestination(
  ctx: TestContext,
  who: Withdrawer,
  body: Record<string, unknown>,
  code: string | null = nextCode(ctx, who),
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/payout-destinations",
    headers: who.auth,
    payload: { ...body, ...(code === null ? {} : { code }) },
  });
}

/** A destination past its hold (the clock moves past PAYOUT_DESTINATION_HOLD_HOURS). */
export async function readyDestination(
  ctx: TestContext,
  who: Withdrawer,
  body: Record<string, unknown> = ACH(),
): Promise<string> {
  const res = await addDestination(ctx, who, body);
  if (res.statusCode !== 201) throw new Error(`destination refused: ${res.body}`);
  ctx.clock.advance(ctx.platform.config.payments.destinationHoldHours * 3_600_000 + 60_000);
  return res.json().id as string;
}

export function withdraw(
  ctx: TestContext,
  who: Withdrawer,
  payload: { destinationId: string; amount: string; currency?: string; code?: string },
  key?: string,
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/withdrawals",
    headers: { ...who.auth, ...(key ? { "idempotency-key": key } : {}) },
    payload: { currency: "USD", code: payload.code ?? nextCode(ctx, who), ...payload },
  });
}

export async function readWithdrawal(ctx: TestContext, who: Customer, id: string) {
  const res = await ctx.app.inject({ method: "GET", url: `/api/v1/withdrawals/${id}`, headers: who.auth });
  if (res.statusCode !== 200) throw new Error(`withdrawal read failed: ${res.body}`);
  return res.json();
}

/** The customer's wallet in one currency as the API shows it: available, held, posted. */
export async function walletOf(ctx: TestContext, who: Customer, currency = "USD") {
  const res = await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: who.auth });
  const wallet = (
    res.json().data as { currency: string; available: string; held: string; posted: string }[]
  ).find((w) => w.currency === currency);
  if (!wallet) throw new Error(`no ${currency} wallet`);
  return wallet;
}

/** A compliance officer decides on a withdrawal in review. */
export function review(
  ctx: TestContext,
  staff: { auth: Record<string, string> },
  id: string,
  decision: "approve" | "reject",
  body?: Record<string, unknown>,
) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/admin/withdrawals/${id}/${decision}`,
    headers: staff.auth,
    ...(body ? { payload: body } : {}),
  });
}

/**
 * Lets the world happen: the worker sends payouts, the simulator pays them and sends its
 * signed webhooks, which settle the withdrawals. `laterMs` moves the clock on first (a bank
 * returns a payout an hour after it was paid).
 */
export async function runPayouts(ctx: TestContext, laterMs = 0) {
  if (laterMs) ctx.clock.advance(laterMs);
  await ctx.platform.outbox.drain();
}

/** A platform account's balance summed over its shards (provider clearing, fees). */
export async function platformBalance(ctx: TestContext, code: string, currency = "USD"): Promise<bigint> {
  const totals = await ctx.services.ledger.platformTotals(ctx.platform.db);
  return totals.find((a) => a.code === code && a.currency === currency)?.posted ?? 0n;
}

/** The withdrawal's row in the customer's transaction history. */
export async function historyRow(ctx: TestContext, who: Customer, transactionId: string) {
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/transactions/${transactionId}`,
    headers: who.auth,
  });
  return res.json();
}

/** Every currency's accounts sum to zero. */
export async function booksBalance(ctx: TestContext): Promise<boolean> {
  return Object.values(await ctx.services.ledger.trialBalance(ctx.platform.db)).every(
    (total) => total === 0n,
  );
}

/** Support freezes the customer's outgoing payments (as after a reported takeover). */
export async function freeze(ctx: TestContext, agent: { auth: Record<string, string> }, who: Customer) {
  const res = await ctx.app.inject({
    method: "POST",
    url: `/api/v1/agent/customers/${who.userId}/freeze`,
    headers: agent.auth,
    payload: { reason: "Customer reported a stolen phone" },
  });
  if (res.statusCode !== 204) throw new Error(`freeze failed: ${res.body}`);
}
