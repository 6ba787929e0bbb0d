import { type RawBuilder, type SqlBool, sql } from "kysely";

/**
 * The queue's conditions as SQL over `support_tickets as t`, shared by the lists and the counts
 * so a tab's number always matches its rows. Each follows a partial index of migration 0010.
 */

/** Guests' tickets reach agents only once the guest clicked the link in the email. */
export const visible: RawBuilder<SqlBool> = sql<SqlBool>`(t.user_id is not null or t.guest_verified_at is not null)`;

/** Someone on our side still has to act: new and open (pending waits on the customer, on_hold on a third party). */
export const needsAgent: RawBuilder<SqlBool> = sql<SqlBool>`t.status in ('new', 'open')`;

/** Not solved or closed. */
export const unsolved: RawBuilder<SqlBool> = sql<SqlBool>`t.status in ('new', 'open', 'pending', 'on_hold')`;

export const unassigned: RawBuilder<SqlBool> = sql<SqlBool>`(t.assignee_id is null and t.status in ('new', 'open'))`;

export const assignedTo = (userId: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(t.assignee_id = ${userId} and t.status in ('new', 'open', 'pending', 'on_hold'))`;

/*
 * SLA clocks that run (as the SLA module counts them): the first response until somebody
 * answers, the resolution until solved; pending pauses both (the customer has the ball, so
 * such tickets are neither due soon nor breached here), on hold does not, solved and closed
 * stop them. Indexes support_tickets_first_due and support_tickets_resolution_due.
 */
const firstResponseRunning = sql`(t.first_responded_at is null and t.status in ('new', 'open', 'on_hold'))`;
const resolutionRunning = sql`t.status in ('new', 'open', 'on_hold')`;

/** The earliest running due date (least() skips nulls), or null when no clock runs. */
export const nextDue: RawBuilder<Date | null> = sql<Date | null>`least(
  case when ${firstResponseRunning} then t.first_response_due_at end,
  case when ${resolutionRunning} then t.resolution_due_at end)`;

export const breached = (now: Date): RawBuilder<SqlBool> =>
  sql<SqlBool>`((${firstResponseRunning} and t.first_response_due_at < ${now})
    or (${resolutionRunning} and t.resolution_due_at < ${now}))`;

/** How far ahead "due soon" looks. */
export const DUE_SOON_MS = 2 * 60 * 60 * 1000;

/** Not breached yet, and the next running clock ends within two hours. */
export const dueSoon = (now: Date): RawBuilder<SqlBool> => {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  return sql<SqlBool>`(((${firstResponseRunning} and t.first_response_due_at < ${soon})
      or (${resolutionRunning} and t.resolution_due_at < ${soon}))
    and ${nextDue} >= ${now} and ${nextDue} < ${soon})`;
};

/** Text for ILIKE: the person's % and _ and \ match themselves. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
