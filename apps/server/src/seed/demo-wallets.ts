import { CLI_ACTOR } from "../modules/audit/index.js";
import { adjustWallet } from "../modules/wallets/adjustments.js";
import { createQuote, executeExchange } from "../modules/wallets/exchange.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_WALLETS_KEY = "demo_wallets";

/**
 * Money for the demo customers, moved the way the product moves it: opening balances as
 * admin adjustments (deposits come with the money-in feature), then a transfer, an exchange
 * and a refused transfer, so the history, the detail page and a failure reason all have
 * something to show. Runs once, after the demo accounts exist.
 */
export async function seedDemoWallets(
  platform: Platform,
  services: Services,
  emails: { customer: string; friend: string },
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_WALLETS_KEY)) return false;
  const alice = await services.users.findByEmail(emails.customer);
  const bob = await services.users.findByEmail(emails.friend);
  if (!alice?.walletNumber || !bob?.walletNumber) return false;
  const { deps } = services.wallets;
  const actor = { ...CLI_ACTOR, id: "demo-seed", label: "demo seed" };

  report("  wallets: opening balances, a transfer, an exchange and a refused transfer");
  const open = async (userId: string, currency: string, amount: string) => {
    const wallet = await services.ledger.customerWallet(platform.db, userId, currency);
    await adjustWallet(
      deps,
      actor,
      wallet.id,
      { amount, currency, reason: "Demo opening balance" },
      undefined,
    );
  };
  await open(alice.id, "USD", "500.00");
  await open(alice.id, "EUR", "200.00");
  await open(alice.id, "CNY", "1000.00");
  await open(bob.id, "USD", "50.00");

  await services.wallets.transfer(
    alice.id,
    { to: bob.walletNumber, amount: "25.00", currency: "USD", note: "Lunch" },
    undefined,
  );
  await services.wallets.transfer(
    bob.id,
    { to: alice.walletNumber, amount: "8.50", currency: "USD", note: "Coffee" },
    undefined,
  );
  const quote = await createQuote(deps, alice.id, { from: "USD", to: "CNY", amount: "100.00" });
  await executeExchange(deps, alice.id, quote.id, undefined);
  // Alice has no GBP: this one is refused and shows why.
  await services.wallets.transfer(
    alice.id,
    { to: bob.walletNumber, amount: "30.00", currency: "GBP" },
    undefined,
  );

  await setMeta(
    platform.db,
    DEMO_WALLETS_KEY,
    { at: platform.clock.now().toISOString() },
    platform.clock.now(),
  );
  return true;
}
