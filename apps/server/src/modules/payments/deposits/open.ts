import { currency as currencyOf } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PaymentsDeps } from "../deps.js";
import type { CardToken } from "../providers/provider.js";
import { insertDeposit } from "./deposits-repository.js";

/**
 * Writes a new deposit (status created) and its row in the customer's history (pending),
 * in the caller's transaction. Both ways a deposit starts use it: a customer's request, and
 * staff matching money that arrived without one.
 */
export async function openDeposit(
  deps: PaymentsDeps,
  trx: Executor,
  input: {
    userId: string;
    method: { id: string; provider: string };
    amount: bigint;
    fee: bigint;
    currency: string;
    /** What the customer knows the money by ("Visa •••• 4242", the payer's name). */
    counterpartyName: string;
    bankReference?: string | null;
    /** The provider's token is kept (to ask again after an outage); the number never is. */
    cardToken?: CardToken | undefined;
    nextCheckAt?: Date | null;
    expiresAt?: Date | null;
    /** What it counted against the deposit limits, when it did (staff matching does not). */
    usageUsd?: bigint | null;
  },
): Promise<{ id: string; transactionId: string }> {
  const { platform } = deps;
  const at = platform.clock.now();
  const id = platform.ids.next("deposit");
  const transactionId = platform.ids.next("transaction");
  await insertDeposit(trx, {
    id,
    user_id: input.userId,
    method_id: input.method.id,
    provider: input.method.provider,
    status: "created",
    provider_status: null,
    amount: input.amount,
    fee: input.fee,
    currency: input.currency,
    exponent: currencyOf(input.currency).exponent,
    provider_reference: null,
    bank_reference: input.bankReference ?? null,
    card: input.cardToken ? JSON.stringify(input.cardToken) : null,
    next_action: null,
    reason_code: null,
    journal_id: null,
    transaction_id: transactionId,
    attempts: 0,
    usage_usd: input.usageUsd ?? null,
    next_check_at: input.nextCheckAt ?? null,
    expires_at: input.expiresAt ?? null,
    created_at: at,
    updated_at: at,
    completed_at: null,
  });
  await deps.wallets.movements.record(trx, {
    id: transactionId,
    ownerId: id,
    userId: input.userId,
    type: "deposit",
    direction: "in",
    amount: input.amount - input.fee,
    fee: input.fee,
    currency: input.currency,
    counterpartyName: input.counterpartyName,
    status: "pending",
    step: "created",
    at,
  });
  return { id, transactionId };
}
