import type { ComponentKey, Localized } from "../../platform/db/schema-status.js";
import { DomainError, type FieldError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import type { StatusDeps } from "./deps.js";
import { changeStatus } from "./history.js";
import {
  insertMaintenance,
  lockMaintenance,
  type MaintenanceRow,
  updateMaintenance,
} from "./maintenances-repository.js";

/** Scheduled maintenance as staff manage it: schedule, move, cancel, end early. */

export type MaintenancePhase = "scheduled" | "in_progress" | "completed" | "canceled";

export function phaseOf(row: MaintenanceRow, now: Date): MaintenancePhase {
  if (row.canceled_at) return "canceled";
  if (row.ends_at <= now) return "completed";
  return row.starts_at <= now ? "in_progress" : "scheduled";
}

export interface NewMaintenance {
  components: ComponentKey[];
  startsAt: Date;
  endsAt: Date;
  title: Localized;
  description: Localized;
  /** Only these payment methods of the components; absent for the whole components. */
  methodIds?: string[] | undefined;
  announceSocial?: boolean | undefined;
}

export interface MaintenanceChanges {
  components?: ComponentKey[] | undefined;
  startsAt?: Date | undefined;
  endsAt?: Date | undefined;
  title?: Localized | undefined;
  description?: Localized | undefined;
}

/** Why a window is refused, field by field, in both languages (the answer carries the caller's). */
const WINDOW_PROBLEMS = {
  endsBeforeStart: { en: "Must be after the start", "zh-CN": "结束时间必须晚于开始时间" },
  endsInPast: { en: "Must be in the future", "zh-CN": "结束时间必须晚于当前时间" },
  notStarted: {
    en: "Has not started yet: cancel it instead of ending it",
    "zh-CN": "维护尚未开始：请取消维护，而不是提前结束",
  },
} satisfies Record<string, Record<Locale, string>>;

const field = (path: string, problem: keyof typeof WINDOW_PROBLEMS): FieldError => ({
  in: "body",
  path,
  code: "maintenance_window_invalid",
  message: WINDOW_PROBLEMS[problem].en,
  messages: WINDOW_PROBLEMS[problem],
});

/** A window must end after it starts and must not be over already. */
function assertWindow(startsAt: Date, endsAt: Date, now: Date): void {
  const errors: FieldError[] = [];
  if (endsAt <= startsAt) errors.push(field("/endsAt", "endsBeforeStart"));
  else if (endsAt <= now) errors.push(field("/endsAt", "endsInPast"));
  if (errors.length > 0) throw new DomainError("maintenance_window_invalid", {}, errors);
}

const unique = <T>(list: T[]) => [...new Set(list)];

export async function scheduleMaintenance(
  deps: StatusDeps,
  actor: Actor,
  input: NewMaintenance,
): Promise<MaintenanceRow> {
  const { clock, ids } = deps.platform;
  const now = clock.now();
  assertWindow(input.startsAt, input.endsAt, now);
  return changeStatus(deps, async (trx) => {
    const row = await insertMaintenance(trx, {
      id: ids.next("maintenance"),
      title: JSON.stringify(input.title),
      description: JSON.stringify(input.description),
      components: unique(input.components),
      method_ids: input.methodIds && input.methodIds.length > 0 ? unique(input.methodIds) : null,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      announce_social: input.announceSocial ?? false,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
      canceled_at: null,
      announced_at: null,
      start_notified_at: null,
      end_notified_at: null,
    });
    await deps.audit.record(
      trx,
      actor,
      "status.maintenance_scheduled",
      { type: "status_maintenance", id: row.id },
      {
        components: row.components,
        methodIds: row.method_ids,
        startsAt: row.starts_at.toISOString(),
        endsAt: row.ends_at.toISOString(),
        announceSocial: row.announce_social,
      },
    );
    return row;
  });
}

/** The window, locked, that may still change: not canceled and not over. */
async function lockChangeable(trx: Executor, id: string, now: Date) {
  const row = await lockMaintenance(trx, id);
  if (!row) throw new DomainError("maintenance_not_found");
  if (row.canceled_at || row.ends_at <= now) throw new DomainError("maintenance_finished");
  return row;
}

/**
 * Moves or rewrites a window that is not over. When its times change before it started,
 * subscribers are told again (the announcement is sent anew with the new times).
 */
export async function changeMaintenance(
  deps: StatusDeps,
  actor: Actor,
  id: string,
  changes: MaintenanceChanges,
): Promise<MaintenanceRow> {
  const now = deps.platform.clock.now();
  return changeStatus(deps, async (trx) => {
    const row = await lockChangeable(trx, id, now);
    const startsAt = changes.startsAt ?? row.starts_at;
    const endsAt = changes.endsAt ?? row.ends_at;
    assertWindow(startsAt, endsAt, now);
    const moved =
      startsAt.getTime() !== row.starts_at.getTime() || endsAt.getTime() !== row.ends_at.getTime();
    const notStarted = startsAt > now;
    const updated = await updateMaintenance(trx, id, {
      starts_at: startsAt,
      ends_at: endsAt,
      ...(changes.components ? { components: unique(changes.components) } : {}),
      ...(changes.title ? { title: JSON.stringify(changes.title) } : {}),
      ...(changes.description ? { description: JSON.stringify(changes.description) } : {}),
      ...(moved && notStarted ? { announced_at: null, start_notified_at: null } : {}),
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      actor,
      "status.maintenance_changed",
      { type: "status_maintenance", id },
      {
        fields: Object.keys(changes).filter((k) => changes[k as keyof MaintenanceChanges] !== undefined),
        startsAt: updated.starts_at.toISOString(),
        endsAt: updated.ends_at.toISOString(),
        components: updated.components,
      },
    );
    return updated;
  });
}

export async function cancelMaintenance(deps: StatusDeps, actor: Actor, id: string): Promise<MaintenanceRow> {
  const now = deps.platform.clock.now();
  return changeStatus(deps, async (trx) => {
    const row = await lockChangeable(trx, id, now);
    const updated = await updateMaintenance(trx, id, { canceled_at: now, updated_at: now });
    await deps.audit.record(
      trx,
      actor,
      "status.maintenance_canceled",
      { type: "status_maintenance", id },
      { phase: phaseOf(row, now) },
    );
    return updated;
  });
}

/** Ends a window in progress now (the work finished early). One not started yet is canceled instead. */
export async function endMaintenance(deps: StatusDeps, actor: Actor, id: string): Promise<MaintenanceRow> {
  const now = deps.platform.clock.now();
  return changeStatus(deps, async (trx) => {
    const row = await lockChangeable(trx, id, now);
    if (row.starts_at >= now)
      throw new DomainError("maintenance_window_invalid", {}, [field("/", "notStarted")]);
    const updated = await updateMaintenance(trx, id, { ends_at: now, updated_at: now });
    await deps.audit.record(
      trx,
      actor,
      "status.maintenance_ended",
      { type: "status_maintenance", id },
      { plannedEnd: row.ends_at.toISOString() },
    );
    return updated;
  });
}
