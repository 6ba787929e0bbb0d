import type { Executor } from "../../platform/outbox/outbox.js";
import type { LedgerAccount } from "../ledger/index.js";
import type { PaymentsDeps } from "./deps.js";

/**
 * The platform accounts every deposit and payout touches (`provider:<key>`, `fees`) are
 * spread over shards, as transfer fees are: each credit locks one shard picked at random, so
 * concurrent credits do not queue on one row (bench/README.md, "Deposits and webhooks").
 * Balances are the sum over shards.
 */
const HOT_SHARDS = 8;

export function hotPlatformAccount(
  deps: PaymentsDeps,
  executor: Executor,
  code: string,
  currency: string,
): Promise<LedgerAccount> {
  return deps.ledger.platformAccount(executor, code, currency, deps.platform.random.int(0, HOT_SHARDS));
}
