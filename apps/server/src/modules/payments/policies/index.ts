import type { Chore } from "../chores.js";
import type { PaymentsDeps } from "../deps.js";

/** Policies: filled in by the policies work (placeholder so the module compiles while it is built). */
export interface Policies {
  chores: Chore[];
}

export function createPolicies(_deps: PaymentsDeps): Policies {
  return { chores: [] };
}
