import type { NewUser, User } from "../modules/accounts/index.js";
import { CLI_ACTOR } from "../modules/audit/index.js";
import { parseAmount } from "../platform/money/money.js";
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
 * Money in a customer's wallet, as a deposit would bring it: credited from the `funding`
 * platform account through the ledger, so every invariant still holds.
 */
export async function buildWallet(
  ctx: { platform: Platform; services: Services },
  userId: string,
  currency: string,
  amount: string,
) {
  const { ledger } = ctx.services;
  const minor = parseAmount(amount, currency, { allowZero: true });
  return ctx.platform.db.transaction().execute(async (trx) => {
    const wallet = await ledger.customerWallet(trx, userId, currency);
    if (minor > 0n) {
      const funding = await ledger.platformAccount(trx, "funding", currency);
      await ledger.post(trx, {
        kind: "funding",
        postings: [
          { accountId: funding.id, amount: -minor },
          { accountId: wallet.id, amount: minor },
        ],
      });
    }
    return wallet;
  });
}
