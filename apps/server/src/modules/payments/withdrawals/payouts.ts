import { transactionWithRetry } from "../../../platform/db/retry.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { isReasonCode } from "../../../platform/reasons/catalog.js";
import type { PaymentsDeps } from "../deps.js";
import {
  type ProviderEvent,
  ProviderPaymentNotFoundError,
  type ProviderPaymentResult,
  ProviderUnavailableError,
} from "../providers/provider.js";
import { withinProviderTimeout } from "../providers/timeout.js";
import {
  findDestination,
  findWithdrawal,
  lockWithdrawal,
  updateWithdrawal,
  type WithdrawalRow,
  withdrawalsDueForCheck,
} from "./repository.js";
import { FINAL, markFailed, markPaid, markReturned, moveTo, startProcessing } from "./transitions.js";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** How long a payout held by a major outage waits before the gate is asked again. */
export const OUTAGE_HOLD_MS = 5 * MINUTE_MS;

/**
 * When to ask the provider again: as long again as the payout has been processing (1, 2, 4,
 * 8… minutes), at least a minute and at most an hour, so a provider that is down is not
 * hammered and a slow one is still asked often enough.
 */
function nextCheckAfter(w: WithdrawalRow, now: Date): Date {
  const started = [...w.timeline].reverse().find((e) => e.status === "processing");
  const elapsed = started ? now.getTime() - Date.parse(started.at) : 0;
  return new Date(now.getTime() + Math.min(Math.max(elapsed, MINUTE_MS), HOUR_MS));
}

/** A provider's reason if the catalogue explains it, otherwise the generic one for refused payout details. */
const reasonOf = (code: string | undefined, fallback: string) =>
  code && isReasonCode(code) ? code : fallback;

/**
 * What a provider says about a payout (an answer to createPayout or getStatus, or a verified
 * webhook event), applied inside the caller's transaction. The row is locked first and a
 * final state is never left, so repeated or reordered news changes nothing twice. A return
 * that arrives before the payment it undoes is applied as both, in order.
 */
export async function applyPayoutNews(
  deps: PaymentsDeps,
  executor: Executor,
  withdrawalId: string,
  news: Pick<ProviderPaymentResult, "status" | "providerReference" | "reasonCode">,
): Promise<boolean> {
  const { platform } = deps;
  const w = await lockWithdrawal(executor, withdrawalId);
  if (!w || FINAL.has(w.status)) return false;
  const reference = news.providerReference || w.provider_reference;
  switch (news.status) {
    case "pending":
    case "requires_action": {
      if (w.status !== "processing") return false;
      await updateWithdrawal(executor, w.id, {
        provider_reference: reference,
        next_check_at: nextCheckAfter(w, platform.clock.now()),
      });
      return reference !== w.provider_reference;
    }
    case "succeeded":
      if (w.status !== "processing") return false;
      await markPaid(deps, executor, w, reference);
      return true;
    case "failed":
    case "canceled":
      if (w.status !== "processing") return false;
      await markFailed(deps, executor, w, reasonOf(news.reasonCode, "destination_invalid"), reference);
      return true;
    case "returned": {
      if (w.status !== "processing" && w.status !== "paid") return false;
      const paid = w.status === "paid" ? w : await markPaid(deps, executor, w, reference);
      await markReturned(deps, executor, paid, reasonOf(news.reasonCode, "returned_by_bank"));
      return true;
    }
  }
}

/**
 * Asks the provider, outside any transaction, and records the answer; an outage only moves
 * the next look. Every outcome is counted for the status page's `withdrawals` signal.
 */
async function askProvider(
  deps: PaymentsDeps,
  w: WithdrawalRow,
  call: () => Promise<ProviderPaymentResult>,
): Promise<void> {
  const { platform } = deps;
  let answer: ProviderPaymentResult;
  try {
    answer = await withinProviderTimeout(platform.config.payments.providerTimeoutMs, w.provider, call);
    deps.signals.record("withdrawals", "ok");
  } catch (error) {
    // Asked about a payout it never recorded (the request was lost in an outage): send it now.
    if (error instanceof ProviderPaymentNotFoundError) {
      deps.signals.record("withdrawals", "ok");
      return sendPayout(deps, w);
    }
    if (!(error instanceof ProviderUnavailableError)) {
      deps.signals.record("withdrawals", "failure");
      throw error;
    }
    deps.signals.record("withdrawals", error.why === "timeout" ? "timeout" : "failure");
    platform.log.warn(
      { withdrawalId: w.id, provider: w.provider, why: error.why },
      "payout provider unavailable",
    );
    await transactionWithRetry(platform.db, async (trx) => {
      const locked = await lockWithdrawal(trx, w.id);
      if (locked?.status === "processing")
        await updateWithdrawal(trx, w.id, { next_check_at: nextCheckAfter(locked, platform.clock.now()) });
    });
    return;
  }
  await transactionWithRetry(platform.db, (trx) => applyPayoutNews(deps, trx, w.id, answer));
}

/** Sends a processing withdrawal to its provider (again, after an outage: the provider dedupes on our id). */
async function sendPayout(deps: PaymentsDeps, w: WithdrawalRow): Promise<void> {
  const destination = await findDestination(deps.platform.db, w.destination_id);
  if (!destination) throw new Error(`withdrawal ${w.id} has no destination`);
  const details = JSON.parse(deps.customers.open(destination.details_sealed)) as Record<string, string>;
  const provider = deps.providers.get(w.provider);
  await askProvider(deps, w, () =>
    provider.createPayout({ reference: w.id, amount: w.amount, currency: w.currency, destination: details }),
  );
}

/** Not sent to the provider yet: a requested one, or one whose sending was never acknowledged. */
const unsent = (w: WithdrawalRow | undefined): w is WithdrawalRow =>
  w !== undefined && (w.status === "requested" || (w.status === "processing" && !w.provider_reference));

/**
 * While withdrawals (or this method) are under maintenance or in major outage, a payout
 * requested before is held: nothing goes to the provider, the money stays held, a requested
 * one may still be canceled, and the reconciler looks again when the window ends (or after
 * OUTAGE_HOLD_MS in an outage). Asked outside any transaction: the gate reads on its own.
 */
async function holdWhileClosed(deps: PaymentsDeps, withdrawalId: string): Promise<boolean> {
  const { platform } = deps;
  const pending = await findWithdrawal(platform.db, withdrawalId);
  if (!unsent(pending)) return false;
  const decision = await deps.gate.availability("withdrawals", { methodId: pending.method_id });
  if (decision.available) return false;
  const until =
    decision.reason === "maintenance"
      ? decision.endsAt
      : new Date(platform.clock.now().getTime() + OUTAGE_HOLD_MS);
  await transactionWithRetry(platform.db, async (trx) => {
    const locked = await lockWithdrawal(trx, withdrawalId);
    if (unsent(locked)) await updateWithdrawal(trx, locked.id, { next_check_at: until });
  });
  platform.log.info(
    { withdrawalId, reason: decision.reason, until: until.toISOString() },
    "payout held while withdrawals are closed",
  );
  return true;
}

/**
 * The worker's half of a withdrawal (outbox topic withdrawals.payout, and the reconciler):
 * a requested withdrawal starts processing (from then on it cannot be canceled), then the
 * provider is asked to pay. A payout the provider already acknowledged is only looked up;
 * one not sent yet waits while withdrawals are closed (holdWhileClosed).
 */
export async function dispatchPayout(deps: PaymentsDeps, withdrawalId: string): Promise<void> {
  const { platform } = deps;
  if (await holdWhileClosed(deps, withdrawalId)) return;
  const w = await transactionWithRetry(platform.db, async (trx) => {
    const locked = await lockWithdrawal(trx, withdrawalId);
    if (locked?.status !== "requested") return locked;
    // Frozen (or withdrawals paused after a reset) since the request: a person decides, the money stays held.
    const profile = await deps.customers.profile(trx, locked.user_id);
    const paused = profile?.withdrawalsHeldUntil && profile.withdrawalsHeldUntil > platform.clock.now();
    if (!profile || profile.frozen || paused) {
      const reason = profile?.frozen ? "account_frozen" : "withdrawals_on_hold";
      return moveTo(deps, trx, locked, {
        status: "in_review",
        patch: { review_reasons: JSON.stringify([...locked.review_reasons, reason]), next_check_at: null },
      });
    }
    return startProcessing(deps, trx, locked, { enqueue: false });
  });
  if (w?.status !== "processing") return;
  if (w.provider_reference) {
    const provider = deps.providers.get(w.provider);
    await askProvider(deps, w, () => provider.getStatus({ reference: w.id, kind: "payout" }));
    return;
  }
  await sendPayout(deps, w);
}

/** Housekeeping: withdrawals whose provider has not settled them in time are asked about again. */
export async function reconcilePayouts(deps: PaymentsDeps): Promise<number> {
  const { platform } = deps;
  const due = await withdrawalsDueForCheck(platform.db, platform.clock.now(), 50);
  let done = 0;
  for (const w of due) {
    try {
      await dispatchPayout(deps, w.id);
      done++;
    } catch (error) {
      platform.log.error({ err: error, withdrawalId: w.id }, "payout reconciliation failed");
    }
  }
  return done;
}

/** A verified payout event from a provider's webhook, inside the webhook's transaction. */
export async function onPayoutEvent(
  deps: PaymentsDeps,
  executor: Executor,
  event: ProviderEvent,
  providerKey: string,
): Promise<void> {
  if (event.kind !== "payout") return;
  const w = await findWithdrawal(executor, event.reference);
  // Only the provider we asked to pay may say how the payout went (another's valid signature is not enough).
  if (w && w.provider !== providerKey) {
    deps.platform.log.warn(
      { eventId: event.id, withdrawalId: w.id, provider: providerKey },
      "payout event from another provider than the withdrawal's; not applied",
    );
    return;
  }
  if (!w) {
    deps.platform.log.warn(
      { eventId: event.id, reference: event.reference },
      "payout event for no withdrawal",
    );
    return;
  }
  // A payout the provider acknowledged must be that payout.
  if (w.provider_reference && event.providerReference && event.providerReference !== w.provider_reference) {
    deps.platform.log.warn(
      { eventId: event.id, withdrawalId: w.id },
      "payout event names another provider payout; not applied",
    );
    return;
  }
  const differs =
    (event.amount !== undefined && event.amount !== w.amount) ||
    (event.currency !== undefined && event.currency !== w.currency);
  if (differs) {
    // Not what we asked to pay: a person has to look; the reconciler keeps asking meanwhile.
    deps.platform.log.error(
      { eventId: event.id, withdrawalId: w.id, amount: String(event.amount), currency: event.currency },
      "payout event amount or currency differs from the withdrawal; not applied",
    );
    return;
  }
  await applyPayoutNews(deps, executor, w.id, event);
}
