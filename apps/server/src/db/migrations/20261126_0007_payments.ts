import { type Kysely, sql } from "kysely";

/**
 * Money in and out: the payment-method catalogue, deposits and the provider events that
 * drive them, bank statement lines (and the suspense queue of those nobody could match),
 * payout destinations and withdrawals, identity verification, the published policy
 * versions, and the state of the built-in provider simulators (the "remote" side a real
 * provider would keep). Also a `compliance` staff role for the review queues.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('customer', 'agent', 'admin', 'compliance'))`.execute(
    db,
  );

  await sql`
    create table payment_methods (
      id text primary key,
      kind text not null check (kind in ('card', 'bank_transfer', 'ewallet')),
      provider text not null,
      name jsonb not null,
      direction text not null check (direction in ('deposit', 'withdrawal', 'both')),
      countries jsonb not null,
      currencies jsonb not null,
      min_amount bigint not null check (min_amount >= 0),
      max_amount bigint not null check (max_amount >= min_amount),
      fee_fixed bigint not null default 0 check (fee_fixed >= 0),
      fee_ppm bigint not null default 0 check (fee_ppm >= 0 and fee_ppm < 1000000),
      processing_time text not null,
      deposit_level smallint not null default 0,
      withdrawal_level smallint not null default 1,
      state text not null check (state in ('active', 'paused')),
      maintenance_starts_at timestamptz,
      maintenance_ends_at timestamptz,
      position integer not null default 0,
      updated_at timestamptz not null,
      updated_by text
    )`.execute(db);

  await sql`
    create table deposits (
      id text primary key,
      user_id text not null references users (id),
      method_id text not null references payment_methods (id),
      provider text not null,
      status text not null check (status in ('created', 'pending', 'succeeded', 'failed', 'expired')),
      provider_status text,
      amount bigint not null check (amount > 0),
      fee bigint not null default 0 check (fee >= 0),
      currency text not null,
      exponent smallint not null,
      provider_reference text,
      bank_reference text unique,
      card jsonb,
      next_action jsonb,
      reason_code text,
      journal_id text references ledger_journals (id),
      transaction_id text,
      attempts integer not null default 0,
      next_check_at timestamptz,
      expires_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      completed_at timestamptz
    )`.execute(db);
  await sql`create index deposits_user_idx on deposits (user_id, id desc)`.execute(db);
  await sql`create unique index deposits_provider_ref_key on deposits (provider, provider_reference) where provider_reference is not null`.execute(
    db,
  );
  // The reconciler's work list: deposits still waiting on a provider.
  await sql`create index deposits_check_idx on deposits (next_check_at) where status in ('created', 'pending')`.execute(
    db,
  );

  // Every provider event handled once: a replayed or duplicated webhook finds its row.
  await sql`
    create table provider_events (
      provider text not null,
      event_id text not null,
      type text not null,
      reference text,
      received_at timestamptz not null,
      primary key (provider, event_id)
    )`.execute(db);

  await sql`
    create table bank_statement_lines (
      id text primary key,
      external_id text not null,
      method_id text not null references payment_methods (id),
      amount bigint not null check (amount > 0),
      currency text not null,
      reference_text text not null,
      payer_name text,
      value_date date not null,
      status text not null check (status in ('matched', 'unmatched', 'manually_matched', 'returned')),
      deposit_id text references deposits (id),
      journal_id text references ledger_journals (id),
      import_id text,
      matched_by text,
      matched_at timestamptz,
      created_at timestamptz not null,
      unique (method_id, external_id)
    )`.execute(db);
  await sql`create index bank_lines_unmatched_idx on bank_statement_lines (created_at) where status = 'unmatched'`.execute(
    db,
  );

  // Cases for staff until the support desk exists: unmatched money, traced deposits.
  await sql`
    create table payment_cases (
      id text primary key,
      kind text not null check (kind in ('unmatched_line', 'deposit_trace')),
      status text not null check (status in ('open', 'resolved')),
      user_id text references users (id),
      email text,
      statement_line_id text references bank_statement_lines (id),
      deposit_id text references deposits (id),
      evidence jsonb not null,
      resolution text,
      resolved_by text,
      resolved_at timestamptz,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index payment_cases_open_idx on payment_cases (created_at) where status = 'open'`.execute(
    db,
  );

  await sql`
    create table payout_destinations (
      id text primary key,
      user_id text not null references users (id),
      method_id text not null references payment_methods (id),
      kind text not null check (kind in ('card', 'bank_transfer', 'ewallet')),
      label text not null,
      display jsonb not null,
      details_sealed text not null,
      fingerprint text not null,
      status text not null check (status in ('active', 'removed')),
      usable_after timestamptz not null,
      first_paid_at timestamptz,
      created_at timestamptz not null,
      removed_at timestamptz
    )`.execute(db);
  await sql`create index payout_destinations_user_idx on payout_destinations (user_id, created_at)`.execute(
    db,
  );

  await sql`
    create table withdrawals (
      id text primary key,
      user_id text not null references users (id),
      destination_id text not null references payout_destinations (id),
      method_id text not null references payment_methods (id),
      provider text not null,
      status text not null check (status in ('requested', 'in_review', 'processing', 'paid', 'rejected', 'canceled', 'failed', 'returned')),
      amount bigint not null check (amount > 0),
      fee bigint not null default 0 check (fee >= 0),
      currency text not null,
      exponent smallint not null,
      hold_id text,
      journal_id text references ledger_journals (id),
      return_journal_id text references ledger_journals (id),
      provider_reference text,
      review_reasons jsonb not null,
      reason_code text,
      reason_note text,
      reviewed_by text,
      reviewed_at timestamptz,
      transaction_id text,
      timeline jsonb not null,
      next_check_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index withdrawals_user_idx on withdrawals (user_id, id desc)`.execute(db);
  await sql`create index withdrawals_review_idx on withdrawals (created_at) where status = 'in_review'`.execute(
    db,
  );
  await sql`create index withdrawals_work_idx on withdrawals (next_check_at) where status in ('requested', 'processing')`.execute(
    db,
  );

  // Deposits and withdrawals per customer per UTC day, in USD cents, for the limits by level.
  await sql`
    create table payment_usage (
      user_id text not null references users (id),
      direction text not null check (direction in ('deposit', 'withdrawal')),
      day date not null,
      amount bigint not null,
      primary key (user_id, direction, day)
    )`.execute(db);

  await sql`
    create table kyc_profiles (
      user_id text primary key references users (id),
      legal_name text,
      date_of_birth date,
      address jsonb,
      status text not null check (status in ('none', 'pending', 'approved', 'rejected')),
      requested_level smallint not null default 0,
      rejection_reason text,
      reviewed_by text,
      reviewed_at timestamptz,
      submitted_at timestamptz,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index kyc_pending_idx on kyc_profiles (submitted_at) where status = 'pending'`.execute(db);

  await sql`
    create table kyc_documents (
      id text primary key,
      user_id text not null references users (id),
      kind text not null check (kind in ('id_document', 'selfie', 'proof_of_address')),
      content_type text not null,
      size integer not null,
      sha256 text not null,
      storage_key text not null,
      status text not null check (status in ('uploaded', 'accepted', 'rejected', 'replaced')),
      rejection_reason text,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index kyc_documents_user_idx on kyc_documents (user_id, created_at)`.execute(db);

  await sql`
    create table policy_versions (
      version integer primary key,
      content_hash text not null unique,
      snapshot jsonb not null,
      changes jsonb not null,
      created_at timestamptz not null
    )`.execute(db);

  // The simulators' own state: what a real provider would hold on its side.
  await sql`
    create table simulator_payments (
      id text primary key,
      provider text not null,
      kind text not null check (kind in ('payment', 'payout')),
      merchant_reference text not null,
      amount bigint not null,
      currency text not null,
      scenario text not null,
      status text not null,
      decline_code text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (provider, kind, merchant_reference)
    )`.execute(db);
  await sql`
    create table simulator_settings (
      provider text primary key,
      mode text not null check (mode in ('normal', 'timeout', 'error')),
      updated_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "simulator_settings",
    "simulator_payments",
    "policy_versions",
    "kyc_documents",
    "kyc_profiles",
    "payment_usage",
    "withdrawals",
    "payout_destinations",
    "payment_cases",
    "bank_statement_lines",
    "provider_events",
    "deposits",
    "payment_methods",
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('customer', 'agent', 'admin'))`.execute(
    db,
  );
}
