import { sql } from "kysely";
import type { UserRole } from "../../../platform/db/schema.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import type { SupportAgentPresenceTable, TicketCategory } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";

/**
 * Queries on groups, memberships and presence. Who is staff comes from the users' role and
 * deactivation, read here in the same statement as the membership rows it locks (the
 * accounts module offers no view that could take part in that lock).
 */

export type PresenceStatus = SupportAgentPresenceTable["status"];

export interface GroupRow {
  key: string;
  name: Bilingual;
  categories: TicketCategory[];
  position: number;
}

export interface StaffRow {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  presence: PresenceStatus | null;
  lastSeenAt: Date | null;
}

export async function selectGroups(executor: Executor): Promise<GroupRow[]> {
  return executor
    .selectFrom("support_groups")
    .select(["key", "name", "categories", "position"])
    .orderBy("position")
    .orderBy("key")
    .execute();
}

/** The first group (by position) that takes the category. */
export async function groupTaking(executor: Executor, category: TicketCategory): Promise<string | undefined> {
  const row = await executor
    .selectFrom("support_groups")
    .select("key")
    .where(sql<boolean>`categories @> ${JSON.stringify([category])}::jsonb`)
    .orderBy("position")
    .orderBy("key")
    .limit(1)
    .executeTakeFirst();
  return row?.key;
}

/**
 * The member of the group to give the next ticket: active staff, online and seen since
 * `seenSince`, assigned longest ago first (never assigned before anyone). The chosen
 * membership row is locked for the caller's transaction; with `skipLocked`, a member another
 * transaction is assigning right now is passed over, so two tickets at once go to two people.
 */
export async function nextMember(
  executor: Executor,
  groupKey: string,
  seenSince: Date,
  options: { skipLocked: boolean },
): Promise<string | undefined> {
  const query = executor
    .selectFrom("support_group_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .innerJoin("support_agent_presence as p", "p.user_id", "m.user_id")
    .select("m.user_id")
    .where("m.group_key", "=", groupKey)
    .where("u.deactivated_at", "is", null)
    .where("u.role", "!=", "customer")
    .where("p.status", "=", "online")
    .where("p.last_seen_at", ">=", seenSince)
    .orderBy("m.last_assigned_at", (ob) => ob.asc().nullsFirst())
    .orderBy("m.user_id")
    .limit(1)
    .forUpdate(["m"]);
  const row = await (options.skipLocked ? query.skipLocked() : query).executeTakeFirst();
  return row?.user_id;
}

/**
 * Moves the member to the end of the group's turn. Strictly after everyone else's last
 * assignment (by a microsecond if need be), so two assignments within one millisecond, or
 * under a clock that stands still, still take turns.
 */
export async function markAssigned(
  executor: Executor,
  groupKey: string,
  userId: string,
  at: Date,
): Promise<void> {
  await executor
    .updateTable("support_group_members")
    .set({
      last_assigned_at: sql<Date>`greatest(${at}::timestamptz, (select max(o.last_assigned_at) + interval '1 microsecond' from support_group_members o where o.group_key = ${groupKey}))`,
    })
    .where("group_key", "=", groupKey)
    .where("user_id", "=", userId)
    .execute();
}

/** Staff (anyone not a customer), optionally only active ones or only some ids, with their presence. */
export async function selectStaff(
  executor: Executor,
  options: { ids?: string[]; activeOnly: boolean },
): Promise<StaffRow[]> {
  if (options.ids && options.ids.length === 0) return [];
  let query = executor
    .selectFrom("users as u")
    .leftJoin("support_agent_presence as p", "p.user_id", "u.id")
    .select(["u.id", "u.name", "u.email", "u.role", "p.status as presence", "p.last_seen_at as lastSeenAt"])
    .where("u.role", "!=", "customer");
  if (options.activeOnly) query = query.where("u.deactivated_at", "is", null);
  if (options.ids) query = query.where("u.id", "in", options.ids);
  return query.orderBy("u.name").orderBy("u.id").execute();
}

export async function isActiveStaff(executor: Executor, userId: string): Promise<boolean> {
  const row = await executor
    .selectFrom("users")
    .select("id")
    .where("id", "=", userId)
    .where("deactivated_at", "is", null)
    .where("role", "!=", "customer")
    .executeTakeFirst();
  return row !== undefined;
}

/** Group keys per user, for the users given (all members when no ids). */
export async function selectMemberships(
  executor: Executor,
  userIds?: string[],
): Promise<{ group_key: string; user_id: string }[]> {
  if (userIds && userIds.length === 0) return [];
  let query = executor.selectFrom("support_group_members").select(["group_key", "user_id"]);
  if (userIds) query = query.where("user_id", "in", userIds);
  return query.orderBy("group_key").orderBy("user_id").execute();
}

/** Makes the user's groups exactly `keys`; memberships kept keep their place in the rotation. */
export async function replaceMemberships(
  executor: Executor,
  userId: string,
  keys: string[],
): Promise<{ added: string[]; removed: string[] }> {
  const current = (await selectMemberships(executor, [userId])).map((m) => m.group_key);
  const added = keys.filter((k) => !current.includes(k));
  const removed = current.filter((k) => !keys.includes(k));
  if (removed.length > 0)
    await executor
      .deleteFrom("support_group_members")
      .where("user_id", "=", userId)
      .where("group_key", "in", removed)
      .execute();
  if (added.length > 0)
    await executor
      .insertInto("support_group_members")
      .values(added.map((group_key) => ({ group_key, user_id: userId, last_assigned_at: null })))
      .onConflict((oc) => oc.columns(["group_key", "user_id"]).doNothing())
      .execute();
  return { added, removed };
}

/** Records a heartbeat; answers the status it replaced (null when first seen). */
export async function upsertPresence(
  executor: Executor,
  userId: string,
  status: PresenceStatus,
  at: Date,
): Promise<{ before: PresenceStatus | null; lastSeenAt: Date | null }> {
  const before = await executor
    .selectFrom("support_agent_presence")
    .select(["status", "last_seen_at"])
    .where("user_id", "=", userId)
    .forUpdate()
    .executeTakeFirst();
  await executor
    .insertInto("support_agent_presence")
    .values({ user_id: userId, status, last_seen_at: at })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ status, last_seen_at: at }))
    .execute();
  return { before: before?.status ?? null, lastSeenAt: before?.last_seen_at ?? null };
}
