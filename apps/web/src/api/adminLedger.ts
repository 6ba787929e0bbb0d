import { api } from "./client";
import { amount, invalid, isRecord, list, signal, str, strOrNull } from "./parse";
import { parseTransaction, parseWallet, type Transaction, type Wallet } from "./wallets";

// Ledger administration (admin role): platform accounts, trial balance, FX rates, a customer's
// wallets, adjustments.

export interface PlatformAccount {
  code: string;
  currency: string;
  posted: string;
  held: string;
  available: string;
  /**
   * How many sub-accounts roll up into it. The contract names the field without saying its
   * type: a number is taken as it is, an array by its length.
   */
  subAccounts: number | null;
}

export interface TrialBalanceRow {
  currency: string;
  /** Always zero when the books balance. */
  total: string;
  /** The number of accounts in that currency. */
  accounts: number | null;
}

export interface TrialBalance {
  rows: TrialBalanceRow[];
  balanced: boolean;
  asOf: string;
}

export interface FxRate {
  currency: string;
  /** Units of the currency per 1 unit of the base currency. */
  rate: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface FxRates {
  base: string;
  spreadPercent: string;
  rates: FxRate[];
}

/** A customer as an admin sees them when looking them up to adjust a wallet. */
export interface AdminCustomer {
  id: string;
  name: string | null;
  email: string;
  walletNumber: string;
  /** Outgoing payments are frozen by support. */
  frozen: boolean;
  /** 0 basic, 1 identity verified, 2 enhanced; null when the server does not say. */
  verificationLevel: number | null;
}

export interface CustomerWallets {
  customer: AdminCustomer;
  wallets: Wallet[];
}

export interface AdjustmentInput {
  /** Positive credits the wallet, negative debits it. */
  amount: string;
  currency: string;
  reason: string;
}

function count(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.length;
  return null;
}

/** Who changed a rate: a name, an email or an id, whichever the server gives. */
function actor(value: unknown): string | null {
  if (typeof value === "string") return strOrNull(value);
  if (!isRecord(value)) return null;
  return strOrNull(value.name) ?? strOrNull(value.email) ?? strOrNull(value.id);
}

export function parsePlatformAccount(value: unknown): PlatformAccount | null {
  if (!isRecord(value) || typeof value.code !== "string") return null;
  return {
    code: value.code,
    currency: str(value.currency),
    posted: amount(value.posted),
    held: amount(value.held),
    available: amount(value.available),
    subAccounts: count(value.subAccounts),
  };
}

export function parseTrialBalance(value: unknown): TrialBalance {
  if (!isRecord(value) || typeof value.balanced !== "boolean") throw invalid();
  return {
    rows: list(value, (row): TrialBalanceRow | null =>
      isRecord(row) && typeof row.currency === "string"
        ? { currency: row.currency, total: amount(row.total), accounts: count(row.accounts) }
        : null,
    ),
    balanced: value.balanced,
    asOf: str(value.asOf),
  };
}

export function parseFxRate(value: unknown): FxRate | null {
  if (!isRecord(value) || typeof value.currency !== "string") return null;
  return {
    currency: value.currency,
    rate: amount(value.rate, ""),
    updatedAt: strOrNull(value.updatedAt),
    updatedBy: actor(value.updatedBy),
  };
}

export function parseFxRates(value: unknown): FxRates {
  if (!isRecord(value)) throw invalid();
  return {
    base: str(value.base, "USD"),
    spreadPercent: amount(value.spreadPercent, ""),
    rates: list(value, parseFxRate),
  };
}

export function parseCustomerWallets(value: unknown): CustomerWallets {
  const c = isRecord(value) ? value.customer : null;
  if (!isRecord(c) || typeof c.id !== "string") throw invalid();
  return {
    customer: {
      id: c.id,
      name: strOrNull(c.name),
      email: str(c.email),
      walletNumber: str(c.walletNumber),
      frozen: c.frozen === true,
      verificationLevel:
        typeof c.verificationLevel === "number" && Number.isFinite(c.verificationLevel)
          ? c.verificationLevel
          : null,
    },
    wallets: list(value, parseWallet),
  };
}

export async function fetchPlatformAccounts(abort?: AbortSignal): Promise<PlatformAccount[]> {
  return list(await api.get<unknown>("/api/v1/admin/ledger/accounts", signal(abort)), parsePlatformAccount);
}

export async function fetchTrialBalance(abort?: AbortSignal): Promise<TrialBalance> {
  return parseTrialBalance(await api.get<unknown>("/api/v1/admin/ledger/trial-balance", signal(abort)));
}

export async function fetchFxRates(abort?: AbortSignal): Promise<FxRates> {
  return parseFxRates(await api.get<unknown>("/api/v1/admin/fx/rates", signal(abort)));
}

export async function updateFxRate(currency: string, rate: string): Promise<FxRate> {
  const body = await api.put<unknown>(`/api/v1/admin/fx/rates/${encodeURIComponent(currency)}`, { rate });
  const parsed = parseFxRate(body);
  if (!parsed) throw invalid();
  return parsed;
}

/**
 * A customer and their wallets, found by wallet number, email or phone. Rejects with ApiError
 * `recipient_not_found` (404) when nobody matches.
 */
export async function findCustomerWallets(customer: string, abort?: AbortSignal): Promise<CustomerWallets> {
  return parseCustomerWallets(
    await api.get<unknown>("/api/v1/admin/wallets", {
      query: { customer: customer.trim() },
      ...signal(abort),
    }),
  );
}

/** Credits (positive) or debits (negative) a customer's wallet against the adjustments account. */
export async function postAdjustment(
  walletId: string,
  input: AdjustmentInput,
  idempotencyKey: string,
): Promise<Transaction | null> {
  const body = await api.post<unknown>(
    `/api/v1/admin/wallets/${encodeURIComponent(walletId)}/adjustments`,
    input,
    { headers: { "Idempotency-Key": idempotencyKey } },
  );
  // The contract does not say what comes back; a transaction is shown when it is one.
  return parseTransaction(body);
}
