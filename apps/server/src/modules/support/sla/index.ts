import type { Selectable } from "kysely";
import type {
  SupportTicketsTable,
  TicketPriority,
  TicketStatus,
} from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Chore } from "../../payments/index.js";
import type { BusinessCalendar } from "./business-time.js";
import type { SlaPolicy } from "./defaults.js";
import type { HolidayRow } from "./settings-repository.js";

export type { BusinessCalendar } from "./business-time.js";
export type { SlaPolicy } from "./defaults.js";
export type { HolidayRow } from "./settings-repository.js";

/** How long before a due date the desk is warned (and what the console calls "due soon"). */
export const SLA_WARNING_MINUTES = 30;

export type TicketRow = Selectable<SupportTicketsTable>;

/** The SLA columns of a ticket that a change sets (merge them into the ticket's update). */
export interface SlaPatch {
  first_response_due_at?: Date | null;
  resolution_due_at?: Date | null;
  first_responded_at?: Date | null;
  sla_paused_since?: Date | null;
  sla_warned_at?: Date | null;
}

/** What a customer or agent sees about a ticket's clock. */
export interface SlaView {
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  paused: boolean;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
}

/**
 * SLA policies (first response and resolution by priority, in business or calendar minutes),
 * the business calendar (time zone, hours per weekday, holidays) and each ticket's clock.
 * Callers apply the returned patch in the same transaction as the change that caused it.
 */
export interface SupportSla {
  /** Due dates for a new ticket. */
  onCreated(executor: Executor, ticket: { priority: TicketPriority; created_at: Date }): Promise<SlaPatch>;
  /** Status changed: pending pauses the clock, leaving pending pushes the due dates by the paused business time. */
  onStatusChange(executor: Executor, ticket: TicketRow, to: TicketStatus, at: Date): Promise<SlaPatch>;
  /** Priority changed: due dates recomputed from the ticket's start. */
  onPriorityChange(executor: Executor, ticket: TicketRow, to: TicketPriority, at: Date): Promise<SlaPatch>;
  /** An agent's public reply: the first one stops the first-response clock. */
  onAgentReply(ticket: TicketRow, at: Date): SlaPatch;
  view(ticket: TicketRow, at: Date): SlaView;
  /** "We answer within one working day": the first-response target of a priority, for the contact page. */
  expectation(
    executor: Executor,
    priority: TicketPriority,
  ): Promise<{ minutes: number; businessHours: boolean }>;
  chores(): Chore[];
  /** Forget the cached policies and calendar (after a change is committed). */
  invalidate(): void;
  /** The policies (one per priority) and the calendar with its holidays, as the clock counts them. */
  settings(executor: Executor): Promise<{ policies: SlaPolicy[]; calendar: BusinessCalendar }>;
  /** Holidays from the calendar's today on (the contact page lists them). */
  holidaysAhead(executor: Executor, at: Date, limit?: number): Promise<HolidayRow[]>;
  /** Opening-hours minutes between two instants on the calendar (reports measure response times with it). */
  businessMinutesBetween(executor: Executor, from: Date, to: Date): Promise<number>;
}
