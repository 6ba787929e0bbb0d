import { type Kysely, sql } from "kysely";

/**
 * Accounts and their security: verification, wallet numbers, 2FA, sessions, one-time
 * tokens, login locks, throttles, security events and the official-channels list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`alter table users add column phone text`,
    sql`alter table users add column wallet_number text`,
    sql`alter table users add column email_verified_at timestamptz`,
    sql`alter table users add column phone_verified_at timestamptz`,
    sql`alter table users add column password_changed_at timestamptz`,
    sql`alter table users add column password_score integer`,
    sql`alter table users add column anti_phishing_code text`,
    sql`alter table users add column totp_secret_sealed text`,
    sql`alter table users add column totp_enabled_at timestamptz`,
    sql`alter table users add column totp_last_step bigint`,
    sql`alter table users add column sms_mfa_enabled_at timestamptz`,
    sql`alter table users add column withdrawals_held_until timestamptz`,
    sql`create unique index users_phone_key on users (phone) where phone is not null`,
    sql`create unique index users_wallet_number_key on users (wallet_number) where wallet_number is not null`,
  ]) {
    await statement.execute(db);
  }

  await sql`
    create table sessions (
      id text primary key,
      user_id text not null references users (id),
      token_hash text not null unique,
      kind text not null check (kind in ('web', 'api')),
      user_agent text,
      ip text,
      device text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      idle_expires_at timestamptz not null,
      expires_at timestamptz not null,
      step_up_at timestamptz,
      revoked_at timestamptz,
      revoked_reason text
    )`.execute(db);
  await sql`create index sessions_user_active_idx on sessions (user_id, created_at desc) where revoked_at is null`.execute(
    db,
  );

  await sql`
    create table one_time_tokens (
      id text primary key,
      user_id text not null references users (id),
      purpose text not null,
      secret_hash text not null,
      attempts integer not null default 0,
      data jsonb not null default '{}'::jsonb,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      voided_at timestamptz
    )`.execute(db);
  await sql`create index one_time_tokens_secret_idx on one_time_tokens (purpose, secret_hash)`.execute(db);
  await sql`create index one_time_tokens_open_idx on one_time_tokens (user_id, purpose, created_at desc) where used_at is null and voided_at is null`.execute(
    db,
  );

  await sql`
    create table recovery_codes (
      id text primary key,
      user_id text not null references users (id),
      code_hash text not null,
      created_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index recovery_codes_user_idx on recovery_codes (user_id) where used_at is null`.execute(
    db,
  );

  await sql`
    create table known_devices (
      user_id text not null references users (id),
      fingerprint text not null,
      first_seen_at timestamptz not null,
      last_seen_at timestamptz not null,
      primary key (user_id, fingerprint)
    )`.execute(db);

  // Failed-login counting, keyed by user (user:<id>) or, for logins that match no account,
  // by a hash of what was typed (login:<sha256>), so both behave exactly alike.
  await sql`
    create table login_locks (
      key text primary key,
      failed_count integer not null default 0,
      locked_until timestamptz,
      hard_locked_at timestamptz,
      lockouts jsonb not null default '[]'::jsonb,
      updated_at timestamptz not null
    )`.execute(db);

  // Fixed-window counters for throttling by IP or by account.
  await sql`
    create table throttles (
      key text primary key,
      count integer not null,
      window_started_at timestamptz not null
    )`.execute(db);

  await sql`
    create table security_events (
      id text primary key,
      user_id text references users (id),
      type text not null,
      actor_id text,
      ip text,
      user_agent text,
      detail jsonb not null default '{}'::jsonb,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index security_events_user_idx on security_events (user_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index security_events_type_idx on security_events (type, created_at desc)`.execute(db);

  await sql`
    create table official_channels (
      id text primary key,
      kind text not null check (kind in ('domain', 'email', 'phone', 'social')),
      value text not null,
      label text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create unique index official_channels_value_key on official_channels (kind, lower(value))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "official_channels",
    "security_events",
    "throttles",
    "login_locks",
    "known_devices",
    "recovery_codes",
    "one_time_tokens",
    "sessions",
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  for (const column of [
    "phone",
    "wallet_number",
    "email_verified_at",
    "phone_verified_at",
    "password_changed_at",
    "password_score",
    "anti_phishing_code",
    "totp_secret_sealed",
    "totp_enabled_at",
    "totp_last_step",
    "sms_mfa_enabled_at",
    "withdrawals_held_until",
  ]) {
    await sql`alter table users drop column ${sql.ref(column)}`.execute(db);
  }
}
