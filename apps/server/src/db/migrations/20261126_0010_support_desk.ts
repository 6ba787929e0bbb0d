import { type Kysely, sql } from "kysely";

/**
 * The support desk: tickets (numbered for people, with the customer's account as it was when
 * they wrote), their threads (customer messages, agent replies, internal notes, system notes),
 * attachments, linked transactions and an event trail; agent groups, presence and round-robin
 * assignment; macros and saved filters; SLA policies counted on a business calendar with
 * holidays; guest verification links. Also a `supervisor` staff role and deactivated staff.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('customer', 'agent', 'supervisor', 'compliance', 'admin'))`.execute(
    db,
  );
  await sql`alter table users add column deactivated_at timestamptz`.execute(db);

  await sql`
    create table support_groups (
      key text primary key,
      name jsonb not null,
      categories jsonb not null default '[]',
      position integer not null default 0,
      created_at timestamptz not null
    )`.execute(db);

  await sql`
    create table support_group_members (
      group_key text not null references support_groups (key),
      user_id text not null references users (id),
      last_assigned_at timestamptz,
      primary key (group_key, user_id)
    )`.execute(db);
  await sql`create index support_group_members_user on support_group_members (user_id)`.execute(db);

  await sql`
    create table support_agent_presence (
      user_id text primary key references users (id),
      status text not null check (status in ('online', 'away', 'offline')),
      last_seen_at timestamptz not null
    )`.execute(db);

  // Ticket numbers people say on the phone: #100001, #100002, …
  await sql`create sequence support_ticket_number start with 100001`.execute(db);

  await sql`
    create table support_tickets (
      id text primary key,
      number bigint not null unique default nextval('support_ticket_number'),
      user_id text references users (id),
      requester_email text not null,
      requester_name text,
      language text not null default 'en' check (language in ('en', 'zh-CN')),
      guest_verified_at timestamptz,
      category text not null check (category in ('login_access', 'transaction', 'deposit', 'withdrawal', 'security', 'verification', 'other')),
      subject text not null,
      status text not null check (status in ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
      priority text not null check (priority in ('low', 'normal', 'high', 'urgent')),
      channel text not null default 'web' check (channel in ('web', 'email', 'chat', 'phone', 'social')),
      group_key text not null references support_groups (key),
      assignee_id text references users (id),
      tags jsonb not null default '[]',
      context jsonb not null default '{}',
      merged_into_id text references support_tickets (id),
      deflection_id text,
      first_response_due_at timestamptz,
      resolution_due_at timestamptz,
      first_responded_at timestamptz,
      sla_paused_since timestamptz,
      sla_warned_at timestamptz,
      solved_at timestamptz,
      closed_at timestamptz,
      satisfaction_score smallint check (satisfaction_score between 1 and 5),
      satisfaction_comment text,
      rated_at timestamptz,
      last_customer_activity_at timestamptz,
      last_agent_activity_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index support_tickets_user on support_tickets (user_id, created_at desc)`.execute(db);
  await sql`create index support_tickets_email on support_tickets (lower(requester_email), created_at desc)`.execute(
    db,
  );
  // The queues: open work by status, assignee and group, newest activity first.
  await sql`create index support_tickets_queue on support_tickets (status, updated_at desc)`.execute(db);
  await sql`create index support_tickets_assignee on support_tickets (assignee_id, status) where assignee_id is not null`.execute(
    db,
  );
  await sql`create index support_tickets_unassigned on support_tickets (group_key, created_at) where assignee_id is null and status in ('new', 'open')`.execute(
    db,
  );
  await sql`create index support_tickets_first_due on support_tickets (first_response_due_at) where first_responded_at is null and status in ('new', 'open')`.execute(
    db,
  );
  await sql`create index support_tickets_resolution_due on support_tickets (resolution_due_at) where status in ('new', 'open', 'on_hold')`.execute(
    db,
  );
  await sql`create index support_tickets_solved on support_tickets (solved_at) where status = 'solved'`.execute(
    db,
  );
  await sql`create index support_tickets_created on support_tickets (created_at)`.execute(db);

  await sql`
    create table support_messages (
      id text primary key,
      ticket_id text not null references support_tickets (id),
      author_type text not null check (author_type in ('customer', 'agent', 'system')),
      author_id text references users (id),
      author_name text,
      body text not null,
      internal boolean not null default false,
      channel text not null default 'web',
      attachments jsonb not null default '[]',
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index support_messages_ticket on support_messages (ticket_id, created_at)`.execute(db);

  await sql`
    create table support_attachments (
      id text primary key,
      ticket_id text references support_tickets (id),
      message_id text references support_messages (id),
      uploader_user_id text references users (id),
      uploader_guest_email text,
      filename text not null,
      content_type text not null,
      size integer not null,
      storage_key text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index support_attachments_ticket on support_attachments (ticket_id)`.execute(db);

  await sql`
    create table support_ticket_transactions (
      ticket_id text not null references support_tickets (id),
      transaction_id text not null references transactions (id),
      snapshot jsonb not null,
      linked_by text,
      created_at timestamptz not null,
      primary key (ticket_id, transaction_id)
    )`.execute(db);
  await sql`create index support_ticket_transactions_txn on support_ticket_transactions (transaction_id)`.execute(
    db,
  );

  await sql`
    create table support_ticket_events (
      id text primary key,
      ticket_id text not null references support_tickets (id),
      actor_id text references users (id),
      kind text not null,
      detail jsonb not null default '{}',
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index support_ticket_events_ticket on support_ticket_events (ticket_id, created_at)`.execute(
    db,
  );

  // Who has a ticket open in the console right now, and whether they are typing (collision warnings).
  await sql`
    create table support_ticket_viewers (
      ticket_id text not null references support_tickets (id),
      user_id text not null references users (id),
      typing_until timestamptz,
      seen_at timestamptz not null,
      primary key (ticket_id, user_id)
    )`.execute(db);

  await sql`
    create table support_guest_tokens (
      id text primary key,
      ticket_id text not null references support_tickets (id),
      purpose text not null check (purpose in ('verify', 'access')),
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null
    )`.execute(db);

  await sql`
    create table support_macros (
      id text primary key,
      title jsonb not null,
      body jsonb not null,
      set_status text check (set_status in ('open', 'pending', 'on_hold', 'solved')),
      add_tags jsonb not null default '[]',
      usage_count integer not null default 0,
      created_by text references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      deleted_at timestamptz
    )`.execute(db);

  await sql`
    create table support_saved_filters (
      id text primary key,
      owner_id text not null references users (id),
      name text not null,
      filters jsonb not null,
      shared boolean not null default false,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index support_saved_filters_owner on support_saved_filters (owner_id)`.execute(db);

  // Targets in minutes; business_hours false counts around the clock (urgent security cases).
  await sql`
    create table support_sla_policies (
      priority text primary key check (priority in ('low', 'normal', 'high', 'urgent')),
      first_response_minutes integer not null check (first_response_minutes > 0),
      resolution_minutes integer not null check (resolution_minutes > 0),
      business_hours boolean not null default true,
      updated_at timestamptz not null,
      updated_by text
    )`.execute(db);

  // One business calendar: a time zone and the opening hours of each weekday (0 = Sunday).
  await sql`
    create table support_calendar (
      id smallint primary key check (id = 1),
      time_zone text not null,
      hours jsonb not null,
      updated_at timestamptz not null,
      updated_by text
    )`.execute(db);

  await sql`
    create table support_holidays (
      day date primary key,
      name jsonb not null,
      created_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "support_holidays",
    "support_calendar",
    "support_sla_policies",
    "support_saved_filters",
    "support_macros",
    "support_guest_tokens",
    "support_ticket_viewers",
    "support_ticket_events",
    "support_ticket_transactions",
    "support_attachments",
    "support_messages",
    "support_tickets",
    "support_agent_presence",
    "support_group_members",
    "support_groups",
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`drop sequence support_ticket_number`.execute(db);
  await sql`alter table users drop column deactivated_at`.execute(db);
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('customer', 'agent', 'admin', 'compliance'))`.execute(
    db,
  );
}
