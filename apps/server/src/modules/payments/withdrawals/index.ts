import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";

/** Withdrawals: filled in by the withdrawals work (placeholder so the module compiles while it is built). */
export interface Withdrawals {
  chores: Chore[];
}

export function createWithdrawals(_deps: PaymentsDeps): Withdrawals {
  return { chores: [] };
}
