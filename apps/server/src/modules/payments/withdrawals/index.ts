import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";
import type { ProviderEvent } from "../providers/provider.js";
import { cancelWithdrawal, getWithdrawal, listOwnWithdrawals } from "./customer.js";
import { addDestination, importDestination, listDestinations, removeDestination } from "./destinations.js";
import { dispatchPayout, onPayoutEvent, reconcilePayouts } from "./payouts.js";
import { requestWithdrawal } from "./request.js";
import { approveWithdrawal, rejectWithdrawal, reviewedWithdrawal, reviewQueue } from "./review.js";
import { PAYOUT_TOPIC } from "./transitions.js";

type Tail<F> = F extends (deps: PaymentsDeps, ...rest: infer R) => infer T ? (...rest: R) => T : never;

/**
 * Payout destinations, withdrawals and their compliance review. Money is held when a
 * withdrawal is requested, then posted when the provider pays or released when it is
 * canceled, rejected or refused; a payout returned after it was paid puts the money back.
 * Providers are called by the worker (outbox topic withdrawals.payout), never inside a
 * transaction; their answers and verified webhook events settle the withdrawal exactly once.
 */
export interface Withdrawals {
  chores: Chore[];
  /** A verified payout event from a provider's webhook (paid, failed, returned), inside the webhook's transaction. */
  onPayoutEvent(executor: Executor, event: ProviderEvent, providerKey: string): Promise<void>;
  destinations: {
    add: Tail<typeof addDestination>;
    list: Tail<typeof listDestinations>;
    remove: Tail<typeof removeDestination>;
    /** Operators (imports, demo data): no second factor, no waiting period. */
    import: Tail<typeof importDestination>;
  };
  request: Tail<typeof requestWithdrawal>;
  get: Tail<typeof getWithdrawal>;
  list: Tail<typeof listOwnWithdrawals>;
  cancel: Tail<typeof cancelWithdrawal>;
  review: {
    queue: Tail<typeof reviewQueue>;
    get: Tail<typeof reviewedWithdrawal>;
    approve: Tail<typeof approveWithdrawal>;
    reject: Tail<typeof rejectWithdrawal>;
  };
}

export function createWithdrawals(deps: PaymentsDeps): Withdrawals {
  deps.platform.outbox.register(PAYOUT_TOPIC, async (payload) => {
    await dispatchPayout(deps, String(payload.withdrawalId));
  });
  return {
    chores: [["withdrawals reconciled with their providers", () => reconcilePayouts(deps)]],
    onPayoutEvent: (executor, event, providerKey) => onPayoutEvent(deps, executor, event, providerKey),
    destinations: {
      add: (...args) => addDestination(deps, ...args),
      list: (...args) => listDestinations(deps, ...args),
      remove: (...args) => removeDestination(deps, ...args),
      import: (...args) => importDestination(deps, ...args),
    },
    request: (...args) => requestWithdrawal(deps, ...args),
    get: (...args) => getWithdrawal(deps, ...args),
    list: (...args) => listOwnWithdrawals(deps, ...args),
    cancel: (...args) => cancelWithdrawal(deps, ...args),
    review: {
      queue: (...args) => reviewQueue(deps, ...args),
      get: (...args) => reviewedWithdrawal(deps, ...args),
      approve: (...args) => approveWithdrawal(deps, ...args),
      reject: (...args) => rejectWithdrawal(deps, ...args),
    },
  };
}
