import { type Kysely, sql } from "kysely";

/**
 * Wallets on top of the ledger: the customer-facing transactions (one row per customer side
 * of a movement, with its timeline), FX rates and quotes, the running totals that limits are
 * checked against, the freeze and verification level on users, and sub-accounts (shards)
 * for platform accounts so a hot one (fees) does not serialise every transfer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column frozen_at timestamptz`.execute(db);
  await sql`alter table users add column frozen_reason text`.execute(db);
  await sql`alter table users add column verification_level smallint not null default 0`.execute(db);

  await sql`alter table ledger_accounts add column shard smallint not null default 0`.execute(db);
  await sql`drop index ledger_accounts_platform_key`.execute(db);
  await sql`create unique index ledger_accounts_platform_key on ledger_accounts (code, currency, shard) where kind = 'platform'`.execute(
    db,
  );

  await sql`
    create table transactions (
      id text primary key,
      reference text not null unique,
      user_id text not null references users (id),
      group_id text not null,
      type text not null,
      status text not null check (status in ('pending', 'completed', 'failed', 'reversed')),
      direction text not null check (direction in ('in', 'out')),
      amount bigint not null check (amount >= 0),
      fee bigint not null default 0 check (fee >= 0),
      currency text not null,
      exponent smallint not null,
      counter_amount bigint,
      counter_currency text,
      rate text,
      counterparty_user_id text references users (id),
      counterparty_wallet_number text,
      counterparty_name text,
      note text,
      reason_code text,
      journal_id text references ledger_journals (id),
      timeline jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  // The customer's history, newest first, is the one hot read: (user_id, id) serves it and
  // its cursor; the other filters narrow within one customer's rows.
  await sql`create index transactions_user_idx on transactions (user_id, id desc)`.execute(db);
  await sql`create index transactions_group_idx on transactions (group_id)`.execute(db);

  await sql`
    create table fx_rates (
      currency text primary key,
      rate text not null,
      updated_at timestamptz not null,
      updated_by text
    )`.execute(db);

  await sql`
    create table fx_quotes (
      id text primary key,
      user_id text not null references users (id),
      sell_currency text not null,
      buy_currency text not null,
      sell_amount bigint not null,
      buy_amount bigint not null,
      rate text not null,
      mid_rate text not null,
      spread_percent text not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null
    )`.execute(db);

  // What each customer sent per day, in the limits currency's minor units.
  await sql`
    create table transfer_usage (
      user_id text not null references users (id),
      day date not null,
      amount bigint not null,
      primary key (user_id, day)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["transfer_usage", "fx_quotes", "fx_rates", "transactions"]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`drop index ledger_accounts_platform_key`.execute(db);
  await sql`alter table ledger_accounts drop column shard`.execute(db);
  await sql`create unique index ledger_accounts_platform_key on ledger_accounts (code, currency) where kind = 'platform'`.execute(
    db,
  );
  for (const column of ["frozen_at", "frozen_reason", "verification_level"]) {
    await sql`alter table users drop column ${sql.ref(column)}`.execute(db);
  }
}
