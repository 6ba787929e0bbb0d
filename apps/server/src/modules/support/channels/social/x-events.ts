import { z } from "zod";

/**
 * An X Account Activity webhook body as the direct messages Satchel acts on. Messages our own
 * account sent (from Satchel or from X itself) come back with our id as the sender and are
 * left out; other activity (likes, follows, typing, reads) is not for the desk.
 */

const user = z.object({ name: z.string().optional(), screen_name: z.string().optional() });

const dmEvent = z.object({
  type: z.string(),
  id: z.string().min(1).max(100),
  message_create: z.object({
    sender_id: z.string().min(1).max(100),
    message_data: z.object({
      text: z.string().optional(),
      attachment: z
        .object({
          type: z.string().optional(),
          media: z.object({ media_url_https: z.string().optional(), type: z.string().optional() }).optional(),
        })
        .optional(),
    }),
  }),
});

const webhookBody = z.object({
  for_user_id: z.string().optional(),
  direct_message_events: z.array(z.unknown()).optional(),
  users: z.record(z.string(), z.unknown()).optional(),
});

export interface XDirectMessage {
  id: string;
  senderId: string;
  /** "Name (@handle)" from the body's users map, when it has the sender. */
  senderName: string | undefined;
  text: string;
  mediaUrl: string | undefined;
  mediaType: string | undefined;
  raw: unknown;
}

// X escapes these three in text it delivers.
const decodeEntities = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function senderName(users: Record<string, unknown> | undefined, id: string): string | undefined {
  const parsed = user.safeParse(users?.[id]);
  if (!parsed.success) return undefined;
  const { name, screen_name: handle } = parsed.data;
  if (name && handle) return `${name} (@${handle})`;
  return name || (handle ? `@${handle}` : undefined);
}

/** The direct messages others sent to our account; undefined when the body is not an activity body. */
export function parseXWebhook(json: unknown): XDirectMessage[] | undefined {
  const body = webhookBody.safeParse(json);
  if (!body.success) return undefined;
  const ours = body.data.for_user_id;
  const messages: XDirectMessage[] = [];
  for (const raw of body.data.direct_message_events ?? []) {
    const event = dmEvent.safeParse(raw);
    if (!event.success || event.data.type !== "message_create") continue;
    const { sender_id: senderId, message_data: data } = event.data.message_create;
    if (ours !== undefined && senderId === ours) continue;
    messages.push({
      id: event.data.id,
      senderId,
      senderName: senderName(body.data.users, senderId),
      text: decodeEntities(data.text ?? ""),
      mediaUrl: data.attachment?.media?.media_url_https,
      mediaType: data.attachment?.media?.type,
      raw,
    });
  }
  return messages;
}
