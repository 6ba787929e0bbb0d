import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";
import type { TicketRow } from "../tickets/repository.js";

/** The group escalations go to (seeded; compliance officers, supervisors and admins work it). */
export const COMPLIANCE_GROUP = "compliance";

/** A staff member acting in the console: who the audit log names, and the name customers see on replies. */
export interface StaffCaller {
  userId: string;
  role: UserRole;
  actor: Actor;
  name: string;
}

export async function staffCaller(
  deps: SupportDeps,
  executor: Executor,
  auth: { userId: string; role: UserRole },
): Promise<StaffCaller> {
  const profile = await deps.customers.profile(executor, auth.userId);
  const email = profile?.email ?? auth.userId;
  return {
    userId: auth.userId,
    role: auth.role,
    actor: { id: auth.userId, label: email },
    // Customers see the agent's name on replies; staff without one appear by the part before the @.
    name: profile?.name?.trim() || email.split("@")[0] || email,
  };
}

/**
 * Who may change a ticket. Every support role (agent, supervisor, compliance officer, admin)
 * reads every ticket, so the whole history stays visible when a case moves between teams. But
 * a ticket escalated to the compliance group (suspected fraud, sanctions, legal requests) is
 * worked only by compliance officers, supervisors and admins: a front-line agent could tip off
 * the customer or undo a hold, so agents get 403 forbidden on every change to such a ticket.
 */
export function assertMayAct(caller: StaffCaller, ticket: TicketRow): void {
  if (caller.role === "agent" && ticket.group_key === COMPLIANCE_GROUP) throw new DomainError("forbidden");
}

/** A ticket that still takes changes: closed is final, and a merged ticket continues in its target. */
export async function assertWritable(executor: Executor, ticket: TicketRow): Promise<void> {
  if (ticket.merged_into_id) {
    const target = await executor
      .selectFrom("support_tickets")
      .select("number")
      .where("id", "=", ticket.merged_into_id)
      .executeTakeFirst();
    throw new DomainError("ticket_merged", { number: String(target?.number ?? "") });
  }
  if (ticket.status === "closed") throw new DomainError("ticket_closed", { number: String(ticket.number) });
}
