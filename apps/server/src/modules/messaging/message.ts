/** One outbound message. Email and SMS share one interface so callers need not care. */
export type OutboundMessage =
  | {
      channel: "email";
      to: string;
      subject: string;
      text: string;
      html?: string | null;
      /** Where answers go when it is not the sender (a customer's request forwarded to support). */
      replyTo?: string | null;
    }
  | { channel: "sms"; to: string; text: string };

export interface MessageTransport {
  /** A short name for logs and `satchel doctor`. */
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

export function isOutboundMessage(value: unknown): value is OutboundMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.to !== "string" || typeof m.text !== "string") return false;
  if (m.channel === "sms") return true;
  return m.channel === "email" && typeof m.subject === "string";
}
