import type { Executor } from "../../platform/outbox/outbox.js";

export interface AuditEntryRow {
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  detail: Record<string, unknown>;
  createdAt: Date;
}

export async function insertAuditEntry(executor: Executor, entry: AuditEntryRow): Promise<void> {
  await executor
    .insertInto("audit_log")
    .values({
      id: entry.id,
      actor_id: entry.actorId,
      actor_label: entry.actorLabel,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      detail: JSON.stringify(entry.detail) as never,
      created_at: entry.createdAt,
    })
    .execute();
}

export async function listAuditEntries(
  executor: Executor,
  filter: { targetType?: string; targetId?: string; limit: number },
): Promise<AuditEntryRow[]> {
  let query = executor
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc");
  if (filter.targetType) query = query.where("target_type", "=", filter.targetType);
  if (filter.targetId) query = query.where("target_id", "=", filter.targetId);
  const rows = await query.limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    detail: r.detail,
    createdAt: r.created_at,
  }));
}
