import {
  type KnownTransactionStatus,
  type KnownTransactionType,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
} from "../api/wallets";

export function isKnownType(type: string): type is KnownTransactionType {
  return (TRANSACTION_TYPES as readonly string[]).includes(type);
}

export function isKnownStatus(status: string): status is KnownTransactionStatus {
  return (TRANSACTION_STATUSES as readonly string[]).includes(status);
}

/** "bank_rejected" → "Bank rejected": a readable stand-in for a code this version has no words for. */
export function humanize(code: string): string {
  const text = code.replace(/[_-]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const STATUS_BADGES: Record<KnownTransactionStatus, string> = {
  pending: "badge--warning",
  completed: "badge--ok",
  failed: "badge--danger",
  reversed: "badge--neutral",
};
