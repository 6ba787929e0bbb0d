import type { EmailAttachment } from "../../../messaging/message.js";
import type { SupportDeps } from "../../deps.js";
import { isAttachmentType } from "../../tickets/attachments.js";
import type { MessageRow } from "../../tickets/repository.js";
import { type ChannelSender, DeliveryRefusedError, type OutgoingReply } from "../outbound.js";
import { composeTicketEmail, replyMessageId } from "./compose.js";

/**
 * Agents' replies to email tickets, as email: composed like every ticket email (compose.ts)
 * and sent straight through the email transport, since this already runs in the outbox
 * worker (after commit, retried with backoff; a reply marked sent is never sent again). The
 * outbox row carries only the message id; the text and the images are read here.
 */

/** The reply's images, read from the document store (a file that went missing is left out). */
async function imagesOf(deps: SupportDeps, message: MessageRow): Promise<EmailAttachment[]> {
  const ids = message.attachments.map((a) => a.id);
  if (ids.length === 0) return [];
  const rows = await deps.platform.db
    .selectFrom("support_attachments")
    .select(["id", "filename", "content_type", "storage_key"])
    .where("id", "in", ids)
    .where("message_id", "=", message.id)
    .execute();
  const files: EmailAttachment[] = [];
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row || !isAttachmentType(row.content_type)) continue;
    const stored = await deps.store.get(row.storage_key);
    if (!stored) continue;
    files.push({
      filename: row.filename,
      contentType: row.content_type,
      contentBase64: stored.bytes.toString("base64"),
    });
  }
  return files;
}

/**
 * SMTP 550–554: the receiving server refused this message for good (no such mailbox, policy).
 * Sending it again would be refused again, so the reply is marked failed for the agent to see.
 * Anything else (a connection that failed, 4xx "try later", 535 bad credentials, which is our
 * configuration to fix) is retried.
 */
export function refusedForGood(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 550 && code <= 554;
}

export function emailSender(deps: SupportDeps): ChannelSender {
  return {
    channel: "email",
    async send({ ticket, message, answering, contact }: OutgoingReply) {
      // Stable across retries: a mail server that got it once sees the same Message-ID again.
      const messageId = replyMessageId(deps, message.id, ticket.number);
      const email = await composeTicketEmail(deps, deps.platform.db, {
        ticket,
        to: contact.address,
        kind: "reply",
        text: message.body,
        messageId,
        answering,
      });
      const attachments = await imagesOf(deps, message);
      try {
        await deps.messaging.transports.email.send({
          ...email,
          ...(attachments.length > 0 ? { attachments } : {}),
        });
      } catch (error) {
        if (refusedForGood(error))
          throw new DeliveryRefusedError(error instanceof Error ? error.message : String(error));
        throw error;
      }
      return { externalId: messageId };
    },
  };
}

export function registerEmailSender(deps: SupportDeps): void {
  deps.channels.registerSender(emailSender(deps));
}
