import type { WithdrawalStatus } from "../../../platform/db/schema-payments.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import { requestHash } from "../../../platform/idempotency/idempotency.js";
import { success } from "../../../platform/idempotency/outcome.js";
import { currency as currencyOf, parseAmount } from "../../../platform/money/money.js";
import { senderStatuses } from "../../accounts/index.js";
import { walletKey } from "../../ledger/index.js";
import type { PaymentsDeps } from "../deps.js";
import { claimUsage } from "../usage.js";
import { withdrawalEmail } from "./emails.js";
import { presentDestination, presentWithdrawal } from "./present.js";
import {
  type DestinationRow,
  findDestination,
  findOwnDestination,
  insertWithdrawal,
  newId,
  type WithdrawalRow,
} from "./repository.js";
import { PAYOUT_TOPIC } from "./transitions.js";

export interface WithdrawalInput {
  destinationId: string;
  amount: string;
  currency: string;
  /** The second-factor code; asked for every withdrawal. */
  code?: string | undefined;
}

/** A destination the customer may withdraw to now: their own, not removed, past its hold. */
function usable(destination: DestinationRow | undefined, now: Date): DestinationRow {
  if (!destination) throw new DomainError("not_found");
  if (destination.status !== "active") throw new DomainError("destination_removed");
  if (destination.usable_after > now)
    throw new DomainError("destination_not_ready", { usableAfter: destination.usable_after }, [], {
      usableAfter: destination.usable_after.toISOString(),
    });
  return destination;
}

/**
 * A withdrawal request. The checks run in the order a customer can act on them: the
 * destination, the second factor (every time), a frozen account, a security hold on
 * withdrawals, the method (region, maintenance, level, amount bounds; it also gives the
 * fee, which is added on top). Then, in one transaction: the limits of the customer's
 * verification level, a hold on amount + fee (the wallet row is locked, so two requests can
 * never reserve the same money), the withdrawal, its history row and an email. A refusal
 * leaves nothing behind: no withdrawal, no history row, no limit used (see
 * docs/payments-withdrawals.md). First withdrawals to a destination and large amounts wait
 * for a compliance review; the rest go to the provider through the outbox.
 */
export async function requestWithdrawal(
  deps: PaymentsDeps,
  userId: string,
  input: WithdrawalInput,
  key: string | undefined,
  locale: Locale,
) {
  const { platform, customers, ledger } = deps;
  const amount = parseAmount(input.amount, input.currency);
  const currency = currencyOf(input.currency).code;
  // The code is not part of what is asked: a retry may carry a fresh one.
  const scope = `withdrawal:${userId}`;
  const hash = requestHash("POST", "/api/v1/withdrawals", {
    destinationId: input.destinationId,
    amount: input.amount,
    currency,
  });
  // A retry replays first: its code has been used up, and its checks might come out differently now.
  const earlier = key ? await platform.idempotency.peek(scope, key, hash) : undefined;
  if (earlier) return earlier;

  const destination = usable(
    await findOwnDestination(platform.db, userId, input.destinationId),
    platform.clock.now(),
  );
  // Refused for maintenance or an outage before the code is checked: a refusal must not use it up.
  await deps.gate.assertAvailable("withdrawals", { methodId: destination.method_id });
  await platform.db.transaction().execute((trx) => customers.confirmSecondFactor(trx, userId, input.code));
  const profile = await customers.profile(platform.db, userId);
  if (!profile || profile.frozen) throw new DomainError("account_frozen");
  const heldUntil = profile.withdrawalsHeldUntil;
  if (heldUntil && heldUntil > platform.clock.now())
    throw new DomainError("withdrawals_on_hold", { heldUntil }, [], { heldUntil: heldUntil.toISOString() });
  const { method, fee } = await deps.methods.check({
    methodId: destination.method_id,
    direction: "withdrawal",
    profile,
    amount,
    currency,
  });

  return platform.idempotency.run({ scope, key, hash }, async (trx) => {
    const now = platform.clock.now();
    // A shared lock on the customer: a freeze confirmed by support happened before this, or waits for it.
    const status = (await senderStatuses(trx, [userId], { lock: true })).get(userId);
    if (!status || status.frozen) throw new DomainError("account_frozen");
    const current = usable(await findDestination(trx, destination.id), now);
    const usageUsd = await claimUsage(deps, trx, {
      userId,
      direction: "withdrawal",
      level: status.verificationLevel,
      amount,
      currency,
    });
    const wallet = (await ledger.customerWallets(trx, [{ ownerId: userId, currency }], false)).get(
      walletKey(userId, currency),
    );
    if (!wallet) throw new DomainError("insufficient_funds");
    const id = newId(platform, "withdrawal");
    const holdId = await ledger.hold(trx, {
      accountId: wallet.id,
      amount: amount + fee,
      memo: { withdrawalId: id },
    });

    const reviewReasons: string[] = [];
    if (!current.first_paid_at) reviewReasons.push("new_destination");
    const usd = await deps.fx.convert(amount, currency, "USD", { round: "up" });
    if (usd >= platform.config.payments.withdrawalReviewOver) reviewReasons.push("large_amount");
    const state: WithdrawalStatus = reviewReasons.length > 0 ? "in_review" : "requested";
    const at = now.toISOString();
    const timeline = [
      { status: "requested" as const, at, reasonCode: null, note: null },
      ...(state === "in_review" ? [{ status: "in_review" as const, at, reasonCode: null, note: null }] : []),
    ];
    const transactionId = platform.ids.next("transaction");
    const row: WithdrawalRow = {
      id,
      user_id: userId,
      destination_id: current.id,
      method_id: method.id,
      provider: method.provider,
      status: state,
      amount,
      fee,
      currency,
      exponent: currencyOf(currency).exponent,
      hold_id: holdId,
      journal_id: null,
      return_journal_id: null,
      provider_reference: null,
      review_reasons: reviewReasons,
      reason_code: null,
      reason_note: null,
      reviewed_by: null,
      reviewed_at: null,
      transaction_id: transactionId,
      timeline,
      // Requested ones are dispatched by the outbox at once; the reconciler is the safety net.
      usage_usd: usageUsd,
      next_check_at: state === "requested" ? new Date(now.getTime() + 5 * 60_000) : null,
      created_at: now,
      updated_at: now,
    };
    await insertWithdrawal(trx, {
      ...row,
      review_reasons: JSON.stringify(reviewReasons),
      timeline: JSON.stringify(timeline),
    });
    await deps.wallets.movements.record(trx, {
      id: transactionId,
      ownerId: id,
      userId,
      type: "withdrawal",
      direction: "out",
      amount,
      fee,
      currency,
      counterpartyName: current.label,
      status: "pending",
      step: state,
      at: now,
    });
    const reference = (await deps.wallets.movements.reference(trx, transactionId)) ?? null;
    await customers.notify(trx, userId, {
      kind: "withdrawals",
      copies: withdrawalEmail(
        row,
        current.label,
        reference ?? undefined,
        customers.url(`/withdrawals/${id}`),
      ),
      link: `/withdrawals/${id}`,
      dedupeKey: `withdrawal:${id}:${row.status}`,
    });
    if (state === "requested") await platform.outbox.enqueue(trx, PAYOUT_TOPIC, { withdrawalId: id });
    return success(
      201,
      presentWithdrawal(row, presentDestination(current, method, locale, now), reference, locale),
    );
  });
}
