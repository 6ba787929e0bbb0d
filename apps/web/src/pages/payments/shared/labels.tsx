import { useTranslation } from "react-i18next";
import {
  DEPOSIT_STATUSES,
  type DepositStatus,
  type MethodKind,
  WITHDRAWAL_STATUSES,
  type WithdrawalStatus,
} from "../../../api/payments";
import type { IconName } from "../../../components/Icon";
import { humanize } from "../../../lib/transactions";

export type PaymentKind = "deposit" | "withdrawal";

const isDepositStatus = (s: string): s is DepositStatus =>
  (DEPOSIT_STATUSES as readonly string[]).includes(s);
const isWithdrawalStatus = (s: string): s is WithdrawalStatus =>
  (WITHDRAWAL_STATUSES as readonly string[]).includes(s);

/** A deposit's or withdrawal's state in words; a state this version does not know is shown readably. */
export function useStatusLabel() {
  const { t } = useTranslation();
  return (kind: PaymentKind, status: string): string => {
    if (kind === "deposit" && isDepositStatus(status)) return t(`payments.status.deposit.${status}`);
    if (kind === "withdrawal" && isWithdrawalStatus(status)) return t(`payments.status.withdrawal.${status}`);
    return humanize(status);
  };
}

type Tone = "ok" | "warning" | "danger" | "neutral";

const TONES: Record<string, Tone> = {
  succeeded: "ok",
  paid: "ok",
  failed: "danger",
  rejected: "danger",
  expired: "neutral",
  canceled: "neutral",
  returned: "neutral",
};

export function statusTone(status: string): Tone {
  return TONES[status] ?? "warning";
}

export function PaymentStatusBadge({
  kind,
  status,
  testId,
}: {
  kind: PaymentKind;
  status: string;
  testId?: string;
}) {
  const label = useStatusLabel();
  return (
    <span className={`badge badge--${statusTone(status)}`} data-status={status} data-testid={testId}>
      {label(kind, status)}
    </span>
  );
}

export const KIND_ICONS: Record<MethodKind, IconName> = {
  card: "wallet",
  bank_transfer: "store",
  ewallet: "phone",
};

export function kindIcon(kind: string): IconName {
  return KIND_ICONS[kind as MethodKind] ?? "wallet";
}

/** "Visa", "Mastercard", "American Express"; the brand as it came otherwise. */
export function useBrandLabel() {
  const { t } = useTranslation();
  return (brand: string | null | undefined): string => {
    switch (brand) {
      case "visa":
        return "Visa";
      case "mastercard":
        return "Mastercard";
      case "amex":
        return "American Express";
      case null:
      case undefined:
      case "":
      case "unknown":
        return t("payments.card.brandUnknown");
      default:
        return humanize(brand);
    }
  };
}
