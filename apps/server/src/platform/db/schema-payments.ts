import type { ColumnType } from "kysely";

/** Tables of money in and out (payments and kyc modules); part of the DB type in schema.ts. */

type Timestamp = ColumnType<Date, Date, Date>;
type DateOnly = ColumnType<string, string, string>;
/** A jsonb column read as T and written as its JSON text. */
type JsonOf<T> = ColumnType<T, string, string>;

export type PaymentMethodKind = "card" | "bank_transfer" | "ewallet";
export type PaymentDirection = "deposit" | "withdrawal";
export type Bilingual = { en: string; "zh-CN": string };

export interface PaymentMethodsTable {
  id: string;
  kind: PaymentMethodKind;
  /** Key of the provider adapter that serves the method (a simulator or a real one). */
  provider: string;
  name: JsonOf<Bilingual>;
  direction: PaymentDirection | "both";
  /** ISO 3166 alpha-2 codes; ["*"] means everywhere. */
  countries: JsonOf<string[]>;
  currencies: JsonOf<string[]>;
  /** Minimum, maximum and fixed fee in minor units of USD (converted at the operator's rates). */
  min_amount: bigint;
  max_amount: bigint;
  fee_fixed: bigint;
  /** Percentage fee in parts per million of the amount. */
  fee_ppm: bigint;
  /** instant | minutes | same_day | 1_3_days | 3_5_days */
  processing_time: string;
  deposit_level: number;
  withdrawal_level: number;
  /** Paused by staff. Maintenance is not here: a method's windows are status-page maintenances (status_maintenances.method_ids). */
  state: "active" | "paused";
  position: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export type DepositStatus = "created" | "pending" | "succeeded" | "failed" | "expired";

export interface CardSummary {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface DepositsTable {
  id: string;
  user_id: string;
  method_id: string;
  provider: string;
  status: DepositStatus;
  /** Finer state for the customer: pending_at_provider, awaiting_transfer, requires_action… */
  provider_status: string | null;
  amount: bigint;
  fee: bigint;
  currency: string;
  exponent: number;
  provider_reference: string | null;
  /** The code a customer quotes on a bank transfer. */
  bank_reference: string | null;
  card: JsonOf<CardSummary> | null;
  /** What the customer must do next: a redirect, a 3-D Secure challenge, bank instructions. */
  next_action: JsonOf<Record<string, unknown>> | null;
  reason_code: string | null;
  journal_id: string | null;
  transaction_id: string | null;
  attempts: number;
  /** What it counted against the deposit limits (USD minor units), given back as is on failure. */
  usage_usd: bigint | null;
  next_check_at: Timestamp | null;
  expires_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface ProviderEventsTable {
  provider: string;
  event_id: string;
  type: string;
  reference: string | null;
  received_at: Timestamp;
}

export interface BankStatementLinesTable {
  id: string;
  external_id: string;
  method_id: string;
  amount: bigint;
  currency: string;
  reference_text: string;
  payer_name: string | null;
  value_date: DateOnly;
  status: "matched" | "unmatched" | "manually_matched" | "returned";
  deposit_id: string | null;
  journal_id: string | null;
  import_id: string | null;
  matched_by: string | null;
  matched_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PaymentCasesTable {
  id: string;
  kind: "unmatched_line" | "deposit_trace";
  status: "open" | "resolved";
  user_id: string | null;
  email: string | null;
  statement_line_id: string | null;
  deposit_id: string | null;
  evidence: JsonOf<Record<string, unknown>>;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PayoutDestinationsTable {
  id: string;
  user_id: string;
  method_id: string;
  kind: PaymentMethodKind;
  label: string;
  /** What may be shown: holder, bank name, last 4 digits, brand. */
  display: JsonOf<Record<string, string>>;
  /** The full details, sealed with the platform secret; opened only to pay out. */
  details_sealed: string;
  /** A keyed hash of the full details, to recognise the same destination added twice. */
  fingerprint: string;
  status: "active" | "removed";
  usable_after: Timestamp;
  first_paid_at: Timestamp | null;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export type WithdrawalStatus =
  | "requested"
  | "in_review"
  | "processing"
  | "paid"
  | "rejected"
  | "canceled"
  | "failed"
  | "returned";

export interface WithdrawalTimelineEntry {
  status: WithdrawalStatus;
  at: string;
  reasonCode?: string | null;
  note?: string | null;
}

export interface WithdrawalsTable {
  id: string;
  user_id: string;
  destination_id: string;
  method_id: string;
  provider: string;
  status: WithdrawalStatus;
  amount: bigint;
  fee: bigint;
  currency: string;
  exponent: number;
  hold_id: string | null;
  journal_id: string | null;
  return_journal_id: string | null;
  provider_reference: string | null;
  /** Why it waits for a person: new_destination, large_amount… */
  review_reasons: JsonOf<string[]>;
  reason_code: string | null;
  reason_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  transaction_id: string | null;
  timeline: JsonOf<WithdrawalTimelineEntry[]>;
  /** What it counted against the withdrawal limits (USD minor units), given back as is. */
  usage_usd: bigint | null;
  next_check_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PaymentUsageTable {
  user_id: string;
  direction: PaymentDirection;
  day: DateOnly;
  amount: bigint;
}

export interface KycAddress {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface KycProfilesTable {
  user_id: string;
  legal_name: string | null;
  date_of_birth: DateOnly | null;
  address: JsonOf<KycAddress> | null;
  status: "none" | "pending" | "approved" | "rejected";
  requested_level: number;
  rejection_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  submitted_at: Timestamp | null;
  updated_at: Timestamp;
}

export type KycDocumentKind = "id_document" | "selfie" | "proof_of_address";

export interface KycDocumentsTable {
  id: string;
  user_id: string;
  kind: KycDocumentKind;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  status: "uploaded" | "accepted" | "rejected" | "replaced";
  rejection_reason: string | null;
  created_at: Timestamp;
}

export interface PolicyVersionsTable {
  version: number;
  content_hash: string;
  snapshot: JsonOf<Record<string, unknown>>;
  changes: JsonOf<Record<string, unknown>[]>;
  created_at: Timestamp;
}

export interface SimulatorPaymentsTable {
  id: string;
  provider: string;
  kind: "payment" | "payout";
  merchant_reference: string;
  amount: bigint;
  currency: string;
  scenario: string;
  status: string;
  decline_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SimulatorSettingsTable {
  provider: string;
  mode: "normal" | "timeout" | "error";
  updated_at: Timestamp;
}

export interface PaymentsTables {
  payment_methods: PaymentMethodsTable;
  deposits: DepositsTable;
  provider_events: ProviderEventsTable;
  bank_statement_lines: BankStatementLinesTable;
  payment_cases: PaymentCasesTable;
  payout_destinations: PayoutDestinationsTable;
  withdrawals: WithdrawalsTable;
  payment_usage: PaymentUsageTable;
  kyc_profiles: KycProfilesTable;
  kyc_documents: KycDocumentsTable;
  policy_versions: PolicyVersionsTable;
  simulator_payments: SimulatorPaymentsTable;
  simulator_settings: SimulatorSettingsTable;
}
