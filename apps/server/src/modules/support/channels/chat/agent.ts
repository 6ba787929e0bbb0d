import type { UserRole } from "../../../../platform/db/schema.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { type StaffCaller, staffCaller } from "../../console/access.js";
import { lockForChange } from "../../console/update.js";
import type { SupportDeps } from "../../deps.js";
import { addEvent, type TicketRow, updateTicket } from "../../tickets/repository.js";
import { addChatNote, announceState, CHAT_NOTES } from "./notes.js";
import { agentName, type ChatStateView, chatStateOf } from "./state.js";

/**
 * The agents' side: the chats waiting in the queue (oldest first, with their place in their
 * group's queue and how long they have waited), the caller's own chats, and taking and ending
 * them. An agent takes several chats at once; taking assigns the ticket and tells the customer.
 */

type Auth = { userId: string; role: UserRole };

export interface AgentChatRow {
  chatId: string;
  number: string;
  state: ChatStateView;
  subject: string;
  customerName: string | null;
  customerEmail: string;
  userId: string | null;
  groupKey: string;
  language: "en" | "zh-CN";
  assigneeId: string | null;
  createdAt: string;
  waitSeconds: number;
  queuePosition: number | null;
  /** The customer's messages not read by an agent yet. */
  unread: number;
  lastMessage: { seq: number; authorType: string; body: string; createdAt: string } | null;
}

const OPEN_CHATS_LIMIT = 200;

async function chatRows(
  executor: Executor,
  filter: { state: "waiting" } | { state: "active"; assigneeId: string },
) {
  let query = executor
    .selectFrom("support_tickets")
    .selectAll()
    .where("channel", "=", "chat")
    .where("chat_state", "=", filter.state)
    .where("merged_into_id", "is", null)
    .where("status", "!=", "closed");
  if (filter.state === "active") query = query.where("assignee_id", "=", filter.assigneeId);
  return query.orderBy("created_at").orderBy("number").limit(OPEN_CHATS_LIMIT).execute();
}

async function lastMessages(executor: Executor, ticketIds: string[]) {
  if (ticketIds.length === 0) return new Map<string, AgentChatRow["lastMessage"]>();
  const rows = await executor
    .selectFrom("support_messages")
    .select(["ticket_id", "seq", "author_type", "body", "created_at"])
    .distinctOn("ticket_id")
    .where("ticket_id", "in", ticketIds)
    .where("internal", "=", false)
    .orderBy("ticket_id")
    .orderBy("seq", "desc")
    .execute();
  return new Map(
    rows.map((r) => [
      r.ticket_id,
      {
        seq: Number(r.seq),
        authorType: r.author_type,
        body: r.body.length > 200 ? `${r.body.slice(0, 199)}…` : r.body,
        createdAt: r.created_at.toISOString(),
      },
    ]),
  );
}

async function unreadCounts(executor: Executor, ticketIds: string[]) {
  if (ticketIds.length === 0) return new Map<string, number>();
  const rows = await executor
    .selectFrom("support_messages")
    .select(["ticket_id", (eb) => eb.fn.countAll<string>().as("unread")])
    .where("ticket_id", "in", ticketIds)
    .where("author_type", "=", "customer")
    .where("channel", "=", "chat")
    .where("read_at", "is", null)
    .groupBy("ticket_id")
    .execute();
  return new Map(rows.map((r) => [r.ticket_id, Number(r.unread)]));
}

export async function agentChats(deps: SupportDeps, auth: Auth) {
  const { db, clock } = deps.platform;
  const now = clock.now();
  const waiting = await chatRows(db, { state: "waiting" });
  const mine = await chatRows(db, { state: "active", assigneeId: auth.userId });
  const ids = [...waiting, ...mine].map((t) => t.id);
  const [last, unread] = await Promise.all([lastMessages(db, ids), unreadCounts(db, ids)]);
  // Places in each group's queue, counted from the oldest waiting chat (the list is in that order).
  const placeInGroup = new Map<string, number>();
  const row = (t: TicketRow): AgentChatRow => {
    let queuePosition: number | null = null;
    if (t.chat_state === "waiting") {
      queuePosition = (placeInGroup.get(t.group_key) ?? 0) + 1;
      placeInGroup.set(t.group_key, queuePosition);
    }
    return {
      chatId: t.id,
      number: String(t.number),
      state: chatStateOf(t),
      subject: t.subject,
      customerName: t.requester_name,
      customerEmail: t.requester_email,
      userId: t.user_id,
      groupKey: t.group_key,
      language: t.language,
      assigneeId: t.assignee_id,
      createdAt: t.created_at.toISOString(),
      waitSeconds: Math.max(0, Math.round((now.getTime() - t.created_at.getTime()) / 1000)),
      queuePosition,
      unread: unread.get(t.id) ?? 0,
      lastMessage: last.get(t.id) ?? null,
    };
  };
  const groups = await deps.assignment.groups(db, now);
  const online = new Set(
    groups.flatMap((g) => g.members.filter((m) => m.status === "online").map((m) => m.id)),
  );
  return { waiting: waiting.map(row), mine: mine.map(row), agentsOnline: online.size };
}

/** The chat for a change by this staff member (locked), or chat_not_found. */
async function lockChat(trx: Executor, caller: StaffCaller, id: string): Promise<TicketRow> {
  const ticket = await lockForChange(trx, caller, id).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === "ticket_not_found"
      ? new DomainError("chat_not_found")
      : error;
  });
  if (ticket.channel !== "chat") throw new DomainError("chat_not_found");
  return ticket;
}

/**
 * Takes a waiting chat: assigned to the caller, active, and the customer reads "Dana joined
 * the chat". Taking one's own active chat again changes nothing; another agent's is 409
 * chat_already_taken; an ended chat is chat_not_found. Audited as chat.taken.
 */
export async function takeChat(deps: SupportDeps, auth: Auth, id: string): Promise<TicketRow> {
  const { platform } = deps;
  const at = platform.clock.now();
  const { ticket, note } = await platform.db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const before = await lockChat(trx, caller, id);
    if (before.chat_state === "active" && before.assignee_id === caller.userId)
      return { ticket: before, note: undefined };
    if (before.chat_state === "active")
      throw new DomainError("chat_already_taken", {
        name: (await agentName(deps, trx, before.assignee_id)) ?? "",
      });
    if (before.chat_state !== "waiting") throw new DomainError("chat_not_found");
    await updateTicket(trx, id, { assignee_id: caller.userId, chat_state: "active", updated_at: at });
    if (before.assignee_id !== caller.userId)
      await addEvent(trx, platform, {
        ticketId: id,
        actorId: caller.userId,
        kind: "assigned",
        detail: { from: before.assignee_id, to: caller.userId, by: "chat_take" },
        at,
      });
    await deps.audit.record(
      trx,
      caller.actor,
      "chat.taken",
      { type: "ticket", id },
      { number: String(before.number) },
    );
    const ticket: TicketRow = { ...before, assignee_id: caller.userId, chat_state: "active", updated_at: at };
    return { ticket, note: await addChatNote(trx, deps, ticket, CHAT_NOTES.joined(caller.name), at) };
  });
  if (note) await announceState(deps, ticket, note);
  return ticket;
}

/** An agent ends a chat (waiting or active); the ticket stays as it is for the rest of the work. Audited as chat.ended. */
export async function endChatByAgent(deps: SupportDeps, auth: Auth, id: string): Promise<TicketRow> {
  const { platform } = deps;
  const at = platform.clock.now();
  const { ticket, note } = await platform.db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const before = await lockChat(trx, caller, id);
    if (before.chat_state !== "waiting" && before.chat_state !== "active")
      return { ticket: before, note: undefined };
    await updateTicket(trx, id, { chat_state: "ended", updated_at: at });
    await addEvent(trx, platform, {
      ticketId: id,
      actorId: caller.userId,
      kind: "chat_ended",
      detail: { by: "agent" },
      at,
    });
    await deps.audit.record(
      trx,
      caller.actor,
      "chat.ended",
      { type: "ticket", id },
      { number: String(before.number) },
    );
    const ticket: TicketRow = { ...before, chat_state: "ended", updated_at: at };
    return { ticket, note: await addChatNote(trx, deps, ticket, CHAT_NOTES.ended("agent"), at) };
  });
  if (note) await announceState(deps, ticket, note);
  return ticket;
}
