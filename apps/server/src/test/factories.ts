import type { NewUser, User } from "../modules/accounts/index.js";
import { CLI_ACTOR } from "../modules/audit/index.js";
import { newReference } from "../modules/wallets/references.js";
import { insertTransactions } from "../modules/wallets/transactions-repository.js";
import { currency as currencyOf, parseAmount } from "../platform/money/money.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

let sequence = 0;

/** A user with sensible defaults; pass only what the test is about. */
export async function buildUser(
  ctx: { platform: Platform; services: Services },
  overrides: Partial<NewUser> = {},
): Promise<User> {
  sequence += 1;
  return ctx.services.users.create(
    ctx.platform.db,
    {
      email: `user${sequence}-${Date.now()}@example.test`,
      password: "quartz-ember-willow-58",
      role: "customer",
      name: `Test User ${sequence}`,
      ...overrides,
    },
    CLI_ACTOR,
  );
}

/**
 * Money in a customer's wallet, as a deposit will bring it: credited from the `funding`
 * platform account through the ledger, with the deposit in the customer's history, so the
 * books and statements reconcile.
 */
export async function buildWallet(
  ctx: { platform: Platform; services: Services },
  userId: string,
  currency: string,
  amount: string,
) {
  const { ledger } = ctx.services;
  const { platform } = ctx;
  const minor = parseAmount(amount, currency, { allowZero: true });
  return platform.db.transaction().execute(async (trx) => {
    const wallet = await ledger.customerWallet(trx, userId, currency);
    if (minor > 0n) {
      const funding = await ledger.platformAccount(trx, "funding", currency);
      const journalId = await ledger.post(trx, {
        kind: "funding",
        postings: [
          { accountId: funding.id, amount: -minor },
          { accountId: wallet.id, amount: minor },
        ],
      });
      const id = platform.ids.next("transaction");
      const at = platform.clock.now();
      await insertTransactions(trx, [
        {
          id,
          reference: newReference(platform.random),
          userId,
          groupId: id,
          type: "deposit",
          status: "completed",
          direction: "in",
          amount: minor,
          currency,
          exponent: currencyOf(currency).exponent,
          note: "Test deposit",
          journalId,
          timeline: [{ status: "completed", at: at.toISOString() }],
          at,
        },
      ]);
    }
    return wallet;
  });
}
