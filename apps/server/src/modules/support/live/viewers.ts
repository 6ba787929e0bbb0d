import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { findTicket } from "../tickets/repository.js";

/**
 * Collision warnings: who else has a ticket open in the console, and whether they are typing
 * a reply. Each console reports every few seconds while the ticket is on screen; a viewer not
 * heard from for 30 seconds is gone (a closed tab never says goodbye).
 */

/** A viewer not heard from for this long has left. */
export const VIEWING_WINDOW_MS = 30_000;
/** "Typing" lasts this long after the last report that said so. */
export const TYPING_MS = 8_000;

export interface TicketViewer {
  id: string;
  name: string;
  typing: boolean;
}

/** Guest tickets nobody has confirmed by their link are not shown to staff anywhere. */
async function requireVisibleTicket(deps: SupportDeps, ticketId: string): Promise<void> {
  const ticket = await findTicket(deps.platform.db, ticketId);
  if (!ticket || (ticket.user_id === null && ticket.guest_verified_at === null))
    throw new DomainError("ticket_not_found");
}

/**
 * Records that the staff member has the ticket open (typing or not) and answers the others
 * viewing it. Tells every console when this viewer arrived or started or stopped typing; a
 * plain "still here" changes nothing others show, so it is not announced.
 */
export async function markViewing(
  deps: SupportDeps,
  input: { ticketId: string; userId: string; typing: boolean },
): Promise<TicketViewer[]> {
  const { db, clock } = deps.platform;
  await requireVisibleTicket(deps, input.ticketId);
  const now = clock.now();
  const since = new Date(now.getTime() - VIEWING_WINDOW_MS);
  const typingUntil = input.typing ? new Date(now.getTime() + TYPING_MS) : null;

  const previous = await db
    .selectFrom("support_ticket_viewers")
    .select(["seen_at", "typing_until"])
    .where("ticket_id", "=", input.ticketId)
    .where("user_id", "=", input.userId)
    .executeTakeFirst();
  await db
    .insertInto("support_ticket_viewers")
    .values({ ticket_id: input.ticketId, user_id: input.userId, seen_at: now, typing_until: typingUntil })
    .onConflict((oc) =>
      oc.columns(["ticket_id", "user_id"]).doUpdateSet({ seen_at: now, typing_until: typingUntil }),
    )
    .execute();
  // Those who left long ago: the table holds only who is (about to be) shown.
  await db
    .deleteFrom("support_ticket_viewers")
    .where("ticket_id", "=", input.ticketId)
    .where("seen_at", "<", since)
    .execute();

  const wasHere = previous !== undefined && previous.seen_at >= since;
  const wasTyping = previous?.typing_until != null && previous.typing_until > now;
  if (!wasHere || wasTyping !== input.typing)
    await deps.live.publish({ type: "viewers.changed", ticketId: input.ticketId });

  return otherViewers(deps, input.ticketId, input.userId);
}

/** The console closed the ticket (or went away): others stop seeing this viewer at once. */
export async function stopViewing(
  deps: SupportDeps,
  input: { ticketId: string; userId: string },
): Promise<void> {
  await requireVisibleTicket(deps, input.ticketId);
  const deleted = await deps.platform.db
    .deleteFrom("support_ticket_viewers")
    .where("ticket_id", "=", input.ticketId)
    .where("user_id", "=", input.userId)
    .executeTakeFirst();
  if (deleted.numDeletedRows > 0n)
    await deps.live.publish({ type: "viewers.changed", ticketId: input.ticketId });
}

/** Everyone but `userId` seen on the ticket within the window, in a stable order (the list does not jump). */
export async function otherViewers(
  deps: SupportDeps,
  ticketId: string,
  userId: string,
): Promise<TicketViewer[]> {
  const { db, clock } = deps.platform;
  const now = clock.now();
  const rows = await db
    .selectFrom("support_ticket_viewers")
    .select(["user_id", "typing_until"])
    .where("ticket_id", "=", ticketId)
    .where("user_id", "<>", userId)
    .where("seen_at", ">=", new Date(now.getTime() - VIEWING_WINDOW_MS))
    .orderBy("user_id")
    .execute();
  if (rows.length === 0) return [];
  const profiles = await deps.customers.profiles(
    db,
    rows.map((row) => row.user_id),
  );
  return rows.map((row) => {
    const profile = profiles.get(row.user_id);
    return {
      id: row.user_id,
      name: profile?.name ?? profile?.email ?? row.user_id,
      typing: row.typing_until !== null && row.typing_until > now,
    };
  });
}
