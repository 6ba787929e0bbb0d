import type { MessageChannel } from "../../../platform/db/schema-channels.js";
import type {
  MessageAttachmentRef,
  TicketCategory,
  TicketChannel,
} from "../../../platform/db/schema-support.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import type { TicketCaller } from "../tickets/access.js";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE,
  cleanFilename,
  detectImageType,
  takeAttachments,
  tieToMessage,
} from "../tickets/attachments.js";
import { accountContext } from "../tickets/context.js";
import { priorityFor } from "../tickets/create.js";
import { insertAttachment } from "../tickets/customer-repository.js";
import {
  addEvent,
  addMessage,
  insertTicket,
  lockTicket,
  type MessageRow,
  type TicketPatch,
  type TicketRow,
  updateTicket,
} from "../tickets/repository.js";
import { type ContactAddress, type ContactRow, recognizeContact } from "./contacts.js";

/**
 * Every channel's way into a ticket thread (email, chat, phone, Messenger, X): the sender is
 * recognised (contacts.ts), the message is stored once however often the provider retries it
 * (its external id), and it lands in the ticket the channel matched, in the sender's open
 * ticket on that channel, or in a new ticket. A message to a solved or pending ticket puts it
 * back in the agents' hands; one to a closed ticket opens a follow-up.
 */

export interface InboundFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface InboundMessage {
  channel: Exclude<MessageChannel, "web">;
  from: ContactAddress;
  /** The provider's id for this message (Message-ID, mid, DM event id); duplicates are ignored. */
  externalId?: string | null | undefined;
  /** The ticket the channel matched (email threading, a chat's own ticket); followed through merges. */
  ticketId?: string | null | undefined;
  /**
   * Without a matched ticket: continue the sender's latest ticket on this channel that is not
   * closed (social and phone conversations have no thread of their own), or always start anew (email).
   */
  continueLatest: boolean;
  /** The subject of a new ticket (email subject; "Messenger message from …" elsewhere). */
  subject: string;
  body: string;
  files?: readonly InboundFile[] | undefined;
  /** The raw original (MIME, webhook JSON), kept in the document store for agents. */
  original?: { bytes: Buffer; contentType: string } | undefined;
  category?: TicketCategory | undefined;
  language?: Locale | undefined;
  /** A chat's state when this opens a chat ticket. */
  chatState?: "waiting" | "active" | undefined;
  /**
   * The customer the channel itself vouches for, instead of recognition by a verified address:
   * a signed-in chat's own account (its email may not be verified yet, the chat is still theirs),
   * or null for a sender nothing proves (a chat guest types any address, and a typed address
   * must never open a customer's account to them).
   */
  userId?: string | null | undefined;
  /** Images this sender uploaded beforehand (a chat's attachments), named by id, taken with the message. */
  uploads?: { caller: TicketCaller; ids: readonly string[] } | undefined;
}

export interface InboundResult {
  ticket: TicketRow;
  /** Undefined when this external id was stored before (a provider's retry). */
  message: MessageRow | undefined;
  contact: ContactRow;
  created: boolean;
  /** Files that were not kept (not an image, too large, too many), by name. */
  skippedFiles: string[];
}

/** Messenger and X tickets are "social" in queues and reports; the message keeps which. */
export function ticketChannelOf(channel: InboundMessage["channel"]): TicketChannel {
  return channel === "messenger" || channel === "x" ? "social" : channel;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface StoredFile {
  ref: MessageAttachmentRef;
  key: string;
}

/** Keeps the images (by their bytes, whatever they claim), up to the limits of a web message. */
async function storeFiles(deps: SupportDeps, files: readonly InboundFile[]) {
  const stored: StoredFile[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const type = file.bytes.length <= ATTACHMENT_MAX_BYTES ? detectImageType(file.bytes) : undefined;
    if (!type || stored.length >= ATTACHMENTS_PER_MESSAGE) {
      skipped.push(file.filename);
      continue;
    }
    const key = deps.store.newKey();
    await deps.store.put(key, file.bytes, type);
    stored.push({
      key,
      ref: {
        id: deps.platform.ids.next("ticketAttachment"),
        filename: cleanFilename(file.filename, type),
        contentType: type,
        size: file.bytes.length,
      },
    });
  }
  return { stored, skipped };
}

async function existingMessage(executor: Executor, channel: string, externalId: string | null | undefined) {
  if (!externalId) return undefined;
  return executor
    .selectFrom("support_messages")
    .selectAll()
    .where("channel", "=", channel)
    .where("external_id", "=", externalId)
    .executeTakeFirst();
}

/** The matched ticket, followed to where a merge sent its conversation; closed ones do not count. */
async function matchedTicket(
  executor: Executor,
  id: string | null | undefined,
): Promise<TicketRow | undefined> {
  let ticket = id ? await lockTicket(executor, id) : undefined;
  for (let hops = 0; ticket?.merged_into_id && hops < 5; hops++)
    ticket = await lockTicket(executor, ticket.merged_into_id);
  if (!ticket || ticket.merged_into_id || ticket.status === "closed") return undefined;
  return ticket;
}

async function latestOpenTicket(executor: Executor, contactId: string, channel: TicketChannel) {
  const row = await executor
    .selectFrom("support_tickets")
    .select("id")
    .where("contact_id", "=", contactId)
    .where("channel", "=", channel)
    .where("status", "!=", "closed")
    .where("merged_into_id", "is", null)
    .orderBy("updated_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? matchedTicket(executor, row.id) : undefined;
}

/** A new ticket for the sender (also a chat started before its first message, channels/chat). */
export async function openTicket(
  deps: SupportDeps,
  trx: Executor,
  input: InboundMessage,
  contact: ContactRow,
  at: Date,
): Promise<TicketRow> {
  const { platform } = deps;
  const category = input.category ?? "other";
  const priority = priorityFor(category);
  const userId = input.userId !== undefined ? input.userId : contact.user_id;
  const profile = userId ? await deps.customers.profile(trx, userId) : undefined;
  const groupKey = await deps.assignment.groupFor(trx, category);
  const sla = await deps.sla.onCreated(trx, { priority, created_at: at });
  const assignee = await deps.assignment.pickAssignee(trx, groupKey, at);
  const context = profile ? await accountContext(deps, trx, profile.id) : {};
  const ticket = await insertTicket(trx, {
    id: platform.ids.next("ticket"),
    user_id: profile?.id ?? null,
    // Email known from the account or the sender; "" for a phone or social account we cannot email.
    requester_email: profile?.email ?? (contact.kind === "email" ? contact.address : ""),
    requester_name: profile?.name ?? ((input.from.typed && input.from.name?.trim()) || contact.display_name),
    language: profile?.language ?? input.language ?? "en",
    // The channel vouches for the sender as far as it can; agents see the ticket at once.
    guest_verified_at: profile ? null : at,
    category,
    subject: clip(input.subject.trim() || "(no subject)", 200),
    status: "new",
    priority,
    channel: ticketChannelOf(input.channel),
    group_key: groupKey,
    assignee_id: assignee,
    tags: "[]",
    context: JSON.stringify(context),
    contact_id: contact.id,
    chat_state: input.chatState ?? null,
    last_customer_activity_at: at,
    created_at: at,
    updated_at: at,
    ...sla,
  });
  await addEvent(trx, platform, {
    ticketId: ticket.id,
    actorId: null,
    kind: "created",
    detail: { channel: input.channel, priority, group: groupKey, contactId: contact.id },
    at,
  });
  if (assignee)
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: null,
      kind: "assigned",
      detail: { to: assignee, by: "round_robin" },
      at,
    });
  return ticket;
}

/** A customer writing again brings a ticket waiting on them, or solved, back to the agents. */
async function reopenPatch(
  deps: SupportDeps,
  trx: Executor,
  ticket: TicketRow,
  at: Date,
): Promise<TicketPatch> {
  if (ticket.status !== "pending" && ticket.status !== "solved") return {};
  const sla = await deps.sla.onStatusChange(trx, ticket, "open", at);
  await addEvent(trx, deps.platform, {
    ticketId: ticket.id,
    actorId: null,
    kind: "status_changed",
    detail: { from: ticket.status, to: "open", by: "customer" },
    at,
  });
  return { ...sla, status: "open", solved_at: null };
}

export async function receiveInbound(deps: SupportDeps, input: InboundMessage): Promise<InboundResult> {
  const { platform } = deps;
  const at = platform.clock.now();
  const { stored, skipped } = await storeFiles(deps, input.files ?? []);
  const originalKey = input.original ? deps.store.newKey() : null;
  if (input.original && originalKey)
    await deps.store.put(originalKey, input.original.bytes, input.original.contentType);
  try {
    const result = await platform.db.transaction().execute(async (trx) => {
      const contact = await recognizeContact(trx, platform, input.from, at);
      const duplicate = await existingMessage(trx, input.channel, input.externalId);
      if (duplicate) {
        const ticket = await lockTicket(trx, duplicate.ticket_id);
        if (!ticket) throw new Error("a stored message without its ticket");
        return {
          ticket,
          message: undefined,
          contact,
          created: false,
          skippedFiles: skipped,
          duplicate: true,
        };
      }
      let ticket =
        (await matchedTicket(trx, input.ticketId)) ??
        (input.continueLatest
          ? await latestOpenTicket(trx, contact.id, ticketChannelOf(input.channel))
          : undefined);
      const created = ticket === undefined;
      ticket ??= await openTicket(deps, trx, input, contact, at);
      const uploads = input.uploads
        ? await takeAttachments(trx, input.uploads.caller, input.uploads.ids)
        : [];
      // The channel's word on who wrote (a chat's account, null for a guest or a forged From) wins.
      const authorId = input.userId !== undefined ? input.userId : contact.user_id;
      const message = await addMessage(trx, platform, {
        ticketId: ticket.id,
        authorType: "customer",
        authorId,
        // A typed name is the guest's own, even when the address's contact has another.
        authorName:
          (input.from.typed ? input.from.name?.trim() : contact.display_name) || ticket.requester_name,
        body: input.body,
        channel: input.channel,
        attachments: [...stored.map((s) => s.ref), ...uploads],
        at,
        externalId: input.externalId ?? null,
        contactId: contact.id,
        originalKey,
      });
      for (const file of stored)
        await insertAttachment(trx, {
          id: file.ref.id,
          ticket_id: ticket.id,
          message_id: message.id,
          uploader_user_id: authorId,
          uploader_guest_email: contact.kind === "email" ? contact.address : null,
          filename: file.ref.filename,
          content_type: file.ref.contentType,
          size: file.ref.size,
          storage_key: file.key,
          created_at: at,
        });
      await tieToMessage(trx, uploads, { ticketId: ticket.id, messageId: message.id });
      const patch = created ? {} : await reopenPatch(deps, trx, ticket, at);
      await updateTicket(trx, ticket.id, { ...patch, last_customer_activity_at: at, updated_at: at });
      const after = { ...ticket, ...patch, last_customer_activity_at: at, updated_at: at } as TicketRow;
      return { ticket: after, message, contact, created, skippedFiles: skipped, duplicate: false };
    });
    if (result.duplicate) {
      // The provider sent it again: nothing of this delivery is kept.
      await Promise.all([
        ...stored.map((s) => deps.store.delete(s.key)),
        ...(originalKey ? [deps.store.delete(originalKey)] : []),
      ]);
    } else {
      await deps.channels.markInbound(input.channel, at);
      await publishInbound(deps, result);
    }
    const { duplicate: _duplicate, ...answer } = result;
    return answer;
  } catch (error) {
    await Promise.all([
      ...stored.map((s) => deps.store.delete(s.key).catch(() => {})),
      ...(originalKey ? [deps.store.delete(originalKey).catch(() => {})] : []),
    ]);
    throw error;
  }
}

async function publishInbound(deps: SupportDeps, result: Omit<InboundResult, "skippedFiles">): Promise<void> {
  const { ticket, message } = result;
  if (result.created)
    await deps.live.publish({
      type: "ticket.created",
      ticketId: ticket.id,
      number: String(ticket.number),
      groupKey: ticket.group_key,
    });
  if (message)
    await deps.live.publish({
      type: "message.created",
      ticketId: ticket.id,
      messageId: message.id,
      internal: false,
      authorType: "customer",
    });
  if (!result.created) await deps.live.publish({ type: "ticket.updated", ticketId: ticket.id });
}
