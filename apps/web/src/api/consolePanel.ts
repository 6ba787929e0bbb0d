import { ApiError, api } from "./client";
import { ticketNumber } from "./console";
import { itemsOf } from "./consoleLive";
import { amount, invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, numOrNull, strings } from "./staffPayments";

// The customer panel beside a ticket: everything about the requester's account an agent needs
// (never a secret: the phone and payout accounts come masked), and finding a guest's account by
// email. Actions are in ./consoleActions. Readers turn each answer into the shapes below; a
// missing or mistyped field becomes a safe default.

export interface PanelProfile {
  id: string;
  name: string | null;
  email: string;
  emailVerified: boolean;
  /** Masked by the server ("+86•••••••5678"). */
  phone: string | null;
  phoneVerified: boolean;
  language: string | null;
  country: string | null;
  walletNumber: string | null;
  createdAt: string | null;
  role: string;
}

export interface PanelVerification {
  level: number;
  /** none, pending, approved, rejected */
  status: string;
  pendingReview: boolean;
  /** What the identity documents say: to compare with what the caller answers. */
  legalName: string | null;
  dateOfBirth: string | null;
  rejectionReason: string | null;
}

export interface PanelLock {
  locked: boolean;
  /** soft: lifts by itself at `until`; hard: support only. */
  kind: "soft" | "hard" | null;
  /** failed_sign_ins or support. */
  cause: string | null;
  reason: string | null;
  since: string | null;
  until: string | null;
}

export interface PanelLogin {
  at: string;
  ip: string | null;
  device: string;
  /** success, failure, locked, mfa_failed */
  outcome: string;
}

export interface PanelSession {
  id: string;
  kind: string;
  device: string;
  ip: string | null;
  lastSeenAt: string | null;
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
  /** The reason code's title in the reader's language. */
  reasonTitle: string | null;
  failed: boolean;
  at: string;
}

/** A deposit or withdrawal under way. */
export interface PanelPayment {
  id: string;
  reference: string | null;
  /** The method's name (deposits) or the destination's label (withdrawals). */
  via: string;
  amount: string;
  currency: string;
  status: string;
  /** What the deposit waits for (the provider, the customer's transfer, their action…). */
  waitingFor: string | null;
  at: string;
}

export interface PanelCase {
  id: string;
  kind: string;
  status: string;
  at: string;
}

export interface PanelDestination {
  id: string;
  label: string;
  method: string;
  last4: string;
  status: string;
}

export interface PanelTicket {
  id: string;
  number: string;
  subject: string;
  status: string;
  createdAt: string;
  score: number | null;
}

export interface PanelRating {
  ticketId: string | null;
  number: string | null;
  score: number;
  comment: string | null;
  at: string | null;
}

export interface CustomerPanel {
  profile: PanelProfile;
  verification: PanelVerification;
  lock: PanelLock;
  twoFactor: { totp: boolean; sms: boolean };
  frozen: { frozen: boolean; reason: string | null; at: string | null };
  withdrawalsHeldUntil: string | null;
  logins: PanelLogin[];
  sessions: PanelSession[];
  wallets: PanelWallet[];
  transactions: PanelTransaction[];
  inFlight: { deposits: PanelPayment[]; withdrawals: PanelPayment[]; cases: PanelCase[] };
  payoutDestinations: PanelDestination[];
  tickets: PanelTicket[];
  satisfaction: { average: number | null; count: number; recent: PanelRating[] };
}

const rec = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

function parseLogin(value: unknown): PanelLogin | null {
  if (!isRecord(value)) return null;
  return {
    at: str(value.at),
    ip: strOrNull(value.ip),
    device: str(value.device, "—"),
    outcome: str(value.outcome, "success"),
  };
}

function parseSession(value: unknown): PanelSession | null {
  if (!isRecord(value)) return null;
  return {
    id: str(value.id),
    kind: str(value.kind, "web"),
    device: str(value.device, "—"),
    ip: strOrNull(value.ip),
    lastSeenAt: strOrNull(value.lastSeenAt),
  };
}

function parseWallet(value: unknown): PanelWallet | null {
  if (!isRecord(value) || typeof value.currency !== "string") return null;
  return { currency: value.currency, balance: amount(value.balance), held: amount(value.held) };
}

function parseTransaction(value: unknown): PanelTransaction | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const status = str(value.status);
  return {
    id: value.id,
    reference: str(value.reference, value.id),
    type: str(value.type),
    direction: value.direction === "in" ? "in" : "out",
    amount: amount(value.amount),
    currency: str(value.currency),
    status,
    reasonCode: strOrNull(value.reasonCode),
    reasonTitle: strOrNull(value.reasonTitle),
    failed: value.failed === true || status === "failed" || status === "reversed",
    at: str(value.createdAt ?? value.at),
  };
}

function parseDeposit(value: unknown): PanelPayment | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    reference: strOrNull(value.reference) ?? strOrNull(value.bankReference),
    via: str(value.methodName, str(value.kind)),
    amount: amount(value.amount),
    currency: str(value.currency),
    status: str(value.status),
    waitingFor: strOrNull(value.waitingFor) ?? strOrNull(value.providerStatus),
    at: str(value.createdAt),
  };
}

function parseWithdrawal(value: unknown): PanelPayment | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const destination = rec(value.destination);
  return {
    id: value.id,
    reference: strOrNull(value.reference),
    via: str(destination.label, str(destination.methodName)),
    amount: amount(value.amount),
    currency: str(value.currency),
    status: str(value.status),
    waitingFor: strings(value.reviewReasons).join(", ") || null,
    at: str(value.createdAt),
  };
}

function parseCase(value: unknown): PanelCase | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return { id: value.id, kind: str(value.kind), status: str(value.status), at: str(value.createdAt) };
}

function parseDestination(value: unknown): PanelDestination | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    label: str(value.label),
    method: str(value.methodName),
    last4: str(rec(value.display).last4),
    status: str(value.status, "active"),
  };
}

function parsePanelTicket(value: unknown): PanelTicket | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const rating = rec(value.satisfaction);
  return {
    id: value.id,
    number: ticketNumber(value.number),
    subject: str(value.subject),
    status: str(value.status),
    createdAt: str(value.createdAt),
    score: numOrNull(rating.score),
  };
}

function parseRating(value: unknown): PanelRating | null {
  if (!isRecord(value) || typeof value.score !== "number") return null;
  return {
    ticketId: strOrNull(value.ticketId),
    number: value.number === undefined || value.number === null ? null : ticketNumber(value.number) || null,
    score: value.score,
    comment: strOrNull(value.comment),
    at: strOrNull(value.ratedAt),
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
  return {
    profile: {
      id: p.id as string,
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
      status: str(verification.status, "none"),
      pendingReview: verification.pendingReview === true,
      legalName: strOrNull(verification.legalName),
      dateOfBirth: strOrNull(verification.dateOfBirth),
      rejectionReason: strOrNull(verification.rejectionReason),
    },
    lock: {
      locked: lock.locked === true,
      kind: lock.kind === "soft" || lock.kind === "hard" ? lock.kind : null,
      cause: strOrNull(lock.cause),
      reason: strOrNull(lock.reason),
      since: strOrNull(lock.since),
      until: strOrNull(lock.until),
    },
    twoFactor: { totp: twoFactor.totp === true, sms: twoFactor.sms === true },
    frozen: { frozen: frozen.frozen === true, reason: strOrNull(frozen.reason), at: strOrNull(frozen.at) },
    withdrawalsHeldUntil: strOrNull(value.withdrawalsHeldUntil),
    logins: itemsOf(value.logins, parseLogin),
    sessions: itemsOf(value.sessions, parseSession),
    wallets: itemsOf(value.wallets, parseWallet),
    transactions: itemsOf(value.transactions, parseTransaction),
    inFlight: {
      deposits: itemsOf(inFlight.deposits, parseDeposit),
      withdrawals: itemsOf(inFlight.withdrawals, parseWithdrawal),
      cases: itemsOf(inFlight.cases, parseCase),
    },
    payoutDestinations: itemsOf(value.payoutDestinations, parseDestination),
    tickets: itemsOf(value.tickets, parsePanelTicket),
    satisfaction: {
      average: numOrNull(satisfaction.average),
      count: num(satisfaction.count),
      recent: itemsOf(satisfaction.recent, parseRating),
    },
  };
}

/** The panel; `ticketId` names the ticket it is opened from (the view is audited with it). */
export async function getCustomerPanel(
  userId: string,
  ticketId?: string,
  abort?: AbortSignal,
): Promise<CustomerPanel> {
  const body = await api.get<unknown>(`/api/v1/agent/customers/${id(userId)}`, {
    query: { ticketId },
    ...signal(abort),
  });
  const panel = parseCustomerPanel(body);
  if (!panel) throw invalid();
  return panel;
}

/** The customer with this email address (a guest ticket's requester may have an account); null when none. */
export async function findCustomerByEmail(email: string, abort?: AbortSignal): Promise<string | null> {
  try {
    const body = await api.get<unknown>("/api/v1/agent/customers", {
      query: { email: email.trim() },
      ...signal(abort),
    });
    return isRecord(body) ? strOrNull(body.userId) : null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
