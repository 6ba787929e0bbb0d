import { type Kysely, sql } from "kysely";

/**
 * The double-entry ledger: accounts with their running balances, immutable journals of
 * postings that sum to zero per currency, and holds (two-phase transfers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ledger_accounts (
      id text primary key,
      kind text not null check (kind in ('customer', 'platform')),
      owner_id text references users (id),
      code text,
      currency text not null,
      allow_negative boolean not null default false,
      posted bigint not null default 0,
      held bigint not null default 0,
      seq bigint not null default 0,
      created_at timestamptz not null,
      check (allow_negative or posted - held >= 0)
    )`.execute(db);
  // One wallet per customer and currency; one platform account per code and currency.
  await sql`create unique index ledger_accounts_customer_key on ledger_accounts (owner_id, currency) where kind = 'customer'`.execute(
    db,
  );
  await sql`create unique index ledger_accounts_platform_key on ledger_accounts (code, currency) where kind = 'platform'`.execute(
    db,
  );

  await sql`
    create table ledger_journals (
      id text primary key,
      kind text not null,
      reverses_id text references ledger_journals (id),
      memo jsonb not null default '{}'::jsonb,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create unique index ledger_journals_reversal_key on ledger_journals (reverses_id) where reverses_id is not null`.execute(
    db,
  );

  await sql`
    create table ledger_postings (
      journal_id text not null references ledger_journals (id),
      account_id text not null references ledger_accounts (id),
      seq bigint not null,
      amount bigint not null,
      currency text not null,
      posted_after bigint not null,
      created_at timestamptz not null,
      primary key (account_id, seq)
    )`.execute(db);
  await sql`create index ledger_postings_journal_idx on ledger_postings (journal_id)`.execute(db);
  await sql`create index ledger_postings_time_idx on ledger_postings (account_id, created_at)`.execute(db);

  await sql`
    create table ledger_holds (
      id text primary key,
      account_id text not null references ledger_accounts (id),
      amount bigint not null check (amount > 0),
      remaining bigint not null check (remaining >= 0),
      status text not null check (status in ('active', 'posted', 'voided', 'expired')),
      expires_at timestamptz,
      memo jsonb not null default '{}'::jsonb,
      created_at timestamptz not null,
      closed_at timestamptz
    )`.execute(db);
  await sql`create index ledger_holds_expiry_idx on ledger_holds (expires_at) where status = 'active' and expires_at is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["ledger_holds", "ledger_postings", "ledger_journals", "ledger_accounts"]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
