import { type Kysely, sql } from "kysely";

/**
 * One source of truth for "under maintenance": a payment method's window is a status-page
 * maintenance naming the method (0012 copied the old columns there), so the method's own
 * columns go. Going down puts each method's own window (a maintenance naming only it, not
 * canceled, the latest) back into the columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table payment_methods drop column maintenance_starts_at`.execute(db);
  await sql`alter table payment_methods drop column maintenance_ends_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table payment_methods add column maintenance_starts_at timestamptz`.execute(db);
  await sql`alter table payment_methods add column maintenance_ends_at timestamptz`.execute(db);
  await sql`
    update payment_methods m
    set maintenance_starts_at = w.starts_at, maintenance_ends_at = w.ends_at
    from (
      select distinct on (method_ids[1]) method_ids[1] as method_id, starts_at, ends_at
      from status_maintenances
      where canceled_at is null and cardinality(method_ids) = 1
      order by method_ids[1], ends_at desc
    ) w
    where w.method_id = m.id`.execute(db);
}
