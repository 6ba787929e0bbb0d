import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { ActionTarget, StaffActionOptions } from "../../accounts/staff.js";
import { COMPLIANCE_GROUP, type StaffCaller } from "../console/access.js";
import { ofCustomer } from "./ticket-history.js";

/**
 * The console's rule (../console/access.ts) applied to the customer rather than one ticket:
 * while compliance reviews a customer (a ticket of theirs in the compliance group, not yet
 * solved), a front-line agent may not unlock, unfreeze, reset or otherwise act on the
 * account, with or without naming a ticket; otherwise leaving `ticketId` out would undo a
 * hold behind compliance's back. 403 forbidden, as for the ticket itself.
 */
export async function assertNotUnderReview(
  executor: Executor,
  caller: Pick<StaffCaller, "role">,
  customer: Pick<ActionTarget, "id" | "email">,
): Promise<void> {
  if (caller.role !== "agent") return;
  const review = await executor
    .selectFrom("support_tickets")
    .select("id")
    .where(ofCustomer(customer))
    .where("group_key", "=", COMPLIANCE_GROUP)
    .where("status", "not in", ["solved", "closed"])
    .limit(1)
    .executeTakeFirst();
  if (review) throw new DomainError("forbidden");
}

/**
 * The action's options with the rule checked first, inside the action's own transaction:
 * an escalation committed before the action is seen, and a refusal undoes everything.
 */
export function underComplianceRule(
  caller: Pick<StaffCaller, "role">,
  options: StaffActionOptions,
): StaffActionOptions {
  if (caller.role !== "agent") return options;
  return {
    ...options,
    alsoInTransaction: async (trx, customer) => {
      await assertNotUnderReview(trx, caller, customer);
      await options.alsoInTransaction?.(trx, customer);
    },
  };
}
