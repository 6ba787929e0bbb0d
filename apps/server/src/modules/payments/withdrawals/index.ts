import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";
import type { ProviderEvent } from "../providers/provider.js";

/** Withdrawals: filled in by the withdrawals work (placeholder so the module compiles while it is built). */
export interface Withdrawals {
  chores: Chore[];
  /** A verified payout event from a provider's webhook (paid, failed, returned), inside the webhook's transaction. */
  onPayoutEvent(executor: Executor, event: ProviderEvent): Promise<void>;
}

export function createWithdrawals(_deps: PaymentsDeps): Withdrawals {
  return {
    chores: [],
    async onPayoutEvent() {},
  };
}
