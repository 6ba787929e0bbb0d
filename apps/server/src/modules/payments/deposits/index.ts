import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";

/** Deposits: filled in by the deposits work (placeholder so the module compiles while it is built). */
export interface Deposits {
  chores: Chore[];
}

export function createDeposits(_deps: PaymentsDeps): Deposits {
  return { chores: [] };
}
