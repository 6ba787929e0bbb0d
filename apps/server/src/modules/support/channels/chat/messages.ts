import type { UserRole } from "../../../../platform/db/schema.js";
import type { MessageAttachmentRef } from "../../../../platform/db/schema-support.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import { replyToTicket } from "../../console/reply.js";
import type { SupportDeps } from "../../deps.js";
import type { ChatSide } from "../../live/index.js";
import type { MessageRow, TicketRow } from "../../tickets/repository.js";
import { receiveInbound } from "../inbound.js";
import { acceptsMessages, type ChatCustomer, ticketCallerOf } from "./access.js";

/**
 * Chat messages are the ticket's messages (channel "chat"), so the console thread, reports and
 * history have them. A client names each message it sends (clientId); the id is kept as the
 * message's external id, so a resend after a reconnection is stored once and acknowledged
 * with the message already stored.
 */

export interface ChatMessageInput {
  clientId: string;
  body: string;
  attachmentIds?: string[] | undefined;
}

/** A message as chat clients get it. */
export interface ChatMessageFrame {
  type: "message";
  chatId: string;
  seq: number;
  id: string;
  /** The sender's own id for it (to the side that sent it). */
  clientId?: string;
  authorType: "customer" | "agent" | "system";
  authorName: string | null;
  body: string;
  attachments: (MessageAttachmentRef & { url: string })[];
  createdAt: string;
  channel: string;
  /** The other side's devices: delivered when it reached one, read when they said so (chat messages). */
  deliveryStatus: "delivered" | "read" | null;
}

const customerExternalId = (ticketId: string, clientId: string) => `${ticketId}:${clientId}`;
/** Agents' ids carry the agent: a customer who guessed one could never collide with it. */
const agentExternalId = (ticketId: string, userId: string, clientId: string) =>
  `${ticketId}:${userId}:${clientId}`;

async function byExternalId(executor: Executor, externalId: string): Promise<MessageRow | undefined> {
  return executor
    .selectFrom("support_messages")
    .selectAll()
    .where("channel", "=", "chat")
    .where("external_id", "=", externalId)
    .executeTakeFirst();
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";

/** Runs `store`; when the same id was stored meanwhile (a resend racing the first), the stored one. */
async function storeOnce(
  executor: Executor,
  externalId: string,
  store: () => Promise<MessageRow | undefined>,
): Promise<MessageRow> {
  const before = await byExternalId(executor, externalId);
  if (before) return before;
  try {
    const stored = await store();
    if (stored) return stored;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const after = await byExternalId(executor, externalId);
  if (!after) throw new Error("a chat message vanished after it was stored");
  return after;
}

/** The customer's message, through the same way in as every channel's (channels/inbound.ts). */
export async function postCustomerMessage(
  deps: SupportDeps,
  customer: ChatCustomer,
  ticket: TicketRow,
  input: ChatMessageInput,
): Promise<MessageRow> {
  const { db } = deps.platform;
  return storeOnce(db, customerExternalId(ticket.id, input.clientId), async () => {
    if (!acceptsMessages(ticket)) throw new DomainError("chat_not_found");
    const profile = customer.kind === "user" ? await deps.customers.profile(db, customer.userId) : undefined;
    const result = await receiveInbound(deps, {
      channel: "chat",
      from: {
        kind: "email",
        address: profile?.email ?? ticket.requester_email,
        name: profile?.name ?? ticket.requester_name,
        // A guest's address and name were only typed.
        typed: customer.kind === "guest",
      },
      externalId: customerExternalId(ticket.id, input.clientId),
      ticketId: ticket.id,
      continueLatest: false,
      subject: ticket.subject,
      body: input.body,
      // A guest's chat never belongs to an account, whatever address they typed.
      userId: customer.kind === "user" ? customer.userId : null,
      ...(input.attachmentIds?.length
        ? { uploads: { caller: ticketCallerOf(customer, ticket), ids: input.attachmentIds } }
        : {}),
    });
    return result.message;
  });
}

/**
 * An agent's message, as a console reply on the chat channel: the ticket stays open while the
 * chat goes on (a console reply's default would leave it waiting on the customer).
 */
export async function postAgentMessage(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  ticket: TicketRow,
  input: ChatMessageInput,
): Promise<MessageRow> {
  const { db } = deps.platform;
  const externalId = agentExternalId(ticket.id, auth.userId, input.clientId);
  return storeOnce(db, externalId, async () => {
    if (!acceptsMessages(ticket)) throw new DomainError("chat_not_found");
    const reply = await replyToTicket(deps, auth, ticket.id, {
      body: input.body,
      channel: "chat",
      status: "open",
      attachmentIds: input.attachmentIds,
      externalId,
    });
    return db.selectFrom("support_messages").selectAll().where("id", "=", reply.id).executeTakeFirst();
  });
}

/**
 * The channels of a ticket's messages the customer side of a chat is shown: what was said in
 * the chat (and on the web, by the same requester). Never email, phone or social messages: a
 * guest's address is only typed, and mail from the real owner of that address may end up in
 * the same ticket (issue #8, security review).
 */
export const CUSTOMER_CHAT_CHANNELS = ["chat", "web"] as const;

/** Public messages after `seq`, in order (what a socket has not been sent yet); the customer side sees its channels only. */
export async function messagesAfter(
  executor: Executor,
  ticketId: string,
  after: bigint,
  limit = 200,
  side: ChatSide = "agent",
): Promise<MessageRow[]> {
  let query = executor
    .selectFrom("support_messages")
    .selectAll()
    .where("ticket_id", "=", ticketId)
    .where("internal", "=", false)
    .where("seq", ">", after.toString());
  if (side === "customer") query = query.where("channel", "in", [...CUSTOMER_CHAT_CHANNELS]);
  return query.orderBy("seq").limit(limit).execute();
}

/** The client's id of a message, for the side that sent it. */
function clientIdOf(message: MessageRow, side: ChatSide): string | undefined {
  const id = message.external_id;
  if (message.channel !== "chat" || !id || message.author_type !== side) return undefined;
  const parts = id.split(":");
  return parts[parts.length - 1];
}

/** Where a side reads an image: the chat's route (guests send their X-Chat-Token), the console's for agents. */
export const attachmentUrl = (chatId: string, id: string, side: ChatSide) =>
  side === "customer"
    ? `/api/v1/chat/sessions/${chatId}/attachments/${id}`
    : `/api/v1/tickets/attachments/${id}`;

export function presentChatMessage(message: MessageRow, side: ChatSide): ChatMessageFrame {
  const clientId = clientIdOf(message, side);
  const status = message.delivery_status;
  return {
    type: "message",
    chatId: message.ticket_id,
    seq: Number(message.seq),
    id: message.id,
    ...(clientId ? { clientId } : {}),
    authorType: message.author_type,
    authorName: message.author_name,
    body: message.body,
    attachments: message.attachments.map((a) => ({
      ...a,
      url: attachmentUrl(message.ticket_id, a.id, side),
    })),
    createdAt: message.created_at.toISOString(),
    channel: message.channel,
    deliveryStatus: status === "delivered" || status === "read" ? status : null,
  };
}

/** The side that wrote a message, when a person did (system messages have no receipts). */
export const sideOf = (message: MessageRow): ChatSide | undefined =>
  message.author_type === "customer" || message.author_type === "agent" ? message.author_type : undefined;

/**
 * Marks the other side's chat messages among `messages` delivered (they just reached a device
 * of `by`); answers the highest seq that changed, for the sender's receipt.
 */
export async function markDelivered(
  deps: SupportDeps,
  messages: readonly MessageRow[],
  by: ChatSide,
): Promise<string | undefined> {
  const ids = messages
    .filter(
      (m) =>
        m.channel === "chat" && m.delivery_status === null && sideOf(m) !== undefined && sideOf(m) !== by,
    )
    .map((m) => m.id);
  if (ids.length === 0) return undefined;
  const rows = await deps.platform.db
    .updateTable("support_messages")
    .set({ delivery_status: "delivered", delivered_at: deps.platform.clock.now() })
    .where("id", "in", ids)
    .where("delivery_status", "is", null)
    .returning("seq")
    .execute();
  return maxSeq(rows.map((r) => r.seq));
}

/** `by` read the chat up to `seq`: the other side's messages so far are read. Answers the highest seq that changed. */
export async function markRead(
  deps: SupportDeps,
  ticketId: string,
  seq: bigint,
  by: ChatSide,
): Promise<string | undefined> {
  const rows = await deps.platform.db
    .updateTable("support_messages")
    .set({ delivery_status: "read", read_at: deps.platform.clock.now() })
    .where("ticket_id", "=", ticketId)
    .where("channel", "=", "chat")
    .where("internal", "=", false)
    .where("author_type", "=", by === "customer" ? "agent" : "customer")
    .where("seq", "<=", seq.toString())
    .where("read_at", "is", null)
    .returning("seq")
    .execute();
  return maxSeq(rows.map((r) => r.seq));
}

function maxSeq(values: readonly string[]): string | undefined {
  let max: bigint | undefined;
  for (const value of values) if (max === undefined || BigInt(value) > max) max = BigInt(value);
  return max?.toString();
}
