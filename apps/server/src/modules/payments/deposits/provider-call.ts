import { transactionWithRetry } from "../../../platform/db/retry.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { PaymentsDeps } from "../deps.js";
import { componentOf } from "../methods/catalogue.js";
import {
  type PaymentProvider,
  ProviderPaymentNotFoundError,
  type ProviderPaymentResult,
  ProviderUnavailableError,
} from "../providers/provider.js";
import { withinProviderTimeout } from "../providers/timeout.js";
import { type DepositRow, findDeposit } from "./deposits-repository.js";
import type { NextAction } from "./present.js";
import { type DepositOutcome, settleDeposit } from "./settle.js";

/** A payment waiting on the customer (3-D Secure, an e-wallet page) expires after this long. */
export const ACTION_TTL_MS = 60 * 60_000;
/** How often the reconciler asks about a payment the provider is processing (in case a webhook is lost). */
export const PROCESSING_POLL_MS = 10 * 60_000;
/** How often it asks about one waiting on the customer. */
export const ACTION_POLL_MS = 15 * 60_000;
/** After a timeout or 5xx: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** The provider could not be reached, or did not answer in time. */
const UNAVAILABLE = Symbol("unavailable");
export type ProviderAnswer = ProviderPaymentResult | typeof UNAVAILABLE;

export const isAnswer = (answer: ProviderAnswer): answer is ProviderPaymentResult => answer !== UNAVAILABLE;

/**
 * Calls a provider outside any database transaction, giving up after PROVIDER_TIMEOUT_MS.
 * A timeout, a 5xx or anything unexpected counts as "no answer": the deposit stays pending
 * and the reconciler asks again (calls are idempotent per our reference). Every outcome is
 * counted for the status page's signals, under the deposits component of the provider's kind.
 */
export async function callProvider(
  deps: PaymentsDeps,
  provider: PaymentProvider,
  call: (p: PaymentProvider) => Promise<ProviderPaymentResult>,
): Promise<ProviderAnswer> {
  const component = componentOf(provider, "deposit");
  try {
    const answer = await withinProviderTimeout(
      deps.platform.config.payments.providerTimeoutMs,
      provider.key,
      () => call(provider),
    );
    deps.signals.record(component, "ok");
    return answer;
  } catch (error) {
    if (error instanceof ProviderPaymentNotFoundError) {
      // It answered: it simply has no record of the reference.
      deps.signals.record(component, "ok");
      throw error;
    }
    if (error instanceof ProviderUnavailableError) {
      deps.signals.record(component, error.why === "timeout" ? "timeout" : "failure");
    } else {
      deps.signals.record(component, "failure");
      deps.platform.log.error({ err: error, provider: provider.key }, "provider call failed unexpectedly");
    }
    return UNAVAILABLE;
  }
}

/** Asks the deposit's provider to collect it (again: the call is idempotent) and applies the answer. */
export async function requestPayment(deps: PaymentsDeps, depositId: string): Promise<void> {
  const deposit = await findDeposit(deps.platform.db, depositId);
  if (!deposit || (deposit.status !== "created" && deposit.status !== "pending")) return;
  const provider = deps.providers.get(deposit.provider);
  const token = deposit.card ? (deposit.card as { token?: string }).token : undefined;
  const answer = await callProvider(deps, provider, (p) =>
    p.createPayment({
      reference: deposit.id,
      amount: deposit.amount,
      currency: deposit.currency,
      returnUrl: deps.customers.url(`/deposits/${deposit.id}`),
      methodId: deposit.method_id,
      ...(token ? { cardToken: token } : {}),
      ...(deposit.bank_reference ? { bankReference: deposit.bank_reference } : {}),
    }),
  );
  await applyAnswer(deps, deposit, answer);
}

/** Asks the provider where a deposit it acknowledged stands, and applies the answer. */
export async function refreshPayment(deps: PaymentsDeps, deposit: DepositRow): Promise<void> {
  const provider = deps.providers.get(deposit.provider);
  try {
    const answer = await callProvider(deps, provider, (p) =>
      p.getStatus({ reference: deposit.id, kind: "payment" }),
    );
    await applyAnswer(deps, deposit, answer);
  } catch (error) {
    if (!(error instanceof ProviderPaymentNotFoundError)) throw error;
    await requestPayment(deps, deposit.id);
  }
}

/** Applies a provider's answer in a transaction of its own. */
export async function applyAnswer(deps: PaymentsDeps, deposit: DepositRow, answer: ProviderAnswer) {
  const outcome = outcomeOf(deps, deposit, answer);
  return transactionWithRetry(deps.platform.db, (trx) => settleDeposit(deps, trx, deposit.id, outcome));
}

function outcomeOf(deps: PaymentsDeps, deposit: DepositRow, answer: ProviderAnswer): DepositOutcome {
  const now = deps.platform.clock.now().getTime();
  if (answer === UNAVAILABLE) {
    const attempts = deposit.attempts + 1;
    // A deposit the provider already acknowledged keeps what it said; only the next look moves.
    const acknowledged = deposit.provider_reference !== null && deposit.provider_status !== null;
    return {
      status: "pending",
      providerStatus: acknowledged ? (deposit.provider_status as string) : "pending_at_provider",
      nextCheckAt: new Date(now + backoffMs(attempts)),
      attempts,
    };
  }
  const providerReference = answer.providerReference;
  switch (answer.status) {
    case "succeeded":
      return { status: "succeeded", providerReference };
    case "failed":
      return { status: "failed", reasonCode: answer.reasonCode ?? "processing_error", providerReference };
    case "canceled":
    case "returned":
      return { status: "failed", reasonCode: answer.reasonCode ?? "payment_canceled", providerReference };
    case "requires_action":
      return {
        status: "pending",
        providerStatus: "requires_action",
        providerReference,
        nextAction: answer.redirectUrl ? { type: "redirect", url: answer.redirectUrl } : null,
        nextCheckAt: new Date(Math.min(now + ACTION_POLL_MS, deposit.created_at.getTime() + ACTION_TTL_MS)),
        attempts: 0,
      };
    case "pending":
      if (answer.receivingAccount && deposit.bank_reference && deposit.expires_at) {
        const instructions: NextAction = {
          type: "bank_transfer",
          ...answer.receivingAccount,
          reference: deposit.bank_reference,
          amount: formatAmount(deposit.amount, deposit.currency),
          currency: deposit.currency,
          expiresAt: deposit.expires_at.toISOString(),
        };
        // Nothing to ask the provider: the money arrives on the bank statement; the next
        // look is when the instructions expire.
        return {
          status: "pending",
          providerStatus: "awaiting_transfer",
          providerReference,
          nextAction: instructions,
          nextCheckAt: deposit.expires_at,
          attempts: 0,
        };
      }
      return {
        status: "pending",
        providerStatus: "processing",
        providerReference,
        nextAction: null,
        nextCheckAt: new Date(now + PROCESSING_POLL_MS),
        attempts: 0,
      };
  }
}
