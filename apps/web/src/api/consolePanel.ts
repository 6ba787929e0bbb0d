import { api } from "./client";
import { ticketNumber } from "./console";
import { itemsOf } from "./consoleLive";
import { amount, invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull } from "./staffPayments";

// The customer panel beside a ticket (everything about the requester's account an agent needs,
// never a secret) and the actions taken from it. Readers turn each answer into the shapes
// below; a missing or mistyped field becomes a safe default.

export interface PanelProfile {
  id: string;
  name: string | null;
  email: string;
  emailVerified: boolean;
  /** Masked by the server ("+86 138****5678"). */
  phone: string | null;
  phoneVerified: boolean;
  language: string | null;
  country: string | null;
  walletNumber: string | null;
  createdAt: string | null;
  role: string;
}

export interface PanelLogin {
  at: string;
  ip: string | null;
  device: string | null;
  outcome: string;
}

export interface PanelDevice {
  device: string;
  lastSeenAt: string | null;
  current: boolean;
}

export interface PanelWallet {
  currency: string;
  balance: string;
  held: string;
}

export interface PanelTransaction {
  id: string;
  reference: string;
  type: string;
  direction: "in" | "out";
  amount: string;
  currency: string;
  status: string;
  reasonCode: string | null;
  failed: boolean;
  at: string;
}

export interface PanelPayment {
  id: string;
  reference: string;
  method: string | null;
  amount: string;
  currency: string;
  status: string;
  at: string;
}

export interface PanelTicket {
  id: string;
  number: string;
  subject: string;
  status: string;
  createdAt: string;
}

export interface PanelRating {
  score: number;
  comment: string | null;
  ticketNumber: string | null;
  at: string | null;
}

export interface CustomerPanel {
  profile: PanelProfile;
  verification: { level: number; pending: boolean };
  lock: { locked: boolean; kind: "soft" | "hard" | null; reason: string | null; until: string | null };
  twoFactor: { totp: boolean; sms: boolean };
  frozen: { frozen: boolean; reason: string | null; at: string | null };
  withdrawalsHeldUntil: string | null;
  logins: PanelLogin[];
  devices: PanelDevice[];
  wallets: PanelWallet[];
  transactions: PanelTransaction[];
  inFlight: { deposits: PanelPayment[]; withdrawals: PanelPayment[] };
  tickets: PanelTicket[];
  satisfaction: { average: number | null; count: number; recent: PanelRating[] };
}

const rec = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

function list<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  return itemsOf(value, parse);
}

function parseLogin(value: unknown): PanelLogin | null {
  if (!isRecord(value)) return null;
  return {
    at: str(value.at ?? value.createdAt),
    ip: strOrNull(value.ip),
    device: strOrNull(value.device ?? value.userAgent),
    outcome: str(value.outcome, "success"),
  };
}

function parseDevice(value: unknown): PanelDevice | null {
  if (!isRecord(value)) return null;
  return {
    device: str(value.device ?? value.userAgent ?? value.label, "—"),
    lastSeenAt: strOrNull(value.lastSeenAt),
    current: value.current === true,
  };
}

function parseWallet(value: unknown): PanelWallet | null {
  if (!isRecord(value) || typeof value.currency !== "string") return null;
  return { currency: value.currency, balance: amount(value.balance), held: amount(value.held) };
}

/** Statuses that mean the money did not move (highlighted in the panel). */
const FAILED_STATUSES = new Set(["failed", "declined", "rejected", "refused"]);

function parseTransaction(value: unknown): PanelTransaction | null {
  if (!isRecord(value)) return null;
  const txId = strOrNull(value.id);
  if (!txId) return null;
  const status = str(value.status);
  return {
    id: txId,
    reference: str(value.reference, txId),
    type: str(value.type),
    direction: value.direction === "in" ? "in" : "out",
    amount: amount(value.amount),
    currency: str(value.currency),
    status,
    reasonCode: strOrNull(value.reasonCode),
    failed: value.failed === true || FAILED_STATUSES.has(status),
    at: str(value.at ?? value.createdAt),
  };
}

function parsePayment(value: unknown): PanelPayment | null {
  if (!isRecord(value)) return null;
  const payId = strOrNull(value.id) ?? strOrNull(value.reference);
  if (!payId) return null;
  return {
    id: payId,
    reference: str(value.reference, payId),
    method: strOrNull(value.method) ?? strOrNull(value.methodName) ?? strOrNull(value.provider),
    amount: amount(value.amount),
    currency: str(value.currency),
    status: str(value.status),
    at: str(value.at ?? value.createdAt),
  };
}

function parsePanelTicket(value: unknown): PanelTicket | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    number: ticketNumber(value.number),
    subject: str(value.subject),
    status: str(value.status),
    createdAt: str(value.createdAt),
  };
}

function parseRating(value: unknown): PanelRating | null {
  if (!isRecord(value) || typeof value.score !== "number") return null;
  return {
    score: value.score,
    comment: strOrNull(value.comment),
    ticketNumber: value.ticketNumber !== undefined ? ticketNumber(value.ticketNumber) || null : null,
    at: strOrNull(value.at ?? value.ratedAt),
  };
}

export function parseCustomerPanel(value: unknown): CustomerPanel | null {
  if (!isRecord(value) || !isRecord(value.profile) || typeof value.profile.id !== "string") return null;
  const p = value.profile;
  const verification = rec(value.verification);
  const lock = rec(value.lock);
  const twoFactor = rec(value.twoFactor);
  const frozen = rec(value.frozen);
  const inFlight = rec(value.inFlight);
  const satisfaction = rec(value.satisfaction);
  const kind = lock.kind === "soft" || lock.kind === "hard" ? lock.kind : null;
  return {
    profile: {
      id: str(p.id),
      name: strOrNull(p.name),
      email: str(p.email),
      emailVerified: p.emailVerified === true,
      phone: strOrNull(p.phone),
      phoneVerified: p.phoneVerified === true,
      language: strOrNull(p.language),
      country: strOrNull(p.country),
      walletNumber: strOrNull(p.walletNumber),
      createdAt: strOrNull(p.createdAt),
      role: str(p.role, "customer"),
    },
    verification: {
      level: num(verification.level),
      pending: verification.pending === true || isRecord(verification.pending) || isRecord(verification.kyc),
    },
    lock: {
      locked: lock.locked === true,
      kind,
      reason: strOrNull(lock.reason),
      until: strOrNull(lock.until),
    },
    twoFactor: { totp: twoFactor.totp === true, sms: twoFactor.sms === true },
    frozen: { frozen: frozen.frozen === true, reason: strOrNull(frozen.reason), at: strOrNull(frozen.at) },
    withdrawalsHeldUntil: strOrNull(value.withdrawalsHeldUntil),
    logins: list(value.logins, parseLogin),
    devices: list(value.devices ?? value.sessions, parseDevice),
    wallets: list(value.wallets, parseWallet),
    transactions: list(value.transactions, parseTransaction),
    inFlight: {
      deposits: list(inFlight.deposits, parsePayment),
      withdrawals: list(inFlight.withdrawals, parsePayment),
    },
    tickets: list(value.tickets, parsePanelTicket),
    satisfaction: {
      average: numOrNull(satisfaction.average),
      count: num(satisfaction.count),
      recent: list(satisfaction.recent, parseRating),
    },
  };
}

export async function getCustomerPanel(userId: string, abort?: AbortSignal): Promise<CustomerPanel> {
  const panel = parseCustomerPanel(
    await api.get<unknown>(`/api/v1/agent/customers/${id(userId)}`, signal(abort)),
  );
  if (!panel) throw invalid();
  return panel;
}

export interface CustomerMatch {
  id: string;
  name: string | null;
  email: string;
  walletNumber: string | null;
}

function parseMatch(value: unknown): CustomerMatch | null {
  if (!isRecord(value)) return null;
  const source = isRecord(value.profile) ? value.profile : value;
  const userId = strOrNull(source.id) ?? strOrNull(source.userId);
  if (!userId) return null;
  return {
    id: userId,
    name: strOrNull(source.name),
    email: str(source.email),
    walletNumber: strOrNull(source.walletNumber),
  };
}

/** Customers with this email address (a guest ticket's requester may have an account). */
export async function findCustomers(email: string, abort?: AbortSignal): Promise<CustomerMatch[]> {
  const body = await api.get<unknown>("/api/v1/agent/customers", {
    query: { email: email.trim() },
    ...signal(abort),
  });
  const many = itemsOf(body, parseMatch);
  if (many.length > 0) return many;
  const one = isRecord(body) && !Array.isArray(body.data) ? parseMatch(body) : null;
  return one ? [one] : [];
}

// --- actions ----------------------------------------------------------------------------------------------

/** What an agent may confirm about a caller before lifting a protection. */
export const IDENTITY_CHECKS = [
  "date_of_birth",
  "bank_account_last4",
  "recent_transaction_amount",
  "id_document",
  "phone_callback",
  "email_confirmation",
] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

export const PANEL_ACTIONS = [
  "unlock",
  "2fa-reset",
  "freeze",
  "unfreeze",
  "resend-verification",
  "escalate",
] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

/** Actions that lift a protection: the agent must tick at least this many identity checks first. */
export const MIN_IDENTITY_CHECKS = 2;

export function needsIdentityChecks(action: PanelAction): boolean {
  return action === "unlock" || action === "2fa-reset" || action === "unfreeze";
}

/** The server's reason limits (trimmed). */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** True when a dialog's answers are enough to send (reason long enough, checks ticked where needed). */
export function actionReady(action: PanelAction, reason: string, checks: readonly IdentityCheck[]): boolean {
  const length = reason.trim().length;
  if (length < REASON_MIN || length > REASON_MAX) return false;
  return !needsIdentityChecks(action) || new Set(checks).size >= MIN_IDENTITY_CHECKS;
}

export interface ActionInput {
  action: PanelAction;
  userId: string | null;
  ticketId: string;
  reason: string;
  checks: IdentityCheck[];
}

/** Where an action is posted and with what body (the account actions carry the ticket, for its system note). */
export function actionRequest(input: ActionInput): { path: string; body: Record<string, unknown> } {
  const reason = input.reason.trim();
  if (input.action === "escalate") {
    return { path: `/api/v1/agent/tickets/${id(input.ticketId)}/escalate`, body: { reason } };
  }
  if (!input.userId) throw new Error("This action needs the customer's account.");
  return {
    path: `/api/v1/agent/customers/${id(input.userId)}/${input.action}`,
    body: {
      reason,
      ticketId: input.ticketId,
      ...(needsIdentityChecks(input.action) ? { checks: input.checks } : {}),
    },
  };
}

export async function runPanelAction(input: ActionInput): Promise<void> {
  const { path, body } = actionRequest(input);
  await api.post<unknown>(path, body);
}
