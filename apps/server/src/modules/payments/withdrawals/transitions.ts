import type { Updateable } from "kysely";
import type {
  WithdrawalStatus,
  WithdrawalsTable,
  WithdrawalTimelineEntry,
} from "../../../platform/db/schema-payments.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PaymentsDeps } from "../deps.js";
import { hotPlatformAccount } from "../hot-accounts.js";
import { releaseUsage } from "../usage.js";
import { withdrawalEmail } from "./emails.js";
import {
  findDestination,
  findWithdrawal,
  updateDestination,
  updateWithdrawal,
  type WithdrawalRow,
} from "./repository.js";

/** The outbox topic that sends a withdrawal to its provider, outside any database transaction. */
export const PAYOUT_TOPIC = "withdrawals.payout";

/** A withdrawal in one of these states never changes again (except paid, which a bank may still return). */
export const FINAL: ReadonlySet<WithdrawalStatus> = new Set(["rejected", "canceled", "failed", "returned"]);

/** The customer's history row follows the withdrawal: pending until paid, failed, or reversed once returned. */
const HISTORY_STATUS: Record<WithdrawalStatus, "pending" | "completed" | "failed" | "reversed"> = {
  requested: "pending",
  in_review: "pending",
  processing: "pending",
  paid: "completed",
  rejected: "failed",
  canceled: "failed",
  failed: "failed",
  returned: "reversed",
};

/**
 * Moves a locked withdrawal to its next state, inside the caller's transaction: the row and
 * its timeline, the customer's history row, and an email saying what happened, why and what
 * to do next. Callers decide whether the move is allowed and do the money part first.
 */
export async function moveTo(
  deps: PaymentsDeps,
  executor: Executor,
  w: WithdrawalRow,
  next: {
    status: WithdrawalStatus;
    reasonCode?: string | null;
    note?: string | null;
    journalId?: string;
    patch?: Updateable<WithdrawalsTable>;
  },
): Promise<WithdrawalRow> {
  const { platform, customers } = deps;
  const now = platform.clock.now();
  const entry: WithdrawalTimelineEntry = {
    status: next.status,
    at: now.toISOString(),
    reasonCode: next.reasonCode ?? null,
    note: next.note ?? null,
  };
  await updateWithdrawal(executor, w.id, {
    ...next.patch,
    status: next.status,
    timeline: JSON.stringify([...w.timeline, entry]),
    updated_at: now,
    ...(next.reasonCode !== undefined ? { reason_code: next.reasonCode } : {}),
    ...(next.note !== undefined ? { reason_note: next.note } : {}),
  });
  // The row as it now reads, for the history, the email and the caller.
  const moved = (await findWithdrawal(executor, w.id)) as WithdrawalRow;
  if (w.transaction_id) {
    await deps.wallets.movements.update(executor, w.transaction_id, {
      status: HISTORY_STATUS[next.status],
      step: next.status,
      at: now,
      reasonCode: moved.reason_code,
      ...(next.journalId ? { journalId: next.journalId } : {}),
    });
  }
  const destination = await findDestination(executor, w.destination_id);
  const reference = w.transaction_id
    ? await deps.wallets.movements.reference(executor, w.transaction_id)
    : undefined;
  await customers.notify(executor, w.user_id, {
    kind: "withdrawals",
    copies: withdrawalEmail(
      moved,
      destination?.label ?? "",
      reference,
      customers.url(`/withdrawals/${w.id}`),
    ),
    link: `/withdrawals/${w.id}`,
    // Each state is reached once, so a retried worker pass never tells the customer twice.
    dedupeKey: `withdrawal:${w.id}:${next.status}`,
  });
  return moved;
}

/** The limit a withdrawal used, given back (on the day it was counted) when its money stays or comes back. */
const giveBackLimit = (deps: PaymentsDeps, executor: Executor, w: WithdrawalRow) =>
  releaseUsage(deps, executor, {
    userId: w.user_id,
    direction: "withdrawal",
    amount: w.amount,
    currency: w.currency,
    at: w.created_at,
    usd: w.usage_usd,
  });

/** Gives back the reserved money and the limit it used: for a withdrawal that will never be paid. */
export async function release(deps: PaymentsDeps, executor: Executor, w: WithdrawalRow): Promise<void> {
  if (w.hold_id) await deps.ledger.voidHold(executor, w.hold_id);
  await giveBackLimit(deps, executor, w);
}

/**
 * Sends it on: processing, and (unless the worker is the caller and pays at once) a payout
 * message for the worker, since a provider is never called inside a transaction.
 */
export async function startProcessing(
  deps: PaymentsDeps,
  executor: Executor,
  w: WithdrawalRow,
  options: { patch?: Updateable<WithdrawalsTable>; enqueue: boolean },
): Promise<WithdrawalRow> {
  const { platform } = deps;
  // If the worker dies between here and the provider's answer, the reconciler picks it up.
  const nextCheck = new Date(platform.clock.now().getTime() + 5 * 60_000);
  const moved = await moveTo(deps, executor, w, {
    status: "processing",
    patch: { ...options.patch, next_check_at: nextCheck },
  });
  if (options.enqueue) await platform.outbox.enqueue(executor, PAYOUT_TOPIC, { withdrawalId: w.id });
  return moved;
}

/** The provider paid: the hold is posted to the provider's clearing account and the fee account. */
export async function markPaid(
  deps: PaymentsDeps,
  executor: Executor,
  w: WithdrawalRow,
  providerReference: string | null,
): Promise<WithdrawalRow> {
  const { ledger, platform } = deps;
  const provider = await hotPlatformAccount(deps, executor, `provider:${w.provider}`, w.currency);
  const to = [{ accountId: provider.id, amount: w.amount }];
  if (w.fee > 0n) {
    const fees = await hotPlatformAccount(deps, executor, "fees", w.currency);
    to.push({ accountId: fees.id, amount: w.fee });
  }
  const journalId = await ledger.postHold(executor, w.hold_id as string, {
    to,
    kind: "withdrawal",
    memo: { withdrawalId: w.id, provider: w.provider },
  });
  const now = platform.clock.now();
  const destination = await findDestination(executor, w.destination_id);
  if (destination && !destination.first_paid_at)
    await updateDestination(executor, destination.id, { first_paid_at: now });
  return moveTo(deps, executor, w, {
    status: "paid",
    journalId,
    patch: { journal_id: journalId, provider_reference: providerReference, next_check_at: null },
  });
}

/** The provider refused before paying: nothing left the wallet, so the hold is released. */
export async function markFailed(
  deps: PaymentsDeps,
  executor: Executor,
  w: WithdrawalRow,
  reasonCode: string,
  providerReference: string | null,
): Promise<WithdrawalRow> {
  await release(deps, executor, w);
  return moveTo(deps, executor, w, {
    status: "failed",
    reasonCode,
    patch: { provider_reference: providerReference, next_check_at: null },
  });
}

/** The money came back after it was paid: the wallet gets amount and fee back, the provider and fee accounts give them. */
export async function markReturned(
  deps: PaymentsDeps,
  executor: Executor,
  w: WithdrawalRow,
  reasonCode: string,
): Promise<WithdrawalRow> {
  const { ledger } = deps;
  const wallet = await ledger.customerWallet(executor, w.user_id, w.currency);
  const provider = await hotPlatformAccount(deps, executor, `provider:${w.provider}`, w.currency);
  const postings = [
    { accountId: wallet.id, amount: w.amount + w.fee },
    { accountId: provider.id, amount: -w.amount },
  ];
  if (w.fee > 0n) {
    const fees = await hotPlatformAccount(deps, executor, "fees", w.currency);
    postings.push({ accountId: fees.id, amount: -w.fee });
  }
  const journalId = await ledger.post(executor, {
    kind: "withdrawal_return",
    memo: { withdrawalId: w.id, provider: w.provider },
    postings,
  });
  await giveBackLimit(deps, executor, w);
  return moveTo(deps, executor, w, {
    status: "returned",
    reasonCode,
    patch: { return_journal_id: journalId, next_check_at: null },
  });
}
