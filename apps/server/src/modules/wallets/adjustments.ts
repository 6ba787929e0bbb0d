import { DomainError } from "../../platform/errors/domain-error.js";
import { requestHash } from "../../platform/idempotency/idempotency.js";
import { success } from "../../platform/idempotency/outcome.js";
import { currency as currencyOf, formatAmount, parseAmount } from "../../platform/money/money.js";
import type { Actor } from "../audit/index.js";
import type { WalletsDeps } from "./deps.js";
import { presentTransaction } from "./present.js";
import { newReference } from "./references.js";
import { insertTransactions, type NewTransaction, transactionRow } from "./transactions-repository.js";

export interface AdjustmentInput {
  amount: string;
  currency: string;
  reason: string;
}

/**
 * An admin's correction to a customer wallet: a positive amount credits it, a negative one
 * debits it, always against the `adjustments` platform account, so the books still balance.
 * It shows in the customer's history with the reason, and in the audit log with who did it.
 */
export async function adjustWallet(
  deps: WalletsDeps,
  actor: Actor & { id: string },
  walletId: string,
  input: AdjustmentInput,
  key: string | undefined,
) {
  const { platform, ledger } = deps;
  const amount = parseAmount(input.amount, input.currency, { allowNegative: true });
  return platform.idempotency.run(
    {
      scope: `adjustment:${actor.id}`,
      key,
      hash: requestHash("POST", `/api/v1/admin/wallets/${walletId}/adjustments`, input),
    },
    async (trx) => {
      const wallet = await ledger.account(trx, walletId);
      if (wallet?.kind !== "customer" || !wallet.ownerId) throw new DomainError("not_found");
      if (wallet.currency !== input.currency)
        throw new DomainError("currency_mismatch", { expected: wallet.currency, actual: input.currency });
      const source = await ledger.platformAccount(trx, "adjustments", wallet.currency);
      const journalId = await ledger.post(trx, {
        kind: "adjustment",
        memo: { reason: input.reason, by: actor.id },
        postings: [
          { accountId: wallet.id, amount },
          { accountId: source.id, amount: -amount },
        ],
      });
      const now = platform.clock.now();
      const id = platform.ids.next("transaction");
      const row: NewTransaction = {
        id,
        reference: newReference(platform.random),
        userId: wallet.ownerId,
        groupId: id,
        type: "adjustment",
        status: "completed",
        direction: amount > 0n ? "in" : "out",
        amount: amount > 0n ? amount : -amount,
        currency: wallet.currency,
        exponent: currencyOf(wallet.currency).exponent,
        note: input.reason,
        journalId,
        timeline: [{ status: "completed", at: now.toISOString() }],
        at: now,
      };
      await insertTransactions(trx, [row]);
      await deps.audit.record(
        trx,
        actor,
        "ledger.adjusted",
        { type: "wallet", id: wallet.id },
        {
          amount: formatAmount(amount, wallet.currency),
          currency: wallet.currency,
          reason: input.reason,
          transactionId: id,
        },
      );
      return success(201, presentTransaction(transactionRow(row)));
    },
  );
}
