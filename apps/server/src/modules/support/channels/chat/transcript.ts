import { sql } from "kysely";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { Locale } from "../../../../platform/i18n.js";
import type { Executor } from "../../../../platform/outbox/outbox.js";
import type { Bilingual } from "../../../accounts/emails.js";
import type { SupportDeps } from "../../deps.js";
import { ticketLabel } from "../../tickets/emails.js";
import { emailRequester } from "../../tickets/notify.js";
import { addEvent, type MessageRow, type TicketRow } from "../../tickets/repository.js";
import { type ChatCustomer, ownChat } from "./access.js";
import { CHAT_LIMITS } from "./limits.js";
import { CUSTOMER_CHAT_CHANNELS } from "./messages.js";

/**
 * The transcript a customer asks for: the chat's public messages (the latest 200), emailed to the
 * requester's address (their account's, with its anti-phishing code; a guest's plain, to the
 * address they gave). A few per chat, so the chat cannot be used to send text to an address
 * over and over. The email says it was asked for in a chat, for anyone who did not.
 */

const TRANSCRIPT_EVENT = "chat_transcript_sent";

const stamp = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function line(message: MessageRow, language: Locale): string {
  const you = language === "zh-CN" ? "您" : "You";
  const who =
    message.author_type === "system"
      ? "—"
      : message.author_type === "customer"
        ? you
        : (message.author_name ?? (language === "zh-CN" ? "客服" : "Support"));
  const images = message.attachments.map((a) =>
    language === "zh-CN" ? `[图片：${a.filename}]` : `[image: ${a.filename}]`,
  );
  const text = [message.body.trim(), ...images].filter(Boolean).join(" ");
  return `${stamp(message.created_at)}  ${who}: ${text}`;
}

export function transcriptCopies(ticket: TicketRow, messages: readonly MessageRow[]): Bilingual {
  const label = ticketLabel(String(ticket.number));
  const lines = (language: Locale) => messages.map((m) => line(m, language));
  return {
    en: {
      subject: `Your chat transcript ${label}`,
      lines: [
        `Here is the transcript of your chat with Satchel support (${label}), as you asked in the chat.`,
        ...lines("en"),
        "If you did not chat with us, ignore this email.",
      ],
    },
    "zh-CN": {
      subject: `您的对话记录 ${label}`,
      lines: [
        `以下是您与 Satchel 客服的对话记录（${label}），应您在对话中的要求发送。`,
        ...lines("zh-CN"),
        "如果您没有与我们对话，请忽略此邮件。",
      ],
    },
  };
}

/** "a***@example.com": enough for the customer to recognise, not the whole address on a screen. */
export function maskEmail(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * A guest's address is only typed: a transcript to it must not make the chat a way to mail
 * anyone text of one's choosing. So only once one of our agents took part (the mail then holds
 * their words too), and a few a day to one address, across all chats.
 */
async function guardGuestTranscript(trx: Executor, ticket: TicketRow, now: Date): Promise<void> {
  const agent = await trx
    .selectFrom("support_messages")
    .select("id")
    .where("ticket_id", "=", ticket.id)
    .where("author_type", "=", "agent")
    .where("internal", "=", false)
    .where("channel", "=", "chat")
    .limit(1)
    .executeTakeFirst();
  if (!agent) throw new DomainError("chat_transcript_unavailable");
  const today = await trx
    .selectFrom("support_ticket_events as e")
    .innerJoin("support_tickets as t", "t.id", "e.ticket_id")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("e.kind", "=", TRANSCRIPT_EVENT)
    .where("e.created_at", ">", new Date(now.getTime() - DAY_MS))
    .where("t.user_id", "is", null)
    .where(sql<string>`lower(t.requester_email)`, "=", ticket.requester_email.toLowerCase())
    .executeTakeFirst();
  const max = CHAT_LIMITS.guestTranscriptsPerAddressPerDay;
  if (Number(today?.n ?? 0) >= max) throw new DomainError("chat_transcript_daily_limit", { max });
}

export async function sendTranscript(
  deps: SupportDeps,
  customer: ChatCustomer,
  id: string,
): Promise<{ sentTo: string }> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    // Locked, so two requests at once count against the same allowance.
    const ticket = await ownChat(trx, customer, id, { lock: true });
    if (!ticket.requester_email && !ticket.user_id) throw new DomainError("chat_not_found");
    const sent = await trx
      .selectFrom("support_ticket_events")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("ticket_id", "=", ticket.id)
      .where("kind", "=", TRANSCRIPT_EVENT)
      .executeTakeFirst();
    if (Number(sent?.n ?? 0) >= CHAT_LIMITS.transcriptsPerChat)
      throw new DomainError("chat_transcript_limit", { max: CHAT_LIMITS.transcriptsPerChat });
    if (!ticket.user_id) await guardGuestTranscript(trx, ticket, platform.clock.now());
    // The latest messages said in the chat (never the ticket's mail of whoever owns the address).
    const latest = await trx
      .selectFrom("support_messages")
      .selectAll()
      .where("ticket_id", "=", ticket.id)
      .where("internal", "=", false)
      .where("channel", "in", [...CUSTOMER_CHAT_CHANNELS])
      .orderBy("seq", "desc")
      .limit(CHAT_LIMITS.transcriptMessages)
      .execute();
    const messages = latest.reverse();
    await emailRequester(deps, trx, ticket, transcriptCopies(ticket, messages));
    const to = ticket.user_id
      ? (await deps.customers.profile(trx, ticket.user_id))?.email
      : ticket.requester_email;
    const sentTo = maskEmail(to ?? ticket.requester_email);
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: customer.kind === "user" ? customer.userId : null,
      kind: TRANSCRIPT_EVENT,
      detail: { to: sentTo, messages: messages.length },
      at: platform.clock.now(),
    });
    return { sentTo };
  });
}
