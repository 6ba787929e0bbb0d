import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { type AuditEntryRow, insertAuditEntry, listAuditEntries } from "./audit-repository.js";

/** Who did something: a signed-in staff member, or the operator at the command line. */
export interface Actor {
  id: string | null;
  label: string;
}

export const CLI_ACTOR: Actor = { id: null, label: "cli" };
export const SYSTEM_ACTOR: Actor = { id: null, label: "system" };

export interface AuditService {
  /** Records a staff or operator action, inside the caller's transaction. */
  record(
    executor: Executor,
    actor: Actor,
    action: string,
    target: { type: string; id: string | null },
    detail?: Record<string, unknown>,
  ): Promise<void>;
  list(filter: { targetType?: string; targetId?: string; limit?: number }): Promise<AuditEntryRow[]>;
}

export function createAuditService(platform: Platform): AuditService {
  return {
    async record(executor, actor, action, target, detail = {}) {
      await insertAuditEntry(executor, {
        id: platform.ids.next("audit"),
        actorId: actor.id,
        actorLabel: actor.label,
        action,
        targetType: target.type,
        targetId: target.id,
        detail,
        createdAt: platform.clock.now(),
      });
    },
    list: (filter) => listAuditEntries(platform.db, { ...filter, limit: filter.limit ?? 50 }),
  };
}
