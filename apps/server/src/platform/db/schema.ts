import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { ChannelTables } from "./schema-channels.js";
import type { HelpTables } from "./schema-help.js";
import type { PaymentsTables } from "./schema-payments.js";
import type { StatusTables } from "./schema-status.js";
import type { SupportTables } from "./schema-support.js";

/**
 * Table types for Kysely. Each module owns its tables (see DESIGN.md §2); they are listed
 * together here only because Kysely needs one database type.
 */

type Timestamp = ColumnType<Date, Date, Date>;
export type Json = JSONColumnType<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;

// platform
export interface PlatformMetaTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: Json;
  status: "pending" | "delivered" | "dead" | "discarded";
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  /** Rows enqueued twice under one key are kept once. */
  dedupe_key: Generated<string | null>;
  /** The staff member who retried or discarded a dead row, and when. */
  resolved_by: Generated<string | null>;
  resolved_at: Generated<Date | null>;
}

// messaging
export interface DevMessagesTable {
  id: string;
  channel: "email" | "sms";
  to_address: string;
  subject: string | null;
  text_body: string;
  html_body: string | null;
  created_at: Timestamp;
  /** Email threading headers as sent (Message-ID, In-Reply-To, References, Reply-To, From). */
  headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
}

// users
export type UserRole = "customer" | "agent" | "supervisor" | "compliance" | "admin";
export interface UsersTable {
  id: string;
  email: string;
  name: string | null;
  password_hash: string;
  role: UserRole;
  language: "en" | "zh-CN";
  country: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  phone: string | null;
  wallet_number: string | null;
  email_verified_at: Timestamp | null;
  phone_verified_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  password_score: number | null;
  anti_phishing_code: string | null;
  totp_secret_sealed: string | null;
  totp_enabled_at: Timestamp | null;
  totp_last_step: bigint | null;
  sms_mfa_enabled_at: Timestamp | null;
  withdrawals_held_until: Timestamp | null;
  frozen_at: Timestamp | null;
  frozen_reason: string | null;
  verification_level: Generated<number>;
  deactivated_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  kind: "web" | "api";
  user_agent: string | null;
  ip: string | null;
  device: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  expires_at: Timestamp;
  step_up_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
}

export interface OneTimeTokensTable {
  id: string;
  user_id: string;
  purpose: string;
  secret_hash: string;
  attempts: Generated<number>;
  data: Json;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  voided_at: Timestamp | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface KnownDevicesTable {
  user_id: string;
  fingerprint: string;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface LoginLocksTable {
  key: string;
  failed_count: number;
  locked_until: Timestamp | null;
  hard_locked_at: Timestamp | null;
  lockouts: JSONColumnType<string[], string, string>;
  updated_at: Timestamp;
}

export interface ThrottlesTable {
  key: string;
  count: number;
  window_started_at: Timestamp;
}

export interface SecurityEventsTable {
  id: string;
  user_id: string | null;
  type: string;
  actor_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: Json;
  created_at: Timestamp;
}

export interface OfficialChannelsTable {
  id: string;
  kind: "domain" | "email" | "phone" | "social";
  value: string;
  label: string;
  created_at: Timestamp;
}

// audit
export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: Json;
  created_at: Timestamp;
}

// ledger
export interface LedgerAccountsTable {
  id: string;
  kind: "customer" | "platform";
  owner_id: string | null;
  code: string | null;
  currency: string;
  allow_negative: boolean;
  posted: Generated<bigint>;
  held: Generated<bigint>;
  seq: Generated<bigint>;
  shard: Generated<number>;
  created_at: Timestamp;
}

export interface LedgerJournalsTable {
  id: string;
  kind: string;
  reverses_id: string | null;
  memo: Json;
  created_at: Timestamp;
}

export interface LedgerPostingsTable {
  journal_id: string;
  account_id: string;
  seq: bigint;
  amount: bigint;
  currency: string;
  posted_after: bigint;
  created_at: Timestamp;
}

export interface LedgerHoldsTable {
  id: string;
  account_id: string;
  amount: bigint;
  remaining: bigint;
  status: "active" | "posted" | "voided" | "expired";
  expires_at: Timestamp | null;
  memo: Json;
  created_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  response_status: number;
  response_body: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

// wallets
export interface TransactionsTable {
  id: string;
  reference: string;
  user_id: string;
  group_id: string;
  type: string;
  status: "pending" | "completed" | "failed" | "reversed";
  direction: "in" | "out";
  amount: bigint;
  fee: bigint;
  currency: string;
  exponent: number;
  counter_amount: bigint | null;
  counter_currency: string | null;
  rate: string | null;
  counterparty_user_id: string | null;
  counterparty_wallet_number: string | null;
  counterparty_name: string | null;
  note: string | null;
  reason_code: string | null;
  journal_id: string | null;
  timeline: ColumnType<TimelineEntry[], string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TimelineEntry {
  status: string;
  at: string;
  reasonCode?: string | null;
}

export interface FxRatesTable {
  currency: string;
  rate: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface FxQuotesTable {
  id: string;
  user_id: string;
  sell_currency: string;
  buy_currency: string;
  sell_amount: bigint;
  buy_amount: bigint;
  rate: string;
  mid_rate: string;
  spread_percent: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface TransferUsageTable {
  user_id: string;
  day: ColumnType<string, string, string>;
  amount: bigint;
}

export interface DB extends PaymentsTables, HelpTables, SupportTables, ChannelTables, StatusTables {
  platform_meta: PlatformMetaTable;
  outbox: OutboxTable;
  dev_messages: DevMessagesTable;
  users: UsersTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  recovery_codes: RecoveryCodesTable;
  known_devices: KnownDevicesTable;
  login_locks: LoginLocksTable;
  throttles: ThrottlesTable;
  security_events: SecurityEventsTable;
  official_channels: OfficialChannelsTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_journals: LedgerJournalsTable;
  ledger_postings: LedgerPostingsTable;
  ledger_holds: LedgerHoldsTable;
  idempotency_keys: IdempotencyKeysTable;
  transactions: TransactionsTable;
  fx_rates: FxRatesTable;
  fx_quotes: FxQuotesTable;
  transfer_usage: TransferUsageTable;
}
