import type { TFunction } from "i18next";
import { type DestinationDisplay, WITHDRAWAL_STATUSES } from "../../../api/payments";
import { humanize } from "../../../lib/transactions";

const REVIEW_REASONS = ["new_destination", "large_amount", "account_frozen", "withdrawals_on_hold"] as const;

export function withdrawalStatusLabel(status: string, t: TFunction): string {
  const known = WITHDRAWAL_STATUSES.find((s) => s === status);
  return known ? t(`staffPayments.withdrawals.statuses.${known}`) : humanize(status);
}

/** Why a withdrawal waits for a person, in words; a reason this version does not know is humanized. */
export function reviewReasonLabel(reason: string, t: TFunction): string {
  const known = REVIEW_REASONS.find((r) => r === reason);
  return known ? t(`staffPayments.withdrawals.reasons.${known}`) : humanize(reason);
}

const DESTINATION_FIELDS = ["holder", "bankName", "brand", "account", "last4"] as const;

/**
 * The masked destination facts the server shows, in a fixed order with labels; the last 4
 * digits only when the masked account does not already show them.
 */
export function destinationFacts(
  display: DestinationDisplay,
  t: TFunction,
): { label: string; value: string; code: boolean }[] {
  return DESTINATION_FIELDS.flatMap((key) => {
    const value = display[key];
    if (!value || (key === "last4" && display.account?.includes(value))) return [];
    const code = key === "account" || key === "last4";
    const label = t(`staffPayments.withdrawals.destinationFields.${key}`);
    return [{ label, value: key === "last4" ? `•••• ${value}` : value, code }];
  });
}
