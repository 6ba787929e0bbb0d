import type { TicketCategory } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * Which group a ticket belongs to (by category), and who gets it: round-robin among the
 * group's members who are online, the one assigned longest ago first.
 */
export interface SupportAssignment {
  groupFor(executor: Executor, category: TicketCategory): Promise<string>;
  /** The agent to give a new ticket of this group to, or null when nobody is online (it waits unassigned). */
  pickAssignee(executor: Executor, groupKey: string, at: Date): Promise<string | null>;
  /** Staff able to take tickets (active, not customers), for assignment checks. */
  isEligible(executor: Executor, userId: string): Promise<boolean>;
}
