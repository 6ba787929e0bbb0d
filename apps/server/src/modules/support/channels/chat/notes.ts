import type { Locale } from "../../../../platform/i18n.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../../deps.js";
import type { ChatSide } from "../../live/index.js";
import { addMessage, type MessageRow, type TicketRow } from "../../tickets/repository.js";

/**
 * The chat's own lines in the thread ("Dana joined the chat", "The chat has ended"), written
 * in the ticket's language as system messages on the chat channel, so the customer, the
 * console and the transcript all show them; and the announcements after commit.
 */

export const CHAT_NOTES = {
  started: (name: string): Record<Locale, string> => ({
    en: `${name} started a chat.`,
    "zh-CN": `${name} 发起了对话。`,
  }),
  joined: (name: string): Record<Locale, string> => ({
    en: `${name} joined the chat.`,
    "zh-CN": `${name} 已加入对话。`,
  }),
  ended: (by: ChatSide): Record<Locale, string> =>
    by === "customer"
      ? { en: "The customer ended the chat.", "zh-CN": "客户结束了对话。" }
      : { en: "The chat has ended.", "zh-CN": "对话已结束。" },
};

export async function addChatNote(
  executor: Executor,
  deps: SupportDeps,
  ticket: TicketRow,
  text: Record<Locale, string>,
  at: Date,
): Promise<MessageRow> {
  return addMessage(executor, deps.platform, {
    ticketId: ticket.id,
    authorType: "system",
    authorId: null,
    authorName: null,
    body: text[ticket.language],
    channel: "chat",
    at,
  });
}

/** After commit: the chat's new state (and the note saying so) to every node, the console's queue too. */
export async function announceState(
  deps: SupportDeps,
  ticket: TicketRow,
  note: MessageRow | undefined,
): Promise<void> {
  if (note)
    await deps.live.publish({
      type: "message.created",
      ticketId: ticket.id,
      messageId: note.id,
      internal: false,
      authorType: "system",
    });
  // "offline" too (a waiting chat nobody came to): the chats behind it in its queue move up.
  await deps.live.publish({
    type: "chat.state",
    ticketId: ticket.id,
    state: ticket.chat_state ?? "offline",
    groupKey: ticket.group_key,
  });
  await deps.live.publish({ type: "ticket.updated", ticketId: ticket.id });
}
