import type { TicketPriority, TicketStatus } from "../../../platform/db/schema-support.js";
import { addTarget, minutesBetween } from "./business-time.js";
import type { SlaPatch, SlaView, TicketRow } from "./index.js";
import { SLA_WARNING_MINUTES } from "./index.js";
import { policyOf, type SlaSettings } from "./settings.js";

/**
 * A ticket's SLA clock as pure rules over its row: due dates from the priority's policy,
 * pending pauses the clock, solved and closed stop it; time standing still moves the due
 * dates on by the same amount (business minutes, or calendar minutes for around-the-clock
 * policies).
 */

const STOPPED: readonly TicketStatus[] = ["solved", "closed"];
const WARNING_MS = SLA_WARNING_MINUTES * 60_000;

type Clocked = Pick<
  TicketRow,
  | "status"
  | "priority"
  | "created_at"
  | "first_response_due_at"
  | "resolution_due_at"
  | "first_responded_at"
  | "sla_paused_since"
  | "sla_warned_at"
  | "solved_at"
  | "closed_at"
>;

export function dueDates(
  settings: SlaSettings,
  priority: TicketPriority,
  start: Date,
): { first_response_due_at: Date; resolution_due_at: Date } {
  const policy = policyOf(settings, priority);
  return {
    first_response_due_at: addTarget(
      start,
      policy.firstResponseMinutes,
      policy.businessHours,
      settings.calendar,
    ),
    resolution_due_at: addTarget(start, policy.resolutionMinutes, policy.businessHours, settings.calendar),
  };
}

/** The due date still ahead (first response until answered, then resolution). */
function nextDue(
  ticket: Pick<Clocked, "first_responded_at" | "first_response_due_at" | "resolution_due_at">,
) {
  return ticket.first_responded_at === null
    ? (ticket.first_response_due_at ?? ticket.resolution_due_at)
    : ticket.resolution_due_at;
}

/** A warning already given is forgotten when the next due date moved well away, so it can warn again. */
function rearm(ticket: Clocked, patch: SlaPatch, at: Date): SlaPatch {
  if (ticket.sla_warned_at === null) return patch;
  const due = nextDue({ ...ticket, ...patch });
  if (due && due.getTime() > at.getTime() + WARNING_MS) return { ...patch, sla_warned_at: null };
  return patch;
}

export function statusChange(settings: SlaSettings, ticket: Clocked, to: TicketStatus, at: Date): SlaPatch {
  const from = ticket.status;
  if (from === to) return {};
  let patch: SlaPatch = {};
  // When the clock stood still: paused while pending, or stopped since solved (now reopened).
  const stillSince =
    ticket.sla_paused_since ?? (STOPPED.includes(from) && !STOPPED.includes(to) ? ticket.solved_at : null);
  if (stillSince && !(STOPPED.includes(from) && STOPPED.includes(to))) {
    const policy = policyOf(settings, ticket.priority);
    const still = minutesBetween(stillSince, at, policy.businessHours, settings.calendar);
    const push = (due: Date | null) =>
      due && still > 0 ? addTarget(due, still, policy.businessHours, settings.calendar) : due;
    // An answered ticket's first-response due date is history: it stays where it was.
    if (ticket.first_responded_at === null) patch.first_response_due_at = push(ticket.first_response_due_at);
    patch.resolution_due_at = push(ticket.resolution_due_at);
  }
  if (ticket.sla_paused_since) patch.sla_paused_since = null;
  if (to === "pending") patch.sla_paused_since = at;
  patch = rearm(ticket, patch, at);
  return patch;
}

/**
 * A new priority counts its targets from the ticket's start; time the clock already stood
 * still (how far the old due dates had been moved on) moves the new ones on as well.
 */
export function priorityChange(
  settings: SlaSettings,
  ticket: Clocked,
  to: TicketPriority,
  at: Date,
): SlaPatch {
  if (to === ticket.priority) return {};
  const before = policyOf(settings, ticket.priority);
  const after = policyOf(settings, to);
  const { calendar } = settings;
  const recount = (due: Date | null, beforeMinutes: number, afterMinutes: number) => {
    const fresh = addTarget(ticket.created_at, afterMinutes, after.businessHours, calendar);
    if (!due) return fresh;
    const original = addTarget(ticket.created_at, beforeMinutes, before.businessHours, calendar);
    if (due <= original) return fresh;
    const moved = minutesBetween(original, due, after.businessHours, calendar);
    return addTarget(fresh, moved, after.businessHours, calendar);
  };
  const patch: SlaPatch = {
    resolution_due_at: recount(ticket.resolution_due_at, before.resolutionMinutes, after.resolutionMinutes),
  };
  if (ticket.first_responded_at === null)
    patch.first_response_due_at = recount(
      ticket.first_response_due_at,
      before.firstResponseMinutes,
      after.firstResponseMinutes,
    );
  return rearm(ticket, patch, at);
}

export function agentReply(ticket: Clocked, at: Date): SlaPatch {
  if (ticket.first_responded_at !== null) return {};
  return rearm(ticket, { first_responded_at: at }, at);
}

/**
 * Breaches: a first response after its due date, or none yet and the due date passed; the
 * same for resolution with solved_at. A paused clock is read at the moment it paused, a
 * stopped one at the moment it stopped.
 */
export function viewOf(ticket: Clocked, at: Date): SlaView {
  const stopped = STOPPED.includes(ticket.status);
  const clockAt = stopped ? (ticket.solved_at ?? ticket.closed_at ?? at) : (ticket.sla_paused_since ?? at);
  const late = (due: Date | null, doneAt: Date | null) =>
    due !== null && (doneAt ?? clockAt).getTime() > due.getTime();
  return {
    firstResponseDueAt: ticket.first_response_due_at?.toISOString() ?? null,
    resolutionDueAt: ticket.resolution_due_at?.toISOString() ?? null,
    paused: ticket.sla_paused_since !== null,
    firstResponseBreached: late(ticket.first_response_due_at, ticket.first_responded_at),
    resolutionBreached: late(ticket.resolution_due_at, stopped ? clockAt : null),
  };
}

/** Which due date a warning is about, or null when none is within the warning time. */
export function warningOf(
  ticket: Clocked,
  at: Date,
): { target: "first_response" | "resolution"; dueAt: Date; breached: boolean } | null {
  if (ticket.sla_warned_at !== null || ticket.sla_paused_since !== null) return null;
  if (!["new", "open", "on_hold"].includes(ticket.status)) return null;
  const horizon = at.getTime() + WARNING_MS;
  const candidates: { target: "first_response" | "resolution"; dueAt: Date | null }[] = [
    {
      target: "first_response",
      dueAt: ticket.first_responded_at === null ? ticket.first_response_due_at : null,
    },
    { target: "resolution", dueAt: ticket.resolution_due_at },
  ];
  for (const { target, dueAt } of candidates)
    if (dueAt && dueAt.getTime() <= horizon)
      return { target, dueAt, breached: dueAt.getTime() <= at.getTime() };
  return null;
}
