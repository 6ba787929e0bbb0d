import { transactionWithRetry } from "../../../platform/db/retry.js";
import type { PaymentsDeps } from "../deps.js";
import { ProviderPaymentNotFoundError } from "../providers/provider.js";
import { type DepositRow, depositsDueForCheck } from "./deposits-repository.js";
import {
  ACTION_TTL_MS,
  applyAnswer,
  callProvider,
  isAnswer,
  refreshPayment,
  requestPayment,
} from "./provider-call.js";
import { settleDeposit } from "./settle.js";

const BATCH = 50;

/**
 * The deposits reconciler, for deposits whose next look is due: bank-transfer instructions
 * past their expiry and payments still waiting on the customer after an hour expire;
 * deposits whose provider never answered are asked again (the call is idempotent, so one
 * the provider did record is not made twice); those it is processing are looked up with
 * getStatus, in case a webhook was lost. Each deposit is settled in its own transaction; a
 * failure with one does not stop the others.
 */
export async function reconcileDeposits(deps: PaymentsDeps): Promise<number> {
  const { platform } = deps;
  const due = await depositsDueForCheck(platform.db, platform.clock.now(), BATCH);
  let done = 0;
  for (const deposit of due) {
    if (await guarded(deps, deposit, () => reconcileOne(deps, deposit))) done += 1;
  }
  return done;
}

async function reconcileOne(deps: PaymentsDeps, deposit: DepositRow): Promise<void> {
  if (isExpired(deps, deposit)) return expireOne(deps, deposit);
  if (deposit.status === "created" || deposit.provider_reference === null)
    return requestPayment(deps, deposit.id);
  return refreshPayment(deps, deposit);
}

function isExpired(deps: PaymentsDeps, d: DepositRow): boolean {
  const now = deps.platform.clock.now().getTime();
  if (d.expires_at && d.expires_at.getTime() <= now) return true;
  return d.provider_status === "requires_action" && d.created_at.getTime() + ACTION_TTL_MS <= now;
}

async function expireOne(deps: PaymentsDeps, deposit: DepositRow): Promise<void> {
  const { platform } = deps;
  if (deposit.provider_status !== "requires_action" || !deposit.provider_reference) {
    await transactionWithRetry(platform.db, (trx) =>
      settleDeposit(deps, trx, deposit.id, { status: "expired" }),
    );
    return;
  }
  // The customer never finished the provider's page: close it there first, so a late
  // approval cannot take money for a deposit that is no longer waiting for it.
  const provider = deps.providers.get(deposit.provider);
  let answer: Awaited<ReturnType<typeof callProvider>>;
  try {
    answer = await callProvider(deps, provider, (p) => p.cancel({ reference: deposit.id, kind: "payment" }));
  } catch (error) {
    if (!(error instanceof ProviderPaymentNotFoundError)) throw error;
    answer = { status: "canceled", providerReference: deposit.provider_reference };
  }
  // Settled at the provider meanwhile (approved or declined at the last minute), or no
  // answer (the deposit keeps waiting and is tried again): apply that instead of expiring.
  if (!isAnswer(answer) || answer.status === "succeeded" || answer.status === "failed") {
    await applyAnswer(deps, deposit, answer);
    return;
  }
  const reasonCode = provider.kind === "card" ? "authentication_failed" : "payment_canceled";
  await transactionWithRetry(platform.db, (trx) =>
    settleDeposit(deps, trx, deposit.id, { status: "expired", reasonCode }),
  );
}

async function guarded(deps: PaymentsDeps, deposit: DepositRow, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    deps.platform.log.error({ err: error, depositId: deposit.id }, "deposit reconciliation failed");
    return false;
  }
}
