import type { Chore } from "../../payments/index.js";
import type { SupportDeps } from "../deps.js";
import { purgeUnusedAttachments } from "./attachments.js";
import { deleteExpiredGuestTokens } from "./guest-tokens.js";

/** Guest tickets never verified are dropped this long after they were sent (the link lasted a day). */
export const UNVERIFIED_GUEST_TICKET_TTL_MS = 7 * 24 * 3_600_000;
const BATCH = 200;

/**
 * Guest tickets whose address was never proven: nobody at Satchel ever saw them, and the
 * address's owner may never have written them. Deleted with everything hanging off them.
 */
export async function dropUnverifiedGuestTickets(deps: SupportDeps): Promise<number> {
  const { db, clock } = deps.platform;
  const before = new Date(clock.now().getTime() - UNVERIFIED_GUEST_TICKET_TTL_MS);
  return db.transaction().execute(async (trx) => {
    // Locked: a link opened meanwhile waits, then finds the ticket gone (and says the link is invalid).
    const rows = await trx
      .selectFrom("support_tickets")
      .select("id")
      .where("user_id", "is", null)
      .where("guest_verified_at", "is", null)
      .where("created_at", "<", before)
      .orderBy("created_at")
      .limit(BATCH)
      .forUpdate()
      .execute();
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return 0;
    await trx.deleteFrom("support_guest_tokens").where("ticket_id", "in", ids).execute();
    await trx.deleteFrom("support_ticket_events").where("ticket_id", "in", ids).execute();
    await trx.deleteFrom("support_ticket_transactions").where("ticket_id", "in", ids).execute();
    await trx.deleteFrom("support_ticket_viewers").where("ticket_id", "in", ids).execute();
    // Guests attach nothing before they verify; were there rows, the purge of unused uploads takes them.
    await trx
      .updateTable("support_attachments")
      .set({ ticket_id: null, message_id: null })
      .where("ticket_id", "in", ids)
      .execute();
    await trx.deleteFrom("support_messages").where("ticket_id", "in", ids).execute();
    await trx.deleteFrom("support_tickets").where("id", "in", ids).execute();
    return ids.length;
  });
}

/** Housekeeping of the customer side: unused uploads (24 h), dead guest links, unverified guest tickets. */
export function ticketChores(deps: SupportDeps): Chore[] {
  const { db, clock } = deps.platform;
  return [
    ["support attachments unused for 24 hours purged", () => purgeUnusedAttachments(deps)],
    ["support guest links expired deleted", () => deleteExpiredGuestTokens(db, clock.now())],
    ["support guest tickets never verified dropped", () => dropUnverifiedGuestTickets(deps)],
  ];
}
