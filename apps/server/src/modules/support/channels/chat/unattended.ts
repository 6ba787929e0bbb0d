import type { SupportDeps } from "../../deps.js";
import { notifyReceived } from "../../tickets/notify.js";
import { addEvent } from "../../tickets/repository.js";
import { announceState } from "./notes.js";

/**
 * A chat waits for an agent of its group; when every one of them went offline (closed the
 * console, went home) nobody will come. After this long such a chat becomes what a chat started
 * with nobody online is from the start: an ordinary ticket answered by email ("offline"), the
 * customer told when to expect the answer, in the chat and by the same email.
 */
export const UNATTENDED_CHAT_MINUTES = 5;
const BATCH = 200;

/** Turns the waiting chats nobody of their group is online for into offline chat tickets; answers how many. */
export async function releaseUnattendedChats(deps: SupportDeps): Promise<number> {
  const { platform } = deps;
  const at = platform.clock.now();
  const before = new Date(at.getTime() - UNATTENDED_CHAT_MINUTES * 60_000);
  const released = await platform.db.transaction().execute(async (trx) => {
    const groups = await deps.assignment.groups(trx, at);
    const staffed = groups.filter((g) => g.members.some((m) => m.status === "online")).map((g) => g.key);
    // Locked and skipped when locked: a take in progress wins, and two workers never release one chat twice.
    let waiting = trx
      .selectFrom("support_tickets")
      .select("id")
      .where("channel", "=", "chat")
      .where("chat_state", "=", "waiting")
      .where("created_at", "<=", before)
      .where("merged_into_id", "is", null)
      .where("status", "!=", "closed");
    if (staffed.length > 0) waiting = waiting.where("group_key", "not in", staffed);
    const rows = await waiting.orderBy("created_at").limit(BATCH).forUpdate().skipLocked().execute();
    if (rows.length === 0) return [];
    const tickets = await trx
      .updateTable("support_tickets")
      .set({ chat_state: null, updated_at: at })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .returningAll()
      .execute();
    for (const ticket of tickets) {
      await addEvent(trx, platform, {
        ticketId: ticket.id,
        actorId: null,
        kind: "chat_offline",
        detail: {
          reason: "no_agent_online",
          waitedSeconds: Math.round((at.getTime() - ticket.created_at.getTime()) / 1000),
        },
        at,
      });
      // The email an offline start sends: the number, when to expect the answer, the link.
      await notifyReceived(deps, trx, ticket);
    }
    return tickets;
  });
  // After commit: the customer's chat shows it is offline (with the expected answer time), the
  // console's queue drops it, and the chats behind it move up.
  for (const ticket of released) await announceState(deps, ticket, undefined);
  return released.length;
}
