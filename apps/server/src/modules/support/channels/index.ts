import { CONFIGURABLE_CHANNELS, type ConfigurableChannel } from "../../../platform/db/schema-channels.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { redactError } from "../../../platform/outbox/redact.js";
import type { Platform } from "../../../platform/platform.js";
import type { SupportDeps } from "../deps.js";
import {
  type ChannelSender,
  type DeliveredChannel,
  DeliveryRefusedError,
  isDelivered,
  loadOutgoing,
} from "./outbound.js";
import { channelEnabled, readSecret, recordHealth, type Sealer } from "./settings.js";

export type { ChannelSender, OutgoingReply } from "./outbound.js";

const DELIVER_TOPIC = "support.channel.deliver";

/**
 * What the channels share: their secrets and on/off switch from the admin page, their health,
 * and the senders that deliver agents' replies (email, Messenger, X), each registered by its
 * channel's code. Delivery runs in the outbox: after commit, retried with backoff, and a
 * message already delivered is never sent again by a retry; after the last try it is failed.
 */
export interface SupportChannels {
  secret(channel: ConfigurableChannel, name: string): Promise<string | undefined>;
  enabled(channel: ConfigurableChannel): Promise<boolean>;
  markInbound(channel: string, at: Date): Promise<void>;
  markOutbound(channel: string, at: Date): Promise<void>;
  markError(channel: string, error: string, at: Date): Promise<void>;
  registerSender(sender: ChannelSender): void;
  sender(channel: DeliveredChannel): ChannelSender | undefined;
  /** Queues the delivery of an agent's reply, in the caller's transaction. */
  queueDelivery(executor: Executor, messageId: string): Promise<void>;
}

const configurable = (channel: string): channel is ConfigurableChannel =>
  (CONFIGURABLE_CHANNELS as readonly string[]).includes(channel);

export function createSupportChannels(
  platform: Platform,
  sealer: Sealer,
  deps: () => SupportDeps,
): SupportChannels {
  const senders = new Map<DeliveredChannel, ChannelSender>();
  const health = async (channel: string, value: Parameters<typeof recordHealth>[2], at: Date) => {
    if (configurable(channel)) await recordHealth(platform, channel, value, at);
  };

  const channels: SupportChannels = {
    secret: (channel, name) => readSecret(platform, sealer, channel, name),
    enabled: (channel) => channelEnabled(platform, channel),
    markInbound: (channel, at) => health(channel, { last_inbound_at: at }, at),
    markOutbound: (channel, at) => health(channel, { last_outbound_at: at }, at),
    markError: (channel, error, at) =>
      health(channel, { last_error: redactError(error).slice(0, 500), last_error_at: at }, at),
    registerSender: (sender) => {
      senders.set(sender.channel, sender);
    },
    sender: (channel) => senders.get(channel),
    async queueDelivery(executor, messageId) {
      await platform.outbox.enqueue(executor, DELIVER_TOPIC, { messageId });
    },
  };

  platform.outbox.register(DELIVER_TOPIC, async (payload, { last }) => {
    const messageId = (payload as { messageId?: unknown }).messageId;
    if (typeof messageId !== "string") throw new Error("malformed channel delivery in outbox");
    const reply = await loadOutgoing(deps(), messageId);
    // Already sent (a retry after the send succeeded; later receipts say delivered or read),
    // refused for good, or nowhere to go any more.
    if (reply?.message.delivery_status !== "queued" || !isDelivered(reply.message.channel)) return;
    // The console shows the delivery state: tell open consoles the ticket changed (a live
    // update that does not get through must not turn a sent reply into a retried one).
    const changed = () =>
      deps()
        .live.publish({ type: "ticket.updated", ticketId: reply.ticket.id })
        .catch(() => undefined);
    const sender = senders.get(reply.message.channel);
    const at = platform.clock.now();
    try {
      if (!sender) throw new Error(`no sender for ${reply.message.channel}`);
      const { externalId } = await sender.send(reply);
      await platform.db
        .updateTable("support_messages")
        .set({ delivery_status: "sent", delivery_error: null, external_id: externalId })
        .where("id", "=", messageId)
        .execute();
      await channels.markOutbound(reply.message.channel, at);
      await changed();
    } catch (error) {
      // Agents read it on the reply: a transport's error may quote a token, a password or an address.
      const text = redactError(error instanceof Error ? error.message : String(error));
      const refused = error instanceof DeliveryRefusedError;
      // Refused for good, or the outbox's last try: no retry follows, so the reply is failed
      // (with the reason) rather than "queued" for ever; the agent sees it and answers another way.
      await platform.db
        .updateTable("support_messages")
        .set({
          delivery_error: text.slice(0, 500),
          ...(refused || last ? { delivery_status: "failed" as const } : {}),
        })
        .where("id", "=", messageId)
        .where("delivery_status", "=", "queued")
        .execute();
      await channels.markError(reply.message.channel, text, at);
      await changed();
      if (!refused) throw error;
    }
  });
  // An admin retries the dead row (/admin/outbox): the reply the last attempt failed is queued
  // again, so the handler above sends it (once: sent, it is never queued again).
  platform.outbox.onRetry(DELIVER_TOPIC, async (executor, payload) => {
    const messageId = (payload as { messageId?: unknown }).messageId;
    if (typeof messageId !== "string") return;
    await executor
      .updateTable("support_messages")
      .set({ delivery_status: "queued" })
      .where("id", "=", messageId)
      .where("delivery_status", "=", "failed")
      .execute();
  });
  return channels;
}
