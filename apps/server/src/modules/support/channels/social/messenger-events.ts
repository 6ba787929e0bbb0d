import { z } from "zod";

/**
 * Meta's Messenger webhook body (`object: "page"`, entries of `messaging` events) as the
 * events Satchel acts on. Each event is read on its own: one in a shape we do not know is
 * skipped, never the whole batch (Meta sends up to a thousand at once and retries a batch
 * that is not answered 200).
 */

const attachment = z.object({
  type: z.string(),
  payload: z.object({ url: z.string().optional() }).nullish(),
});

/** Milliseconds since 1970; anything else (negative, fractional, past 2^53) makes the receipt one we skip. */
const watermark = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const messagingEvent = z.object({
  sender: z.object({ id: z.string().min(1).max(100) }),
  recipient: z.object({ id: z.string() }).optional(),
  timestamp: z.number().optional(),
  message: z
    .object({
      mid: z.string().min(1).max(500),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      attachments: z.array(attachment).optional(),
    })
    .optional(),
  postback: z
    .object({
      mid: z.string().max(500).optional(),
      title: z.string().optional(),
      payload: z.string().optional(),
    })
    .optional(),
  delivery: z.object({ mids: z.array(z.string()).optional(), watermark }).optional(),
  read: z.object({ watermark }).optional(),
});

const webhookBody = z.object({
  object: z.string(),
  entry: z.array(z.object({ id: z.string().optional(), messaging: z.array(z.unknown()).optional() })),
});

export interface MessengerAttachment {
  type: string;
  url: string | undefined;
}

export type MessengerEvent =
  | {
      kind: "message";
      psid: string;
      mid: string;
      text: string;
      attachments: MessengerAttachment[];
      /** The event as Meta sent it, kept as the message's original. */
      raw: unknown;
    }
  | { kind: "delivery"; psid: string; mids: string[]; watermark: number }
  | { kind: "read"; psid: string; watermark: number };

function toEvent(raw: unknown): MessengerEvent | undefined {
  const parsed = messagingEvent.safeParse(raw);
  if (!parsed.success) return undefined;
  const { sender, timestamp, message, postback, delivery, read } = parsed.data;
  const psid = sender.id;
  if (message) {
    // Our own replies come back as echoes; they are already in the thread.
    if (message.is_echo) return undefined;
    const attachments = (message.attachments ?? []).map((a) => ({ type: a.type, url: a.payload?.url }));
    return { kind: "message", psid, mid: message.mid, text: message.text ?? "", attachments, raw };
  }
  if (postback) {
    // A tapped button reads as what it said; older postbacks have no mid, so one is made from who and when.
    const text = postback.title || postback.payload || "";
    const mid = postback.mid || `postback.${psid}.${timestamp ?? 0}`;
    return { kind: "message", psid, mid, text, attachments: [], raw };
  }
  if (delivery) return { kind: "delivery", psid, mids: delivery.mids ?? [], watermark: delivery.watermark };
  if (read) return { kind: "read", psid, watermark: read.watermark };
  return undefined;
}

export interface MessengerBatch {
  events: MessengerEvent[];
  /** Events addressed to another page than ours (an app subscribed for several pages), left out. */
  otherPages: number;
}

const recipientOf = (raw: unknown) =>
  messagingEvent.shape.recipient.safeParse((raw as { recipient?: unknown } | null)?.recipient);

/**
 * The events of a webhook body; undefined when it is not a Page subscription's body at all.
 * With our `pageId`, an entry for another page (or an event sent to another recipient) is left
 * out: one Meta app may serve several pages, and only our page's inbox belongs to the desk.
 */
export function parseMessengerWebhook(json: unknown, pageId?: string): MessengerBatch | undefined {
  const body = webhookBody.safeParse(json);
  if (!body.success || body.data.object !== "page") return undefined;
  const batch: MessengerBatch = { events: [], otherPages: 0 };
  for (const entry of body.data.entry)
    for (const raw of entry.messaging ?? []) {
      const recipient = recipientOf(raw);
      const recipientId = recipient.success ? recipient.data?.id : undefined;
      if (pageId && (entry.id !== pageId || (recipientId !== undefined && recipientId !== pageId))) {
        batch.otherPages += 1;
        continue;
      }
      const event = toEvent(raw);
      if (event) batch.events.push(event);
    }
  return batch;
}
