import { type Kysely, sql } from "kysely";

/** Platform tables: metadata, the transactional outbox, the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table platform_meta (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`
    create table outbox (
      id text primary key,
      topic text not null,
      payload jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_error text,
      created_at timestamptz not null,
      delivered_at timestamptz
    )`.execute(db);
  // The worker only ever looks for due, pending rows: keep that index small.
  await sql`create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending'`.execute(db);

  await sql`
    create table audit_log (
      id text primary key,
      actor_id text,
      actor_label text not null,
      action text not null,
      target_type text not null,
      target_id text,
      detail jsonb not null default '{}'::jsonb,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index audit_log_target_idx on audit_log (target_type, target_id, created_at desc)`.execute(
    db,
  );
  await sql`create index audit_log_actor_idx on audit_log (actor_id, created_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log`.execute(db);
  await sql`drop table outbox`.execute(db);
  await sql`drop table platform_meta`.execute(db);
}
