import type { FailureReason } from "./wallets";

// The shapes of money in and out as the web app uses them (API.md "Money in and out",
// docs/payments-*.md); amounts stay decimal strings.

export type MethodKind = "card" | "bank_transfer" | "ewallet";
export type MethodState = "active" | "paused" | "maintenance";
export type Direction = "deposit" | "withdrawal";

export interface PaymentMethod {
  id: string;
  kind: MethodKind;
  name: string;
  direction: "deposit" | "withdrawal" | "both";
  currencies: string[];
  countries: string[];
  /** The currency minAmount, maxAmount and fee.fixed are in. */
  currency: string;
  minAmount: string;
  maxAmount: string;
  fee: { fixed: string; percent: string };
  processingTime: { key: string; text: string };
  verificationLevel: number;
  state: MethodState;
  maintenance: { startsAt: string; endsAt: string } | null;
}

export interface TimelineStep {
  status: string;
  at: string;
  reasonCode: string | null;
  note: string | null;
}

export interface CardSummary {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface BankInstructions {
  type: "bank_transfer";
  bankName: string;
  accountName: string;
  accountNumber: string;
  routingNumber: string | null;
  iban: string | null;
  swift: string | null;
  reference: string;
  amount: string;
  currency: string;
  expiresAt: string | null;
}

export type NextAction = { type: "redirect"; url: string } | BankInstructions;

export const DEPOSIT_STATUSES = ["created", "pending", "succeeded", "failed", "expired"] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];
export const PROVIDER_STATUSES = [
  "pending_at_provider",
  "awaiting_transfer",
  "requires_action",
  "processing",
] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export interface Deposit {
  id: string;
  methodId: string;
  methodName: string;
  kind: string;
  status: DepositStatus | "unknown";
  providerStatus: ProviderStatus | null;
  amount: string;
  fee: string;
  netAmount: string;
  currency: string;
  card: CardSummary | null;
  nextAction: NextAction | null;
  reason: FailureReason | null;
  transactionId: string | null;
  reference: string | null;
  timeline: TimelineStep[];
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  expiresAt: string | null;
}

export interface DepositInput {
  methodId: string;
  amount: string;
  currency: string;
  card?: { number: string; expMonth: number; expYear: number; cvc: string };
}

export const TRACE_FINDINGS = [
  "credited",
  "pending_at_provider",
  "awaiting_transfer",
  "failed",
  "expired",
  "unmatched_received",
  "not_found",
  "emailed",
] as const;
export type TraceFinding = (typeof TRACE_FINDINGS)[number];

export interface TraceInput {
  amount: string;
  currency: string;
  methodId?: string;
  /** ISO 8601. */
  approxTime?: string;
  providerReference?: string;
  /** Guests only: where the answer goes. */
  email?: string;
}

export interface TraceResult {
  finding: TraceFinding | "unknown";
  deposit: Deposit | null;
  explanation: string;
  nextStep: string;
  caseId: string | null;
}

export interface DestinationDisplay {
  holder: string | null;
  bankName: string | null;
  last4: string | null;
  brand: string | null;
  account: string | null;
}

export interface PayoutDestination {
  id: string;
  methodId: string;
  methodName: string;
  kind: string;
  label: string | null;
  display: DestinationDisplay;
  status: string;
  usableAfter: string | null;
  ready: boolean;
  createdAt: string;
}

export type DestinationDetails =
  | {
      accountHolder: string;
      accountNumber?: string;
      iban?: string;
      bankName: string;
      routingNumber?: string;
      swift?: string;
    }
  | { number: string; expMonth: number; expYear: number; cvc?: string }
  | { account: string };

export interface DestinationInput {
  methodId: string;
  label?: string;
  details: DestinationDetails;
  code: string;
}

export const WITHDRAWAL_STATUSES = [
  "requested",
  "in_review",
  "processing",
  "paid",
  "rejected",
  "canceled",
  "failed",
  "returned",
] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

export interface Withdrawal {
  id: string;
  status: WithdrawalStatus | "unknown";
  destination: PayoutDestination | null;
  methodId: string;
  amount: string;
  fee: string;
  total: string;
  currency: string;
  cancelable: boolean;
  reason: FailureReason | null;
  reasonNote: string | null;
  reviewReasons: string[];
  timeline: TimelineStep[];
  transactionId: string | null;
  reference: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WithdrawalInput {
  destinationId: string;
  amount: string;
  currency: string;
  /** The second-factor code, required every time. */
  code: string;
}

export interface SimulatorPayment {
  id: string;
  provider: string;
  kind: "3ds" | "ewallet" | "unknown";
  amount: string;
  currency: string;
  merchant: string;
  status: string;
  returnUrl: string | null;
}

export type SimulatorOutcome = "approve" | "decline" | "cancel";
