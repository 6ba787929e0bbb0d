import { transactionWithRetry } from "../../../platform/db/retry.js";
import type { WithdrawalStatus } from "../../../platform/db/schema-payments.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { senderStatuses } from "../../accounts/index.js";
import type { Actor } from "../../audit/index.js";
import type { PaymentsDeps } from "../deps.js";
import { STATUS_NAMES } from "./emails.js";
import { presentWithdrawals } from "./present.js";
import { findWithdrawal, listByStatus, lockWithdrawal, type WithdrawalRow } from "./repository.js";
import { moveTo, release, startProcessing } from "./transitions.js";

/** Withdrawals with who asked for them, for a reviewer deciding. */
async function withCustomers(deps: PaymentsDeps, executor: Executor, rows: WithdrawalRow[], locale: Locale) {
  const views = await presentWithdrawals(deps, executor, rows, locale);
  const profiles = await deps.customers.profiles(
    executor,
    rows.map((w) => w.user_id),
  );
  return views.map((view, i) => {
    const profile = profiles.get((rows[i] as WithdrawalRow).user_id);
    return {
      ...view,
      customer: {
        walletNumber: profile?.walletNumber ?? null,
        email: profile?.email ?? "",
        name: profile?.name ?? null,
        verificationLevel: profile?.verificationLevel ?? 0,
      },
    };
  });
}

/** The review queue (or withdrawals in another state), oldest first. */
export async function reviewQueue(
  deps: PaymentsDeps,
  filter: { status: WithdrawalStatus; limit: number; cursor?: string | undefined },
  locale: Locale,
) {
  const { db } = deps.platform;
  const rows = await listByStatus(db, filter.status, { ...filter, limit: filter.limit + 1 });
  const more = rows.length > filter.limit;
  const shown = more ? rows.slice(0, filter.limit) : rows;
  return {
    data: await withCustomers(deps, db, shown, locale),
    nextCursor: more ? (shown[shown.length - 1]?.id ?? null) : null,
  };
}

export async function reviewedWithdrawal(deps: PaymentsDeps, id: string, locale: Locale) {
  const row = await findWithdrawal(deps.platform.db, id);
  if (!row) throw new DomainError("not_found");
  const [view] = await withCustomers(deps, deps.platform.db, [row], locale);
  return view as NonNullable<typeof view>;
}

async function lockInReview(executor: Executor, id: string): Promise<WithdrawalRow> {
  const w = await lockWithdrawal(executor, id);
  if (!w) throw new DomainError("not_found");
  if (w.status !== "in_review")
    throw new DomainError("withdrawal_not_in_review", { status: STATUS_NAMES[w.status] });
  return w;
}

/** A reviewer lets it go: it is sent to the provider like every other withdrawal (audited); not while the account is frozen. */
export async function approveWithdrawal(
  deps: PaymentsDeps,
  actor: Actor & { id: string },
  id: string,
  locale: Locale,
) {
  const { platform } = deps;
  await transactionWithRetry(platform.db, async (trx) => {
    const w = await lockInReview(trx, id);
    // A freeze since the request (a reported takeover) stops the money: the reviewer can still reject.
    const status = (await senderStatuses(trx, [w.user_id], { lock: true })).get(w.user_id);
    if (!status || status.frozen) throw new DomainError("account_frozen");
    await startProcessing(deps, trx, w, {
      patch: { reviewed_by: actor.id, reviewed_at: platform.clock.now() },
      enqueue: true,
    });
    await deps.audit.record(
      trx,
      actor,
      "withdrawal.approved",
      { type: "withdrawal", id },
      {
        userId: w.user_id,
        reviewReasons: w.review_reasons,
      },
    );
  });
  return reviewedWithdrawal(deps, id, locale);
}

/**
 * A reviewer refuses it with a reason from the reason catalogue and a note the customer
 * reads; the hold and the limit are given back (audited, emailed).
 */
export async function rejectWithdrawal(
  deps: PaymentsDeps,
  actor: Actor & { id: string },
  id: string,
  input: { reasonCode: string; note: string },
  locale: Locale,
) {
  const { platform } = deps;
  await transactionWithRetry(platform.db, async (trx) => {
    const w = await lockInReview(trx, id);
    await release(deps, trx, w);
    await moveTo(deps, trx, w, {
      status: "rejected",
      reasonCode: input.reasonCode,
      note: input.note,
      patch: { reviewed_by: actor.id, reviewed_at: platform.clock.now(), next_check_at: null },
    });
    await deps.audit.record(
      trx,
      actor,
      "withdrawal.rejected",
      { type: "withdrawal", id },
      {
        userId: w.user_id,
        reasonCode: input.reasonCode,
        note: input.note,
      },
    );
  });
  return reviewedWithdrawal(deps, id, locale);
}
