import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { ComponentKey, StatusSubscribersTable } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Email subscribers of the status page (status_subscribers): one row per address. */

export type SubscriberRow = Selectable<StatusSubscribersTable>;

export function findSubscriberByEmail(executor: Executor, email: string): Promise<SubscriberRow | undefined> {
  return executor
    .selectFrom("status_subscribers")
    .selectAll()
    .where("email", "=", email)
    .forUpdate()
    .executeTakeFirst();
}

export function findSubscriberById(executor: Executor, id: string): Promise<SubscriberRow | undefined> {
  return executor.selectFrom("status_subscribers").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findSubscriberByUnsubscribeHash(
  executor: Executor,
  hash: string,
): Promise<SubscriberRow | undefined> {
  return executor
    .selectFrom("status_subscribers")
    .selectAll()
    .where("unsubscribe_token_hash", "=", hash)
    .executeTakeFirst();
}

/** A new row, or nothing when the address was inserted meanwhile (the caller reads it again). */
export async function insertSubscriber(
  executor: Executor,
  row: Insertable<StatusSubscribersTable>,
): Promise<SubscriberRow | undefined> {
  return executor
    .insertInto("status_subscribers")
    .values(row)
    .onConflict((oc) => oc.column("email").doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateSubscriber(
  executor: Executor,
  id: string,
  patch: Updateable<StatusSubscribersTable>,
): Promise<void> {
  await executor.updateTable("status_subscribers").set(patch).where("id", "=", id).execute();
}

/**
 * Uses a confirmation link: the row whose open link has this hash, with the link spent in the
 * same statement (two clicks at once confirm once). Undefined when none matches or it expired.
 */
export async function spendConfirmToken(
  executor: Executor,
  hash: string,
  now: Date,
  patch: { components: ComponentKey[]; language: SubscriberRow["language"] },
): Promise<SubscriberRow | undefined> {
  return executor
    .updateTable("status_subscribers")
    .set({
      confirm_token_hash: null,
      confirm_expires_at: null,
      components: patch.components,
      language: patch.language,
      confirmed_at: sql<Date>`coalesce(confirmed_at, ${now})`,
      updated_at: now,
    })
    .where("confirm_token_hash", "=", hash)
    .where("confirm_expires_at", ">", now)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteSubscriber(executor: Executor, id: string): Promise<boolean> {
  const result = await executor.deleteFrom("status_subscribers").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteSubscriberByEmail(executor: Executor, email: string): Promise<boolean> {
  const result = await executor
    .deleteFrom("status_subscribers")
    .where("email", "=", email)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes addresses never confirmed whose last link expired before `before`; how many. */
export async function purgeUnconfirmed(executor: Executor, before: Date): Promise<number> {
  const result = await executor
    .deleteFrom("status_subscribers")
    .where("confirmed_at", "is", null)
    .where((eb) => eb.or([eb("confirm_expires_at", "is", null), eb("confirm_expires_at", "<", before)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Confirmed subscribers who follow any of `components` (a subscriber following nothing in
 * particular follows everything), by id after `after`, at most `limit`: one pass of a fan-out.
 */
export function followersPage(
  executor: Executor,
  components: readonly ComponentKey[],
  after: string | null,
  limit: number,
): Promise<SubscriberRow[]> {
  let query = executor
    .selectFrom("status_subscribers")
    .selectAll()
    .where("confirmed_at", "is not", null)
    .orderBy("id")
    .limit(limit);
  if (components.length > 0)
    query = query.where(
      sql<boolean>`(cardinality(components) = 0 or components && ${sql.val([...components])}::text[])`,
    );
  if (after) query = query.where("id", ">", after);
  return query.execute();
}

/** How many addresses are confirmed and how many still wait for their link (the staff page). */
export async function subscriberCounts(executor: Executor): Promise<{ confirmed: number; pending: number }> {
  const row = await executor
    .selectFrom("status_subscribers")
    .select([
      sql<string>`count(*) filter (where confirmed_at is not null)`.as("confirmed"),
      sql<string>`count(*) filter (where confirmed_at is null)`.as("pending"),
    ])
    .executeTakeFirst();
  return { confirmed: Number(row?.confirmed ?? 0), pending: Number(row?.pending ?? 0) };
}
