import { createNotifier, type NotifyPayload } from "../../../platform/notify/notifier.js";
import type { Platform } from "../../../platform/platform.js";
import type { ChatSide, LiveChatState, SupportEvent, SupportLive } from "./index.js";

/** The notification channel every node of a deployment listens on for console updates. */
const CHANNEL = "support.live";

/**
 * Events go to this node's listeners at once and to the other nodes through NOTIFY (on the
 * embedded database: the other apps open on it in this process). A node never hears its own
 * notifications, which is why local delivery does not wait for the round trip.
 */
export function createSupportLive(platform: Platform): SupportLive {
  const log = platform.log.child({ component: "support-live" });
  // Connects nothing until start(): a node that only publishes (a worker) opens no listener.
  const notifier = createNotifier(platform.database, platform.config, log);
  const listeners = new Set<(event: SupportEvent) => void>();
  let starting: Promise<void> | undefined;
  let unsubscribe: (() => void) | undefined;
  let closed = false;

  function deliver(event: SupportEvent): void {
    // A copy: a listener may stop listening while it is told (a stream that just closed).
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        log.warn({ err: error, type: event.type }, "a live listener failed");
      }
    }
  }

  async function subscribe(): Promise<void> {
    const stop = await notifier.subscribe(CHANNEL, (payload) => {
      const event = parseSupportEvent(payload);
      if (event) deliver(event);
      else log.warn({ payload }, "ignored a live event this node does not understand");
    });
    if (closed) stop();
    else unsubscribe = stop;
  }

  return {
    async publish(event) {
      deliver(event);
      try {
        await notifier.publish(CHANNEL, toPayload(event));
      } catch (error) {
        // Best effort: the other nodes' consoles also poll.
        log.warn({ err: error, type: event.type }, "could not tell the other nodes about a support change");
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start() {
      if (closed) return Promise.resolve();
      starting ??= subscribe().catch((error: unknown) => {
        // The notifier retries by itself; a later start() may try subscribing again.
        starting = undefined;
        log.warn({ err: error }, "live updates from other nodes could not start");
      });
      return starting;
    },
    async close() {
      closed = true;
      await starting;
      unsubscribe?.();
      unsubscribe = undefined;
      listeners.clear();
      await notifier.close();
    },
  };
}

function toPayload(event: SupportEvent): NotifyPayload {
  return { ...event };
}

const text = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** Checks a notification from another node (a node on an older or newer version may send other shapes). */
export function parseSupportEvent(payload: NotifyPayload): SupportEvent | undefined {
  const { type, ticketId } = payload;
  if (!text(ticketId)) return undefined;
  switch (type) {
    case "ticket.created":
      return text(payload.number) && text(payload.groupKey)
        ? { type, ticketId, number: payload.number, groupKey: payload.groupKey }
        : undefined;
    case "ticket.updated":
    case "viewers.changed":
      return { type, ticketId };
    case "message.created":
      return text(payload.messageId) && typeof payload.internal === "boolean" && text(payload.authorType)
        ? {
            type,
            ticketId,
            messageId: payload.messageId,
            internal: payload.internal,
            authorType: payload.authorType,
          }
        : undefined;
    case "call.incoming":
      return text(payload.number) && text(payload.callId) && text(payload.phone)
        ? {
            type,
            ticketId,
            number: payload.number,
            callId: payload.callId,
            phone: payload.phone,
            userId: text(payload.userId) ? payload.userId : null,
            name: text(payload.name) ? payload.name : null,
          }
        : undefined;
    case "chat.state":
      return isChatState(payload.state) && text(payload.groupKey)
        ? { type, ticketId, state: payload.state, groupKey: payload.groupKey }
        : undefined;
    case "chat.typing":
      return isChatSide(payload.authorType) ? { type, ticketId, authorType: payload.authorType } : undefined;
    case "chat.delivered":
    case "chat.read":
      return isSeq(payload.seq) && isChatSide(payload.by)
        ? { type, ticketId, seq: payload.seq, by: payload.by }
        : undefined;
    default:
      return undefined;
  }
}

const isChatState = (value: unknown): value is LiveChatState =>
  value === "waiting" || value === "active" || value === "ended" || value === "offline";
const isChatSide = (value: unknown): value is ChatSide => value === "customer" || value === "agent";
const isSeq = (value: unknown): value is string => typeof value === "string" && /^\d{1,18}$/.test(value);
