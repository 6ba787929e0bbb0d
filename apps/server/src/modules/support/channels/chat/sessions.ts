import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { SupportDeps } from "../../deps.js";
import { notifyReceived } from "../../tickets/notify.js";
import { addEvent, type TicketRow, updateTicket } from "../../tickets/repository.js";
import { recognizeContact } from "../contacts.js";
import { type InboundMessage, openTicket, receiveInbound } from "../inbound.js";
import { type ChatCustomer, ownChat } from "./access.js";
import { postCustomerMessage } from "./messages.js";
import { addChatNote, announceState, CHAT_NOTES } from "./notes.js";
import { agentsOnline, type ChatView, chatGroup, chatView } from "./state.js";
import { issueChatToken } from "./tokens.js";

/**
 * The customer's side of a chat: start one (it waits for an agent when one of its group is
 * online, else it is an ordinary ticket answered by email, with the expected answer time),
 * find the open one again, end it.
 */

export type ChatStarter = { kind: "user"; userId: string } | { kind: "guest"; name: string; email: string };

export interface StartChatInput {
  starter: ChatStarter;
  message?: string | undefined;
  language?: Locale | undefined;
  /** The first message's client id, when the client names it (its resend is stored once). */
  clientId?: string | undefined;
}

export interface StartedChat {
  view: ChatView;
  /** Guests only: the chat's token (shown once). */
  token?: string;
  /** False when a signed-in customer's open chat was continued instead. */
  created: boolean;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const subjectOf = (message: string | undefined) =>
  message ? clip(message.split("\n")[0]?.trim() || "Live chat", 100) : "Live chat";

/** The signed-in customer's chat still waiting or going on, if any. */
async function openChatOf(deps: SupportDeps, userId: string): Promise<TicketRow | undefined> {
  return deps.platform.db
    .selectFrom("support_tickets")
    .selectAll()
    .where("user_id", "=", userId)
    .where("channel", "=", "chat")
    .where("chat_state", "in", ["waiting", "active"])
    .where("merged_into_id", "is", null)
    .where("status", "!=", "closed")
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function startChat(deps: SupportDeps, input: StartChatInput): Promise<StartedChat> {
  const { platform } = deps;
  const { db } = platform;
  if (!(await deps.channels.enabled("chat"))) throw new DomainError("channel_disabled", { channel: "chat" });
  const { starter } = input;
  const profile = starter.kind === "user" ? await deps.customers.profile(db, starter.userId) : undefined;
  if (starter.kind === "user" && !profile) throw new DomainError("authentication_required");

  if (starter.kind === "user") {
    const open = await openChatOf(deps, starter.userId);
    if (open) {
      if (input.message)
        await postCustomerMessage(deps, starter, open, {
          clientId: input.clientId ?? platform.ids.next("ticketMessage"),
          body: input.message,
        });
      return { view: await chatView(deps, db, open), created: false };
    }
  }

  // A chat going on continues (above); a new one waits while live chat is closed. The
  // widget shows the refusal with its end time, and the contact form still works.
  await deps.gate.assertAvailable("live_chat");
  const online = await agentsOnline(deps, db, await chatGroup(deps, db));
  const inbound: InboundMessage = {
    channel: "chat",
    from:
      starter.kind === "user"
        ? { kind: "email", address: profile?.email ?? "", name: profile?.name ?? null }
        : { kind: "email", address: starter.email, name: starter.name, typed: true },
    continueLatest: false,
    subject: subjectOf(input.message),
    body: input.message ?? "",
    language: profile?.language ?? input.language,
    ...(online > 0 ? { chatState: "waiting" as const } : {}),
    // A signed-in customer's chat is theirs; a guest's never opens an account, whatever address they typed.
    userId: starter.kind === "user" ? starter.userId : null,
  };
  const ticket = input.message
    ? (await receiveInbound(deps, { ...inbound, externalId: null })).ticket
    : await openEmptyChat(deps, inbound);

  const token = await db.transaction().execute(async (trx) => {
    // Nobody online: the customer is told by email when to expect the answer, with their link.
    if (online === 0) await notifyReceived(deps, trx, ticket);
    return starter.kind === "guest" ? issueChatToken(trx, platform, ticket.id) : undefined;
  });
  if (ticket.chat_state) await announceState(deps, ticket, undefined);
  return { view: await chatView(deps, db, ticket), ...(token ? { token } : {}), created: true };
}

/** A chat started before its first message: the ticket, with a line saying who started it. */
async function openEmptyChat(deps: SupportDeps, input: InboundMessage): Promise<TicketRow> {
  const { platform } = deps;
  const at = platform.clock.now();
  const { ticket, note } = await platform.db.transaction().execute(async (trx) => {
    const contact = await recognizeContact(trx, platform, input.from, at);
    const ticket = await openTicket(deps, trx, input, contact, at);
    const name = ticket.requester_name ?? ticket.requester_email;
    const note = await addChatNote(trx, deps, ticket, CHAT_NOTES.started(name), at);
    return { ticket, note };
  });
  await deps.channels.markInbound("chat", at);
  await deps.live.publish({
    type: "ticket.created",
    ticketId: ticket.id,
    number: String(ticket.number),
    groupKey: ticket.group_key,
  });
  await deps.live.publish({
    type: "message.created",
    ticketId: ticket.id,
    messageId: note.id,
    internal: false,
    authorType: "system",
  });
  return ticket;
}

/** The caller's chat waiting or going on, or chat_not_found. */
export async function currentChat(deps: SupportDeps, customer: ChatCustomer): Promise<ChatView> {
  const { db } = deps.platform;
  const ticket =
    customer.kind === "user"
      ? await openChatOf(deps, customer.userId)
      : await ownChat(db, customer, customer.ticketId).catch(() => undefined);
  if (
    !ticket ||
    (ticket.chat_state !== "waiting" && ticket.chat_state !== "active") ||
    ticket.status === "closed"
  )
    throw new DomainError("chat_not_found");
  return chatView(deps, db, ticket);
}

/** The customer ends their chat (again: nothing changes). What is left is an ordinary ticket. */
export async function endChatByCustomer(
  deps: SupportDeps,
  customer: ChatCustomer,
  id: string,
): Promise<ChatView> {
  const { platform } = deps;
  const at = platform.clock.now();
  const { ticket, note } = await platform.db.transaction().execute(async (trx) => {
    const ticket = await ownChat(trx, customer, id, { lock: true });
    if (ticket.chat_state !== "waiting" && ticket.chat_state !== "active") return { ticket, note: undefined };
    await updateTicket(trx, ticket.id, { chat_state: "ended", updated_at: at });
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: customer.kind === "user" ? customer.userId : null,
      kind: "chat_ended",
      detail: { by: "customer" },
      at,
    });
    const ended: TicketRow = { ...ticket, chat_state: "ended", updated_at: at };
    return { ticket: ended, note: await addChatNote(trx, deps, ended, CHAT_NOTES.ended("customer"), at) };
  });
  if (note) await announceState(deps, ticket, note);
  return chatView(deps, platform.db, ticket);
}
