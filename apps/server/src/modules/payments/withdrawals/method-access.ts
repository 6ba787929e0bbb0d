import { DomainError } from "../../../platform/errors/domain-error.js";
import type { CustomerProfile } from "../../accounts/customers.js";
import type { PaymentsDeps } from "../deps.js";
import { type MethodRow, stateAt } from "../methods/catalogue.js";

/**
 * The region half of the catalogue's check, for saving a payout destination (no amount or
 * currency yet): the method must exist, pay out, and serve the customer's country. A method
 * that is paused or in maintenance may still be saved; withdrawing to it is refused then.
 */
export async function withdrawalMethodFor(
  deps: PaymentsDeps,
  profile: Pick<CustomerProfile, "country">,
  methodId: string,
): Promise<MethodRow> {
  const usable = await deps.methods.availableTo(profile, "withdrawal");
  const method = usable.find((m) => m.id === methodId);
  if (method) return method;
  const windows = await deps.methods.windows(usable, "withdrawal");
  throw new DomainError("method_unavailable_in_region", {}, [], {
    methods: usable
      .filter((m) => stateAt(m, windows.get(m.id)) === "active")
      .map((m) => ({ id: m.id, kind: m.kind, name: m.name })),
  });
}
