import { createNotifier, type NotifyPayload } from "../../platform/notify/notifier.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { countUnread, findNotification, type NotificationRow } from "./notifications-repository.js";

/** Outbox topic: notifications were written; tell the nodes holding their recipients' open streams. */
export const LIVE_TOPIC = "notifications.live";
/** The notifier channel every node with open notification streams listens on. */
const CHANNEL = "notifications_live";

/** What one open stream of a user hears. */
export type LivePush =
  | { type: "notification"; notification: NotificationRow; unread: number }
  | { type: "unread"; unread: number };

/** A change the nodes tell each other about (ids and counts only: each node reads what it shows). */
type LiveChange =
  | { type: "notification"; userId: string; id: string }
  | { type: "unread"; userId: string; unread: number };

/**
 * The bell's live side. A new notification reaches open streams only after its transaction
 * committed: notify() writes an outbox row in that transaction, and the row's handler tells
 * this node's streams and the other nodes (through the notifier: LISTEN/NOTIFY, Redis, or the
 * other apps of this process). A node never hears its own messages, so it delivers to its own
 * streams directly. Best effort: a stream that missed something catches up on its next fetch.
 */
export interface NotificationsLive {
  /** In the caller's transaction: once it commits, these notifications are pushed to their recipients' streams. */
  announce(executor: Executor, written: readonly { id: string; userId: string }[]): Promise<void>;
  /** After a commit: the user's streams hear the new unread count (read on another device). */
  unreadChanged(userId: string, unread: number): Promise<void>;
  /** One open stream of `userId`; returns the way to stop listening. */
  listen(userId: string, push: (event: LivePush) => void): () => void;
  /** Starts hearing the other nodes (idempotent; the first open stream calls it). */
  start(): Promise<void>;
  close(): Promise<void>;
}

export function createNotificationsLive(platform: Platform): NotificationsLive {
  const log = platform.log.child({ component: "notifications-live" });
  // Connects nothing until start(): a node that only publishes (a worker) opens no listener.
  const notifier = createNotifier(platform.database, platform.config, log);
  const listeners = new Map<string, Set<(event: LivePush) => void>>();
  let starting: Promise<void> | undefined;
  let unsubscribe: (() => void) | undefined;
  let closed = false;

  function push(userId: string, event: LivePush): void {
    // A copy: a stream may stop listening while it is told (it just closed).
    for (const listener of [...(listeners.get(userId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        log.warn({ err: error }, "a notification stream failed");
      }
    }
  }

  /** Delivers a change to this node's streams of that user (none: nothing is read). */
  async function deliver(change: LiveChange): Promise<void> {
    if (!listeners.get(change.userId)?.size) return;
    if (change.type === "unread") return push(change.userId, { type: "unread", unread: change.unread });
    const [notification, unread] = await Promise.all([
      findNotification(platform.db, change.userId, change.id),
      countUnread(platform.db, change.userId),
    ]);
    if (notification) push(change.userId, { type: "notification", notification, unread });
  }

  async function tell(change: LiveChange): Promise<void> {
    await deliver(change).catch((error: unknown) =>
      log.warn({ err: error }, "could not push a notification to this node's streams"),
    );
    try {
      await notifier.publish(CHANNEL, change satisfies NotifyPayload);
    } catch (error) {
      // Best effort: the bell also fetches when its stream reconnects.
      log.warn({ err: error }, "could not tell the other nodes about a notification");
    }
  }

  platform.outbox.register(LIVE_TOPIC, async (payload) => {
    for (const item of Array.isArray(payload.notifications) ? payload.notifications : []) {
      const change = parseChange({ type: "notification", ...(item as Record<string, unknown>) });
      if (change) await tell(change);
    }
  });

  async function subscribe(): Promise<void> {
    const stop = await notifier.subscribe(CHANNEL, async (payload) => {
      const change = parseChange(payload);
      if (change) await deliver(change);
      else log.warn({ payload }, "ignored a notification change this node does not understand");
    });
    if (closed) stop();
    else unsubscribe = stop;
  }

  return {
    async announce(executor, written) {
      if (written.length === 0) return;
      await platform.outbox.enqueue(executor, LIVE_TOPIC, {
        notifications: written.map(({ id, userId }) => ({ id, userId })),
      });
    },
    unreadChanged: (userId, unread) => tell({ type: "unread", userId, unread }),
    listen(userId, listener) {
      let set = listeners.get(userId);
      if (!set) {
        set = new Set();
        listeners.set(userId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(userId) === set) listeners.delete(userId);
      };
    },
    start() {
      if (closed) return Promise.resolve();
      starting ??= subscribe().catch((error: unknown) => {
        // The notifier retries by itself; the next stream may try subscribing again.
        starting = undefined;
        log.warn({ err: error }, "notification changes from other nodes could not be heard");
      });
      return starting;
    },
    async close() {
      if (closed) return;
      closed = true;
      await starting;
      unsubscribe?.();
      unsubscribe = undefined;
      listeners.clear();
      await notifier.close();
    },
  };
}

const text = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 64;

/** Checks a change from another node (or an outbox row written by another version). */
function parseChange(payload: Record<string, unknown>): LiveChange | undefined {
  const { type, userId } = payload;
  if (!text(userId)) return undefined;
  if (type === "notification" && text(payload.id)) return { type, userId, id: payload.id };
  if (type === "unread" && typeof payload.unread === "number" && payload.unread >= 0)
    return { type, userId, unread: payload.unread };
  return undefined;
}
