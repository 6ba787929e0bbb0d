import type { Chore } from "../chores.js";
import type { Deposits } from "../deposits/index.js";
import type { PaymentsDeps } from "../deps.js";

/** Bank: filled in by the bank work (placeholder so the module compiles while it is built). */
export interface Bank {
  chores: Chore[];
}

export function createBank(_deps: PaymentsDeps, _deposits: Deposits): Bank {
  return { chores: [] };
}
