import type { UserRole } from "../../../platform/db/schema.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { TicketCategory } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/** An agent counts as online while their console has sent a heartbeat this recently (it sends one a minute). */
export const PRESENCE_ONLINE_MINUTES = 2;

export type PresenceStatus = "online" | "away" | "offline";

/** A staff member as the console and the desk settings list them. */
export interface AgentView {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  /** online/away only while heartbeats keep coming; offline otherwise. */
  status: PresenceStatus;
  lastSeenAt: string | null;
  groups: string[];
}

export interface GroupView {
  key: string;
  name: Bilingual;
  categories: TicketCategory[];
  position: number;
  members: AgentView[];
}

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
  /** The groups in order, with their active members. */
  groups(executor: Executor, at: Date): Promise<GroupView[]>;
  /** Active staff with presence and groups. */
  agents(executor: Executor, at: Date): Promise<AgentView[]>;
  /**
   * Puts an active staff member in exactly these groups (404 staff_not_found, 422
   * support_group_not_found); answers what changed.
   */
  setGroups(
    executor: Executor,
    userId: string,
    keys: string[],
  ): Promise<{ groups: string[]; added: string[]; removed: string[] }>;
  /** A console heartbeat; `changed` when the status differs from what others saw a moment ago. */
  setPresence(
    executor: Executor,
    userId: string,
    status: PresenceStatus,
    at: Date,
  ): Promise<{ status: PresenceStatus; changed: boolean }>;
}
