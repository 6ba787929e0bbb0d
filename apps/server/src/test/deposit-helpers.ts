import { expect } from "vitest";
import { SIGNATURE_HEADER, signPayload, simulatorSecret } from "../modules/payments/providers/signing.js";
import { STRONG_PASSWORD } from "./accounts-helpers.js";
import type { TestContext } from "./test-app.js";
import type { Customer } from "./wallet-helpers.js";

/** Stripe's test card numbers, as the card simulator reads them. */
export const CARDS = {
  visa: "4242424242424242",
  mastercard: "5555555555554444",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
  lost: "4000000000009987",
  stolen: "4000000000009979",
  expired: "4000000000000069",
  incorrectCvc: "4000000000000127",
  processingError: "4000000000000119",
  threeDSecure: "4000002760003184",
} as const;

/** A card as the deposit form sends it (valid expiry and CVC unless overridden). */
export function card(number: string, extra: Record<string, unknown> = {}) {
  return { number, expMonth: 12, expYear: 2030, cvc: "123", ...extra };
}

export type DepositJson = {
  id: string;
  status: string;
  providerStatus: string | null;
  amount: string;
  fee: string;
  netAmount: string;
  currency: string;
  nextAction: Record<string, string> | null;
  reason: { code: string } | null;
  transactionId: string | null;
  reference: string | null;
  timeline: { status: string; at: string; reasonCode: string | null }[];
  [key: string]: unknown;
};

export function postDeposit(
  ctx: TestContext,
  who: Customer,
  payload: Record<string, unknown>,
  key?: string,
  headers: Record<string, string> = {},
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/deposits",
    headers: { ...who.auth, ...(key ? { "idempotency-key": key } : {}), ...headers },
    payload,
  });
}

/** A card deposit that must be accepted (201); returns the deposit view. */
export async function depositByCard(
  ctx: TestContext,
  who: Customer,
  number: string,
  amount = "100.00",
  currency = "USD",
): Promise<DepositJson> {
  const res = await postDeposit(ctx, who, { methodId: "card", amount, currency, card: card(number) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function getDeposit(ctx: TestContext, who: Customer, id: string): Promise<DepositJson> {
  const res = await ctx.app.inject({ method: "GET", url: `/api/v1/deposits/${id}`, headers: who.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The simulator payment id in a redirect URL (/simulator/3ds/{id}?return=…). */
export function simulatorIdOf(url: string): string {
  const match = /\/simulator\/(?:3ds|ewallet)\/([^/?]+)/.exec(url);
  if (!match?.[1]) throw new Error(`not a simulator page: ${url}`);
  return match[1];
}

/** The customer's answer on the provider's page. */
export function completeOnPage(
  ctx: TestContext,
  redirectUrl: string,
  outcome: "approve" | "decline" | "cancel",
) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/simulator/payments/${simulatorIdOf(redirectUrl)}/complete`,
    payload: { outcome },
  });
}

export async function setSimulatorMode(
  ctx: TestContext,
  admin: { auth: Record<string, string> },
  provider: string,
  mode: "normal" | "timeout" | "error",
) {
  const res = await ctx.app.inject({
    method: "PUT",
    url: `/api/v1/admin/simulators/${provider}`,
    headers: admin.auth,
    payload: { mode },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Runs the deposits' background chores once (reconciler and expiry); returns how much they did. */
export async function runDepositChores(ctx: TestContext): Promise<number> {
  let done = 0;
  for (const [, chore] of ctx.services.payments.deposits.chores) done += await chore();
  return done;
}

/** A webhook body as a simulator sends it, about a deposit. */
export function paymentEvent(
  deposit: { id: string; amount: string; currency: string },
  status: "pending" | "succeeded" | "failed" | "canceled",
  options: { eventId?: string; providerReference?: string; minorAmount?: string; reasonCode?: string } = {},
) {
  return {
    id: options.eventId ?? `evt_test_${Math.random().toString(36).slice(2)}`,
    type: `payment.${status}`,
    created: 0,
    data: {
      object: "payment",
      id: options.providerReference ?? `sim_for_${deposit.id}`,
      reference: deposit.id,
      status,
      amount: options.minorAmount ?? deposit.amount.replace(".", ""),
      currency: deposit.currency,
      reasonCode: options.reasonCode ?? null,
    },
  };
}

/** Headers and body of a webhook call signed with a built-in provider's secret, at `at` (now by default). */
export function signedWebhook(ctx: TestContext, provider: string, body: unknown, at = ctx.clock.now()) {
  const rawBody = typeof body === "string" ? body : JSON.stringify(body);
  const { config } = ctx.platform;
  const secret = simulatorSecret(config.payments.providerWebhookSecret, config.secret, provider);
  return {
    rawBody,
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signPayload(secret, rawBody, at) },
  };
}

export function postWebhook(
  ctx: TestContext,
  provider: string,
  call: { rawBody: string; headers: Record<string, string> },
) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/providers/${provider}/webhooks`,
    headers: call.headers,
    payload: call.rawBody,
  });
}

/** The sum of a platform account (all shards) in a currency, in minor units. */
export async function platformBalance(ctx: TestContext, code: string, currency: string): Promise<bigint> {
  const totals = await ctx.services.ledger.platformTotals(ctx.platform.db);
  return totals.find((t) => t.code === code && t.currency === currency)?.posted ?? 0n;
}

/** Signs the customer in again (after a test moved the clock past the token's idle limit). */
export async function signInAgain(ctx: TestContext, who: Customer): Promise<Customer> {
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: who.email, password: STRONG_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ...who, auth: { authorization: `Bearer ${res.json().token as string}` } };
}
