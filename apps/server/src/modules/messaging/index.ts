import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import {
  DELIVER_TOPIC,
  isOutboundMessage,
  mailDomain,
  type OutboundMessage,
  outboxMessageId,
} from "./message.js";
import { selectTransports, type Transports, transportFor } from "./transports.js";

export { devMailboxRoutes } from "./dev-mailbox-routes.js";
export { DELIVER_TOPIC, type OutboundMessage } from "./message.js";

export interface MessagingService {
  /**
   * Queues a message in the caller's transaction. It is sent after the transaction
   * commits, by the outbox worker, with retries. With `dedupeKey` (the event and channel it
   * is about), a message already queued under that key is not queued again.
   */
  send(executor: Executor, message: OutboundMessage, options?: { dedupeKey?: string }): Promise<void>;
  readonly transports: Transports;
}

export function createMessagingService(platform: Platform): MessagingService {
  const transports = selectTransports(platform);
  const domain = mailDomain(platform.config.mailFrom);
  platform.outbox.register(DELIVER_TOPIC, async (payload, { id }) => {
    if (!isOutboundMessage(payload)) throw new Error("malformed outbound message in outbox");
    const message: OutboundMessage =
      payload.channel === "email" && !payload.messageId
        ? { ...payload, messageId: outboxMessageId(id, domain) }
        : payload;
    await transportFor(transports, message).send(message);
  });
  return {
    transports,
    async send(executor, message, options = {}) {
      await platform.outbox.enqueue(executor, DELIVER_TOPIC, { ...message }, options);
    },
  };
}
