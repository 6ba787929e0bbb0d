import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PaymentsDeps } from "../deps.js";
import { hotPlatformAccount } from "../hot-accounts.js";
import { releaseUsage } from "../usage.js";
import { type DepositRow, lockDeposit, updateDeposit } from "./deposits-repository.js";
import { depositFailedEmail, depositSucceededEmail } from "./emails.js";

/** What a provider (or the bank statement, or the expiry job) says became of a deposit. */
export type DepositOutcome =
  | {
      status: "succeeded";
      providerReference?: string;
      /** The platform account the money comes from; `provider:<key>` unless given (bank_suspense for matched lines). */
      sourceAccountCode?: string;
    }
  | { status: "failed"; reasonCode: string; providerReference?: string }
  | {
      status: "expired";
      /** deposit_expired unless given (a 3-D Secure challenge never finished is authentication_failed). */
      reasonCode?: string;
    }
  | {
      status: "pending";
      /** pending_at_provider, awaiting_transfer, requires_action, processing… */
      providerStatus: string;
      providerReference?: string;
      nextAction?: Record<string, unknown> | null;
      /** When the reconciler should look at the deposit next (null: never by itself). */
      nextCheckAt?: Date | null;
      /** How many calls to the provider failed so far (for the reconciler's backoff). */
      attempts?: number;
    };

const FINAL = new Set(["succeeded", "failed", "expired"]);

/**
 * Moves a deposit on, inside the caller's transaction. The row is locked first and a final
 * state is never left, so however many times and in whatever order a provider's events
 * arrive, a deposit is credited at most once. Returns whether anything changed.
 */
export async function settleDeposit(
  deps: PaymentsDeps,
  executor: Executor,
  depositId: string,
  outcome: DepositOutcome,
): Promise<{ changed: boolean; deposit: DepositRow }> {
  const { platform, ledger } = deps;
  const deposit = await lockDeposit(executor, depositId);
  if (!deposit) throw new DomainError("not_found");
  if (FINAL.has(deposit.status)) return { changed: false, deposit };
  const now = platform.clock.now();
  const providerReference =
    "providerReference" in outcome && outcome.providerReference
      ? outcome.providerReference
      : deposit.provider_reference;

  if (outcome.status === "pending") {
    const changed =
      deposit.status !== "pending" ||
      deposit.provider_status !== outcome.providerStatus ||
      providerReference !== deposit.provider_reference;
    const schedule = {
      ...(outcome.nextCheckAt !== undefined ? { next_check_at: outcome.nextCheckAt } : {}),
      ...(outcome.attempts !== undefined ? { attempts: outcome.attempts } : {}),
    };
    if (!changed) {
      if (Object.keys(schedule).length === 0) return { changed: false, deposit };
      await updateDeposit(executor, depositId, schedule);
      return { changed: false, deposit: { ...deposit, ...schedule } };
    }
    const patch = {
      status: "pending" as const,
      provider_status: outcome.providerStatus,
      provider_reference: providerReference,
      ...(outcome.nextAction !== undefined
        ? { next_action: outcome.nextAction ? JSON.stringify(outcome.nextAction) : null }
        : {}),
      ...schedule,
      updated_at: now,
    };
    await updateDeposit(executor, depositId, patch);
    if (deposit.status !== "pending" && deposit.transaction_id)
      await deps.wallets.movements.update(executor, deposit.transaction_id, {
        status: "pending",
        step: "pending",
        at: now,
      });
    const nextAction = outcome.nextAction !== undefined ? (outcome.nextAction ?? null) : deposit.next_action;
    return { changed: true, deposit: { ...deposit, ...patch, next_action: nextAction } };
  }

  if (outcome.status === "succeeded") {
    const source = await hotPlatformAccount(
      deps,
      executor,
      outcome.sourceAccountCode ?? `provider:${deposit.provider}`,
      deposit.currency,
    );
    const wallet = await ledger.customerWallet(executor, deposit.user_id, deposit.currency);
    const postings = [
      { accountId: source.id, amount: -deposit.amount },
      { accountId: wallet.id, amount: deposit.amount - deposit.fee },
    ];
    if (deposit.fee > 0n) {
      const fees = await hotPlatformAccount(deps, executor, "fees", deposit.currency);
      postings.push({ accountId: fees.id, amount: deposit.fee });
    }
    const journalId = await ledger.post(executor, {
      kind: "deposit",
      memo: { depositId, provider: deposit.provider },
      postings,
    });
    const patch = {
      status: "succeeded" as const,
      provider_status: null,
      provider_reference: providerReference,
      next_action: null,
      journal_id: journalId,
      next_check_at: null,
      completed_at: now,
      updated_at: now,
    };
    await updateDeposit(executor, depositId, patch);
    const settled = { ...deposit, ...patch };
    await finish(deps, executor, settled, { status: "completed", step: "succeeded", at: now, journalId });
    return { changed: true, deposit: settled };
  }

  const reasonCode =
    outcome.status === "failed" ? outcome.reasonCode : (outcome.reasonCode ?? "deposit_expired");
  const patch = {
    status: outcome.status,
    provider_status: null,
    provider_reference: providerReference,
    next_action: null,
    reason_code: reasonCode,
    next_check_at: null,
    completed_at: now,
    updated_at: now,
  };
  await updateDeposit(executor, depositId, patch);
  const settled = { ...deposit, ...patch };
  await releaseUsage(deps, executor, {
    userId: deposit.user_id,
    direction: "deposit",
    amount: deposit.amount,
    currency: deposit.currency,
    at: deposit.created_at,
    usd: deposit.usage_usd,
  });
  await finish(deps, executor, settled, { status: "failed", step: outcome.status, at: now, reasonCode });
  return { changed: true, deposit: settled };
}

/** A final state reaches the customer: their history row moves on, and they get the email. */
async function finish(
  deps: PaymentsDeps,
  executor: Executor,
  settled: DepositRow,
  change: { status: "completed" | "failed"; step: string; at: Date; journalId?: string; reasonCode?: string },
): Promise<void> {
  let reference: string | undefined;
  if (settled.transaction_id) {
    await deps.wallets.movements.update(executor, settled.transaction_id, change);
    reference = await deps.wallets.movements.reference(executor, settled.transaction_id);
  }
  const path = `/deposits/${settled.id}`;
  const url = deps.customers.url(path);
  await deps.customers.notify(executor, settled.user_id, {
    kind: "deposits",
    copies:
      settled.status === "succeeded"
        ? depositSucceededEmail(settled, reference, url)
        : depositFailedEmail(settled, reference, url),
    link: path,
    // A replayed webhook or a second reconciliation never tells the customer twice.
    dedupeKey: `deposit:${settled.id}:${settled.status}`,
  });
}
