import { createNotifier, type Notifier } from "../../platform/notify/notifier.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";

const CHANGED_CHANNEL = "status_changed";

/**
 * Outbox topic that tells status subscribers about an incident update or a maintenance phase;
 * payload `{ event: "incident_update", updateId }` or `{ event: "maintenance", maintenanceId,
 * phase: "announced" | "started" | "completed" | "canceled" }` (plus the fan-out's own cursor).
 */
export const SUBSCRIBER_NOTICE_TOPIC = "status.subscribers.notify";

/**
 * Outbox topic that puts a maintenance announcement (or its cancellation) in every active
 * customer's bell, a page of customers per message; payload `{ maintenanceId, phase:
 * "announced" | "canceled", at, afterUserId }` (afterUserId null for the first page).
 */
export const MAINTENANCE_BELL_TOPIC = "status.maintenance.bell";

/** What the status module's parts share; built once in index.ts. */
export interface StatusDeps {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  customers: CustomerDirectory;
  notifier: Notifier;
  /**
   * Posts to the support desk's social accounts (Messenger, X) in the caller's transaction.
   * Set by services.ts once the support module exists; until then it does nothing.
   */
  announce(executor: Executor, body: string, createdBy: string | null): Promise<void>;
  /**
   * Components, incidents or maintenance changed: this node's caches (the gate, the snapshot)
   * are dropped at once and the other nodes are told. Call after the change committed.
   */
  changed(): Promise<void>;
  /** Runs on every change, here or on another node. */
  onChanged(handler: () => void): void;
}

export function createStatusDeps(input: {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  customers: CustomerDirectory;
}): StatusDeps & { setAnnouncer(announce: StatusDeps["announce"]): void } {
  const { platform } = input;
  const notifier = createNotifier(platform.database, platform.config, platform.log);
  const handlers = new Set<() => void>();
  const runHandlers = () => {
    for (const handler of handlers) handler();
  };
  let listening = false;
  let announce: StatusDeps["announce"] = async () => {};
  return {
    ...input,
    notifier,
    announce: (executor, body, createdBy) => announce(executor, body, createdBy),
    setAnnouncer(next) {
      announce = next;
    },
    async changed() {
      runHandlers();
      await notifier.publish(CHANGED_CHANNEL, { at: platform.clock.now().toISOString() }).catch((error) => {
        platform.log.warn({ err: error }, "could not tell the other nodes that the status changed");
      });
    },
    onChanged(handler) {
      handlers.add(handler);
      if (listening) return;
      listening = true;
      void notifier
        .subscribe(CHANGED_CHANNEL, runHandlers)
        .then(() => notifier.onResync(runHandlers))
        .catch((error: unknown) =>
          platform.log.warn({ err: error }, "status changes from other nodes will not be heard"),
        );
    },
  };
}
