import { type Kysely, sql } from "kysely";

/**
 * The status page and the notification center. Components mirror the product; their state is
 * recorded on every change so uptime is computed from what really happened. Incidents carry a
 * bilingual timeline; maintenance windows are the one source of truth for "under maintenance"
 * (payment methods read them too: a window may name methods, or cover a whole component).
 * Provider outcomes are counted per component and minute so several nodes add up. Subscribers
 * confirm by email before anything is sent. In-app notifications and each customer's
 * preferences per kind and channel. The outbox learns dedupe keys (every send idempotent).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table status_components (
      key text primary key,
      position integer not null,
      manual_state text not null default 'operational'
        check (manual_state in ('operational', 'degraded_performance', 'partial_outage', 'major_outage')),
      signal_state text check (signal_state in ('degraded_performance', 'partial_outage', 'major_outage')),
      signal_since timestamptz,
      updated_at timestamptz not null,
      updated_by text references users (id)
    )`.execute(db);

  // Every change of a component's effective state, as it happened (maintenance included).
  await sql`
    create table status_component_states (
      id text primary key,
      component text not null references status_components (key),
      state text not null check (state in ('operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance')),
      started_at timestamptz not null
    )`.execute(db);
  await sql`create index status_component_states_by_time on status_component_states (component, started_at)`.execute(
    db,
  );

  await sql`
    create table status_incidents (
      id text primary key,
      title jsonb not null,
      impact text not null check (impact in ('none', 'minor', 'major', 'critical')),
      status text not null check (status in ('investigating', 'identified', 'monitoring', 'resolved')),
      components text[] not null,
      component_state text not null default 'partial_outage'
        check (component_state in ('operational', 'degraded_performance', 'partial_outage', 'major_outage')),
      draft boolean not null default false,
      source text not null default 'staff' check (source in ('staff', 'signal')),
      created_by text references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      resolved_at timestamptz
    )`.execute(db);
  await sql`create index status_incidents_open on status_incidents (created_at) where resolved_at is null`.execute(
    db,
  );
  await sql`create index status_incidents_by_time on status_incidents (created_at desc)`.execute(db);

  await sql`
    create table status_incident_updates (
      id text primary key,
      incident_id text not null references status_incidents (id),
      status text not null check (status in ('investigating', 'identified', 'monitoring', 'resolved')),
      body jsonb not null,
      created_by text references users (id),
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index status_incident_updates_by_incident on status_incident_updates (incident_id, created_at)`.execute(
    db,
  );

  await sql`
    create table status_maintenances (
      id text primary key,
      title jsonb not null,
      description jsonb not null,
      components text[] not null,
      method_ids text[],
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      announce_social boolean not null default false,
      created_by text references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      canceled_at timestamptz,
      announced_at timestamptz,
      start_notified_at timestamptz,
      end_notified_at timestamptz,
      check (ends_at > starts_at)
    )`.execute(db);
  await sql`create index status_maintenances_by_end on status_maintenances (ends_at) where canceled_at is null`.execute(
    db,
  );

  await sql`
    create table status_subscribers (
      id text primary key,
      email text not null unique,
      components text[] not null default '{}',
      language text not null check (language in ('en', 'zh-CN')),
      confirm_token_hash text unique,
      confirm_expires_at timestamptz,
      unsubscribe_token_hash text not null unique,
      confirmed_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index status_subscribers_confirmed on status_subscribers (confirmed_at) where confirmed_at is not null`.execute(
    db,
  );

  // Provider calls per component and minute, added to by every node (upsert), read over a window.
  await sql`
    create table status_signal_buckets (
      component text not null,
      bucket_start timestamptz not null,
      calls integer not null default 0,
      failures integer not null default 0,
      timeouts integer not null default 0,
      primary key (component, bucket_start)
    )`.execute(db);

  // The public page's last snapshot, so a node that starts while the database struggles has something to show.
  await sql`
    create table status_snapshots (
      key text primary key,
      body jsonb not null,
      updated_at timestamptz not null
    )`.execute(db);

  await sql`
    create table notifications (
      id text primary key,
      user_id text not null references users (id),
      kind text not null check (kind in ('deposits', 'withdrawals', 'transfers', 'security', 'support', 'maintenance')),
      title jsonb not null,
      body jsonb not null,
      link text,
      dedupe_key text unique,
      created_at timestamptz not null,
      read_at timestamptz
    )`.execute(db);
  await sql`create index notifications_by_user on notifications (user_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index notifications_unread on notifications (user_id) where read_at is null`.execute(db);

  await sql`
    create table notification_preferences (
      user_id text not null references users (id),
      kind text not null check (kind in ('deposits', 'withdrawals', 'transfers', 'security', 'support', 'maintenance')),
      channel text not null check (channel in ('in_app', 'email', 'sms')),
      enabled boolean not null,
      updated_at timestamptz not null,
      primary key (user_id, kind, channel)
    )`.execute(db);

  // A side effect written twice under the same key (a retried request, a replayed webhook) is kept once.
  await sql`alter table outbox add column dedupe_key text`.execute(db);
  await sql`create unique index outbox_dedupe on outbox (dedupe_key) where dedupe_key is not null`.execute(
    db,
  );
  // A dead message a staff member looked at and let go is "discarded" (kept for the record).
  await sql`alter table outbox drop constraint if exists outbox_status_check`.execute(db);
  await sql`alter table outbox add constraint outbox_status_check check (status in ('pending', 'delivered', 'dead', 'discarded'))`.execute(
    db,
  );
  await sql`create index outbox_dead on outbox (created_at desc) where status = 'dead'`.execute(db);
  // Who discarded a dead message, or asked for it to be tried again.
  await sql`alter table outbox add column resolved_by text`.execute(db);
  await sql`alter table outbox add column resolved_at timestamptz`.execute(db);

  // One source of truth: the payment methods' own windows become status maintenances naming them.
  await sql`
    insert into status_maintenances (id, title, description, components, method_ids, starts_at, ends_at, created_at, updated_at)
    select 'mnt_' || id, jsonb_build_object('en', 'Maintenance', 'zh-CN', '系统维护'),
           jsonb_build_object('en', '', 'zh-CN', ''),
           case when kind = 'card' then array['card_deposits'] when kind = 'bank_transfer' then array['bank_deposits'] else array['ewallet_deposits'] end
             || case when direction in ('withdrawal', 'both') then array['withdrawals'] else array[]::text[] end,
           array[id], maintenance_starts_at, maintenance_ends_at, now(), now()
    from payment_methods
    where maintenance_starts_at is not null and maintenance_ends_at is not null and maintenance_ends_at > maintenance_starts_at`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outbox_dead`.execute(db);
  await sql`drop index if exists outbox_dedupe`.execute(db);
  await sql`alter table outbox drop column resolved_at`.execute(db);
  await sql`alter table outbox drop column resolved_by`.execute(db);
  await sql`alter table outbox drop column dedupe_key`.execute(db);
  for (const table of [
    "notification_preferences",
    "notifications",
    "status_snapshots",
    "status_signal_buckets",
    "status_subscribers",
    "status_maintenances",
    "status_incident_updates",
    "status_incidents",
    "status_component_states",
    "status_components",
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
